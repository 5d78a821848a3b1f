"""How long a module takes: the work in its units, and the course workload that follows from it.

A module's estimated time is the sum of the work its units ask for:

- reading: the words of its texts (and of a video's transcript) at READING_WORDS_PER_MINUTE;
- a resource: RESOURCE_MINUTES to open the source and find what the unit points to;
- a reflection: REFLECTION_MINUTES to think and write a short answer;
- a quiz: QUIZ_MINUTES_PER_QUESTION for each question (reading the feedback included);
- an image: IMAGE_MINUTES to study it.

The total is rounded up to ROUNDING_MINUTES. A course's notional workload is the sum of its
modules' estimated times, in hours with one decimal; its ECTS credits follow the ECTS Users'
Guide: one credit for 25 to 30 hours of work.
"""

import math
import re
from decimal import ROUND_HALF_UP, Decimal

READING_WORDS_PER_MINUTE = 200
RESOURCE_MINUTES = 20
REFLECTION_MINUTES = 15
QUIZ_MINUTES_PER_QUESTION = 2
IMAGE_MINUTES = 2
ROUNDING_MINUTES = 5

HOURS_PER_CREDIT = (25, 30)

_TAG = re.compile(r"<[^>]+>")


def _words(text):
    text = str(getattr(text, "source", text) or "")
    return len(_TAG.sub(" ", text).split())


def work_breakdown(units):
    """Minutes of reading, resources, reflection and quiz in `units`: (block type, value) pairs
    (a module's StreamField, or the `{type, value}` mappings of a content file)."""
    words = 0
    minutes = {"reading": 0, "resources": 0, "reflection": 0, "quiz": 0}
    for unit in units:
        if isinstance(unit, dict):
            kind, value = unit["type"], unit["value"]
        else:
            kind, value = unit.block_type, unit.value
        if kind == "text":
            words += _words(value.get("title")) + _words(value.get("body"))
        elif kind == "video":
            words += _words(value.get("transcript"))
        elif kind == "image":
            minutes["reading"] += IMAGE_MINUTES
        elif kind == "resource":
            minutes["resources"] += RESOURCE_MINUTES
        elif kind == "reflection":
            minutes["reflection"] += REFLECTION_MINUTES
        elif kind == "quiz":
            minutes["quiz"] += QUIZ_MINUTES_PER_QUESTION * len(value.get("questions") or [])
    minutes["reading"] += math.ceil(words / READING_WORDS_PER_MINUTE)
    return minutes


def estimated_minutes(units):
    """The estimated time of a module with these units, rounded up to ROUNDING_MINUTES."""
    total = sum(work_breakdown(units).values())
    return ROUNDING_MINUTES * math.ceil(total / ROUNDING_MINUTES)


def workload_hours(module_minutes):
    """A course's notional workload in hours (one decimal) from its modules' minutes."""
    return (Decimal(sum(module_minutes)) / 60).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def ects_range(hours):
    """The ECTS credits (two decimals) that `hours` of work can carry: 25 to 30 hours each."""
    low, high = HOURS_PER_CREDIT
    cent = Decimal("0.01")
    hours = Decimal(hours)
    return (
        (hours / high).quantize(cent, rounding=ROUND_HALF_UP),
        (hours / low).quantize(cent, rounding=ROUND_HALF_UP),
    )
