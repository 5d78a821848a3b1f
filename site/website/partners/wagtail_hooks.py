from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["acronym", "name", "country", "role"]
    list_filter = ["role"]
    add_to_admin_menu = True


register_snippet(PartnerViewSet)
