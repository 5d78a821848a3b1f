"""The translation dashboard and the offline PO exchange, in the Wagtail admin."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from . import drafts, po_exchange, rights
from .forms import DashboardFilterForm, ExportForm, ImportForm
from .sections import BY_SLUG
from .status import STATE_LABELS, build_dashboard, source_objects


def working_locales(user):
    """The target locales the user works in: their teams' locales, or all but the source."""
    locales = Locale.objects.exclude(id=Locale.get_default().id).order_by("id")
    locale_ids = rights.restricted_locale_ids(user)
    if locale_ids is not None:
        locales = locales.filter(id__in=locale_ids)
    return list(locales)


def dashboard(request):
    form = DashboardFilterForm(request.GET or None)
    section = None
    if form.is_valid() and form.cleaned_data["section"]:
        section = BY_SLUG[form.cleaned_data["section"]]
    locales = working_locales(request.user)
    board = build_dashboard(locales, section)
    return TemplateResponse(
        request,
        "translations/dashboard.html",
        {
            **_admin_page(_("Translation dashboard"), "wagtail-localize-language"),
            "form": form,
            "board": board,
            "counts": board.counts(),
            "summary": board.summary(),
            "state_labels": STATE_LABELS,
            "export_form": ExportForm(
                locales=locales, initial={"section": form.data.get("section")}
            ),
            "import_form": ImportForm(locales=locales),
        },
    )


def export_po(request):
    locales = working_locales(request.user)
    form = ExportForm(request.GET, locales=locales)
    if not form.is_valid():
        return _refuse(request, _("Choose a language you translate into."), status=400)
    locale = form.cleaned_data["locale"]
    translations = _translations_to_export(locale, form.cleaned_data)
    if not translations:
        return _refuse(request, _("Nothing in this selection has a translation record yet."))
    slug = form.cleaned_data["section"] or "all"
    archive = po_exchange.export_archive(translations)
    response = HttpResponse(archive, content_type="application/zip")
    filename = f"digint-{slug}-{locale.language_code}.zip"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def import_po(request):
    locales = working_locales(request.user)
    form = ImportForm(request.POST or None, request.FILES or None, locales=locales)
    context = {**_admin_page(_("Import translations"), "upload"), "form": form}
    if request.method != "POST":
        return TemplateResponse(request, "translations/import.html", context)
    if not form.is_valid():
        return TemplateResponse(request, "translations/import.html", context, status=400)
    locale = form.cleaned_data["locale"]
    try:
        files = po_exchange.read_upload(form.cleaned_data["file"])
        results = po_exchange.import_files(
            files,
            locale,
            request.user,
            lambda locale_id: rights.may_work_in(request.user, locale_id),
        )
    except po_exchange.ImportRefused as refused:
        context["errors"] = refused.errors
        return TemplateResponse(request, "translations/import.html", context, status=400)
    messages.success(request, _("The translations were imported as drafts."))
    context["results"] = results
    return TemplateResponse(request, "translations/import.html", context)


@require_POST
def submit_for_review(request, translation_id):
    """Save a page translation as a draft and start its moderation workflow.

    wagtail-localize's editor offers only "Publish", and only to those who may publish; this
    is how a translator hands a translated page to the moderators.
    """
    translation = get_object_or_404(
        Translation.objects.select_related("source", "target_locale"), id=translation_id
    )
    if not rights.may_work_in(request.user, translation.target_locale_id):
        return forbidden(request, rights.restricted_locale_ids(request.user))
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        return forbidden(request, rights.restricted_locale_ids(request.user) or [])
    page = page.specific
    if page.workflow_in_progress:
        messages.warning(request, _("“%(title)s” is already waiting for review.") % {"title": page})
        return redirect("translations_dashboard")
    with transaction.atomic():
        drafts.save_draft(translation, request.user)
        page.refresh_from_db()
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, request.user)
    if workflow is None:
        messages.success(request, _("“%(title)s” was saved as a draft.") % {"title": page})
    else:
        messages.success(request, _("“%(title)s” was submitted for review.") % {"title": page})
    return redirect("translations_dashboard")


def _translations_to_export(locale, data):
    section = BY_SLUG.get(data["section"] or "")
    if data.get("page"):
        keys = Page.objects.filter(id=data["page"]).values_list("translation_key", flat=True)
    else:
        keys = [obj.translation_key for obj in source_objects(Locale.get_default(), section)]
    return list(
        Translation.objects.filter(
            source__object_id__in=list(keys),
            source__locale=Locale.get_default(),
            target_locale=locale,
            enabled=True,
        ).select_related("source", "target_locale")
    )


def _admin_page(title, icon=""):
    """What Wagtail's admin base template needs for the title bar and the browser tab."""
    return {"page_title": title, "header_title": title, "header_icon": icon}


def _refuse(request, message, status=404):
    return render(
        request,
        "translations/refused.html",
        {**_admin_page(_("Translation dashboard")), "message": message},
        status=status,
    )


def forbidden(request, locale_ids):
    """A 403 page that names the languages the translator works in."""
    languages = [locale.get_display_name() for locale in Locale.objects.filter(id__in=locale_ids)]
    return TemplateResponse(
        request,
        "translations/forbidden.html",
        {**_admin_page(_("Not your language")), "languages": languages},
        status=403,
    )
