"""`{% footer_sections %}`: the Guidelines, Blueprint, Interviews and Contact pages in the
visitor's language, for the footer. The header keeps to one row in six languages with the seed's
menu (Overview, Results, Partners, Events, Benchmark...) and the platform's tools; the Results
page and the home page's cards link the Guidelines and the Blueprint as well."""

from django import template
from django.conf import settings
from django.utils.translation import get_language

from website.guidelines.models import BlueprintPage, GuidelinesPage

from ..models import ContactPage, InterviewIndexPage

register = template.Library()


@register.simple_tag
def footer_sections():
    """(title, url) of each live section page, in the active language or else in English.

    The footer is rendered once per language until the next publication, so this costs its
    query only then."""
    language = get_language() or settings.LANGUAGE_CODE
    links = []
    for model in (GuidelinesPage, BlueprintPage, InterviewIndexPage, ContactPage):
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
