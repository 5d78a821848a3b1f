"""Learner accounts: sign-up confirmed by e-mail, sign-in, profile, privacy of the dashboard."""

import re

from django.core import mail
from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def test_sign_up_needs_email_confirmation(visitor):
    response = visitor.post(
        "/it/accounts/signup/",
        {
            "email": "maria.rossi@example.it",
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
            "target_group": "teachers-trainers",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.organisation, str(user.country), user.target_group) == (
        "CIFP MEKA LHII",
        "ES",
        "teachers-trainers",
    )
    invalid = visitor.post("/es/accounts/profile/", {"country": "XX", "preferred_language": "de"})
    assert invalid.status_code == 200
    user.refresh_from_db()
    assert str(user.country) == "ES"


def test_profile_needs_sign_in(visitor):
    response = visitor.get("/en/accounts/profile/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
