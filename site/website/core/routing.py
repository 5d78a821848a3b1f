"""Routing a URL to its page in one query, wherever the page sits in the tree.

Wagtail's own routing walks down from the home page, two queries per level (the child by its
slug, then its specific type): six for a course module. Every page stores its `url_path`, the
slugs of its ancestors joined, so the deepest page that a URL's leading components name is
found with one query; that page then routes what is left of the URL as Wagtail would (the
sub-routes of routable pages; anything else is a 404), and answers 404 unless it is live.
"""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.utils import translation

from wagtail.models import Page, Site

from .pagecache import cached_until_publish, recall_until_publish, remember_until_publish


class DirectRouteMixin:
    """For the page where routing starts (the home page of each language)."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            f"{self.url_path}{'/'.join(path_components[:length])}/"
            for length in range(1, len(path_components) + 1)
        ]
        deepest = (
            Page.objects.filter(
                url_path__in=url_paths, path__startswith=self.path, depth__gt=self.depth
            )
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            raise Http404
        return deepest.specific.route(request, path_components[deepest.depth - self.depth :])


def cached_route(request, path, find_route):
    """The route of `path` (Wagtail's `RouteResult`), taking the page from the route cache.

    A path that names a page itself (no sub-route left) is remembered, per host and language,
    as the page's id and type until the next publication; the next request for it loads the
    page in one query and lets the page route the empty rest (its live check included),
    instead of finding the site's home, its translation and the page anew. `find_route` is
    the full routing for a path not yet remembered. Only pages that exist are remembered, so
    the number of entries is bounded by the site's pages, whatever paths visitors try.
    """
    key_parts = (request.get_host(), translation.get_language(), path)
    remembered = recall_until_publish("route", *key_parts)
    if remembered is not None:
        content_type_id, page_id = remembered
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=page_id).first()
        if page is not None:
            try:
                return page.route(request, [])
            except Http404:
                pass  # unpublished since: route it afresh
    result = find_route(request, path)
    if result is not None and _names_the_page(result.page, path):
        remember_until_publish(
            "route", *key_parts, value=(result.page.content_type_id, result.page.pk)
        )
    return result


def _names_the_page(page, path):
    """Whether `path` is the page's own address below its home, not one of its sub-routes."""
    return not path.strip("/") or page.url_path.endswith(f"/{path.strip('/')}/")


def remember_site(request):
    """Give the request its Wagtail site (with its root page) from the cache.

    Finding the site for a host is one of the costliest queries of a page (it ranks every
    site by host and port), and every page link asks for it. Sites change rarely and saving
    one invalidates the page cache, so the site is kept per host until then. Wagtail takes
    it from `request._wagtail_site` (documented in `Site.find_for_request`).
    """
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = cached_until_publish(
            "site", request.get_host(), compute=lambda: _site_with_root(request)
        )
    return request._wagtail_site


def _site_with_root(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page  # noqa: B018 -- loaded now, so that it is kept with the site
    return site
