"""Helpers for serving content in the visitor's language."""

from django.utils import translation

from wagtail.models import Page


def localized_pages(pages):
    """Map each page's id to its live translation in the active locale (or the page itself).

    One query for any number of pages, where `page.localized` would cost one each.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    translations = {
        found.translation_key: found
        for found in Page.objects.live().filter(
            translation_key__in={page.translation_key for page in pages},
            locale__language_code=translation.get_language(),
        )
    }
    return {page.id: translations.get(page.translation_key, page) for page in pages}
