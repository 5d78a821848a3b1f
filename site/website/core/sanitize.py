"""The one place where HTML that did not come from Wagtail's rich-text editor is cleaned.

Imports, public forms and API input all pass through `clean_html`, an allow-list that keeps the
markup Wagtail's editor itself produces and strips everything else (scripts, styles, event
handlers, javascript: links).
"""

from django.utils.html import strip_tags

import bleach
from bs4 import BeautifulSoup

ALLOWED_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "code",
        "em",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "li",
        "ol",
        "p",
        "strong",
        "sub",
        "sup",
        "ul",
    }
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title", "hreflang"], "abbr": ["title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})
# Elements whose content is code or embedded documents, not text: removed with what they hold.
DROPPED_WITH_CONTENT = ("script", "style", "template", "iframe", "object", "embed", "noscript")

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def clean_html(html):
    """Return `html` with only allow-listed tags, attributes and link protocols left.

    Scripts, styles and embedded objects go with their content; other unknown tags are
    unwrapped so that their text survives.
    """
    if not html:
        return ""
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(DROPPED_WITH_CONTENT):
        element.decompose()
    return _cleaner.clean(str(soup)).strip()


def plain(value):
    """Text without any markup: scripts and styles go with their content, other tags unwrap."""
    return " ".join(strip_tags(clean_html(value)).split())
