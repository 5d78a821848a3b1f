"""Institutions and their members in Wagtail's admin, for the platform's administrators."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from website.core.admin_columns import yes_no_columns

from .models import Institution


class InstitutionViewSet(ModelViewSet):
    """Administrators verify institutions, add members or correct their details."""

    model = Institution
    icon = "group"
    menu_label = _("Institutions")
    add_to_admin_menu = True
    form_fields = [
        "name",
        "country",
        "region",
        "kind",
        "size",
        "members",
        "shows_as_best_performer",
        "is_verified",
    ]
    list_display = yes_no_columns(
        Institution, ["name", "country", "kind", "size", "is_verified", "is_synthetic"]
    )
    list_filter = ["is_verified", "is_synthetic", "kind", "size"]
    search_fields = ["name"]


@hooks.register("register_admin_viewset")
def register_institution_viewset():
    return InstitutionViewSet("institutions")
