"""The six DIG.INT pilot courses as data for `load_digint`, one module per course.

Each module exports COURSE, a dict in the format documented in `courses/content/FORMAT.md`.
"""

from website.core.seeding import Text


def option(text, correct, feedback):
    """An answer option of a quiz question, in English."""
    return {"text": Text(text), "correct": correct, "feedback": Text(feedback)}


def question(kind, text, options):
    """A quiz question (single, multiple or true_false) with its options, in English."""
    return {"kind": kind, "text": Text(text), "options": options}
