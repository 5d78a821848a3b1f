from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from .forms import ProfileForm


def healthz(request):
    """Liveness check for load balancers: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception=None):
    """The 404 page, in the visitor's language, with language links to each home page."""
    return render(request, "404.html", {"link_languages_to_home": True}, status=404)


@login_required
def profile(request):
    """The learner's own profile: name, language, organisation, country and role."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("account_profile")
    return render(request, "account/profile.html", {"form": form})
