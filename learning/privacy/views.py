"""The learner's "My data" page: export, download, account deletion and its cancellation.

Every view acts on the signed-in learner's own records only; bad input changes nothing and
answers with a status and a message in the learner's language.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from learning.badges.models import Credential

from . import deletion, lrs
from .audit import record
from .erasure import Erasure
from .export import ExportInProgress, request_export
from .forms import DeleteAccountForm
from .identities import identity_of, pseudonymous_id
from .models import AuditEntry, DataExport, DeletionRequest


def _refuse(request, message, status):
    """Explain, in the learner's language, why nothing was done."""
    return TemplateResponse(
        request,
        "privacy/refused.html",
        {"message": message, "back_url": reverse("privacy:my-data")},
        status=status,
    )


def _own_exports(user):
    return DataExport.objects.filter(learner=user, requested_by=user)


@never_cache
@login_required
def my_data(request):
    """What the learner can do with their data: export it, delete their account."""
    return TemplateResponse(
        request,
        "privacy/my_data.html",
        {
            "exports": list(_own_exports(request.user)[:1]),
            "deletion": DeletionRequest.objects.filter(learner=request.user).first(),
            "valid_hours": settings.LEARNING_PRIVACY_EXPORT_VALID_HOURS,
        },
    )


@login_required
def export_create(request):
    """Prepare a new zip of the learner's data (replacing the previous one)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        export = request_export(request.user, request.user, language=get_language())
    except ExportInProgress:
        return _refuse(
            request, _("Your data is already being prepared. Please wait until it is ready."), 409
        )
    if export.status == DataExport.Status.PENDING:
        messages.info(
            request,
            _("Your data is being prepared. We will e-mail you when it is ready to download."),
        )
    elif export.status == DataExport.Status.FAILED:
        messages.error(request, _("Your data could not be prepared. Please try again later."))
    else:
        messages.success(request, _("Your data is ready to download."))
    return redirect("privacy:my-data")


@never_cache
@login_required
def export_download(request, pk):
    """The zip, for the learner who asked for it, until its link expires."""
    export = _own_exports(request.user).filter(pk=pk).first()
    if export is None:
        raise Http404
    if export.status != DataExport.Status.READY or not export.file:
        return _refuse(request, _("This export is not ready to download."), 409)
    if export.is_expired:
        return _refuse(
            request,
            _(
                "This download link has expired. Ask for a new export of your data on the "
                "“My data” page."
            ),
            410,
        )
    record(
        AuditEntry.Action.EXPORT_DOWNLOADED,
        subject=pseudonymous_id(request.user),
        performed_by=AuditEntry.Performer.LEARNER,
    )
    return FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=export.file.name.rsplit("/", 1)[-1],
        content_type="application/zip",
    )


@never_cache
@login_required
def delete_account(request):
    """Ask for the account to be deleted: password, and what happens to credentials."""
    pending = DeletionRequest.objects.filter(learner=request.user).first()
    form = DeleteAccountForm(request.POST or None, user=request.user)
    context = {
        "form": form,
        "pending": pending,
        "credentials": list(
            Credential.objects.filter(learner=request.user).select_related("achievement")
        ),
        "institutions": list(request.user.institutions.order_by("name")),
        "external_lrs": lrs.external_lrs_names(identity_of(request.user)),
        "cooling_off_days": settings.LEARNING_PRIVACY_COOLING_OFF_DAYS,
    }
    if request.method != "POST":
        return TemplateResponse(request, "privacy/delete_account.html", context)
    if pending is not None:
        return _refuse(
            request,
            _("Your account is already due to be deleted. You can cancel that on “My data”."),
            409,
        )
    if not form.is_valid():
        return TemplateResponse(request, "privacy/delete_account.html", context, status=400)
    try:
        outcome = deletion.request_deletion(request.user, form.keep_credentials)
    except deletion.AlreadyRequested:
        return _refuse(
            request,
            _("Your account is already due to be deleted. You can cancel that on “My data”."),
            409,
        )
    if isinstance(outcome, Erasure):
        logout(request)
        return TemplateResponse(
            request, "privacy/account_erased.html", deletion.what_remains(outcome)
        )
    messages.success(request, _("Your account will be deleted. You can still cancel this."))
    return redirect("privacy:my-data")


@login_required
def cancel_deletion(request):
    """Cancel the waiting deletion of the learner's account."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    try:
        deletion.cancel_deletion(request.user)
    except deletion.NothingToCancel:
        return _refuse(request, _("Your account is not due to be deleted; nothing to cancel."), 400)
    messages.success(request, _("The deletion of your account is cancelled."))
    return redirect("privacy:my-data")
