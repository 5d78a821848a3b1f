"""Colleague invitations: send one, withdraw it, and accept it from the e-mailed link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import invitations, services
from .forms import InvitationForm
from .views import _institution_page, refusing


@login_required
@require_POST
@refusing
def invite(request, institution_id):
    """Send the invitation; the answer is the same whether the address has an account or not."""
    institution = services.institution_for_member(request.user, institution_id)
    form = InvitationForm(request.POST)
    if form.is_valid():
        email = form.cleaned_data["email"]
        try:
            invitations.invite(institution, request.user, email)
        except services.Refused as refusal:
            form.add_error("email", refusal.message)
            return _institution_page(
                request, institution, status=refusal.status, invitation_form=form
            )
        messages.success(
            request,
            _("An invitation to join %(institution)s was sent to %(email)s.")
            % {"institution": institution.name, "email": email},
        )
        return redirect("benchmarking:institution", institution.pk)
    return _institution_page(request, institution, status=400, invitation_form=form)


@login_required
@require_POST
@refusing
def revoke(request, institution_id, invitation_id):
    """Withdraw a pending invitation of one of the user's institutions."""
    institution = services.institution_for_member(request.user, institution_id)
    invitations.revoke(institution, invitation_id)
    messages.success(request, _("The invitation was withdrawn; its link no longer works."))
    return redirect("benchmarking:institution", institution.pk)


@login_required
@refusing
def accept(request, token):
    """Show the invitation, and on POST make the signed-in user a member."""
    invitation = invitations.invitation_for(token)
    invitations.check(invitation, request.user)
    if request.method == "POST":
        institution = invitations.accept(invitation.pk, request.user)
        messages.success(
            request,
            _("You are now a member of %(institution)s.") % {"institution": institution.name},
        )
        return redirect("benchmarking:institution", institution.pk)
    return TemplateResponse(request, "benchmarking/invitation.html", {"invitation": invitation})
