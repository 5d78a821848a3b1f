"""The privacy page: six languages, editable by editors, linked from the footer and sign-up."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.test import Client
from django.utils import translation

import pytest

from learning.privacy.models import PrivacyPage

pytestmark = pytest.mark.django_db

HEADINGS = {
    "en": ("Privacy notice", "How long we keep it"),
    "it": ("Informativa sulla privacy", "Per quanto tempo li conserviamo"),
    "fr": ("Politique de confidentialité", "Combien de temps nous les conservons"),
    "nl": ("Privacyverklaring", "Hoe lang we ze bewaren"),
    "es": ("Aviso de privacidad", "Durante cuánto tiempo los conservamos"),
    "ro": (
        "Notă de informare privind confidențialitatea",
        "Cât timp le păstrăm",
    ),
}


def privacy_url():
    return Template("{% load privacy_tags %}{% privacy_page_url %}").render(Context())


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_the_privacy_page_exists_in_every_language_and_is_linked(client, language):
    page = PrivacyPage.objects.live().get(locale__language_code=language)
    title, periods = HEADINGS[language]
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert title in html and periods in html
    home = client.get(f"/{language}/").content.decode()
    assert f'href="{page.url}"' in home
    signup = client.get(f"/{language}/accounts/signup/").content.decode()
    assert f'href="{page.url}"' in signup


def test_the_page_states_the_configured_periods(client, settings):
    settings.LEARNING_PRIVACY_COOLING_OFF_DAYS = 10
    settings.LEARNING_PRIVACY_PURGE_UNCONFIRMED_DAYS = 30
    page = PrivacyPage.objects.live().get(locale__language_code="en")
    html = client.get(page.url, headers={"cookie": "sessionid=skip-the-page-cache"})
    text = html.content.decode()
    assert "carried out 10 days later" in text
    assert "never confirmed is erased after 30 days" in text


def test_the_footer_link_costs_no_query_once_known(django_assert_num_queries):
    with translation.override("it"):
        italian = privacy_url()
        with django_assert_num_queries(0):
            assert privacy_url() == italian
    assert italian == PrivacyPage.objects.get(locale__language_code="it").url


def test_an_unpublished_translation_falls_back_to_english():
    with translation.override("nl"):
        privacy_url()
        PrivacyPage.objects.get(locale__language_code="nl").unpublish()
        assert privacy_url() == PrivacyPage.objects.get(locale__language_code="en").url


def test_editors_can_edit_the_privacy_page():
    editor = get_user_model().objects.create_user("editor-p", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    page = PrivacyPage.objects.get(locale__language_code="en")
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_page_renders_with_constant_queries(client, language, django_assert_max_num_queries):
    page = PrivacyPage.objects.live().get(locale__language_code=language)
    client.cookies["sessionid"] = "signed-in-visitors-bypass-the-page-cache"
    client.get(page.url)
    with django_assert_max_num_queries(12):
        assert client.get(page.url).status_code == 200
