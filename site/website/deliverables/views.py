"""Downloading a deliverable as a PDF: /<language>/deliverables/<slug>.pdf."""

from datetime import UTC, datetime

from django.http import FileResponse, Http404
from django.utils.translation import get_language
from django.views.decorators.http import condition, require_safe

from .registry import source
from .store import pdf_path


def _pdf(request, slug):
    """(current source, its PDF's path), worked out once per request; 404 for no deliverable."""
    if not hasattr(request, "_deliverable"):
        current = source(slug, get_language())
        if current is None:
            raise Http404
        request._deliverable = (current, pdf_path(slug, get_language(), current))
    return request._deliverable


def _etag(request, slug):
    return f"{get_language()}-{_pdf(request, slug)[0].version}"


def _last_modified(request, slug):
    return datetime.fromtimestamp(_pdf(request, slug)[1].stat().st_mtime, tz=UTC)


@require_safe
@condition(etag_func=_etag, last_modified_func=_last_modified)
def deliverable_pdf(request, slug):
    """The PDF of the deliverable in the page's language, made once per content version."""
    current, path = _pdf(request, slug)
    return FileResponse(
        open(path, "rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"DIG.INT - {current.title} ({get_language().upper()}).pdf",
    )
