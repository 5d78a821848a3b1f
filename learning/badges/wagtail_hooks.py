"""The credentials list and the revoke view in the Wagtail admin."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_credential_urls():
    """Add /admin/credentials/."""
    urls = [
        path("", admin_views.credential_list, name="list"),
        path("<uuid:pk>/revoke/", admin_views.credential_revoke, name="revoke"),
    ]
    return [path("credentials/", include((urls, "badges_admin"), namespace="badges_admin"))]


class CredentialsMenuItem(MenuItem):
    """Shown to those who may revoke credentials."""

    def is_shown(self, request):
        """Only with the permission to change credentials."""
        return request.user.has_perm(admin_views.REVOKE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_credentials_menu_item():
    """Add 'Credentials' to the admin menu."""
    return CredentialsMenuItem(
        _("Credentials"), reverse("badges_admin:list"), icon_name="tick-inverse", order=900
    )
