"""The course catalogue: filters by target group, competence, language and workload."""

import re
from html import unescape

from django.test import Client

import pytest

from tests.content_data import content, course_folders, translator

COURSE_KEYS = [f"courses/{folder}/course" for folder in course_folders()]
COURSES = [content(key) for key in COURSE_KEYS]

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    return Client(HTTP_HOST="localhost")


def course_titles(html):
    return [unescape(title) for title in re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)]


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ({}, 6),
        ({"target_group": "managers"}, 2),
        ({"target_group": "policy-officers"}, 2),
        ({"language": "it"}, 6),
        ({"language": "it", "target_group": "managers"}, 2),
        ({"language": "fr"}, 6),
        ({"language": "nl"}, 6),
        ({"language": "es"}, 6),
        ({"language": "ro"}, 6),
        ({"workload": "2"}, 1),
        ({"workload": "3"}, 5),
        ({"workload": "4"}, 6),
        ({"workload": "2", "target_group": "managers"}, 0),
        ({"target_group": "not-a-group"}, 6),  # unknown values are ignored, not errors
    ],
)
def test_catalogue_filters(visitor, query, count):
    response = visitor.get("/en/courses/", query)
    assert response.status_code == 200
    assert len(course_titles(response.content.decode())) == count


def test_empty_result_suggests_removing_filters(visitor):
    query = {"workload": "2", "target_group": "managers"}
    html = visitor.get("/en/courses/", query).content.decode()
    assert "No course matches all these filters." in html
    assert 'href="/en/courses/">Show all courses' in html


def test_italian_catalogue_shows_the_italian_courses(visitor):
    titles = course_titles(visitor.get("/it/corsi/").content.decode())
    italian = translator("it", *COURSE_KEYS)
    assert sorted(titles) == sorted(italian(course["title"]) for course in COURSES)


def test_competence_filter(visitor):
    expected = sorted(
        course["title"]
        for course in COURSES
        if "eu-funding" in [pair["competence"] for pair in course["competences"]]
    )
    html = visitor.get("/en/courses/", {"competence": "eu-funding"}).content.decode()
    assert expected and sorted(course_titles(html)) == expected
    assert 'option value="eu-funding" selected' in html
