"""`{% footer_sections %}`: the Interviews and Contact pages in the visitor's language, for the
footer (the header keeps to one row; the seed's menu lists them after Benchmark)."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from ..models import ContactPage, InterviewIndexPage

register = template.Library()


@register.simple_tag
def footer_sections():
    """(title, url) of each live section page, in the active language or else in English.

    The footer is rendered once per language until the next publication, so this costs its
    query only then."""
    language = get_language() or settings.LANGUAGE_CODE
    links = []
    for model in (InterviewIndexPage, ContactPage):
        pages = {
            page.locale.language_code: page
            for page in model.objects.live()
            .filter(locale__language_code__in={language, settings.LANGUAGE_CODE})
            .select_related("locale")
        }
        page = pages.get(language) or pages.get(settings.LANGUAGE_CODE)
        if page is not None:
            links.append((page.title, page.url))
    return links
