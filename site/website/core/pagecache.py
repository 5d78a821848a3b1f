"""A page cache for anonymous visitors that publishing invalidates.

Public pages change only when editors publish, so an anonymous GET of a page is answered from
the cache, before URL routing and without a single query. Every cache key carries a
"generation" number; publishing, unpublishing, moving or deleting a page, or saving a snippet
or setting that pages show, bumps the generation, so every cached page is stale at once (menus,
language switchers and listings show other pages, so a change can touch any of them).

Only responses that views opted into (`mark_cacheable`) are stored, and only when the request
carried no session (nor a pending message) and the response neither sets a cookie nor used a
CSRF token: a stored page never holds anything that belongs to one visitor.

Keys are bounded. A key is made of the host, the language, the path and only the query
parameters that the view declared it reads (sorted by name), so `?utm_source=…` or random
parameters all share the page's entry; a response is stored only for a request whose query
holds nothing else (so no stray parameter echoed in a link is ever served to someone else).
Each path keeps at most `PAGE_CACHE_MAX_VARIANTS` query variants per generation, and every
entry expires after `PAGE_CACHE_SECONDS`. With several server processes, point the cache at
Redis (REDIS_URL) so that they share one generation.

The same generation keeps, for pages the cache does not answer (a signed-in visitor, a new
query), the parts that every visitor shares (`cached_until_publish`): the route from a path to
its page and the site of a host (`routing`), the menus and language links (`navigation`), the
catalogue's choice of course versions, facet counts, and rendered bodies, outlines and cards
(`{% shared_fragment %}`). Their keys are pages, languages, hosts that ALLOWED_HOSTS admits and
validated filter values; the practice listing's also hold its search words, like its facet
counts, and rely on the cache's own eviction (Redis `maxmemory`, locmem's `MAX_ENTRIES`).
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language

GENERATION_KEY = "pagecache:generation"
CACHEABLE_ATTRIBUTE = "_digint_page_cache_params"


def mark_cacheable(request, params=()):
    """Let the middleware store the response to `request` (called when a page is served).

    `params` names the query parameters the view reads; the cache key ignores any other.
    """
    setattr(request, CACHEABLE_ATTRIBUTE, tuple(params))


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
        # Wagtail's previews run the middleware on a dummy request, and flag it as a preview
        # only once the view is reached: neither may be served from, or stored in, the cache.
        and not getattr(request, "is_dummy", False)
        and not getattr(request, "is_preview", False)
        and not request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        and not request.COOKIES.get(CookieStorage.cookie_name)  # a message waits to be shown
        and settings.PAGE_CACHE_SECONDS > 0
    )


def canonical_query(query_dict, params):
    """The pairs of `query_dict` whose names are in `params`, sorted by name (values in order)."""
    return [(name, value) for name in sorted(set(params)) for value in query_dict.getlist(name)]


class PageKeys:
    """The cache keys of one request: its page's query parameters, its entry, its variants."""

    def __init__(self, request, generation):
        self.request = request
        self.prefix = "pagecache:{}:{}".format(
            generation,
            _digest(f"{request.scheme}://{request.get_host()}|{get_language()}|{request.path}"),
        )

    @property
    def params(self):
        """Where the query parameters that this path's view reads are remembered."""
        return f"{self.prefix}:params"

    @property
    def variants(self):
        """Counter of the query variants stored for this path."""
        return f"{self.prefix}:variants"

    def entry(self, params):
        """The key of the response, for the query reduced to `params`."""
        query = urlencode(canonical_query(self.request.GET, params))
        return f"{self.prefix}:page:{_digest(query)}" if query else f"{self.prefix}:page"


def _digest(text):
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _lookup(keys):
    """The cached response for the request, if any: one round trip without a query string."""
    if not keys.request.GET:
        return cache.get(keys.entry(()))
    params = cache.get(keys.params)
    if params is None:
        return None
    return cache.get(keys.entry(params))


def _may_store(request, response):
    return (
        getattr(request, CACHEABLE_ATTRIBUTE, None) is not None
        and not getattr(request, "is_preview", False)
        and "private" not in response.get("Cache-Control", "")
        and response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        # The page holds a CSRF token (a form): it belongs to this visitor alone.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
    )


def _store(keys, request, response):
    """Store `response` unless its query carries stray parameters or the path is full."""
    params = getattr(request, CACHEABLE_ATTRIBUTE)
    pairs = canonical_query(request.GET, params)
    if sorted(pairs) != sorted(_all_pairs(request.GET)):
        return False  # unknown parameters: render for this visitor, never store
    timeout = settings.PAGE_CACHE_SECONDS
    if pairs:
        cache.add(keys.variants, 0, timeout=timeout)
        try:
            if cache.incr(keys.variants) > settings.PAGE_CACHE_MAX_VARIANTS:
                return False
        except ValueError:  # the counter expired in between: start again
            cache.set(keys.variants, 1, timeout=timeout)
    cache.set_many({keys.params: params, keys.entry(params): response}, timeout)
    return True


def _all_pairs(query_dict):
    return [(name, value) for name, values in query_dict.lists() for value in values]


class PageCacheMiddleware:
    """Serve anonymous page views from the cache and fill it with cacheable page responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_anonymous_read(request):
            return self.get_response(request)
        keys = PageKeys(request, current_generation())
        cached = _lookup(keys)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            # Signed-in visitors see other content (the userbar): shared caches must not mix them.
            patch_vary_headers(cached, ("Cookie",))
            return cached
        response = self.get_response(request)
        if _may_store(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            patch_vary_headers(response, ("Cookie",))
            if _store(keys, request, response):
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
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(invalidate_all, dispatch_uid="pagecache-published")
    page_unpublished.connect(invalidate_all, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(invalidate_all, dispatch_uid="pagecache-moved")
    post_delete.connect(invalidate_all, sender=Page, dispatch_uid="pagecache-page-deleted")
    invalidate_on_change(Site, Locale, PageViewRestriction)


def cached_until_publish(name, *parts, compute):
    """`compute()`'s result, kept until the next change that invalidates the page cache.

    For the parts of a page that every visitor shares (menus, language links): even a page
    rendered for a signed-in visitor takes them from here. `parts` tell the variants apart
    (language, host, page); they must be few.
    """
    value = recall_until_publish(name, *parts)
    if value is None:
        value = compute()
        remember_until_publish(name, *parts, value=value)
    return value


def recall_until_publish(name, *parts):
    """What `remember_until_publish` kept under `name` and `parts`, or None."""
    return cache.get(_fragment_key(name, parts))


def remember_until_publish(name, *parts, value):
    """Keep `value` under `name` and `parts` until the next publication (or expiry)."""
    cache.set(_fragment_key(name, parts), value, settings.PAGE_CACHE_SECONDS or None)


def _fragment_key(name, parts):
    return "pagecache:{}:fragment:{}:{}".format(
        current_generation(), name, _digest("|".join(str(part) for part in parts))
    )
