"""The Guidelines and the Blueprint as downloadable documents, made from their live pages."""

from django.conf import settings

from website.deliverables.documents import fingerprint, render_document
from website.deliverables.registry import Source, register

from .models import BlueprintPage, GuidelinesPage

DELIVERABLE_PAGES = {"guidelines": GuidelinesPage, "blueprint": BlueprintPage}


def live_page(model, language):
    """The live page in `language`, else the source-language one (shown untranslated)."""
    pages = model.objects.live().select_related("locale")
    return (
        pages.filter(locale__language_code=language).first()
        or pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def page_source(slug):
    """The `Source` builder of the deliverable `slug`, read from its page type."""
    model = DELIVERABLE_PAGES[slug]
    body_template = f"guidelines/includes/{slug}_body.html"

    def build(language):
        page = live_page(model, language)
        if page is None:
            return None

        def render():
            context = {"page": page, "body_template": body_template, **page.content_context()}
            return render_document(
                "deliverables/page_document.html",
                page.title,
                context,
                online_url=page.full_url,
                introduction=page.introduction,
            )

        version = fingerprint(slug, language, page.pk, page.live_revision_id)
        return Source(page.title, version, render)

    return build


def register_deliverables():
    """Make the Guidelines and the Blueprint downloadable (called when the app is ready)."""
    for slug in DELIVERABLE_PAGES:
        register(slug, page_source(slug))
