"""A learner downloads their data, asks for their account to be deleted, cancels, and deletes
it for good; the privacy page and every new page pass axe."""

import re
import zipfile

from django.contrib.auth import get_user_model
from django.core.files.storage import FileSystemStorage

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.badges.models import Achievement, Credential
from learning.privacy.models import DataExport, DeletionRequest, PrivacyPage
from learning.progress import services
from learning.progress.vocabulary import ActivityType, Verb

pytestmark = pytest.mark.browser

PASSWORD = "Crossing-borders-2025"
EMAIL = "mary.somerville@example.eu"


def _learner_with_a_credential():
    learner = get_user_model().objects.create_user(
        "mary", email=EMAIL, password=PASSWORD, first_name="Mary", last_name="Somerville"
    )
    EmailAddress.objects.create(user=learner, email=EMAIL, verified=True, primary=True)
    achievement = Achievement.objects.order_by("pk").first()
    enrolment, _created = services.enrol(learner, achievement.course_iri, "en")
    for iri in achievement.required_modules:
        services.record_event(enrolment, Verb.COMPLETED, iri, ActivityType.MODULE, once=True)
    for iri in achievement.required_quizzes:
        services.record_event(
            enrolment, Verb.PASSED, iri, ActivityType.ASSESSMENT, result={"success": True}
        )
    # The credential is issued when this completion commits (live-server tests commit).
    services.record_event(
        enrolment, Verb.COMPLETED, achievement.course_iri, ActivityType.COURSE, once=True
    )
    assert Credential.objects.filter(learner=learner).exists()
    return learner


def test_learner_downloads_their_data_then_deletes_their_account(
    live_server, page, accessibility_problems, monkeypatch, tmp_path, settings
):
    monkeypatch.setattr(
        DataExport._meta.get_field("file"), "storage", FileSystemStorage(location=tmp_path)
    )
    learner = _learner_with_a_credential()

    page.goto(f"{live_server.url}/en/accounts/login/?next=/en/accounts/my-data/")
    page.get_by_label("E-mail address or username").fill(EMAIL)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name=re.compile("Sign In|Sign in")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("My data")
    assert accessibility_problems(page) == ""

    # Download: the zip holds the learner's records.
    page.get_by_role("button", name="Prepare my data").click()
    expect(page.get_by_text("Your data is ready to download.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download my data (zip)").click()
    names = zipfile.ZipFile(download.value.path()).namelist()
    assert {"README.txt", "profile.json", "statements.json", "progress.csv"} <= set(names)
    assert any(name.endswith("/badge.png") for name in names)
    assert accessibility_problems(page) == ""

    # Deletion: what remains is explained; a wrong password changes nothing.
    page.get_by_role("link", name="Delete my account…").click()
    expect(page.get_by_role("heading", name="What remains, and why")).to_be_visible()
    assert accessibility_problems(page) == ""
    page.get_by_label("Your password").fill("not-my-password")
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text("The password is not correct. Nothing was changed.")).to_be_visible()
    assert not DeletionRequest.objects.exists()
    assert accessibility_problems(page) == ""

    # With the cooling-off period, the deletion waits and can be cancelled.
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_text(re.compile("Your account will be deleted on"))).to_be_visible()
    assert accessibility_problems(page) == ""
    page.get_by_role("button", name="Cancel the deletion").click()
    expect(page.get_by_text("The deletion of your account is cancelled.")).to_be_visible()
    assert not DeletionRequest.objects.exists()

    # Without one (an administrator's choice), it happens at once: revoke the credentials.
    settings.LEARNING_PRIVACY_COOLING_OFF_DAYS = 0
    page.get_by_role("link", name="Delete my account…").click()
    page.get_by_label("Revoke my credentials").check()
    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_role("button", name="Delete my account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account is deleted")
    expect(page.get_by_text("1 credential is revoked")).to_be_visible()
    assert accessibility_problems(page) == ""
    assert not get_user_model().objects.filter(pk=learner.pk).exists()
    assert Credential.objects.filter(document="", learner__isnull=True).count() == 1

    # Signed out: "My data" asks to sign in again.
    page.goto(f"{live_server.url}/en/accounts/my-data/")
    expect(page).to_have_url(re.compile("/accounts/login/"))


@pytest.mark.parametrize("language", ["en", "ro"])
def test_privacy_page_is_linked_from_the_footer_and_accessible(
    live_server, page, accessibility_problems, language
):
    page.goto(f"{live_server.url}/{language}/")
    title = PrivacyPage.objects.get(locale__language_code=language).title
    page.get_by_role("contentinfo").get_by_role("link", name=re.compile("Privacy|Notă")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    assert accessibility_problems(page) == ""
