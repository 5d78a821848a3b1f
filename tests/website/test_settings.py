"""Production settings: a clear stop without SECRET_KEY, and a clean `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "DEBUG",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "LEARNING_BADGES_BASE_URL",
            "WAGTAILADMIN_BASE_URL",
        }
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="website.settings.production",
        LEARNING_BADGES_BASE_URL="https://digint.example.eu",
    )
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_refuse_to_start_without_secret_key():
    result = run_manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_production_settings_refuse_debug():
    result = run_manage("check", SECRET_KEY="x" * 60, DEBUG="true")
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY="a-long-random-production-secret-key-with-enough-entropy-0123456789",
        ALLOWED_HOSTS="digint.example.eu",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def machine_translator_setting(**env):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; "
        "print(getattr(settings, 'WAGTAILLOCALIZE_MACHINE_TRANSLATOR', None))",
        SECRET_KEY="x" * 60,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_machine_translation_is_off_by_default_and_on_with_a_deepl_key():
    assert machine_translator_setting(DEEPL_API_KEY="") == "None"
    configured = machine_translator_setting(DEEPL_API_KEY="key-for-settings-test:fx")
    assert "DeepLTranslator" in configured and "key-for-settings-test:fx" in configured
