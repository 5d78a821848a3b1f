"""Settings that every environment relies on: languages, tasks, health check."""

from django.conf import settings
from django.utils import translation

import pytest
from django_tasks import TaskResultStatus, task, task_backends
from django_tasks.backends.immediate import ImmediateBackend

from website.settings import base


def test_six_languages_with_english_as_source():
    assert [code for code, _name in settings.LANGUAGES] == ["en", "it", "fr", "nl", "es", "ro"]
    assert settings.LANGUAGE_CODE == "en"
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert settings.WAGTAIL_I18N_ENABLED


@task()
def add(first, second):
    return first + second


def test_tasks_run_immediately_in_tests_and_on_a_database_queue_otherwise():
    assert isinstance(task_backends["default"], ImmediateBackend)
    result = add.enqueue(2, 3)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5
    assert base.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_database_defaults_to_sqlite_under_var(monkeypatch):
    import dj_database_url

    monkeypatch.delenv("DATABASE_URL", raising=False)
    config = dj_database_url.config(default=f"sqlite:///{base.VAR_DIR / 'db.sqlite3'}")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert str(config["NAME"]).endswith("var/db.sqlite3")


def test_media_lives_under_var():
    assert base.MEDIA_ROOT == base.VAR_DIR / "media"


@pytest.mark.parametrize(
    ("language", "translated"),
    [
        ("it", "Scegli una lingua"),
        ("fr", "Choisir une langue"),
        ("nl", "Kies een taal"),
        ("es", "Elija un idioma"),
        ("ro", "Alegeți o limbă"),
    ],
)
def test_ui_catalogue_smoke(language, translated):
    with translation.override(language):
        assert translation.gettext("Choose a language") == translated


def test_healthz_answers_without_queries(client, db, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
