"""The LRS in the Wagtail admin: LRS clients, external LRSs with their forwarding status."""

from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from website.core.admin_columns import yes_no_columns

from .forms import ExternalLRSForm, LRSClientForm
from .forwarding import retry_now, status
from .models import ExternalLRS, LRSClient


class LRSClientViewSet(ModelViewSet):
    """Systems allowed to call /xapi/ with HTTP Basic credentials and scopes."""

    model = LRSClient
    form_class = LRSClientForm
    icon = "key"
    menu_label = gettext_lazy("LRS clients")
    list_display = yes_no_columns(LRSClient, ["name", "key", "scopes", "is_active"])

    def get_form_class(self, for_update=False):
        """Our form, which writes the secret's digest."""
        return LRSClientForm


class ExternalLRSViewSet(ModelViewSet):
    """External LRSs statements are forwarded to, with their lag and last error."""

    model = ExternalLRS
    icon = "upload"
    menu_label = gettext_lazy("External LRSs")
    list_display = yes_no_columns(ExternalLRS, ["name", "endpoint", "enabled"])

    def get_form_class(self, for_update=False):
        """Our form, which keeps the password when left empty."""
        return ExternalLRSForm

    def forwarding_view(self, request):
        """Per target: pending statements, lag, last error, and a retry button."""
        if not self.permission_policy.user_has_permission(request.user, "view"):
            raise PermissionDenied
        targets = list(ExternalLRS.objects.order_by("name"))
        figures = status(targets)
        rows = [
            {
                "target": target,
                "edit_url": reverse(self.get_url_name("edit"), args=[quote(target.pk)]),
                "retry_url": reverse(self.get_url_name("retry"), args=[target.pk]),
                **figures[target.pk],
            }
            for target in targets
        ]
        return TemplateResponse(
            request,
            "xapi/admin/external_lrs_index.html",
            {"rows": rows, "add_url": reverse(self.get_url_name("add"))},
        )

    def retry_view(self, request, pk):
        """Make every pending statement of a target due now."""
        if request.method != "POST":
            return redirect(self.get_url_name("index"))
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        target = get_object_or_404(ExternalLRS, pk=pk)
        retry_now(target)
        messages.success(request, _("Forwarding to %(name)s is retried now.") % {"name": target})
        return redirect(self.get_url_name("index"))

    def get_urlpatterns(self):
        """The model's views, with the forwarding status as index and a retry action."""
        urlpatterns = [pattern for pattern in super().get_urlpatterns() if pattern.name != "index"]
        return [
            path("", self.forwarding_view, name="index"),
            path("<int:pk>/retry/", self.retry_view, name="retry"),
            *urlpatterns,
        ]


class LearningRecordStoreGroup(ModelViewSetGroup):
    """The LRS menu."""

    items = (LRSClientViewSet("lrs_clients"), ExternalLRSViewSet("external_lrs"))
    menu_icon = "list-ul"
    menu_label = gettext_lazy("Learning Record Store")


@hooks.register("register_admin_viewset")
def register_viewset():
    """Add the LRS menu to the admin."""
    return LearningRecordStoreGroup()
