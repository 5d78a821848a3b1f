"""The evaluation pages: who may see them, the figures against hand-computed values, CSV,
bad filters, and that no learner's name, e-mail or reflection reaches an evaluator."""

import csv
import io
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from wagtail.users.models import UserProfile

import pytest
from lxml import html

from courses.activities import course_iri, unit_iri
from learning.progress import services

pytestmark = pytest.mark.django_db

PERIOD = {"start": "2026-03-01", "end": "2026-03-29"}


@pytest.fixture
def evaluator(db):
    user = get_user_model().objects.create_user("eva", email="eva@example.org")
    user.groups.add(Group.objects.get(name="Evaluators"))
    return user


@pytest.fixture
def client_of():
    def make(user):
        client = Client()
        client.force_login(user)
        return client

    return make


def rows(response, slug):
    tables = {t.slug: t for s in response.context["sections"] for t in s["tables"]}
    return [(str(label), [cell.display for cell in cells]) for label, cells in tables[slug].rows]


def values(response, slug):
    tables = {t.slug: t for s in response.context["sections"] for t in s["tables"]}
    return [
        [None if cell.suppressed else cell.value for cell in cells]
        for _label, cells in tables[slug].rows
    ]


def test_only_evaluators_and_administrators_see_the_evaluation(evaluator, client_of):
    url = reverse("evaluation_admin:overview")
    assert client_of(evaluator).get(url).status_code == 200
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    assert client_of(admin).get(url).status_code == 200
    editor = get_user_model().objects.create_user("ed", email="ed@example.org")
    editor.groups.add(Group.objects.get(name="Editors"))
    for name in ("overview", "funnel", "items"):
        assert client_of(editor).get(reverse(f"evaluation_admin:{name}")).status_code == 403
    assert Client().get(url).status_code == 302
    menu = client_of(evaluator).get(reverse("wagtailadmin_home")).content.decode()
    assert "Pilot evaluation" in menu
    assert (
        "Pilot evaluation"
        not in client_of(editor).get(reverse("wagtailadmin_home")).content.decode()
    )


def test_funnel_counts_and_median_match_the_pilot(pilot, evaluator, client_of):
    query = {**PERIOD, "course": course_iri(pilot["course_a"])}
    response = client_of(evaluator).get(reverse("evaluation_admin:funnel"), query)
    assert response.status_code == 200
    # Enrolled 7; module 1 started by A1–A6, completed by A1–A5; modules 2 and 3 started
    # and completed by A1–A5; the three quizzes passed by A1–A5; course and credential A1–A5.
    people = [row[0] for row in values(response, "funnel")]
    assert people == [7, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]
    shares = [row[1] for row in values(response, "funnel")]
    assert shares[:3] == [1, pytest.approx(6 / 7), pytest.approx(5 / 7)]
    # Completion after 1, 2, 3, 4 and 10 days: the median is 3.
    assert values(response, "median") == [[pytest.approx(3.0)]]
    labels = [label for label, _cells in rows(response, "funnel")]
    assert labels[0] == "Enrolled" and labels[-1] == "Earned the credential"
    assert labels[1].startswith("Started: Module 1")


def test_funnel_suppresses_groups_below_five(pilot, evaluator, client_of):
    query = {**PERIOD, "course": course_iri(pilot["course_a"]), "start": "2026-03-08"}
    response = client_of(evaluator).get(reverse("evaluation_admin:funnel"), query)
    # Only A6 and A7 enrolled from 8 March: every figure describes fewer than five people.
    assert values(response, "funnel")[0] == [None, None]
    assert rows(response, "funnel")[0][1][0] == "fewer than 5"
    assert values(response, "median") == [[None]]
    assert "fewer than 5" in response.content.decode()


def test_item_analysis_matches_hand_computed_difficulty_and_discrimination(
    pilot, evaluator, client_of
):
    query = {**PERIOD, "course": course_iri(pilot["course_b"])}
    response = client_of(evaluator).get(reverse("evaluation_admin:items"), query)
    assert response.status_code == 200
    first = values(response, "q1")
    # All languages: six learners, seven answers (B4 answered twice), four right at first.
    # Rest scores (attempt score minus the item) 3, 2, 1, 1, 1, 0 against right 1, 1, 1, 0, 0, 1:
    # mean 4/3, variance 8/9, p = 2/3, covariance 1/9: r = (1/9) / sqrt(8/9 · 2/9) = 0.25.
    assert first[0][:3] == [6, 7, pytest.approx(4 / 6)]
    assert first[0][3] == pytest.approx(0.25)
    # English: five learners, rest scores 3, 2, 1, 1, 1, right 1, 1, 1, 0, 0:
    # mean 1.6, variance 0.64, p = 0.6, covariance 0.24: r = 0.24 / sqrt(0.64 · 0.24) ≈ 0.6124.
    assert first[1][:3] == [5, 6, pytest.approx(0.6)]
    assert first[1][3] == pytest.approx(0.612372, abs=1e-5)
    # Romanian: one learner, suppressed.
    assert first[2] == [None, None, None, None]
    labels = [label for label, _cells in rows(response, "q1")]
    assert labels == ["All languages", "English", "Romanian"]
    options = values(response, "q1-options")
    option_labels = [label for label, _cells in rows(response, "q1-options")]
    right = option_labels.index(next(label for label in option_labels if "(right answer)" in label))
    # The right option: 4 of 6 at first (3 of 5 in English); the first wrong one: 2 of 6.
    assert options[right][:2] == [pytest.approx(4 / 6), pytest.approx(3 / 5)]
    wrong = 1 if right == 0 else 0
    assert options[wrong][:2] == [pytest.approx(2 / 6), pytest.approx(2 / 5)]


def test_overview_counts_per_week_and_per_group(pilot, evaluator, client_of):
    response = client_of(evaluator).get(reverse("evaluation_admin:overview"), PERIOD)
    weekly = values(response, "weekly")
    # Weeks from 23 Feb: nothing; 2 March: 5 enrolments, 4 completions and credentials
    # (suppressed); 9 March: 2 enrolments (suppressed), 1 completion (suppressed); 16 March:
    # the six of course B; 23 March: nothing.
    assert weekly == [[0, 0, 0], [5, None, None], [None, None, None], [6, 0, 0], [0, 0, 0]]
    by_language = dict(
        zip(
            [r[0] for r in rows(response, "by-language")],
            values(response, "by-language"),
            strict=True,
        )
    )
    assert by_language == {"English": [12, 5, 5], "Romanian": [None, 0, 0]}
    by_group = dict(
        zip(
            [r[0] for r in rows(response, "by-target-group")],
            values(response, "by-target-group"),
            strict=True,
        )
    )
    assert by_group["Teachers and trainers"] == [7, 5, 5]
    assert by_group["Managers of VET and technical higher education institutions"] == [5, 0, 0]
    assert by_group["Not stated"] == [None, 0, 0]
    filtered = client_of(evaluator).get(
        reverse("evaluation_admin:overview"),
        {**PERIOD, "language": "en", "target_group": "managers"},
    )
    assert values(filtered, "by-course") == [[5, 0, 0]]


def test_tables_export_as_csv(pilot, evaluator, client_of):
    query = {**PERIOD, "course": course_iri(pilot["course_a"]), "export": "funnel"}
    response = client_of(evaluator).get(reverse("evaluation_admin:funnel"), query)
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.content.decode())))
    assert table[0][:3] == ["Step", "Learners", "Share of those enrolled"]
    assert table[1][:3] == ["Enrolled", "7", "1"]
    assert table[2][1:3] == ["6", "0.8571"]
    weekly = client_of(evaluator).get(
        reverse("evaluation_admin:overview"), {**PERIOD, "export": "weekly"}
    )
    lines = list(csv.reader(io.StringIO(weekly.content.decode())))
    assert lines[2][1:] == ["5", "", "", "fewer than 5"]


@pytest.mark.parametrize(
    "query",
    [
        {"start": "2026-03-29", "end": "2026-03-01"},
        {"start": "1900-01-01", "end": "2026-01-01"},
        {"start": "2020-01-01", "end": "2026-01-01"},
        {"start": "9999-12-31"},
        {"start": "not a date"},
        {"course": "https://example.org/no-such-course"},
        {"language": "xx"},
        {"target_group": "astronauts"},
        {"country": "XX"},
        {"organisation_type": "spaceships"},
        {"export": "no-such-table"},
    ],
)
def test_bad_filters_get_a_notice_never_a_server_error(pilot, evaluator, client_of, query):
    for name in ("overview", "funnel", "items"):
        response = client_of(evaluator).get(reverse(f"evaluation_admin:{name}"), query)
        assert response.status_code == 400, (name, query)
        assert 'role="alert"' in response.content.decode()


def test_funnel_without_a_course_offers_the_courses(evaluator, client_of, courses):
    response = client_of(evaluator).get(reverse("evaluation_admin:funnel"))
    assert response.status_code == 200
    assert escape(courses[0].title) in response.content.decode()


def test_evaluators_never_see_names_emails_or_reflections(pilot, evaluator, client_of):
    learner = pilot["learners"]["b1"]
    course = pilot["course_b"]
    module = course.modules()[0]
    block = next(block for block in module.units if block.block_type == "reflection")
    enrolment = services.enrolment_for(learner, course_iri(course))
    secret = "My private reflection about Erasmus mobility 7d1f"
    services.save_reflection(enrolment, unit_iri(module, block.id), secret)
    client = client_of(evaluator)
    pages = []
    for name in ("overview", "funnel", "items", "engagement", "report"):
        for course_page in (pilot["course_a"], pilot["course_b"]):
            query = {**PERIOD, "course": course_iri(course_page)}
            pages.append(client.get(reverse(f"evaluation_admin:{name}"), query).content.decode())
            for slug in ("weekly", "by-course", "funnel", "q1", "q1-options", "reflections"):
                pages.append(
                    client.get(
                        reverse(f"evaluation_admin:{name}"), {**query, "export": slug}
                    ).content.decode()
                )
    text = "\n".join(pages)
    assert secret not in text
    for person in pilot["learners"].values():
        assert person.email not in text
        assert not re.search(rf"\b{re.escape(person.username)}\b", text)
        assert str(person.xapi_account.name) not in text


@pytest.mark.parametrize("language", ["ro", "fr"])
def test_pages_in_romanian_and_french_keep_coordinates_plain(pilot, evaluator, client_of, language):
    profile = UserProfile.get_for_user(evaluator)
    profile.preferred_language = language
    profile.save()
    client = client_of(evaluator)
    pages = (
        ("overview", None),
        ("funnel", "course_a"),
        ("items", "course_b"),
        ("engagement", "course_a"),
        ("benchmarking", None),
        ("report", "course_b"),
    )
    for name, course in pages:
        query = dict(PERIOD)
        if course:
            query["course"] = course_iri(pilot[course])
        response = client.get(reverse(f"evaluation_admin:{name}"), query)
        assert response.status_code == 200
        document = html.fromstring(response.content)
        assert document.get("lang", "").startswith(language)
        charts = document.xpath("//svg[contains(@class, 'evaluation-chart')]")
        assert charts
        for chart in charts:
            assert chart.get("role") == "img"
            assert chart.find("title") is not None and chart.find("desc") is not None
            for element in chart.iter():
                for attribute in ("x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy"):
                    value = element.get(attribute)
                    if value is not None:
                        assert re.fullmatch(r"-?\d+(\.\d+)?", value), (attribute, value)


def test_overview_counts_per_country_and_organisation_type(pilot, evaluator, client_of):
    response = client_of(evaluator).get(reverse("evaluation_admin:overview"), PERIOD)

    def table(slug):
        return dict(zip([r[0] for r in rows(response, slug)], values(response, slug), strict=True))

    # Italy: A1–A6 and B6 (A1–A5 completed, with credentials); Romania: B1–B5; A7 states
    # nothing (one learner: suppressed).
    assert table("by-country") == {
        "Italy": [7, 5, 5],
        "Romania": [5, 0, 0],
        "Not stated": [None, 0, 0],
    }
    # VET providers: A1–A5; a company: A6; technical HEIs: B1–B6; A7 states nothing.
    assert table("by-organisation-type") == {
        "VET provider": [5, 5, 5],
        "Company": [None, 0, 0],
        "Technical higher education institution": [6, 0, 0],
        "Not stated": [None, 0, 0],
    }
    export = client_of(evaluator).get(
        reverse("evaluation_admin:overview"), {**PERIOD, "export": "by-country"}
    )
    assert export.status_code == 200
    assert "Italy" in export.content.decode()
