"""Shared fixtures: the DIG.INT content loaded once per test database."""

import io

from django.core.cache import cache
from django.core.management import call_command

import pytest


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the real DIG.INT content once into the test database; each test rolls back to it."""
    with django_db_blocker.unblock():
        call_command("load_digint", stdout=io.StringIO())


@pytest.fixture(autouse=True)
def _clear_cache():
    """Every test starts with an empty cache (page cache, Wagtail's site root paths)."""
    cache.clear()
    yield
    cache.clear()
