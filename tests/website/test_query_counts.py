"""Every public page type renders in a fixed number of queries, whatever the content's size.

Each page is rendered uncached (a session cookie makes the page cache step aside), first on an
empty cache, then with the parts kept until the next publication (menus, facet counts), with
the content `load_digint` ships, then again after the repository has grown by hundreds of
practices, a dozen more courses (with their modules and achievements) and a hundred
institutions with submitted assessments: the number of queries must not change.
"""

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

import pytest

from courses.achievements import sync_achievement
from courses.models import CourseIndexPage, CoursePage, ModulePage
from learning.benchmarking.models import QuestionnaireVersion
from learning.benchmarking.synthetic import add_synthetic_institutions
from website.practices.factories import bulk_create_practices
from website.practices.models import PracticeIndexPage, PracticePage

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
COURSE = "/en/courses/teachers-european-citizenship-and-working-across-borders/"
PAGES = {
    "home": "/en/",
    "guidelines": "/en/guidelines/",
    "blueprint": "/en/blueprint/",
    "partners": "/en/partners/",
    "events": "/en/events/",
    "event": "/en/events/final-conference-2025/",
    "courses": "/en/courses/",
    "courses filtered": "/en/courses/?target_group=teachers-trainers",
    "course": COURSE,
    "module": None,  # the course's first module, found below
    "competence map": "/en/competences/",
    "search": "/en/search/?q=quality",
    "practices": "/en/good-practices/",
    "practices facet": "/en/good-practices/?dimension=curriculum&country=IT",
    "practices search": "/en/good-practices/?q=mobility",
    "practice": None,  # one of the shipped practices
    "practices by country": "/en/good-practices/countries/",
    "italian practices": "/it/buone-pratiche/?q=tirocinio",
    "overview": "/en/overview/",
    "results": "/en/results/",
    "interviews": "/en/interviews/",
    "contact": "/en/contact/",
}


def resolve(pages):
    course = CoursePage.objects.get(url_path__endswith=COURSE[3:], locale__language_code="en")
    practice = PracticePage.objects.filter(locale__language_code="en", is_example=True).first()
    return {
        **pages,
        "module": ModulePage.objects.child_of(course).live().first().url,
        "practice": practice.url,
    }


def count_queries(url):
    """(queries of a render on an empty cache, queries of the next render)."""
    client = Client(HTTP_HOST="localhost", HTTP_COOKIE="sessionid=none")
    client.get(url)  # per-process state (content types, templates), as on a running server
    cache.clear()  # the factories below bypass the signals that invalidate cached parts
    counts = []
    for _render in ("cold", "warm"):
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        counts.append(len(captured))
    return tuple(counts)


def grow_courses(how_many):
    """Copies of a shipped course with its modules, published with their achievements."""
    catalogue = CourseIndexPage.objects.get(locale__language_code="en")
    source = CoursePage.objects.child_of(catalogue).first()
    for number in range(how_many):
        copy = source.copy(
            to=catalogue,
            update_attrs={"slug": f"grown-course-{number}", "title": f"Grown course {number}"},
            keep_live=True,
            copy_revisions=False,
            reset_translation_key=True,
        )
        sync_achievement(copy.specific)


def test_page_queries_stay_constant_as_content_grows():
    urls = resolve(PAGES)
    before = {name: count_queries(url) for name, url in urls.items()}
    for name, (_cold, warm) in before.items():
        assert warm <= MAX_QUERIES, f"{name}: {warm} queries"

    bulk_create_practices(PracticeIndexPage.objects.get(locale__language_code="en"), 300)
    grow_courses(12)
    add_synthetic_institutions(QuestionnaireVersion.objects.latest("pk"), 100)

    after = {name: count_queries(url) for name, url in urls.items()}
    assert after == before
