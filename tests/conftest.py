"""Shared fixtures: the DIG.INT content loaded once per test database."""

import io

from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.utils import translation

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the real DIG.INT content once into the test database; each test rolls back to it."""
    with django_db_blocker.unblock():
        call_command("load_digint", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _clear_cache():
    """Every test starts with empty caches (page cache, site root paths, rate-limit counters)."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language: a request through the locale middleware
    leaves its language active in the test's thread, which would leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def empty_learning_records(db):
    """Start from a store with no learning records.

    `load_digint` gives the demo learner a completed course, with its enrolment, statements and
    credential. Tests that count records in the whole store (LRS queries, paging, projections)
    start without them; the deletion is rolled back with the test.
    """
    from learning.badges.models import Credential
    from learning.progress.models import Enrolment
    from learning.xapi.models import Statement

    Credential.objects.all().delete()
    Statement.objects.all().delete()
    Enrolment.objects.all().delete()
