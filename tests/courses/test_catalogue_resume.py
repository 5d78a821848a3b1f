"""The catalogue takes an enrolled learner back to the unit they left, like the course page
and the dashboard; what anonymous visitors are served (and the page cache keeps) is never
personal."""

from django.test import Client

import pytest

from tests.courses.test_taking import enrol, unit_url

pytestmark = pytest.mark.django_db


def catalogue_url(course):
    return course.get_parent().url


def test_an_enrolled_learner_continues_from_the_catalogue(course, modules, learner_client):
    enrol(learner_client, course)
    html = learner_client.get(catalogue_url(course)).content.decode()
    assert f'href="{unit_url(modules[0], 1)}">Start the course' in html

    learner_client.post(unit_url(modules[0], 1, "done"))
    learner_client.get(unit_url(modules[0], 2))
    html = learner_client.get(catalogue_url(course)).content.decode()
    assert f'href="{unit_url(modules[0], 2)}">Continue the course' in html
    assert '<span class="visually-hidden">: Test course</span>' in html


def test_courses_not_enrolled_in_offer_no_continue_link(course, learner_client):
    html = learner_client.get(catalogue_url(course)).content.decode()
    assert "Continue the course" not in html
    assert "Start the course" not in html


def test_the_anonymous_catalogue_stays_impersonal_and_cached(course, modules, learner_client):
    enrol(learner_client, course)
    visitor = Client(HTTP_HOST="localhost")
    first = visitor.get(catalogue_url(course))
    personal = learner_client.get(catalogue_url(course))
    assert "Start the course" in personal.content.decode()
    assert "X-Page-Cache" not in personal or personal["X-Page-Cache"] != "hit"
    again = visitor.get(catalogue_url(course))
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    assert "Start the course" not in again.content.decode()
    assert "Continue the course" not in again.content.decode()
