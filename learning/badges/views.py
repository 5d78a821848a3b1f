"""Public credential pages and documents, the verification form and the learner's backpack."""

import json

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, get_language_from_request
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import addresses, documents, status_list
from .baking import bake, unbake
from .coverage import competence_coverage
from .images import badge_png
from .keys import load_issuer_key
from .models import Achievement, Credential
from .services import learner_credentials
from .vc_jwt import encode_vc_jwt
from .verification import MALFORMED, verify_document, verify_text

JSON_LD = "application/ld+json"
MAX_PASTE = 200_000
MAX_BADGE_BYTES = 5 * 1024 * 1024


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
@never_cache
def status_list_credential(request):
    """The signed Bitstring Status List credential (always current)."""
    return _json(status_list.status_list_credential())


@require_GET
def credential_root(request, pk):
    """A credential's id: send the visitor to its page in their language."""
    with translation.override(get_language_from_request(request)):
        return redirect("credential", pk=pk)


@require_GET
def credential_json(request, pk):
    """The signed credential as JSON-LD, for download."""
    credential = get_object_or_404(Credential, pk=pk)
    return _json(credential.as_json(), filename=f"credential-{pk}.json")


@require_GET
def credential_jwt(request, pk):
    """The credential as a VC-JWT."""
    credential = get_object_or_404(Credential, pk=pk)
    token = encode_vc_jwt(credential.as_json(), load_issuer_key())
    response = HttpResponse(token, content_type="application/jwt")
    response["Content-Disposition"] = f'attachment; filename="credential-{pk}.jwt"'
    return response


@require_GET
def credential_png(request, pk):
    """The badge image with the signed credential baked in."""
    credential = get_object_or_404(Credential.objects.select_related("achievement"), pk=pk)
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


def _page_context(credential, verification):
    document = verification.document or credential.as_json()
    achievement = credential.achievement
    language = credential.language
    return {
        "credential": credential,
        "verification": verification,
        "document": document,
        "achievement_document": document["credentialSubject"]["achievement"],
        "elements": [
            (label, value, isinstance(value, list))
            for label, value in documents.micro_credential_elements(achievement, language)
        ],
        "competences": [
            alignment
            for alignment in document["credentialSubject"]["achievement"]["alignment"]
            if alignment.get("targetType") == "ext:DIGINTCompetence"
        ],
        "share_url": addresses.credential_id(credential.pk),
        "learner_name": document["credentialSubject"]["identifier"][0]["identityHash"],
    }


@require_GET
@never_cache
def credential_page(request, pk):
    """The public page of a credential: re-verified now, in the visitor's language."""
    credential = get_object_or_404(Credential.objects.select_related("achievement"), pk=pk)
    try:
        document = credential.as_json()
    except json.JSONDecodeError:
        document = None
    verification = verify_document(document)
    return TemplateResponse(
        request, "badges/credential.html", _page_context(credential, verification)
    )


class VerifyForm(forms.Form):
    """A credential pasted as JSON or VC-JWT, or a baked badge image."""

    credential = forms.CharField(
        label=_("Credential (JSON or VC-JWT)"),
        required=False,
        max_length=MAX_PASTE,
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


@never_cache
def verify(request):
    """Verify any credential: the answer in the visitor's language, never an error page."""
    verification = None
    status = 200
    if request.method == "POST":
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
