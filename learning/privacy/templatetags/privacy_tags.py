"""`{% privacy_page_url %}`: the address of the privacy page in the visitor's language.

Looked up once per language and cached until an editor publishes anything (the page cache's
generation), so that the footer link costs no query on an ordinary page view.
"""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from website.core.pagecache import current_generation

from ..models import PrivacyPage

register = template.Library()
CACHE_SECONDS = 24 * 3600


@register.simple_tag
def privacy_page_url():
    """The live privacy page in the active language, else in English; "" if there is none."""
    language = get_language() or settings.LANGUAGE_CODE
    key = f"privacy-page-url:{current_generation()}:{language}"
    url = cache.get(key)
    if url is None:
        pages = PrivacyPage.objects.live().select_related("locale")
        page = (
            pages.filter(locale__language_code=language).first()
            or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
        url = page.url if page is not None else ""
        cache.set(key, url, CACHE_SECONDS)
    return url
