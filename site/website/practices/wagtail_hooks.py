from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PracticeKeywords, PracticeSubmission


class PracticeSubmissionViewSet(SnippetViewSet):
    """Who proposed the drafts in moderation, for the moderators' questions."""

    model = PracticeSubmission
    icon = "mail"
    menu_label = _("Proposed practices")
    list_display = ["page", "name", "email", "language", "submitted_at"]
    add_to_admin_menu = True


register_snippet(PracticeSubmissionViewSet)


class PracticeKeywordsViewSet(SnippetViewSet):
    """The labels of the practices' keywords, translated like every other snippet."""

    model = PracticeKeywords
    icon = "tag"
    menu_label = _("Keyword labels")
    list_display = ["title", "locale"]
    add_to_settings_menu = True


register_snippet(PracticeKeywordsViewSet)
