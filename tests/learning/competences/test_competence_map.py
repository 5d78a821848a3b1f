"""The competence map: seven translatable competences, the public page, learner progress."""

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from wagtail_localize.models import Translation

import pytest

from learning.badges.models import Achievement
from learning.competences.models import Competence
from learning.competences.services import competences_in
from learning.progress import services
from website.core.vocabularies import Competence as CompetenceCode


@pytest.fixture
def client(db):
    return Client(HTTP_HOST="localhost")


def test_the_seven_competences_exist_in_english_with_their_levels(db):
    competences = competences_in("en")
    assert [item.code for item in competences] == [code.value for code in CompetenceCode]
    for competence in competences:
        assert competence.description
        assert all(descriptor for _label, descriptor in competence.levels())


def test_italian_translations_are_wagtail_localize_records(db):
    source = Competence.objects.get(code="global-competence", locale__language_code="en")
    italian = Competence.objects.get(code="global-competence", locale__language_code="it")
    assert italian.translation_key == source.translation_key
    assert italian.name == "Competenza globale"
    assert Translation.objects.filter(
        source__object_id=source.translation_key, target_locale__language_code="it"
    ).exists()


def test_map_page_shows_competences_groups_and_courses(client):
    html = client.get("/en/competences/").content.decode()
    for competence in competences_in("en"):
        assert f'id="{competence.code}"' in html
    assert "Regional policy officers" in html
    assert "Key competence" in html
    assert "Teachers European Citizenship" in html
    assert "Your progress" not in html


def test_map_page_in_italian(client):
    html = client.get("/it/competences/").content.decode()
    assert "Competenza globale" in html
    assert "Mobilità virtuale" in html


def test_signed_in_learner_sees_their_own_progress(client):
    demo = get_user_model().objects.get(username="demo-learner")
    client.force_login(demo)
    html = client.get("/en/competences/").content.decode()
    assert "Your progress" in html
    assert "1 of 2 courses completed" in html  # global competence: the demo course is one of two


def test_another_learner_sees_none_of_the_demo_progress(client):
    other = get_user_model().objects.create_user("newcomer", password="a-long-learner-password")
    client.force_login(other)
    html = client.get("/en/competences/").content.decode()
    assert "1 of 2 courses completed" not in html
    assert "0 of 2 courses completed" in html


@pytest.mark.parametrize(
    "language, name",
    [
        ("fr", "Mobilité virtuelle"),
        ("nl", "Virtuele mobiliteit"),
        ("es", "Movilidad virtual"),
        ("ro", "Mobilitate virtuală"),
    ],
)
def test_every_language_has_the_competences(client, language, name):
    assert [item.locale.language_code for item in competences_in(language)] == [language] * 7
    assert name in client.get(f"/{language}/competences/").content.decode()


def _queries_for_map(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/competences/")
    assert response.status_code == 200
    return len(queries.captured_queries), response.content.decode()


def test_map_page_queries_do_not_grow_with_content(client):
    demo = get_user_model().objects.get(username="demo-learner")
    client.force_login(demo)
    client.get("/en/competences/")  # caches filled
    before, html_before = _queries_for_map(client)
    assert before <= 12
    # More content: ten more courses developing the same competences, and the learner
    # enrolled in every course.
    template = Achievement.objects.order_by("pk").first()
    fields = {
        field.name: getattr(template, field.name)
        for field in Achievement._meta.concrete_fields
        if field.name not in ("id", "course_iri")
    }
    for number in range(10):
        Achievement.objects.create(course_iri=f"{template.course_iri}copy-{number}/", **fields)
    for achievement in Achievement.objects.all():
        services.enrol(demo, achievement.course_iri)
    after, html_after = _queries_for_map(client)
    name = escape(template.text("name", "en"))
    shown = len(template.competences)
    assert html_after.count(name) == html_before.count(name) + 10 * shown
    assert after <= before
