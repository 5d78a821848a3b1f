"""Where the page a reader is on lives in each language: the switcher's links and <head>'s.

A Wagtail page is found in another language through its translation; a sub-page of a routable
page (a practice index's `countries/`, a module's `unit/2/`) keeps its sub-path; the query
string (filters, a search, `next=`) is kept, and a `next=` address is itself moved to the
chosen language, so that signing in lands there. A page with no translation yet is served in
its source language under the chosen language's prefix (see `untranslated.serve`), so the
reader stays on it, with a notice. Other views (search, accounts, benchmarking, credentials)
are reversed under the other prefix.

The canonical link and the hreflang alternates name the page and its sub-path, never the
query: that is the state of a form or filter, not another page.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation

from wagtail.models import Page, Site

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
SOURCE_LANGUAGE = settings.LANGUAGE_CODE
NEXT_PARAMETER = "next"


def split_language(path):
    """("fr", "cours/x/") for "/fr/cours/x/"; (None, path) when it has no language prefix."""
    first, _slash, rest = path.lstrip("/").partition("/")
    if first in LANGUAGE_CODES:
        return first, rest
    return None, path


def with_language(code, rest):
    """The path `rest` under the prefix of language `code`."""
    return f"/{code}/{rest}"


@dataclass(frozen=True)
class Versions:
    """Where the current page is in each language.

    Attributes:
        hrefs: Language code → the switcher's link (path, sub-path and query).
        alternates: Language code → the path of a version that exists in that language.
        canonical: The path of the page itself, or None (error pages).
        content_language: The language the page's content is written in.
    """

    hrefs: dict
    alternates: dict
    canonical: str | None
    content_language: str


def homes_only():
    """For error pages: each language's home, no canonical page."""
    return Versions(
        hrefs={code: with_language(code, "") for code in LANGUAGE_CODES},
        alternates={},
        canonical=None,
        content_language=translation.get_language(),
    )


def view_versions(request):
    """A Django view under each language prefix (all of them are translated)."""
    queries = _queries(request)
    alternates = {code: translate_url(request.path, code) for code in LANGUAGE_CODES}
    hrefs = {code: alternates[code] + queries[code] for code in LANGUAGE_CODES}
    return Versions(hrefs, alternates, request.path, translation.get_language())


def page_versions(request, page, *, with_query=True):
    """A Wagtail page (and its sub-page) in each language: one query, two with `next=`.

    Without the query (`with_query=False`), the links name the places only: see `with_query`.
    """
    site = Site.find_for_request(request)
    home_key = site.root_page.translation_key if site else None
    found = _translations_and_homes(page.translation_key, home_key)
    translations, homes = found.get(page.translation_key, {}), found.get(home_key, {})
    own_path = urlsplit(page.get_url(request) or "").path
    suffix = _sub_path(request.path, own_path)
    queries = _queries(request) if with_query else dict.fromkeys(LANGUAGE_CODES, "")
    hrefs, alternates = {}, {}
    for code in LANGUAGE_CODES:
        path = _path_in(request, code, translations, homes, suffix)
        hrefs[code] = path + queries[code]
        if code in translations:
            alternates[code] = path
    content_language = next(
        (code for code, version in translations.items() if version.pk == page.pk),
        translation.get_language(),
    )
    return Versions(hrefs, alternates, own_path + suffix, content_language)


def with_query(versions, request):
    """`versions` whose links keep the request's query string (without `next=`, which
    `page_versions` moves to each language)."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return versions
    hrefs = {code: f"{href}?{query}" for code, href in versions.hrefs.items()}
    return Versions(hrefs, versions.alternates, versions.canonical, versions.content_language)


def _translations_and_homes(*translation_keys):
    """Translation key → {language code: live page}, for all the keys in one query."""
    found = {}
    candidates = Page.objects.live().filter(translation_key__in=translation_keys)
    for candidate in candidates.select_related("locale"):
        found.setdefault(candidate.translation_key, {})[candidate.locale.language_code] = candidate
    return found


def _sub_path(request_path, page_path):
    """What follows the page's own path in the request's: a routable page's sub-page."""
    request_language, request_rest = split_language(request_path)
    _language, page_rest = split_language(page_path)
    if request_language is None or not request_rest.startswith(page_rest):
        return ""
    return request_rest[len(page_rest) :]


def _path_in(request, code, translations, homes, suffix):
    """The page's path in language `code`: its translation; else its source version under
    that prefix (served untranslated, with a notice); else that language's home."""
    if code in translations:
        return urlsplit(translations[code].get_url(request)).path + suffix
    source = translations.get(SOURCE_LANGUAGE)
    if source is not None:
        _language, rest = split_language(urlsplit(source.get_url(request)).path)
        return with_language(code, rest + suffix)
    home = homes.get(code)
    return urlsplit(home.get_url(request)).path if home else with_language(code, "")


def _queries(request):
    """Language code → the query string of that language's link ("" when there is none)."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return dict.fromkeys(LANGUAGE_CODES, "")
    if NEXT_PARAMETER not in request.GET:
        return dict.fromkeys(LANGUAGE_CODES, f"?{query}")
    moved = [translated_paths(request, value) for value in request.GET.getlist(NEXT_PARAMETER)]
    queries = {}
    for code in LANGUAGE_CODES:
        params = request.GET.copy()
        params.setlist(NEXT_PARAMETER, [paths[code] for paths in moved])
        queries[code] = "?" + params.urlencode(safe="/")
    return queries


def translated_paths(request, url):
    """Language code → the local address `url` (path and query) in that language.

    Wagtail pages are found by their path (in the source tree too, for a page served
    untranslated); other views are reversed under each prefix. Addresses on other sites, or
    with no language prefix, stay as they are.
    """
    parts = urlsplit(url)
    language, rest = split_language(parts.path)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or language is None:
        return dict.fromkeys(LANGUAGE_CODES, url)
    try:
        match = resolve(parts.path)
    except Resolver404:
        return dict.fromkeys(LANGUAGE_CODES, url)
    if match.url_name == "wagtail_serve":
        paths = _page_paths(request, language, rest)
    else:
        paths = {code: translate_url(parts.path, code) for code in LANGUAGE_CODES}
    return {
        code: urlunsplit(("", "", path, parts.query, parts.fragment))
        for code, path in paths.items()
    }


def _page_paths(request, language, rest):
    """Language code → the path of the page (and sub-page) at `rest` under `language`."""
    site = Site.find_for_request(request)
    if site is None:
        return {code: with_language(code, rest) for code in LANGUAGE_CODES}
    home_key = site.root_page.translation_key
    homes = _translations_and_homes(home_key).get(home_key, {})
    components = [component for component in rest.split("/") if component]
    # The language's own tree first; an untranslated page is served from the source tree.
    depth_by_url_path = {}
    for tree in (language, SOURCE_LANGUAGE):
        if tree in homes:
            for count in range(len(components) + 1):
                url_path = homes[tree].url_path + "".join(f"{c}/" for c in components[:count])
                depth_by_url_path.setdefault(url_path, count)
    deepest = max(
        Page.objects.live()
        .filter(url_path__in=depth_by_url_path)
        .only("url_path", "translation_key"),
        key=lambda page: depth_by_url_path[page.url_path],
        default=None,
    )
    if deepest is None:
        return {code: with_language(code, rest) for code in LANGUAGE_CODES}
    suffix = "".join(f"{c}/" for c in components[depth_by_url_path[deepest.url_path] :])
    translations = _translations_and_homes(deepest.translation_key)[deepest.translation_key]
    return {code: _path_in(request, code, translations, homes, suffix) for code in LANGUAGE_CODES}
