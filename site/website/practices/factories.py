"""Many practices at once, for tests and benchmarks of the index at scale.

Pages are normally added one by one through the page tree (a few queries each); here the rows
of thousands of published practices are inserted in batches, with the tree paths that Wagtail
would have given them, so that building 10,000 takes seconds.
"""

import uuid
from itertools import cycle, islice

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from website.core.vocabularies import Competence, Dimension, FundingProgramme, OrganisationType

from .models import AUDIENCE_CHOICES, PracticePage
from .search import store_search_vectors

BATCH_SIZE = 500
PATH_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
COUNTRIES = ["IT", "RO", "ES", "NL", "FR", "BE", "DE", "PL", "PT", "FI", "AT", "IE"]
THEMES = [
    "learner mobility in mechatronics",
    "staff job shadowing in hospitality",
    "virtual exchange in electronics",
    "joint course in logistics",
    "apprenticeship alliance for construction",
    "regional accreditation policy",
]


def _path_step(number):
    digits = ""
    while number:
        number, remainder = divmod(number, len(PATH_ALPHABET))
        digits = PATH_ALPHABET[remainder] + digits
    return digits.rjust(Page.steplen, "0")


def _codes(choices, number, how_many):
    codes = [code for code, _label in choices]
    return list(islice(cycle(codes), number % len(codes), number % len(codes) + how_many))


def practice_fields(number):
    """Deterministic, varied facets and texts for the `number`th generated practice."""
    theme = THEMES[number % len(THEMES)]
    return {
        "title": f"Practice {number}: {theme}",
        "introduction": f"A generated practice about {theme}, number {number}.",
        "organisation_name": f"Organisation {number % 97}",
        "organisation_type": _codes(OrganisationType.choices, number, 1)[0],
        "country": COUNTRIES[number % len(COUNTRIES)],
        "dimensions": _codes(Dimension.choices, number, 1 + number % 2),
        "target_groups": _codes(AUDIENCE_CHOICES, number, 2),
        "competences": _codes(Competence.choices, number, 2),
        "funding": _codes(FundingProgramme.choices, number, 1),
        "year_started": 2010 + number % 15,
        "year_ended": None if number % 3 else 2025,
    }


def _page_row(practice):
    """The `wagtailcore_page` part of a practice, as its own object for `bulk_create`."""
    return Page(
        **{
            field.attname: getattr(practice, field.attname)
            for field in Page._meta.concrete_fields
            if field.attname != "id"
        }
    )


@transaction.atomic
def bulk_create_practices(index_page, count):
    """Add `count` published practices under `index_page`; returns how many were made."""
    content_type = ContentType.objects.get_for_model(PracticePage)
    first = index_page.numchild + 1
    now = timezone.now()
    local_fields = PracticePage._meta.local_concrete_fields
    for start in range(first, first + count, BATCH_SIZE):
        numbers = range(start, min(start + BATCH_SIZE, first + count))
        practices = []
        for number in numbers:
            fields = practice_fields(number)
            slug = f"generated-practice-{number}"
            practices.append(
                PracticePage(
                    **fields,
                    slug=slug,
                    draft_title=fields["title"],
                    content_type=content_type,
                    locale_id=index_page.locale_id,
                    path=index_page.path + _path_step(number),
                    depth=index_page.depth + 1,
                    numchild=0,
                    url_path=f"{index_page.url_path}{slug}/",
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                    translation_key=uuid.uuid4(),
                    search_text=f"{fields['title']} {fields['introduction']}",
                )
            )
        pages = Page.objects.bulk_create([_page_row(practice) for practice in practices])
        for practice, page in zip(practices, pages, strict=True):
            practice.page_ptr_id = practice.id = page.pk
        PracticePage._base_manager._insert(practices, fields=local_fields)
        store_search_vectors(practice.pk for practice in practices)
    Page.objects.filter(pk=index_page.pk).update(numchild=index_page.numchild + count)
    index_page.numchild += count
    return count
