"""Production: refuse to start without the variables a real deployment needs."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Production settings need a long random SECRET_KEY environment "
        'variable; generate one with: python -c "import secrets; print(secrets.token_urlsafe(50))"'
    )
if DEBUG:  # noqa: F405
    raise ImproperlyConfigured("DEBUG must be off in production settings; unset DEBUG.")
_badges_base = urlsplit(LEARNING_BADGES_BASE_URL)  # noqa: F405
if _badges_base.scheme != "https" or not _badges_base.hostname:
    raise ImproperlyConfigured(
        "LEARNING_BADGES_BASE_URL (default: WAGTAILADMIN_BASE_URL) must be the site's public "
        f"https address, not {LEARNING_BADGES_BASE_URL!r}: every credential signs URLs built on "  # noqa: F405
        "it, so they could never be corrected later."
    )

# Behind a TLS-terminating proxy (see README): trust its X-Forwarded-Proto header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
