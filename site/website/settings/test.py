"""Tests: fast hashing, plain static storage, local-memory cache, tasks run at once."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "shared"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_AUTOREFRESH = True
# A test-only issuer key (Ed25519 secretKeyMultibase); real keys never live in the code.
LEARNING_BADGES_ISSUER_KEY = "z3u2dFk9aUnRNFt6k3r2R7yPFH33R9NrFeZinP3Sf8ZzNvVK"
LEARNING_BADGES_BASE_URL = "http://testserver"
# Loading the content publishes every page: the tests that need the PDFs make them.
DELIVERABLES_REGENERATE_ON_PUBLISH = False
