"""The absolute URLs that credentials name: issuer, key, status list, credential, image.

They are built on LEARNING_BADGES_BASE_URL, which must not change once credentials are issued:
each of them is inside a signature.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def absolute(path):
    """`path` on the platform's public base URL."""
    return settings.LEARNING_BADGES_BASE_URL.rstrip("/") + path


def issuer_id():
    """The issuer Profile's URL (also the controller of the signing key)."""
    return absolute(reverse("badges:issuer"))


def verification_method_id():
    """The URL of the Multikey document holding the issuer's public key."""
    return absolute(reverse("badges:issuer-key"))


def status_list_url():
    """The URL of the published revocation status list credential."""
    return absolute(reverse("badges:status-list"))


def credential_id(credential_pk):
    """A credential's id: its public page (redirected to the visitor's language)."""
    return absolute(reverse("badges:credential-root", args=[credential_pk]))


def achievement_image(achievement_pk, language):
    """The badge image of an achievement, drawn with its name in `language`."""
    return absolute(reverse("badges:achievement-image", args=[achievement_pk, language]))


def competence_map(language):
    """The public competence map in `language`."""
    with translation.override(language):
        return absolute(reverse("competence-map"))


def statement(statement_id):
    """Where the platform's LRS serves the xAPI statement with this id."""
    return absolute(f"/xapi/statements?statementId={statement_id}")
