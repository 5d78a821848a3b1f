"""Proposals: files readable by moderators only until published (item 9); the rate limit
counts the real client behind trusted proxies, in the shared cache (item 8)."""

import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image

from website.practices.models import PracticePage

VALID = {
    "title": "Welding mobility weeks",
    "summary": "Welding learners spend two weeks in a partner school.",
    "description": "<p>Good practice</p>",
    "organisation_name": "Welding School",
    "organisation_type": "vet-provider",
    "country": "PT",
    "dimensions": ["curriculum"],
    "year_started": "2022",
    "submitter_name": "Ana",
    "submitter_email": "ana@example.org",
}


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return buffer.getvalue()


def _propose(client, index_page, **extra):
    pdf = SimpleUploadedFile("our-report.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    image = SimpleUploadedFile("photo.png", _png(), "image/png")
    data = {**VALID, "image_description": "Learners", "document": pdf, "image": image}
    return client.post(index_page.url + "propose/", data, **extra)


def _browser(username, *groups):
    user = get_user_model().objects.create_user(username, f"{username}@example.eu", "pw-12345678")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    browser = Client()
    browser.force_login(user)
    return browser


@pytest.fixture
def proposed(client, index_page):
    assert _propose(client, index_page).status_code == 200
    return PracticePage.objects.get(title="Welding mobility weeks")


def _document(page):
    return next(block.value["document"] for block in page.body if block.block_type == "document")


def _read(browser, document):
    response = browser.get(document.url)
    if response.streaming:
        b"".join(response.streaming_content)  # read through, which also closes it
    return response.status_code


def test_proposal_files_are_readable_by_moderators_only(proposed, client):
    document = _document(proposed)
    assert _read(client, document) != 200  # anonymous
    assert _read(_browser("someone"), document) != 200  # any account: anyone can sign up
    assert _read(_browser("editor", "Editors"), document) != 200
    assert _read(_browser("moderator", "Moderators"), document) == 200


def test_proposal_files_have_unguessable_names(proposed):
    document = _document(proposed)
    image = next(block.value["image"] for block in proposed.body if block.block_type == "image")
    assert "our-report" not in document.file.name and document.file.name.endswith(".pdf")
    assert "photo" not in image.file.name and image.file.name.endswith(".png")


def test_published_practice_files_become_public_and_return_when_unpublished(proposed, client):
    proposed.get_latest_revision().publish()
    document = get_document_model().objects.get(pk=_document(proposed).pk)
    assert _read(client, document) == 200
    image = get_image_model().objects.get(title="Learners")
    assert image.collection.name == "Published practices"
    PracticePage.objects.get(pk=proposed.pk).unpublish()
    document.refresh_from_db()
    assert _read(client, document) != 200


def test_rate_limit_reads_the_client_behind_trusted_proxies(client, index_page, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}
    for attempt in range(5):
        # A client may put anything left of what the proxy appends; only the last entry counts.
        forwarded = f"198.51.100.{attempt}, 203.0.113.7"
        response = _propose(client, index_page, HTTP_X_FORWARDED_FOR=forwarded, **proxy)
        assert response.status_code == 200
    blocked = _propose(client, index_page, HTTP_X_FORWARDED_FOR="203.0.113.7", **proxy)
    assert blocked.status_code == 429
    other = _propose(client, index_page, HTTP_X_FORWARDED_FOR="203.0.113.8", **proxy)
    assert other.status_code == 200
    assert caches["shared"].get("ratelimit:practice-proposals:203.0.113.7") == 6


def test_without_trusted_proxies_forwarded_for_is_ignored(client, index_page, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    for attempt in range(5):
        _propose(client, index_page, HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}")
    blocked = _propose(client, index_page, HTTP_X_FORWARDED_FOR="198.51.100.99")
    assert blocked.status_code == 429
