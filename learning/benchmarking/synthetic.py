"""Synthetic institutions with submitted assessments, so that peer comparison can be tried.

They are marked `is_synthetic` and named "Synthetic …"; a fixed random seed makes the same
institutions each time. Adding N creates only those missing up to N synthetic institutions.
"""

import random

from django.db import transaction
from django.utils import timezone

from website.core.vocabularies import Dimension

from .blocks import QuestionKind
from .models import Assessment, Institution, InstitutionType, SizeBand
from .scoring import score

COUNTRIES = ["IT", "FR", "NL", "ES", "RO", "BE", "DE", "PT"]
KIND_WEIGHTS = {
    InstitutionType.VET_PROVIDER: 6,
    InstitutionType.TECHNICAL_HEI: 3,
    InstitutionType.OTHER: 1,
}
CITIES = {
    "IT": ["Bologna", "Parma", "Torino", "Bari"],
    "FR": ["Lyon", "Lille", "Nantes"],
    "NL": ["Utrecht", "Eindhoven"],
    "ES": ["Bilbao", "Donostia", "Valencia"],
    "RO": ["Cluj-Napoca", "Iași"],
    "BE": ["Leuven", "Hasselt"],
    "DE": ["Köln", "Leipzig"],
    "PT": ["Porto", "Braga"],
}


def _answer(question, maturity, rng):
    """A plausible answer from an institution whose maturity is between 0 and 1."""

    def likely():
        return rng.random() < 0.15 + 0.75 * maturity

    kind = question["kind"]
    options = question["options"]
    if kind == QuestionKind.SINGLE:
        index = min(len(options) - 1, int(rng.triangular(0, len(options), maturity * len(options))))
        return sorted(options, key=lambda option: option["points"])[index]["id"]
    if kind == QuestionKind.MULTIPLE:
        return {"options": [option["id"] for option in options if likely()], "other": ""}
    if kind == QuestionKind.YES_NO:
        return likely()
    if kind == QuestionKind.SCALE:
        return max(1, min(5, round(rng.gauss(1 + 4 * maturity, 0.8))))
    return max(
        0, round(rng.gauss(question["full_marks"] * maturity * 1.1, question["full_marks"] / 4))
    )


def _institution(number, rng):
    country = rng.choice(COUNTRIES)
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    city = rng.choice(CITIES[country])
    return Institution(
        name=f"Synthetic {InstitutionType(kind).label} {number:03d} ({city})",
        country=country,
        region=city,
        kind=kind,
        size=rng.choice(SizeBand.values),
        shows_as_best_performer=rng.random() < 0.3,
        is_synthetic=True,
        # Counted in peer figures so that comparison can be tried; named "Synthetic …".
        is_verified=True,
    )


@transaction.atomic
def add_synthetic_institutions(version, count):
    """Add synthetic institutions up to `count`; returns how many were added.

    Each has a submitted assessment of `version` for last year.
    """
    existing = Institution.objects.filter(is_synthetic=True).count()
    rng = random.Random(2025)
    period = timezone.now().year - 1
    institutions, assessments = [], []
    for number in range(1, count + 1):
        institution = _institution(number, rng)
        maturity = rng.betavariate(2, 2)
        answers = {q["id"]: _answer(q, maturity, rng) for q in version.questions}
        if number <= existing:
            continue
        institutions.append(institution)
        assessments.append((institution, answers))
    Institution.objects.bulk_create(institutions)
    now = timezone.now()
    rows = []
    for institution, answers in assessments:
        scores = score(version.questions, answers)
        rows.append(
            Assessment(
                institution=institution,
                version=version,
                period=period,
                answers=answers,
                submitted_at=now,
                family_scores=scores.families,
                score_overall=scores.overall,
                **{
                    Assessment.score_field(code): scores.dimensions[code]
                    for code in Dimension.values
                },
            )
        )
    Assessment.objects.bulk_create(rows)
    return len(rows)
