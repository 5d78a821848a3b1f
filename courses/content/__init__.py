"""The six DIG.INT pilot courses as data for `load_digint`, one module per course.

Each module exports COURSE, a dict in the format documented in `courses/content/FORMAT.md`.
"""
