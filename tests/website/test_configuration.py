"""Settings that every environment relies on: languages, tasks, health check."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.utils import translation

import pytest
from django_tasks import TaskResultStatus, task, task_backends
from django_tasks.backends.immediate import ImmediateBackend

ROOT = Path(__file__).resolve().parents[2]


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
    # Outside the tests, the settings every environment builds on queue tasks in the database.
    queued = _settings({"DJANGO_SETTINGS_MODULE": "website.settings.base"}, "TASKS")["TASKS"]
    assert queued["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def _settings(environment, *names):
    """The values of settings `names` as a fresh process computes them from `environment`
    (the real settings module, read through django.conf.settings)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "VAR_DIR", "MEDIA_ROOT")
    }
    env.update(environment)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "site")])
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {list(names)!r}}}, "
        "default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)


def test_database_defaults_to_sqlite_under_var(tmp_path):
    values = _settings({"VAR_DIR": str(tmp_path)}, "DATABASES", "MEDIA_ROOT")
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(tmp_path / "db.sqlite3")
    assert database["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert values["MEDIA_ROOT"] == str(tmp_path / "media")


def test_database_url_names_another_database(tmp_path):
    values = _settings(
        {"VAR_DIR": str(tmp_path), "DATABASE_URL": "postgres://digint@db.example:5432/digint"},
        "DATABASES",
    )
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["HOST"], database["NAME"]) == ("db.example", "digint")
    assert "transaction_mode" not in database.get("OPTIONS", {})


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
