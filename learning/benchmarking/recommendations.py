"""From diagnosis to plan: what the Guidelines and the pilot courses offer for a weak dimension.

Learning never imports page classes of the public site or of the courses: it looks them up by
app label and model name, and matches courses by the competence codes they declare.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.utils import translation

from website.core.vocabularies import Competence, Dimension

WEAK_BELOW = 50

# The competences that strengthen each dimension (DIG.INT competence map).
COMPETENCES_FOR = {
    Dimension.CURRICULUM: [
        Competence.GLOBAL,
        Competence.INTERNATIONAL_DIMENSION,
        Competence.VIRTUAL_MOBILITY,
        Competence.TRANSVERSAL,
    ],
    Dimension.OFFSHORE: [
        Competence.EU_FUNDING,
        Competence.PROJECT_MANAGEMENT,
        Competence.INTERNATIONAL_DIMENSION,
    ],
    Dimension.DUAL_JOINT: [
        Competence.INTERNATIONAL_DIMENSION,
        Competence.PROJECT_MANAGEMENT,
        Competence.NETWORKING,
    ],
    Dimension.NETWORKS: [Competence.NETWORKING, Competence.EU_FUNDING],
}

# The guideline areas (by their English titles) whose recommendations address each dimension.
GUIDELINE_AREAS_FOR = {
    Dimension.CURRICULUM: [
        "Digital innovation and virtual mobility",
        "Skills and human resources",
    ],
    Dimension.OFFSHORE: [
        "Governance and institutional vision",
        "Partnerships and strategic cooperation",
    ],
    Dimension.DUAL_JOINT: [
        "Partnerships and strategic cooperation",
        "Recognition and quality of results",
    ],
    Dimension.NETWORKS: [
        "Partnerships and strategic cooperation",
        "Governance and institutional vision",
    ],
}


@dataclass
class WeakArea:
    """A dimension scoring below `WEAK_BELOW`, with where to go next.

    Attributes:
        dimension: The dimension's code.
        label: Its name.
        score: Its score.
        guideline_url: The Guidelines page in the reader's language, if published.
        guideline_areas: (title, recommendations) of the areas that address it.
        courses: (title, url) of the pilot courses whose competences address it.
    """

    dimension: str
    label: str
    score: int
    guideline_url: str = ""
    guideline_areas: list = field(default_factory=list)
    courses: list = field(default_factory=list)


def _in_language(pages, language):
    """One page per translation key, in `language` where it exists."""
    chosen = {}
    for page in pages:
        key = page.translation_key
        if key not in chosen or page.locale.language_code == language:
            chosen[key] = page
    return list(chosen.values())


def _guideline_areas(language):
    """English area title → (localized title, recommendations), and the page's url."""
    model = apps.get_model("guidelines", "GuidelinesPage")
    pages = list(model.objects.live().select_related("locale"))
    source = next((p for p in pages if p.locale.language_code == settings.LANGUAGE_CODE), None)
    if source is None:
        return {}, ""
    localized = next(
        (
            p
            for p in pages
            if p.translation_key == source.translation_key and p.locale.language_code == language
        ),
        source,
    )
    by_id = {block.id: block.value for block in localized.areas}
    areas = {}
    for block in source.areas:
        value = by_id.get(block.id, block.value)
        areas[block.value["title"]] = (value["title"], list(value["recommendations"]))
    return areas, localized.url


def _courses(language):
    model = apps.get_model("courses", "CoursePage")
    pages = model.objects.live().select_related("locale").order_by("path")
    return [(page, set(page.competence_codes())) for page in _in_language(pages, language)]


def weak_areas(dimension_scores):
    """The weak dimensions of `dimension_scores` (code → score), weakest first, with links."""
    weak = sorted((score, code) for code, score in dimension_scores.items() if score < WEAK_BELOW)
    if not weak:
        return []
    language = translation.get_language()
    areas, guideline_url = _guideline_areas(language)
    courses = _courses(language)
    found = []
    for score, code in weak:
        wanted = set(COMPETENCES_FOR[code])
        found.append(
            WeakArea(
                dimension=code,
                label=Dimension(code).label,
                score=score,
                guideline_url=guideline_url,
                guideline_areas=[
                    areas[title] for title in GUIDELINE_AREAS_FOR[code] if title in areas
                ],
                courses=[(page.title, page.url) for page, codes in courses if codes & wanted],
            )
        )
    return found
