from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Locale, TranslatableMixin

from . import rights, views


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("translations/", views.dashboard, name="translations_dashboard"),
        path("translations/export/", views.export_po, name="translations_export"),
        path("translations/import/", views.import_po, name="translations_import"),
        path(
            "translations/<int:translation_id>/submit/",
            views.submit_for_review,
            name="translations_submit_for_review",
        ),
    ]


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtail_localize.submit_translation")


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return TranslatorMenuItem(
        _("Translations"),
        reverse("translations_dashboard"),
        icon_name="wagtail-localize-language",
        order=250,
    )


# Wagtail grants snippet rights per model; these hooks keep restricted translators to the
# snippets of their own locales. They run before wagtail-localize's own edit hook.
@hooks.register("before_edit_snippet", order=-10)
def keep_translators_to_their_locale_on_edit(request, instance):
    return _check(request, getattr(instance, "locale_id", None))


@hooks.register("before_delete_snippet", order=-10)
def keep_translators_to_their_locale_on_delete(request, instances):
    for instance in instances:
        refused = _check(request, getattr(instance, "locale_id", None))
        if refused:
            return refused
    return None


@hooks.register("before_create_snippet", order=-10)
def keep_translators_to_their_locale_on_create(request, model):
    if not issubclass(model, TranslatableMixin):
        return None
    code = request.GET.get("locale") or Locale.get_default().language_code
    locale = Locale.objects.filter(language_code=code).first()
    return _check(request, locale.id if locale else None)


def _check(request, locale_id):
    locale_ids = rights.restricted_locale_ids(request.user)
    if locale_ids is None or locale_id is None or locale_id in locale_ids:
        return None
    return views.forbidden(request, locale_ids)
