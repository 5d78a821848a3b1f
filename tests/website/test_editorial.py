"""Editorial groups, the moderation workflow and wagtail-localize."""

from django.contrib.auth.models import Group

from wagtail.models import Locale, Page, Workflow

import pytest

pytestmark = pytest.mark.django_db


def test_six_content_locales_exist():
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert codes == {"en", "it", "fr", "nl", "es", "ro"}


def test_editorial_groups_and_their_permissions():
    groups = {group.name: group for group in Group.objects.all()}
    assert {"Editors", "Moderators"} <= set(groups)
    # The single Translators group that could change every page is replaced by one team per
    # language (tests/website/test_translation_workflow.py).
    assert "Translators" not in groups
    for name in ("Editors", "Moderators"):
        codenames = set(groups[name].permissions.values_list("codename", flat=True))
        assert "access_admin" in codenames
    assert {"add_partner", "change_partner"} <= set(
        groups["Editors"].permissions.values_list("codename", flat=True)
    )
    moderator_page_permissions = set(
        groups["Moderators"].page_permissions.values_list("permission__codename", flat=True)
    )
    assert "publish_page" in moderator_page_permissions


def test_moderation_workflow_covers_every_page():
    workflow = Workflow.objects.get(name="Moderators approval")
    assert workflow.active
    root = Page.get_first_root_node()
    assert root.get_workflow() == workflow
    guidelines = Page.objects.get(slug="guidelines")
    assert guidelines.get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert set(task.groups.values_list("name", flat=True)) == {"Moderators"}


def test_editor_submission_waits_for_moderation(client):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user("editor", password="a-strong-password-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    page = Page.objects.get(slug="guidelines").specific
    workflow = page.get_workflow()
    workflow.start(page, editor)
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert page.live  # the published version stays online while the change is reviewed
