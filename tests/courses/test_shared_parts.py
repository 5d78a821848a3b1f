"""Course and module pages render the parts every visitor sees alike once, until the next
publication, and never mix one visitor's progress into them or another's view."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

from courses.models import ModulePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def browsing():
    """A visitor with a session cookie: the page cache steps aside, every view renders."""
    return Client(HTTP_HOST="localhost", HTTP_COOKIE="sessionid=none")


def text(response):
    assert response.status_code == 200
    return response.content.decode()


def enrol(course, learner_client):
    response = learner_client.post(f"{course.url}enrol/")
    assert response.status_code in (200, 302)


def test_the_shared_parts_come_back_without_queries(course, modules, browsing):
    first = text(browsing.get(course.url))
    with CaptureQueriesContext(connection) as captured:
        second = text(browsing.get(course.url))
    assert first == second
    # The outline (modules) and the facts (partners) come from the kept fragments.
    assert not any("courses_modulepage" in query["sql"] for query in captured)
    assert not any("partners_partner" in query["sql"] for query in captured)


def test_a_learner_sees_their_progress_whoever_filled_the_shared_parts(
    course, modules, learner_client, browsing
):
    for page in (course, modules[0]):
        text(browsing.get(page.url))
    enrol(course, learner_client)
    course_html = text(learner_client.get(course.url))
    module_html = text(learner_client.get(modules[0].url))
    assert "Your progress: 0%" in course_html
    assert "0 of 3 units done." in module_html
    assert "Enrol in the course to take this module" not in module_html


def test_a_visitor_never_sees_a_learners_progress(course, modules, learner_client, browsing):
    enrol(course, learner_client)
    learner_client.post(f"{modules[0].url}unit/1/done/")
    assert "Your progress" in text(learner_client.get(course.url))
    assert "1 of 3 units done." in text(learner_client.get(modules[0].url))
    course_html = text(browsing.get(course.url))
    module_html = text(browsing.get(modules[0].url))
    assert "Your progress" not in course_html and "Sign in to enrol" in course_html
    assert "units done" not in module_html
    assert "Enrol in the course to take this module" in module_html
    assert "learner" not in course_html + module_html


def test_a_published_change_replaces_the_shared_parts(course, modules, browsing):
    assert "Explain EU citizenship." in text(browsing.get(course.url))
    course.learning_outcomes = [{"type": "outcome", "value": "Compare VET systems."}]
    course.save_revision().publish()
    html = text(browsing.get(course.url))
    assert "Compare VET systems." in html and "Explain EU citizenship." not in html


def test_a_preview_shows_the_draft_not_the_kept_parts(modules, browsing):
    module = ModulePage.objects.get(pk=modules[0].pk)
    assert "First module" in text(browsing.get(module.url))
    module.learning_outcomes = [{"type": "outcome", "value": "A draft outcome."}]
    request = module.make_preview_request()
    assert "A draft outcome." in request.content.decode()
    assert "A draft outcome." not in text(browsing.get(module.url))


def test_a_new_view_restriction_applies_at_once(course, browsing):
    assert browsing.get(course.url).status_code == 200
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    response = browsing.get(course.url)
    assert response.status_code == 302 and "login" in response["Location"]
