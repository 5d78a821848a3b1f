"""Editorial groups, the moderation workflow and wagtail-localize; the workflow is driven
through the admin's own forms, as editors and moderators use it."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page, Workflow

import pytest

from website.partners.models import PartnerIndexPage

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


def _admin_form_data(form):
    """What the admin's edit form posts back unchanged: every field and every formset."""
    data = {}
    for name, field in form.fields.items():
        bound = form[name]
        value = bound.value()
        if isinstance(field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif value is not None:
            data[bound.html_name] = value
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        for name in management.fields:
            data[management[name].html_name] = management[name].value()
        for child in formset.forms:
            data.update(_admin_form_data(child))
    return data


def _user(name, group):
    user = get_user_model().objects.create_user(name, password="a-strong-password-1")
    user.groups.add(Group.objects.get(name=group))
    return user


def _post_edit(client, page, **changes):
    """Open the page's edit view in the admin and post its form back with `changes`."""
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.get(edit_url)
    assert response.status_code == 200
    data = _admin_form_data(response.context["form"])
    data.update(changes)
    return response, client.post(edit_url, data)


@pytest.fixture
def partners_page():
    return PartnerIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def test_an_editor_cannot_publish_through_the_admin(client, partners_page, visitor):
    client.force_login(_user("editor", "Editors"))
    old_title = partners_page.title
    form_page, response = _post_edit(
        client, partners_page, title="Edited by an editor", **{"action-publish": "action-publish"}
    )
    html = form_page.content.decode()
    assert 'name="action-submit"' in html and 'name="action-publish"' not in html
    assert response.status_code == 302  # saved, as a draft
    partners_page.refresh_from_db()
    assert partners_page.title == old_title and partners_page.has_unpublished_changes
    assert partners_page.get_latest_revision_as_object().title == "Edited by an editor"
    assert not partners_page.workflow_in_progress
    public = visitor.get(partners_page.url).content.decode()
    assert "Edited by an editor" not in public and old_title in public


def test_an_editor_submits_and_a_moderator_approves_through_the_admin(
    client, partners_page, visitor
):
    client.force_login(_user("editor", "Editors"))
    _form, response = _post_edit(
        client, partners_page, title="Submitted for review", **{"action-submit": "action-submit"}
    )
    assert response.status_code == 302
    partners_page.refresh_from_db()
    assert partners_page.workflow_in_progress
    assert partners_page.live and partners_page.title != "Submitted for review"
    task_state = partners_page.current_workflow_task_state
    assert set(task_state.task.specific.groups.values_list("name", flat=True)) == {"Moderators"}
    # The editor cannot approve: the admin refuses and sends them back to its dashboard.
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(partners_page.pk, "approve", task_state.pk)
    )
    refused = client.post(approve_url, {"comment": ""})
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    partners_page.refresh_from_db()
    assert partners_page.workflow_in_progress

    moderator = Client()
    moderator.force_login(_user("moderator", "Moderators"))
    response = moderator.post(approve_url, {"comment": "Checked against the seed."})
    assert response.status_code in (200, 302)
    partners_page.refresh_from_db()
    assert not partners_page.workflow_in_progress
    assert partners_page.title == "Submitted for review" and partners_page.live
    assert "Submitted for review" in visitor.get(partners_page.url).content.decode()
