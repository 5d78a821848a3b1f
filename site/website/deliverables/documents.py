"""The HTML of a deliverable document: a cover, the funding statement, then the body."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils.translation import get_language, get_language_info

from wagtail.models import Site


def _local(name):
    """The `file:` URL of a static file (the PDF renderer reads nothing else)."""
    return Path(finders.find(name)).resolve().as_uri()


def site_root():
    """The site's root URL (no trailing slash), so that links in a PDF lead to the live site."""
    site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def fingerprint(*parts):
    """A short version key for the given content parts and the document's look.

    The look is the document stylesheet and the language's compiled catalogue (headings, cover),
    so a new release of either makes new PDFs; a change to the document templates alone does
    not (delete `DELIVERABLES_DIR` after one).
    """
    catalogue = Path(settings.LOCALE_PATHS[0]) / get_language() / "LC_MESSAGES" / "django.mo"
    look = (
        Path(finders.find("css/document.css")).read_bytes(),
        catalogue.stat().st_mtime if catalogue.exists() else None,
    )
    return hashlib.sha256(repr((parts, look)).encode()).hexdigest()[:16]


def render_document(template, title, context, online_url, introduction=""):
    """The document's HTML in the active language, with the cover the template extends."""
    language = get_language()
    return render_to_string(
        template,
        {
            **context,
            "document_title": title,
            "introduction": introduction,
            "language": {"code": language, **get_language_info(language)},
            "online_url": site_root() + online_url if online_url.startswith("/") else online_url,
            "heading_font": _local("fonts/DejaVuSansCondensed-Bold-Latin.ttf"),
            "eu_flag": _local("images/eu-flag.svg"),
            "stylesheet": Path(finders.find("css/document.css")).read_text(encoding="utf-8"),
        },
    )
