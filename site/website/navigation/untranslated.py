"""Serving a page that has no translation yet under the reader's language.

Wagtail routes `/fr/…` through the French tree only. When a page exists in the source language
but not (yet) in French, the language switcher sends the reader to the source page's path under
`/fr/` (see `languages`); this view serves it from the source tree there, so that the reader
keeps their place and their interface language. The base template marks the content with its
own language and says that it is not yet translated; its canonical link names the source page.
"""

from django.http import Http404
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from website.core.routing import cached_route, remember_site

from .languages import SOURCE_LANGUAGE


def source_route(request, path):
    """Wagtail's route for `path` in the source-language tree, or None."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    source_home = (
        Page.objects.live()
        .filter(
            translation_key=site.root_page.translation_key, locale__language_code=SOURCE_LANGUAGE
        )
        .first()
    )
    if source_home is None:
        return None
    try:
        return source_home.specific.route(request, [part for part in path.split("/") if part])
    except Http404:
        return None


def find_route(request, path):
    """Wagtail's route for `path` in the reader's language, else in the source tree."""
    route = Page.route_for_request(request, path)
    if route is None and translation.get_language() != SOURCE_LANGUAGE:
        route = source_route(request, path)
    return route


def serve(request, path):
    """Wagtail's page view, falling back to the source tree when the reader's language has
    no page at `path`."""
    remember_site(request)
    # Wagtail's view takes the route that Page.route_for_request caches on the request
    # (documented there as `request._wagtail_route_for_request`).
    request._wagtail_route_for_request = cached_route(request, path, find_route)
    return wagtail_views.serve(request, path)
