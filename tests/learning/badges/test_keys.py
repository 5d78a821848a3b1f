"""The issuer key lives outside the database: environment or a key file made by a command."""

import io
import stat

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

import pytest

from learning.badges.keys import load_issuer_key


@pytest.fixture
def key_file(settings, tmp_path):
    settings.LEARNING_BADGES_ISSUER_KEY = ""
    settings.LEARNING_BADGES_ISSUER_KEY_FILE = tmp_path / "keys" / "issuer.key"
    return settings.LEARNING_BADGES_ISSUER_KEY_FILE


def test_create_issuer_key_writes_a_private_key_file_once(key_file):
    with pytest.raises(ImproperlyConfigured, match="create_issuer_key"):
        load_issuer_key()
    call_command("create_issuer_key", stdout=io.StringIO())
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    first = load_issuer_key().public_multibase
    output = io.StringIO()
    call_command("create_issuer_key", stdout=output)
    assert "exists" in output.getvalue()
    assert load_issuer_key().public_multibase == first


def test_create_issuer_key_prints_a_key_for_the_environment(key_file, settings):
    output = io.StringIO()
    call_command("create_issuer_key", "--print", stdout=output)
    settings.LEARNING_BADGES_ISSUER_KEY = output.getvalue().strip()
    assert load_issuer_key().public_multibase.startswith("z6Mk")
    assert not key_file.exists()


def test_a_broken_key_is_a_clear_configuration_error(settings):
    settings.LEARNING_BADGES_ISSUER_KEY = "z6MkNotASecretKey"
    with pytest.raises(ImproperlyConfigured, match="not an Ed25519 Multikey"):
        load_issuer_key()
