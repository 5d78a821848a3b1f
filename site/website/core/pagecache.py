"""A page cache for anonymous visitors that publishing invalidates.

Public pages change only when editors publish, so an anonymous GET of a page is answered from
the cache, before URL routing and without a single query. Every cache key carries a
"generation" number; publishing, unpublishing, moving or deleting a page, or saving a snippet
or setting that pages show, bumps the generation, so every cached page is stale at once (menus,
language switchers and listings show other pages, so a change can touch any of them).

Only responses that Wagtail pages opted into (`mark_cacheable`) are stored, and only when the
request carried no session and the response sets no cookie. With several server processes,
point the cache at Redis (REDIS_URL) so that they share one generation.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_vary_headers

GENERATION_KEY = "pagecache:generation"
CACHEABLE_ATTRIBUTE = "_digint_page_cacheable"


def mark_cacheable(request):
    """Let the middleware store the response to `request` (called when a page is served)."""
    setattr(request, CACHEABLE_ATTRIBUTE, True)


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_all(**kwargs):
    """Make every cached page stale; used as a signal receiver, hence **kwargs."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


def _is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "is_preview", False)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and settings.PAGE_CACHE_SECONDS > 0
    )


def _cache_key(request):
    return f"pagecache:{current_generation()}:{request.get_full_path()}"


class PageCacheMiddleware:
    """Serve anonymous page views from the cache and fill it with cacheable page responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous_read(request):
            return self.get_response(request)
        key = _cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            # Signed-in visitors see other content (the userbar): shared caches must not mix them.
            patch_vary_headers(cached, ("Cookie",))
            return cached
        response = self.get_response(request)
        if (
            getattr(request, CACHEABLE_ATTRIBUTE, False)
            and response.status_code == 200
            and not response.cookies
            and not getattr(response, "streaming", False)
        ):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            patch_vary_headers(response, ("Cookie",))
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


def invalidate_on_change(*models):
    """Make cached pages stale whenever an instance of one of `models` is saved or deleted."""
    for model in models:
        label = model._meta.label_lower
        post_save.connect(invalidate_all, sender=model, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(invalidate_all, sender=model, dispatch_uid=f"pagecache-del-{label}")


def connect_invalidation_signals():
    """Bump the generation whenever a page's public state changes, or a site or locale."""
    from wagtail.models import Locale, Page, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate_all, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate_all, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate_all, dispatch_uid="pagecache-moved")
    post_delete.connect(invalidate_all, sender=Page, dispatch_uid="pagecache-page-deleted")
    invalidate_on_change(Site, Locale)
