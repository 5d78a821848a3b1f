"""The Blueprint and the home page carry what the seed states: the four instruments, the policy
context at three levels, the 2027 date of the inclusion target, and no "strategy repository"
the platform does not have (its step links to the good-practice repository)."""

from html import unescape

from django.test import Client

import pytest

from website.guidelines.models import BlueprintPage
from website.home.models import HomePage
from website.practices.models import PracticeIndexPage

pytestmark = pytest.mark.django_db

# Seed facts, as the rendered page shows them in each language.
INSTRUMENTS = ["THAMM Plus", "Migration Partnership Facility (MPF)", "(EIT)"]
SKILLS_PACKAGE = {
    "en": "Skills and Talent Mobility package",
    "it": "pacchetto sulla mobilità delle competenze e dei talenti",
    "fr": "« Mobilité des compétences et des talents »",
    "ro": "pachetul privind mobilitatea competențelor și a talentelor",
}
POLICY_CONTEXT = {
    "en": ["Osnabrück Declaration (2020)", "Ministry of Education and Merit", "regional law no. 2"],
    "it": [
        "Dichiarazione di Osnabrück (2020)",
        "Ministero dell'Istruzione e del Merito",
        "Legge regionale n. 2 del febbraio 2023",
    ],
    "fr": [
        "déclaration d'Osnabrück (2020)",
        "ministère de l'Éducation et du Mérite",
        "loi régionale n° 2 de février 2023",
    ],
    "ro": [
        "Declarația de la Osnabrück (2020)",
        "Ministerului Educației și Meritului",
        "legea regională nr. 2 din februarie 2023",
    ],
}
NO_STRATEGY_REPOSITORY = {
    "en": "strategy repository",
    "it": "Repository delle strategie",
    "fr": "Répertoire des stratégies",
    "ro": "Colecția de strategii",
}
INCLUSION_TARGET_2027 = {
    "en": "by 2027, 20% of mobile learners being people with fewer opportunities",
    "it": "entro il 2027 il 20% di discenti in mobilità con minori opportunità",
    "fr": "d'ici à 2027, une part de 20 % de personnes ayant moins d'opportunités",
    "ro": "până în 2027, 20 % dintre cursanții aflați în mobilitate",
}


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def _html(visitor, page):
    response = visitor.get(page.url)
    assert response.status_code == 200
    return unescape(response.content.decode())


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_blueprint_lists_the_seeds_instruments_and_policy_context(visitor, language):
    html = _html(visitor, BlueprintPage.objects.get(locale__language_code=language))
    for name in INSTRUMENTS:
        assert name in html
    assert SKILLS_PACKAGE[language] in html
    for fact in POLICY_CONTEXT[language]:
        assert fact in html


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_blueprint_links_the_good_practice_repository_and_no_strategy_repository(visitor, language):
    html = _html(visitor, BlueprintPage.objects.get(locale__language_code=language))
    assert NO_STRATEGY_REPOSITORY[language].lower() not in html.lower()
    repository = PracticeIndexPage.objects.get(locale__language_code=language)
    assert f'href="{repository.url}"' in html


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_home_dates_the_inclusion_target_2027_as_the_seed(visitor, language):
    html = _html(visitor, HomePage.objects.get(locale__language_code=language))
    assert INCLUSION_TARGET_2027[language] in html
    assert "2030" in html  # the other two targets keep their 2030 date
