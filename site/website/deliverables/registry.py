"""The deliverables that can be downloaded as PDF documents, and what each is made of.

Apps register their deliverables here (the Guidelines and the Blueprint from
`website.guidelines`, the competence framework from `learning.competences`), so this app
imports none of them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import override


@dataclass(frozen=True)
class Source:
    """One deliverable in one language, as it stands now.

    Attributes:
        title: The document's title in that language.
        version: Changes whenever the content changes (the cached PDF is named after it).
        render: Returns the document's HTML (called in the document's language).
    """

    title: str
    version: str
    render: Callable[[], str]


_deliverables = {}


def register(slug, source):
    """Make `slug` downloadable; `source(language)` gives its `Source`, or None if absent."""
    _deliverables[slug] = source


def source(slug, language):
    """The `Source` of `slug` in `language`, or None if there is no such deliverable."""
    builder = _deliverables.get(slug)
    if builder is None:
        return None
    with override(language):
        return builder(language)


def slugs():
    """The registered deliverables' slugs."""
    return list(_deliverables)
