"""The "Data requests" menu of the Wagtail admin."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_data_request_urls():
    """Add /admin/data-requests/."""
    urls = [
        path("", admin_views.index, name="index"),
        path("learners/<int:pk>/", admin_views.learner, name="learner"),
        path("learners/<int:pk>/export/", admin_views.export, name="export"),
        path("learners/<int:pk>/erase/", admin_views.erase, name="erase"),
        path("exports/<uuid:pk>/", admin_views.download, name="download"),
        path("audit/", admin_views.audit_log, name="audit"),
        path("external-lrs/", admin_views.forwarded, name="forwarded"),
        path("external-lrs/<int:pk>/asked/", admin_views.mark_asked, name="mark-asked"),
    ]
    return [path("data-requests/", include((urls, "privacy_admin"), namespace="privacy_admin"))]


class DataRequestsMenuItem(MenuItem):
    """Shown to those who handle learners' data requests."""

    def is_shown(self, request):
        """Only with the permission to export and erase learners' data."""
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_data_requests_menu():
    """Add 'Data requests' (learners, audit log, external LRSs) to the admin menu."""
    menu = Menu(
        items=[
            DataRequestsMenuItem(
                _("Export or erase a learner"),
                reverse("privacy_admin:index"),
                icon_name="user",
                order=100,
            ),
            DataRequestsMenuItem(
                _("Audit log"), reverse("privacy_admin:audit"), icon_name="history", order=200
            ),
            DataRequestsMenuItem(
                _("Erasures to request from external LRSs"),
                reverse("privacy_admin:forwarded"),
                icon_name="upload",
                order=300,
            ),
        ]
    )
    return SubmenuMenuItem(_("Data requests"), menu, icon_name="lock", order=910)
