"""The six DIG.INT pilot courses as data for `load_digint`, one module per course.

Each module exports COURSE, a dict in the format documented in `courses/content/FORMAT.md`.
"""

from website.core.seeding import Text


def _text(value):
    """Keep a Text (with its translations) as it is; make plain strings English Text."""
    return value if isinstance(value, Text) else Text(value)


def option(text, correct, feedback):
    """An answer option of a quiz question; text and feedback are str or Text."""
    return {"text": _text(text), "correct": correct, "feedback": _text(feedback)}


def question(kind, text, options):
    """A quiz question (single, multiple or true_false) with its options."""
    return {"kind": kind, "text": _text(text), "options": options}
