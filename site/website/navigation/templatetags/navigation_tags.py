"""Menus, the language switcher and hreflang alternates, one query each."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Page, Site

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: to this page's translation where it exists, else to that home.

    Pages pass themselves; other views (search) pass nothing and link to the same URL in each
    language; error pages set `link_languages_to_home` and link to each language's home.
    Also sets `content_language` in the context: the language the page's content is written
    in, which differs from the visitor's when a page has no translation yet.
    """
    request = context["request"]
    current = translation.get_language()
    context["content_language"] = current
    translated_codes = set()
    if page is not None and getattr(page, "pk", None):
        hrefs, translated_codes, content_language = _page_translation_hrefs(request, page)
        context["content_language"] = content_language
    elif context.get("link_languages_to_home"):
        hrefs = {code: f"/{code}/" for code, _name in settings.LANGUAGES}
    else:
        path = request.get_full_path()
        hrefs = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
        translated_codes = set(hrefs)
    return [
        {
            "code": code,
            "name": name,
            "href": hrefs[code],
            "is_current": code == current,
            "is_translation": code in translated_codes,
        }
        for code, name in settings.LANGUAGES
    ]


def _page_translation_hrefs(request, page):
    """URLs of the page's live translations, and of each language's home where there is none.

    Returns (hrefs by language, languages the page exists in, the page's own language); the
    translations and the homes come from a single query.
    """
    site = Site.find_for_request(request)
    home_key = site.root_page.translation_key if site else None
    candidates = (
        Page.objects.live()
        .filter(Q(translation_key=page.translation_key) | Q(translation_key=home_key))
        .select_related("locale")
    )
    translations, homes = {}, {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if candidate.translation_key == page.translation_key:
            translations[code] = candidate
        if candidate.translation_key == home_key:
            homes[code] = candidate
    hrefs = {}
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or homes.get(code)
        hrefs[code] = target.get_url(request) if target else f"/{code}/"
    content_language = next(
        (code for code, found in translations.items() if found.pk == page.pk),
        translation.get_language(),
    )
    return hrefs, set(translations), content_language


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page and its children marked "show in menus", in the visitor's language.

    One query fetches the home's translations and the menu pages at the level below; the
    visitor's language is used where the home is translated, else the source language.
    """
    request = context["request"]
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
