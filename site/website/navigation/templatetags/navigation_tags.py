"""Menus, the language switcher and hreflang alternates, each in one query at most."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

register = template.Library()


def _home_pages_by_language(request):
    """The live home page (site root) in each language that has one."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = (
        Page.objects.live()
        .filter(translation_key=site.root_page.translation_key)
        .select_related("locale")
    )
    return {home.locale.language_code: home for home in homes}


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language: to this page's translation where it exists, else to that home.

    Pages pass themselves; other views (search) pass nothing and link to the same URL in each
    language; error pages set `link_languages_to_home` and link to each language's home.
    """
    request = context["request"]
    to_home = context.get("link_languages_to_home", False)
    current = translation.get_language()
    if page is not None and getattr(page, "pk", None):
        targets = {
            translated.locale.language_code: translated
            for translated in page.get_translations(inclusive=True)
            .live()
            .select_related("locale")
        }
        missing = [code for code, _name in settings.LANGUAGES if code not in targets]
        homes = _home_pages_by_language(request) if missing else {}
        hrefs = {}
        for code, _name in settings.LANGUAGES:
            target = targets.get(code) or homes.get(code)
            hrefs[code] = target.get_url(request) if target else f"/{code}/"
        translated_codes = set(targets)
    elif to_home:
        hrefs = {code: f"/{code}/" for code, _name in settings.LANGUAGES}
        translated_codes = set()
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


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page and its children marked "show in menus", in the visitor's language."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    locale = Locale.get_active()
    home = site.root_page
    if home.locale_id != locale.pk:
        home = Page.objects.live().filter(
            translation_key=home.translation_key, locale=locale
        ).first() or home
    return [home, *home.get_children().live().in_menu()]
