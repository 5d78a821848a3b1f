"""Learner accounts: sign-up confirmed by e-mail, sign-in, profile, privacy of the dashboard."""

import re

from django.core import mail
from django.test import Client

import pytest
from allauth.account.models import EmailAddress

from courses.demo import DEMO_EMAIL, complete_course, load_demo_learner
from courses.models import CoursePage
from learning.badges.issuance import issue_for_enrolment
from learning.badges.models import Credential

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def test_sign_up_needs_email_confirmation(visitor, django_user_model):
    response = visitor.post(
        "/it/accounts/signup/",
        {
            "email": "maria.rossi@example.it",
            "credential_name": "  Maria   Rossi ",
            "password1": "una-password-lunga-e-sicura",
            "password2": "una-password-lunga-e-sicura",
        },
    )
    assert response.status_code == 302
    assert visitor.get("/it/learning/").status_code == 302  # not signed in before confirming
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/\s]+(/it/accounts/confirm-email/[^\s]+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    assert visitor.get(link.group(1)).status_code == 200
    response = visitor.post(link.group(1))
    assert response.status_code == 302
    dashboard = visitor.get("/it/learning/")
    assert dashboard.status_code == 200
    assert '<html lang="it">' in dashboard.content.decode()
    assert django_user_model.objects.get(email="maria.rossi@example.it").credential_name == (
        "Maria Rossi"
    )


def test_sign_up_refuses_mismatched_passwords_in_the_visitors_language(visitor):
    response = visitor.post(
        "/fr/accounts/signup/",
        {"email": "jean@example.fr", "password1": "mot-de-passe-long-1", "password2": "autre-2"},
    )
    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()
    assert "mot de passe" in response.content.decode().lower()
    assert not mail.outbox


def test_profile_keeps_language_organisation_country_and_role(visitor, django_user_model):
    user = django_user_model.objects.create_user("ana", email="ana@example.es", password="x" * 20)
    visitor.force_login(user)
    response = visitor.post(
        "/es/accounts/profile/",
        {
            "first_name": "Ana",
            "last_name": "García",
            "preferred_language": "es",
            "organisation": "CIFP MEKA LHII",
            "country": "ES",
            "organisation_type": "vet-provider",
            "target_group": "teachers-trainers",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.organisation, str(user.country), user.organisation_type, user.target_group) == (
        "CIFP MEKA LHII",
        "ES",
        "vet-provider",
        "teachers-trainers",
    )
    invalid = visitor.post("/es/accounts/profile/", {"country": "XX", "preferred_language": "de"})
    assert invalid.status_code == 200
    user.refresh_from_db()
    assert str(user.country) == "ES"


def test_profile_says_country_and_organisation_type_serve_only_anonymous_statistics(
    visitor, django_user_model
):
    user = django_user_model.objects.create_user("ion", email="ion@example.ro", password="x" * 20)
    visitor.force_login(user)
    page = visitor.get("/ro/accounts/profile/").content.decode()
    assert 'name="organisation_type"' in page
    assert "statistici anonime" in page
    refused = visitor.post("/ro/accounts/profile/", {"organisation_type": "guild"})
    assert refused.status_code == 200
    user.refresh_from_db()
    assert user.organisation_type == ""


def test_sign_up_takes_an_optional_country_and_organisation_type(visitor, django_user_model):
    page = visitor.get("/en/accounts/signup/").content.decode()
    assert 'name="country"' in page and 'name="organisation_type"' in page
    assert "Used only for anonymous statistics of the pilot courses" in page
    response = visitor.post(
        "/en/accounts/signup/",
        {
            "email": "lena@example.be",
            "credential_name": "Lena Peeters",
            "country": "BE",
            "organisation_type": "region",
            "password1": "a-long-and-safe-password",
            "password2": "a-long-and-safe-password",
        },
    )
    assert response.status_code == 302
    user = django_user_model.objects.get(email="lena@example.be")
    assert (str(user.country), user.organisation_type) == ("BE", "region")


def test_profile_needs_sign_in(visitor):
    response = visitor.get("/en/accounts/profile/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_sign_up_asks_for_the_name_on_credentials_and_says_why(visitor, django_user_model):
    page = visitor.get("/en/accounts/signup/").content.decode()
    assert 'name="credential_name"' in page
    assert "This name will appear on the credentials you earn" in page
    response = visitor.post(
        "/en/accounts/signup/",
        {
            "email": "jan@example.nl",
            "credential_name": "   ",
            "password1": "a-long-and-safe-password",
            "password2": "a-long-and-safe-password",
        },
    )
    assert response.status_code == 200
    assert not django_user_model.objects.filter(email="jan@example.nl").exists()
    assert 'value="jan@example.nl"' in response.content.decode()
    assert not mail.outbox


@pytest.mark.parametrize("login", ["sam@example.be", "sam.peeters"])
def test_sign_in_accepts_email_or_username(visitor, django_user_model, login):
    user = django_user_model.objects.create_user(
        "sam.peeters", email="sam@example.be", password="a-long-and-safe-password"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    response = visitor.post(
        "/en/accounts/login/", {"login": login, "password": "a-long-and-safe-password"}
    )
    assert response.status_code == 302, response.content.decode()
    assert visitor.get("/en/learning/").status_code == 200


def test_sign_in_page_asks_for_email_or_username(visitor):
    html = visitor.get("/fr/accounts/login/").content.decode()
    assert 'name="login"' in html
    assert "Adresse électronique ou nom d&#x27;utilisateur" in html


def test_profile_changes_the_name_on_credentials_until_one_is_issued(visitor, django_user_model):

    user = django_user_model.objects.create_user("ana", email="ana@example.es", password="x" * 20)
    visitor.force_login(user)
    page = visitor.get("/en/accounts/profile/").content.decode()
    assert "You sign in with your e-mail address (ana@example.es) or your username (ana)." in page
    visitor.post("/en/accounts/profile/", {"credential_name": "Ana García Pérez"})
    user.refresh_from_db()
    assert user.credential_name == "Ana García Pérez"
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path")[1]
    issue_for_enrolment(complete_course(user, course))
    credential = Credential.objects.get(learner=user)
    subject = credential.as_json()["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Ana García Pérez"
    page = visitor.get("/en/accounts/profile/").content.decode()
    assert "it can no longer be changed" in page
    assert (
        visitor.post("/en/accounts/profile/", {"credential_name": "Someone Else"}).status_code
        == 302
    )
    user.refresh_from_db()
    assert user.credential_name == "Ana García Pérez"


def test_demo_learner_sign_in_is_printed(db):
    course = CoursePage.objects.filter(locale__language_code="en").order_by("path").first()
    message = load_demo_learner(course)
    assert DEMO_EMAIL in message and "demo-learner" in message
