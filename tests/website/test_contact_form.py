"""The contact form: a valid message becomes one e-mail to the configured address and nothing in
the database; empty, oversized, link-stuffed or unconsented messages are refused whole with a
translated message; robots (honeypot) and floods (rate limit) are handled as for proposals."""

from unittest import mock

from django.apps import apps
from django.core import mail
from django.test import Client, override_settings

import pytest

from website.core.spam import SUBMISSIONS_PER_HOUR, HoneypotMixin
from website.practices.forms import PracticeProposalForm
from website.sections.forms import MAX_MESSAGE, ContactForm
from website.sections.models import ContactPage

pytestmark = pytest.mark.django_db

RECIPIENT = "team@digint.example.org"
VALID = {
    "name": "Ana Pop",
    "email": "ana@example.org",
    "subject": "Using the Blueprint in our region",
    "message": "We would like to use the Blueprint with our regional agency. Who can we ask?",
    "consent": "on",
}


@pytest.fixture(autouse=True)
def _recipient():
    with override_settings(DIGINT_CONTACT_EMAIL=RECIPIENT):
        yield


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def contact_url(language="en"):
    return ContactPage.objects.get(locale__language_code=language).url


def stored_rows():
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def test_the_form_shows_the_consent_text(visitor):
    html = visitor.get(contact_url()).content.decode()
    page = ContactPage.objects.get(locale__language_code="en")
    assert page.consent_text in html
    assert 'name="consent"' in html
    assert 'class="honeypot" aria-hidden="true"' in html


def test_a_valid_message_is_sent_to_the_configured_address_and_nothing_is_stored(visitor):
    before = stored_rows()
    response = visitor.post(contact_url(), VALID)
    assert response.status_code == 200
    assert "Your message has been sent" in response.content.decode()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [RECIPIENT]
    assert message.reply_to == ["ana@example.org"]
    assert VALID["subject"] in message.subject
    assert VALID["message"] in message.body
    assert "Ana Pop <ana@example.org>" in message.body
    assert stored_rows() == before


@pytest.mark.parametrize(
    "change",
    [
        {"message": ""},
        {"message": "   "},
        {"name": ""},
        {"email": "not an address"},
        {"subject": "<b></b>"},
        {"message": "x" * (MAX_MESSAGE + 1)},
        {"subject": "s" * 201},
        {"message": "Cheap https://a.example http://b.example www.c.example offers"},
        {"consent": ""},
    ],
    ids=[
        "empty",
        "blank",
        "no name",
        "bad e-mail",
        "markup only",
        "oversized",
        "long subject",
        "link-stuffed",
        "no consent",
    ],
)
def test_bad_input_is_refused_whole_with_a_message(visitor, change):
    before = stored_rows()
    response = visitor.post(contact_url(), {**VALID, **change})
    assert response.status_code == 400
    assert 'class="field-errors" role="alert"' in response.content.decode()
    assert mail.outbox == []
    assert stored_rows() == before


def test_link_stuffing_and_consent_messages_are_clear_and_translated(visitor):
    stuffed = {**VALID, "message": "https://a.example https://b.example https://c.example"}
    html = visitor.post(contact_url(), stuffed).content.decode()
    assert "Please include at most 2 links in your message." in html
    html = visitor.post(contact_url("it"), stuffed).content.decode()
    assert "Inserisca al massimo 2 link nel suo messaggio." in html
    html = visitor.post(contact_url("ro"), {**VALID, "consent": ""}).content.decode()
    assert "Bifați căsuța pentru a vă da acordul" in html
    html = visitor.post(contact_url("fr"), {**VALID, "message": ""}).content.decode()
    assert "Ce champ est obligatoire." in html


def test_the_honeypot_answers_like_success_and_sends_nothing(visitor):
    response = visitor.post(contact_url(), {**VALID, "website": "http://spam.example"})
    assert response.status_code == 200
    assert "Your message has been sent" in response.content.decode()
    assert mail.outbox == []


def test_messages_are_rate_limited_per_client(visitor):
    for _message in range(SUBMISSIONS_PER_HOUR):
        assert visitor.post(contact_url(), VALID).status_code == 200
    response = visitor.post(contact_url("it"), VALID)
    assert response.status_code == 429
    assert "Troppi messaggi dal suo indirizzo" in response.content.decode()
    assert len(mail.outbox) == SUBMISSIONS_PER_HOUR
    # Another client is not affected.
    other = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.9")
    assert other.post(contact_url(), VALID).status_code == 200


def test_a_failed_delivery_says_so_and_sends_nothing_half(visitor):
    with mock.patch("django.core.mail.EmailMessage.send", side_effect=OSError("no server")):
        response = visitor.post(contact_url(), VALID)
    assert response.status_code == 503
    assert "could not be sent" in response.content.decode()
    assert mail.outbox == []


def test_the_contact_and_proposal_forms_share_one_spam_protection():
    for form_class in (ContactForm, PracticeProposalForm):
        assert issubclass(form_class, HoneypotMixin)
        assert list(form_class().fields)[-1] == "website"
