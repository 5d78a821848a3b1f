"""Public proposals: a draft in moderation, cleaned HTML, checked uploads, spam defences."""

import html
import io

from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import TranslationSource

import pytest
from PIL import Image

from website.practices.models import PracticePage, PracticeSubmission

VALID = {
    "title": "Mobility weeks <script>alert(1)</script>for welders",
    "summary": "Welding learners spend <b onclick='x()'>two weeks</b> in a partner school.",
    "description": "<p style='color:red' onmouseover='x()'>Good <a href='javascript:alert(1)'>"
    "practice</a></p><style>p{}</style><iframe src='https://evil.test'></iframe>",
    "organisation_name": "Welding School",
    "organisation_type": "vet-provider",
    "country": "PT",
    "dimensions": ["curriculum"],
    "year_started": "2022",
    "submitter_name": "Ana",
    "submitter_email": "ana@example.org",
}


def propose(client, index_page, data=None, **files):
    return client.post(index_page.url + "propose/", {**VALID, **(data or {}), **files})


def png(width=20, height=20):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_proposal_becomes_a_cleaned_draft_in_moderation(client, index_page):
    response = propose(client, index_page)
    assert response.status_code == 200
    draft = PracticePage.objects.get(title="Mobility weeks for welders")
    assert not draft.live
    assert draft.introduction == "Welding learners spend two weeks in a partner school."
    body = str(draft.body[0].value.source)
    assert "script" not in body and "style" not in body and "onmouseover" not in body
    assert "javascript:" not in body and "iframe" not in body
    assert "practice" in body
    assert WorkflowState.objects.filter(
        object_id=str(draft.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    assert PracticeSubmission.objects.get(page=draft).email == "ana@example.org"
    assert "Mobility weeks" not in client.get(index_page.url).content.decode()


def test_proposal_is_published_translated_and_shown_in_italian(
    client, index_page, italian_index_page
):
    propose(client, index_page)
    draft = PracticePage.objects.get(title="Mobility weeks for welders")
    draft.get_latest_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(draft)
    italian, _created = source.create_or_update_translation(
        Locale.objects.get(language_code="it"), publish=False, copy_parent_pages=True, fallback=True
    )
    italian.get_latest_revision().publish()
    italian.refresh_from_db()
    assert italian.locale == Locale.objects.get(language_code="it")
    assert italian.live and italian.dimensions == ["curriculum"]
    response = client.get(italian_index_page.url, {"country": "PT"})
    assert "Mobility weeks for welders" in response.content.decode()


def test_proposal_rejects_a_disguised_pdf(client, index_page):
    fake = SimpleUploadedFile("report.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    response = propose(client, index_page, document=fake)
    assert response.status_code == 400
    assert "This file is not a PDF document." in response.content.decode()
    assert not PracticePage.objects.filter(title="Mobility weeks for welders").exists()


def test_proposal_accepts_a_real_pdf_and_image(client, index_page):
    pdf = SimpleUploadedFile("report.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    image = SimpleUploadedFile("photo.png", png(), "image/png")
    response = propose(
        client, index_page, {"image_description": "Learners at work"}, document=pdf, image=image
    )
    assert response.status_code == 200
    draft = PracticePage.objects.get(title="Mobility weeks for welders")
    assert [block.block_type for block in draft.body] == ["paragraph", "document", "image"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.png", b"GIF89a not really", "This file is not an image we can accept."),
        ("photo.jpg", png(), "Images must be JPEG, PNG or WebP"),
        ("bomb.png", png(10_000, 10_000), "The image is too large"),
    ],
)
def test_proposal_rejects_bad_images(client, index_page, name, content, message):
    upload = SimpleUploadedFile(name, content, "image/png")
    response = propose(client, index_page, {"image_description": "x"}, image=upload)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PracticePage.objects.filter(title="Mobility weeks for welders").exists()


def test_proposal_with_honeypot_filled_is_not_stored(client, index_page):
    response = propose(client, index_page, {"website": "http://spam.test"})
    assert response.status_code == 200
    assert not PracticePage.objects.filter(title="Mobility weeks for welders").exists()


def test_proposals_are_rate_limited_per_address(client, index_page):
    for _attempt in range(5):
        propose(client, index_page, {"title": "", "website": ""})
    response = propose(client, index_page)
    assert response.status_code == 429
    assert "Too many proposals" in response.content.decode()
    assert not PracticePage.objects.filter(title="Mobility weeks for welders").exists()


def test_proposal_error_is_in_the_visitors_language(client, italian_index_page):
    response = client.post(italian_index_page.url + "propose/", {**VALID, "title": ""})
    assert response.status_code == 400
    with translation.override("it"):
        required = str(forms.Field.default_error_messages["required"])
    assert required != "This field is required."
    assert html.escape(required) in response.content.decode()


def test_submitter_contact_is_forgotten_once_published(client, index_page):
    propose(client, index_page)
    draft = PracticePage.objects.get(title="Mobility weeks for welders")
    assert PracticeSubmission.objects.filter(page=draft).exists()
    draft.get_latest_revision().publish()
    assert not PracticeSubmission.objects.filter(page=draft).exists()


def test_submitter_contact_is_forgotten_when_the_workflow_rejects(client, index_page):
    from django.contrib.auth import get_user_model

    propose(client, index_page)
    draft = PracticePage.objects.get(title="Mobility weeks for welders")
    moderator = get_user_model().objects.create_superuser("moderator", "m@example.org", "x")
    task_state = draft.current_workflow_task_state
    task_state.task.specific.on_action(task_state, moderator, "reject")
    assert not PracticeSubmission.objects.filter(page=draft).exists()


def test_expired_submitter_contacts_are_purged(client, index_page):
    from datetime import timedelta

    from django.utils import timezone

    from website.practices.retention import purge_expired

    propose(client, index_page)
    submission = PracticeSubmission.objects.get()
    assert purge_expired() == 0
    later = timezone.now() + timedelta(days=PracticeSubmission.RETENTION_DAYS + 1)
    assert purge_expired(now=later) == 1
    assert not PracticeSubmission.objects.filter(pk=submission.pk).exists()


def test_proposal_rejects_an_oversized_pdf(client, index_page):
    huge = SimpleUploadedFile(
        "report.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024), "application/pdf"
    )
    response = propose(client, index_page, document=huge)
    assert response.status_code == 400
    assert "The file is too large" in response.content.decode()
    assert not PracticePage.objects.filter(title="Mobility weeks for welders").exists()


def test_moderators_can_read_the_submitters_contact(client, index_page):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    propose(client, index_page)
    moderator = get_user_model().objects.create_user("moderator", "m@example.org", "x")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(moderator)
    response = client.get("/admin/snippets/practices/practicesubmission/")
    assert response.status_code == 200
    assert "ana@example.org" in response.content.decode()
