"""Menus, the language switcher, hreflang alternates and the footer.

The menu and the footer are computed once per language and host and cached until the next
publication; so are the switcher's links and the alternates of each page and sub-page, to which
each request adds its query string.
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Page, Site

from website.core.pagecache import cached_until_publish
from website.navigation import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language to where the reader is, in that language (see `languages`).

    Pages pass themselves; other views (search, accounts, benchmarking, credentials) pass
    nothing; error pages set `link_languages_to_home` and link to each language's home.
    Also sets, for <head>: `canonical_url`, `alternate_links` ((language, URL) of each version
    that exists) and `content_language`, the language the page's content is written in, which
    differs from the reader's when a page has no translation yet.
    """
    request = context["request"]
    if context.get("link_languages_to_home"):
        versions = languages.homes_only()
    elif page is not None and getattr(page, "pk", None):
        versions = _page_versions(request, page)
    else:
        versions = languages.view_versions(request)
    context["content_language"] = versions.content_language
    context["canonical_url"] = (
        request.build_absolute_uri(versions.canonical) if versions.canonical else ""
    )
    alternates = [
        (code, request.build_absolute_uri(versions.alternates[code]))
        for code, _name in settings.LANGUAGES
        if code in versions.alternates
    ]
    if settings.LANGUAGE_CODE in versions.alternates:
        default = request.build_absolute_uri(versions.alternates[settings.LANGUAGE_CODE])
        alternates.append(("x-default", default))
    context["alternate_links"] = alternates
    current = translation.get_language()
    return [
        {
            "code": code,
            "name": name,
            "href": versions.hrefs[code],
            "is_current": code == current,
            "is_translation": code in versions.alternates,
        }
        for code, name in settings.LANGUAGES
    ]


def _page_versions(request, page):
    """The page's versions: where it is in each language is kept until the next publication,
    the query string (filters, a search) is added to the links of each request."""
    if languages.NEXT_PARAMETER in request.GET:  # moved to each language: not kept
        return languages.page_versions(request, page)
    places = cached_until_publish(
        "page-versions",
        request.get_host(),
        translation.get_language(),
        page.pk,
        request.path,
        compute=lambda: languages.page_versions(request, page, with_query=False),
    )
    return languages.with_query(places, request)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page and its children marked "show in menus", in the visitor's language.

    One query fetches the home's translations and the menu pages at the level below; the
    visitor's language is used where the home is translated, else the source language.
    """
    request = context["request"]
    return cached_until_publish(
        "main-menu",
        request.get_host(),
        translation.get_language(),
        compute=lambda: _main_menu(request),
    )


def _main_menu(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    home = site.root_page
    current = translation.get_language()
    pages = list(
        Page.objects.live()
        .filter(
            Q(translation_key=home.translation_key) | Q(depth=home.depth + 1, show_in_menus=True)
        )
        .select_related("locale")
        .order_by("path")
    )
    homes = {
        candidate.locale.language_code: candidate
        for candidate in pages
        if candidate.translation_key == home.translation_key
    }
    menu_home = homes.get(current, home)
    children = [
        candidate
        for candidate in pages
        if candidate.depth == menu_home.depth + 1 and candidate.path.startswith(menu_home.path)
    ]
    return [menu_home, *children]


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered once per language and host until the next publication."""
    request = context["request"]
    return cached_until_publish(
        "footer",
        request.get_host(),
        translation.get_language(),
        compute=lambda: render_to_string("includes/footer.html", request=request),
    )
