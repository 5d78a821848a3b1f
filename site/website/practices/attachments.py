"""Who may read the files attached to proposed practices.

A proposal's files go to the collection "Proposed practices", which only moderators (and
superusers) may open: anyone can create an account, so "signed in" is no protection, and
document ids are sequential. When the moderators publish a practice, the files its page uses
move to "Published practices", open to everyone; when it is unpublished they move back.
Files are stored under random names, so that their addresses cannot be guessed either.
"""

import secrets

from django.contrib.auth.models import Group

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.signals import page_published, page_unpublished

from .models import PracticePage

PROPOSALS = "Proposed practices"
PUBLISHED = "Published practices"
READERS = "Moderators"


def random_name(name):
    """An unguessable file name that keeps the original extension."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else "bin"
    return f"{secrets.token_urlsafe(16)}.{extension}"


def _collection(name):
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=name).first() or root.add_child(name=name)


def proposals_collection():
    """The collection for attachments of proposals, readable by moderators only."""
    collection = _collection(PROPOSALS)
    restrict_to_moderators(collection)
    return collection


def restrict_to_moderators(collection):
    """Make `collection` readable only by the Moderators group (and superusers)."""
    restriction = collection.view_restrictions.first()
    if restriction is None or restriction.restriction_type != CollectionViewRestriction.GROUPS:
        collection.view_restrictions.all().delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.set(Group.objects.filter(name=READERS))


def _files(page):
    documents, images = [], []
    for block in page.body:
        if block.block_type == "document" and block.value.get("document"):
            documents.append(block.value["document"].pk)
        elif block.block_type == "image" and block.value.get("image"):
            images.append(block.value["image"].pk)
    return documents, images


def _move(page, source, target):
    documents, images = _files(page)
    moved = {"collection": target}
    get_document_model().objects.filter(pk__in=documents, collection=source).update(**moved)
    get_image_model().objects.filter(pk__in=images, collection=source).update(**moved)


def publish_files(sender, instance, **kwargs):
    """The files of a published practice become public."""
    _move(instance, proposals_collection(), _collection(PUBLISHED))


def withdraw_files(sender, instance, **kwargs):
    """The files of an unpublished practice return to the moderators."""
    _move(instance, _collection(PUBLISHED), proposals_collection())


def connect_signals():
    page_published.connect(
        publish_files, sender=PracticePage, dispatch_uid="practices-publish-files"
    )
    page_unpublished.connect(
        withdraw_files, sender=PracticePage, dispatch_uid="practices-withdraw-files"
    )
