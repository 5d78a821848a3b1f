"""Data requests in the Wagtail admin: export, erasure, audit log, external LRSs to ask.

For requests that arrive by letter: an administrator finds the account, prepares the same zip
the learner would get (downloadable only by that administrator), or erases the account at once.
Everything is recorded in the audit log under pseudonymous ids.
"""

import uuid

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Q
from django.http import FileResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from learning.badges.models import Credential
from learning.progress.models import Enrolment

from . import deletion
from .audit import record
from .erasure import erase_learner
from .export import ExportInProgress, request_export, statement_count
from .forms import AdminEraseForm, LearnerSearchForm
from .identities import identity_of, pseudonymous_id
from .models import AuditEntry, DataExport, DeletionRequest, ForwardedErasure
from .notices import language_of, send_notice

PERMISSION = "privacy.handle_data_requests"
RESULTS = 50


def _learner(pk):
    return get_object_or_404(get_user_model(), pk=pk)


@permission_required(PERMISSION, raise_exception=True)
def index(request):
    """Find the account a request is about."""
    form = LearnerSearchForm(request.GET or None)
    results = []
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        results = list(
            get_user_model()
            .objects.filter(
                Q(username__icontains=query)
                | Q(email__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
                | Q(emailaddress__email__icontains=query)
            )
            .distinct()
            .order_by("username")[:RESULTS]
        )
    return TemplateResponse(
        request,
        "privacy/admin/index.html",
        {
            "form": form,
            "results": results,
            "searched": form.is_bound,
            "to_ask": ForwardedErasure.objects.filter(asked_at__isnull=True).count(),
        },
    )


@never_cache
@permission_required(PERMISSION, raise_exception=True)
def learner(request, pk, form=None):
    """One account: what the platform holds, the exports prepared, and erasure."""
    user = _learner(pk)
    identity = identity_of(user)
    status = 400 if form is not None else 200
    return TemplateResponse(
        request,
        "privacy/admin/learner.html",
        {
            "learner": user,
            "pseudonym": identity.pseudonym,
            "enrolments": Enrolment.objects.filter(learner=user).count(),
            "statements": statement_count(identity),
            "credentials": Credential.objects.filter(learner=user).count(),
            "institutions": user.institutions.count(),
            "deletion": DeletionRequest.objects.filter(learner=user).first(),
            "exports": DataExport.objects.filter(learner=user, requested_by=request.user),
            "form": form or AdminEraseForm(learner=user),
            "is_self": user.pk == request.user.pk,
        },
        status=status,
    )


@permission_required(PERMISSION, raise_exception=True)
def export(request, pk):
    """Prepare the learner's zip for this administrator."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    user = _learner(pk)
    try:
        prepared = request_export(user, request.user, language=language_of(request.user))
    except ExportInProgress:
        messages.error(request, _("An export of this account is already being prepared."))
        return redirect("privacy_admin:learner", pk=pk)
    if prepared.status == DataExport.Status.READY:
        messages.success(request, _("The export is ready to download."))
    elif prepared.status == DataExport.Status.PENDING:
        messages.success(request, _("The export is being prepared; you will get an e-mail."))
    else:
        messages.error(request, _("The export could not be prepared; see the server log."))
    return redirect("privacy_admin:learner", pk=pk)


@never_cache
@permission_required(PERMISSION, raise_exception=True)
def download(request, pk):
    """An export this administrator prepared, until its link expires."""
    prepared = get_object_or_404(
        DataExport, pk=pk, requested_by=request.user, status=DataExport.Status.READY
    )
    if prepared.is_expired or not prepared.file:
        messages.error(request, _("This export has expired; prepare a new one."))
        return redirect("privacy_admin:learner", pk=prepared.learner_id)
    record(
        AuditEntry.Action.EXPORT_DOWNLOADED,
        subject=pseudonymous_id(prepared.learner),
        performed_by=AuditEntry.Performer.ADMINISTRATOR,
        operator=request.user,
    )
    return FileResponse(
        prepared.file.open("rb"),
        as_attachment=True,
        filename=prepared.file.name.rsplit("/", 1)[-1],
        content_type="application/zip",
    )


@permission_required(PERMISSION, raise_exception=True)
def erase(request, pk):
    """Erase the account now, after the administrator typed its user name."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    user = _learner(pk)
    if user.pk == request.user.pk:
        messages.error(request, _("You cannot erase your own account here."))
        return redirect("privacy_admin:learner", pk=pk)
    form = AdminEraseForm(request.POST, learner=user)
    if not form.is_valid():
        return learner(request, pk, form=form)
    address, language = user.email, language_of(user)
    result = erase_learner(
        user,
        keep_credentials=form.keep_credentials,
        performed_by=AuditEntry.Performer.ADMINISTRATOR,
        operator=request.user,
    )
    if form.cleaned_data["notify"]:
        context = deletion.what_remains(result)
        transaction.on_commit(lambda: send_notice(address, language, "account_erased", context))
    messages.success(
        request,
        _("The account is erased. Its pseudonymous id was %(id)s.")
        % {"id": result.audit_entry.subject},
    )
    if result.forwarded:
        messages.warning(
            request,
            _("External LRSs received its statements: ask them to erase them (see the list)."),
        )
    return redirect("privacy_admin:index")


@permission_required(PERMISSION, raise_exception=True)
def audit_log(request):
    """Every export and erasure, newest first; filter by pseudonymous id with ?subject=."""
    entries = AuditEntry.objects.all()
    subject = request.GET.get("subject", "").strip()
    if subject:
        entries = entries.filter(subject__iexact=subject) if _is_uuid(subject) else entries.none()
    page = Paginator(entries, RESULTS).get_page(request.GET.get("p"))
    return TemplateResponse(
        request, "privacy/admin/audit_log.html", {"page": page, "subject": subject}
    )


def _is_uuid(value):
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


@permission_required(PERMISSION, raise_exception=True)
def forwarded(request):
    """External LRSs holding statements of erased learners: whom to ask, with which id."""
    rows = ForwardedErasure.objects.select_related("audit_entry")
    page = Paginator(rows, RESULTS).get_page(request.GET.get("p"))
    return TemplateResponse(request, "privacy/admin/forwarded.html", {"page": page})


@permission_required(PERMISSION, raise_exception=True)
def mark_asked(request, pk):
    """Record that the operator of an external LRS was asked to erase the statements."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    updated = ForwardedErasure.objects.filter(pk=pk, asked_at__isnull=True).update(
        asked_at=timezone.now()
    )
    if updated:
        messages.success(request, _("Recorded: the operator was asked to erase the statements."))
    return redirect("privacy_admin:forwarded")
