"""Public credential pages and documents, the verification form and the learner's backpack."""

import json

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpResponse, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import http_date
from django.utils.translation import get_language, get_language_from_request
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from . import addresses, documents, share, status_list
from .baking import bake, unbake
from .coverage import competence_coverage
from .identity import holder_name
from .images import badge_png
from .keys import load_issuer_key
from .models import Achievement, Credential
from .services import learner_credentials
from .vc_jwt import encode_vc_jwt
from .verification import MALFORMED, verify_document, verify_text

JSON_LD = "application/ld+json"
MAX_PASTE = 200_000
MAX_BADGE_BYTES = 5 * 1024 * 1024


def _credential_or_gone(request, pk, queryset=Credential.objects):
    """The credential, or an explanation (410) if only its revocation remains.

    That is the case of a revoked credential whose holder's account was erased.
    """
    credential = get_object_or_404(queryset, pk=pk)
    if credential.is_erased:
        return None, TemplateResponse(
            request, "badges/credential_erased.html", {"credential": credential}, status=410
        )
    return credential, None


def _json(document, content_type=JSON_LD, filename=None):
    response = JsonResponse(
        document, content_type=content_type, json_dumps_params={"ensure_ascii": False}
    )
    response["Access-Control-Allow-Origin"] = "*"
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def issuer(request):
    """The issuer Profile."""
    return _json(documents.issuer_profile_document())


@require_GET
def issuer_key(request):
    """The Multikey document with the issuer's public key."""
    return _json(documents.key_document(load_issuer_key().public_multibase))


@require_GET
def status_list_credential(request):
    """The signed Bitstring Status List credential: current, signed only when it changed.

    Verifiers and caches may keep it LEARNING_BADGES_STATUS_LIST_MAX_AGE seconds; ETag and
    Last-Modified let them ask cheaply whether it changed.
    """
    published = status_list.published()
    etag = f'"{published.encoded_list[-16:]}-{int(published.signed_at.timestamp())}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        response = _json(published.document)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(published.signed_at.timestamp())
    response["Cache-Control"] = f"public, max-age={settings.LEARNING_BADGES_STATUS_LIST_MAX_AGE}"
    return response


@require_GET
def credential_root(request, pk):
    """A credential's id: send the visitor to its page in their language."""
    with translation.override(get_language_from_request(request)):
        return redirect("credential", pk=pk)


@require_GET
def credential_json(request, pk):
    """The signed credential as JSON-LD, for download."""
    credential, gone = _credential_or_gone(request, pk)
    if gone:
        return gone
    return _json(credential.as_json(), filename=f"credential-{pk}.json")


@require_GET
def credential_jwt(request, pk):
    """The credential as a VC-JWT."""
    credential, gone = _credential_or_gone(request, pk)
    if gone:
        return gone
    token = encode_vc_jwt(credential.as_json(), load_issuer_key())
    response = HttpResponse(token, content_type="application/jwt")
    response["Content-Disposition"] = f'attachment; filename="credential-{pk}.jwt"'
    return response


@require_GET
def credential_png(request, pk):
    """The badge image with the signed credential baked in."""
    credential, gone = _credential_or_gone(
        request, pk, Credential.objects.select_related("achievement")
    )
    if gone:
        return gone
    png = bake(badge_png(credential.achievement, credential.language), credential.document)
    response = HttpResponse(png, content_type="image/png")
    response["Content-Disposition"] = f'attachment; filename="badge-{pk}.png"'
    return response


@require_GET
def achievement_image(request, pk, language):
    """An achievement's badge image with its name in `language`."""
    achievement = get_object_or_404(Achievement, pk=pk)
    if language not in achievement.texts:
        raise Http404
    response = HttpResponse(badge_png(achievement, language), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response


def _page_context(request, credential, verification):
    """The credential page's context, its texts in the visitor's language where possible.

    The achievement's texts are shown in the visitor's language where the achievement has
    them, else as signed; the signed document itself is never changed.
    """
    document = verification.document or credential.as_json()
    achievement = credential.achievement
    signed = document["credentialSubject"]["achievement"]
    visitor = get_language()
    if visitor != credential.language and visitor in achievement.texts:
        texts_language = visitor
        shown = documents.achievement_document(achievement, visitor)
    else:
        texts_language = credential.language
        shown = signed
    return {
        "credential": credential,
        "verification": verification,
        "document": document,
        "achievement_document": shown,
        "texts_language": texts_language,
        "issued_language_name": translation.get_language_info(credential.language)["name_local"],
        "elements": [
            (label, value, isinstance(value, list))
            for label, value in documents.micro_credential_elements(achievement, texts_language)
        ],
        "competences": [
            {**alignment, "targetUrl": share.displayed(request, alignment.get("targetUrl", ""))}
            for alignment in shown["alignment"]
            if alignment.get("targetType") == "ext:DIGINTCompetence"
        ],
        # Links are shown at the address the page was reached at; the signed ids are unchanged.
        **share.share_links(request, credential, texts_language),
        "signed_id": addresses.credential_id(credential.pk),
        "is_holder": request.user.is_authenticated and credential.learner_id == request.user.pk,
        "learner_name": holder_name(document),
    }


@require_GET
@never_cache
def credential_page(request, pk):
    """The public page of a credential: re-verified now, in the visitor's language."""
    credential, gone = _credential_or_gone(
        request, pk, Credential.objects.select_related("achievement")
    )
    if gone:
        return gone
    try:
        document = credential.as_json()
    except json.JSONDecodeError:
        document = None
    verification = verify_document(document)
    return TemplateResponse(
        request, "badges/credential.html", _page_context(request, credential, verification)
    )


class VerifyForm(forms.Form):
    """A credential pasted as JSON or VC-JWT, or a baked badge image."""

    credential = forms.CharField(
        label=_("Credential (JSON or VC-JWT)"),
        required=False,
        max_length=MAX_PASTE,
        error_messages={
            "max_length": _("The pasted credential is longer than 200,000 characters."),
        },
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "false"}),
    )
    badge = forms.FileField(label=_("Or a badge image (PNG)"), required=False)

    def clean_badge(self):
        badge = self.cleaned_data.get("badge")
        if badge and badge.size > MAX_BADGE_BYTES:
            raise forms.ValidationError(_("The image is larger than 5 MB."))
        return badge

    def clean(self):
        data = super().clean()
        if self.errors:
            return data  # a size error already says what is wrong
        if not data.get("credential") and not data.get("badge"):
            raise forms.ValidationError(_("Paste a credential or choose a badge image."))
        return data

    def credential_text(self):
        """The credential to check: the pasted text, or the one baked into the image."""
        if self.cleaned_data.get("credential"):
            return self.cleaned_data["credential"]
        try:
            return unbake(self.cleaned_data["badge"].read()) or ""
        except ValueError:
            return ""


def _too_large(request):
    """The form with a size message, for a body larger than Django parses (a huge paste)."""
    context = {
        "form": VerifyForm(),
        "verification": None,
        "size_error": _(
            "The request is too large: a pasted credential holds at most 200,000 characters "
            "and a badge image at most 5 MB."
        ),
    }
    return TemplateResponse(request, "badges/verify.html", context, status=413)


@csrf_exempt  # checked below, once the body is known to be of a size Django reads
@never_cache
def verify(request):
    """Verify any credential: the answer in the visitor's language, never an error page."""
    verification = None
    status = 200
    if request.method == "POST":
        try:
            request.POST  # noqa: B018 - parse now, to answer an oversized body on the form
        except RequestDataTooBig:
            # Nothing is read or changed: the answer is only the form with the size message.
            return _too_large(request)
        refused = CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {})
        if refused is not None:
            return refused
        form = VerifyForm(request.POST, request.FILES)
        if form.is_valid():
            verification = verify_text(form.credential_text())
            if verification.outcome == MALFORMED:
                status = 400
        else:
            status = 400
    else:
        form = VerifyForm()
    return TemplateResponse(
        request,
        "badges/verify.html",
        {"form": form, "verification": verification},
        status=status,
    )


@login_required
def backpack(request):
    """The learner's own credentials and the competences they cover."""
    credentials = learner_credentials(request.user)
    return TemplateResponse(
        request,
        "badges/backpack.html",
        {
            "credentials": credentials,
            "coverage": competence_coverage(credentials, get_language()),
            "verify_url": reverse("credential-verify"),
        },
    )
