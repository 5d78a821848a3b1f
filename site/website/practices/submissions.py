"""Turning a visitor's proposal into a draft practice that moderators review.

Nothing a visitor sends is ever published by this code: the page is saved as a draft, its
workflow (the moderation workflow of the practice index) starts, and the moderators decide.
Attachments go to a collection that only moderators can open, under random file names
(`attachments` makes them public once the practice is published).
"""

from django.db import transaction
from django.utils.text import slugify

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .attachments import proposals_collection, random_name
from .models import PracticePage, PracticeSubmission

MAX_SLUG_LENGTH = 80


def _unique_slug(index_page, title):
    base = slugify(title)[:MAX_SLUG_LENGTH].strip("-") or "practice"
    taken = set(
        index_page.get_children().filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _attachment_blocks(data, title):
    blocks = []
    if data.get("document") or data.get("image"):
        collection = proposals_collection()
    if data.get("document"):
        data["document"].name = random_name(data["document"].name)
        document = get_document_model().objects.create(
            title=title[:255], file=data["document"], collection=collection
        )
        blocks.append(("document", {"document": document, "description": ""}))
    if data.get("image"):
        data["image"].name = random_name(data["image"].name)
        image = get_image_model()(
            title=data["image_description"][:255], file=data["image"], collection=collection
        )
        image.save()
        blocks.append(
            ("image", {"image": image, "alt_text": data["image_description"], "caption": ""})
        )
    return blocks


@transaction.atomic
def create_draft(index_page, data, language):
    """Save the cleaned proposal `data` as a draft practice under `index_page`, in moderation.

    Returns the draft page. Either everything is stored (page, attachments, contact,
    workflow) or, on any error, nothing.
    """
    body = [("paragraph", data["description"]), *_attachment_blocks(data, data["title"])]
    page = PracticePage(
        title=data["title"],
        slug=_unique_slug(index_page, data["title"]),
        introduction=data["summary"],
        organisation_name=data["organisation_name"],
        organisation_type=data["organisation_type"],
        country=data["country"],
        region_name=data.get("region_name", ""),
        dimensions=data["dimensions"],
        target_groups=data.get("target_groups", []),
        competences=data.get("competences", []),
        funding=data.get("funding", []),
        year_started=data["year_started"],
        year_ended=data.get("year_ended"),
        contact=data.get("contact", ""),
        live=False,
        body=body,
    )
    index_page.add_child(instance=page)
    page.save_revision(log_action=True)
    PracticeSubmission.objects.create(
        page=page,
        name=data["submitter_name"],
        email=data["submitter_email"],
        language=language,
    )
    workflow = page.get_workflow()
    if workflow is None:
        raise RuntimeError("No moderation workflow applies to the practice repository.")
    workflow.start(page, user=None)
    return page
