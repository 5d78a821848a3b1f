"""The competence map in the admin: a translatable snippet per competence."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Competence


class CompetenceViewSet(SnippetViewSet):
    """Editors maintain the seven competences; translators translate them."""

    model = Competence
    icon = "pick"
    menu_label = _("Competence map")
    list_display = ["name", "code", "esco_uri"]
    add_to_admin_menu = True


register_snippet(CompetenceViewSet)
