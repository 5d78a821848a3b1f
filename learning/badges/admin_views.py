"""Administrators list issued credentials and revoke one with a reason."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Credential
from .services import AlreadyRevoked, revoke

REVOKE_PERMISSION = "badges.change_credential"


class RevokeForm(forms.Form):
    """The reason verifiers will see."""

    reason = forms.CharField(
        label=gettext_lazy("Reason for revocation"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown to everyone who verifies this credential."),
    )


@permission_required(REVOKE_PERMISSION, raise_exception=True)
def credential_list(request):
    """Every issued credential, newest first."""
    credentials = Credential.objects.select_related("achievement", "learner")
    page = Paginator(credentials, 50).get_page(request.GET.get("p"))
    return TemplateResponse(request, "badges/admin/credential_list.html", {"page": page})


@permission_required(REVOKE_PERMISSION, raise_exception=True)
def credential_revoke(request, pk):
    """Revoke one credential: its status list bit is set from now on."""
    credential = get_object_or_404(Credential.objects.select_related("achievement"), pk=pk)
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            revoke(credential, form.cleaned_data["reason"])
        except AlreadyRevoked:
            messages.error(request, _("This credential was already revoked."))
        else:
            messages.success(request, _("The credential is revoked."))
        return redirect("badges_admin:list")
    return TemplateResponse(
        request,
        "badges/admin/credential_revoke.html",
        {"credential": credential, "form": form},
        status=400 if request.method == "POST" else 200,
    )
