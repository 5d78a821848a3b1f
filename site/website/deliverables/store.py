"""The generated PDFs on disk: one file per deliverable, language and content version.

A file is written under a temporary name and renamed into place, so a reader never sees half a
PDF; a lock per deliverable and language lets one process generate it while the others wait
and then read the result. A new version replaces the files of older ones.
"""

import fcntl
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.utils import translation

from .documents import site_root
from .registry import source
from .rendering import write_pdf


def _folder(slug):
    folder = Path(settings.DELIVERABLES_DIR) / slug
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@contextmanager
def _locked(folder, language):
    with open(folder / f"{language}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def pdf_path(slug, language, current):
    """The file holding `current` (a `Source`), generated first if it does not exist yet."""
    folder = _folder(slug)
    path = folder / f"{language}-{current.version}.pdf"
    if path.exists():
        return path
    with _locked(folder, language):
        if not path.exists():  # another process may have written it while we waited
            with translation.override(language):
                pdf = write_pdf(current.render(), site_root() + "/")
            with tempfile.NamedTemporaryFile(dir=folder, suffix=".part", delete=False) as part:
                part.write(pdf)
            os.replace(part.name, path)
            for old in folder.glob(f"{language}-*.pdf"):
                if old != path:
                    old.unlink(missing_ok=True)
    return path


def regenerate(slug, languages):
    """Write the current PDF of `slug` in each of `languages` (after a publication)."""
    for language in languages:
        current = source(slug, language)
        if current is not None:
            pdf_path(slug, language, current)
