"""Links people follow to a credential: at the address the site is reached at, and LinkedIn's.

The ids inside a signed credential stay on LEARNING_BADGES_BASE_URL (see `addresses`); the links
a page shows are built from the request, so that they work wherever the site is served (a
development server, a staging host). In production both are the same address.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language

# LinkedIn's "Add licence or certification" form, prefilled by these parameters
# (https://addtoprofile.linkedin.com/): name, organisation, issue date, URL and id.
LINKEDIN_ADD_TO_PROFILE = "https://www.linkedin.com/profile/add"


def displayed(request, url):
    """A signed URL on LEARNING_BADGES_BASE_URL, rewritten to the address of `request`.

    Other URLs (another site's) are returned unchanged.
    """
    base = settings.LEARNING_BADGES_BASE_URL.rstrip("/")
    if url and (url == base or url.startswith(base + "/")):
        return request.build_absolute_uri(url[len(base) :] or "/")
    return url


def verification_url(request, credential):
    """The credential's public page, at the address of `request`."""
    return request.build_absolute_uri(reverse("badges:credential-root", args=[credential.pk]))


def image_url(request, achievement, language):
    """The achievement's badge image with its name in `language`, at the address of `request`."""
    if language not in achievement.texts:
        language = settings.LANGUAGE_CODE
    return request.build_absolute_uri(
        reverse("badges:achievement-image", args=[achievement.pk, language])
    )


def linkedin_url(credential, certificate_url, language=None):
    """LinkedIn's add-to-profile link, prefilled with the credential."""
    achievement = credential.achievement
    query = urlencode(
        {
            "startTask": "CERTIFICATION_NAME",
            "name": achievement.text("name", language),
            "organizationName": settings.LEARNING_BADGES_ISSUER_NAME,
            "issueYear": credential.issued_at.year,
            "issueMonth": credential.issued_at.month,
            "certUrl": certificate_url,
            "certId": str(credential.pk),
        }
    )
    return f"{LINKEDIN_ADD_TO_PROFILE}?{query}"


def share_links(request, credential, language=None):
    """The links a page offers for `credential`: verification page, image and LinkedIn."""
    language = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    url = verification_url(request, credential)
    return {
        "verification_url": url,
        "image_url": image_url(request, credential.achievement, language),
        "linkedin_url": linkedin_url(credential, url, language),
    }
