"""Keeps restricted translators to their own locales inside wagtail-localize's admin views.

wagtail-localize checks page permissions (which already stop at the team's tree) but lets
anyone with a snippet model's change right edit its translations in every locale, and lets
anyone with submit_translation create translations into any locale. This middleware closes
both gaps before the view runs.
"""

from wagtail_localize.models import Translation

from .rights import restricted_locale_ids
from .views import forbidden

TRANSLATION_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
    "stop_translation",
}
SUBMIT_VIEWS = {"submit_page_translation", "submit_snippet_translation"}
# Syncing re-extracts the source and updates every language, so it belongs to editors.
SOURCE_VIEWS = {"update_translations"}


class TranslatorLocaleMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.namespace != "wagtail_localize":
            return None
        locale_ids = restricted_locale_ids(request.user)
        if locale_ids is None:
            return None
        name = match.url_name
        if name in SOURCE_VIEWS:
            return forbidden(request, locale_ids)
        if name in TRANSLATION_VIEWS:
            target = (
                Translation.objects.filter(id=view_kwargs["translation_id"])
                .values_list("target_locale_id", flat=True)
                .first()
            )
            if target is not None and target not in locale_ids:
                return forbidden(request, locale_ids)
        if name in SUBMIT_VIEWS and request.method == "POST":
            chosen = set(request.POST.getlist("locales"))
            if not chosen <= {str(locale_id) for locale_id in locale_ids}:
                return forbidden(request, locale_ids)
        return None
