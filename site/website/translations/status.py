"""The state of every page and translatable snippet in every target locale.

A cell is *missing* (no object in the locale), *manual* (an object exists but was not made
through a translation record, e.g. typed in by hand), *in progress* (a translation record
with strings still untranslated), *complete* (every string translated), or *out of date*
(the source's strings changed after the last sync, whatever the progress). The figures come
from a fixed number of queries per page type and snippet model, not per object.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Count, F
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import StringSegment, Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .catalogues import NOT_PROSE
from .glossary import GlossaryError, load_glossary
from .sections import section_of

MISSING = "missing"
MANUAL = "manual"
IN_PROGRESS = "in_progress"
COMPLETE = "complete"
OUTDATED = "outdated"
STATE_LABELS = {
    MISSING: _("Missing"),
    MANUAL: _("Exists, not tracked"),
    IN_PROGRESS: _("In progress"),
    COMPLETE: _("Complete"),
    OUTDATED: _("Out of date"),
}


@dataclass
class Cell:
    state: str
    translated: int = 0
    total: int = 0
    url: str = ""
    # The translation record of a translated page, which a translator can submit for review.
    reviewable_translation: int | None = None
    locale: object = None
    # The translated strings that depart from the glossary: [GlossaryNote].
    glossary: list = field(default_factory=list)

    @property
    def label(self):
        return STATE_LABELS[self.state]


@dataclass(frozen=True)
class GlossaryNote:
    source: str
    translation: str
    problem: object  # glossary.Problem


@dataclass
class Row:
    instance: object
    section: object
    cells: list = field(default_factory=list)

    @property
    def kind(self):
        return self.instance._meta.verbose_name


@dataclass
class Dashboard:
    locales: list
    rows: list
    glossary_error: str = ""

    def counts(self):
        """Per locale, how many objects are in each state: [(locale, [(state, count)])]."""
        result = []
        for index, locale in enumerate(self.locales):
            counter = Counter(row.cells[index].state for row in self.rows)
            result.append((locale, [(state, counter[state]) for state in STATE_LABELS]))
        return result

    def summary(self):
        """Per locale, its state counts and its glossary warnings: [(locale, [(state, n)], n)]."""
        return [
            (locale, figures, sum(len(row.cells[index].glossary) for row in self.rows))
            for index, (locale, figures) in enumerate(self.counts())
        ]


def source_objects(source_locale, section=None):
    """The source-language pages and translatable snippets, optionally of one section."""
    pages = Page.objects.filter(locale=source_locale, depth__gt=1).order_by("path").specific()
    snippets = [
        instance
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        for instance in model.objects.filter(locale=source_locale)
    ]
    objects = [*pages, *snippets]
    if section is not None:
        objects = [obj for obj in objects if section_of(type(obj)) == section]
    return objects


def build_dashboard(locales, section=None):
    source_locale = Locale.get_default()
    objects = source_objects(source_locale, section)
    keys = [obj.translation_key for obj in objects]
    existing = _existing_translations(objects, locales)
    sources = dict(
        TranslationSource.objects.filter(object_id__in=keys, locale=source_locale).values_list(
            "object_id", "id"
        )
    )
    records = {
        (source_id, locale_id): translation_id
        for translation_id, source_id, locale_id in Translation.objects.filter(
            source_id__in=sources.values(), target_locale__in=locales, enabled=True
        ).values_list("id", "source_id", "target_locale_id")
    }
    totals = dict(
        StringSegment.objects.filter(source_id__in=sources.values())
        .values("source_id")
        .annotate(total=Count("id"))
        .values_list("source_id", "total")
    )
    translated = _translated_counts(sources.values(), locales)
    synced = _synced_strings(sources.values())
    facts = _Facts(records, totals, translated, AdminURLFinder())
    try:
        notes = _glossary_notes(sources.values(), locales)
        glossary_error = ""
    except GlossaryError as error:
        notes, glossary_error = {}, str(error)

    rows = []
    for obj in objects:
        source_id = sources.get(obj.translation_key)
        outdated = source_id is not None and _current_strings(obj) != synced.get(source_id, set())
        row = Row(instance=obj, section=section_of(type(obj)))
        for locale in locales:
            target = existing.get((obj.translation_key, locale.id))
            cell = _cell(obj, locale, target, source_id, outdated, facts)
            cell.locale = locale
            cell.glossary = notes.get((source_id, locale.id), [])
            row.cells.append(cell)
        rows.append(row)
    return Dashboard(locales=list(locales), rows=rows, glossary_error=glossary_error)


@dataclass
class _Facts:
    """What the cells are computed from, fetched once for all objects."""

    records: dict  # {(source_id, locale_id): translation_id}
    totals: dict  # {source_id: number of strings}
    translated: dict  # {(source_id, locale_id): number of strings translated}
    finder: AdminURLFinder


def _cell(obj, locale, target, source_id, outdated, facts):
    if target is None or target.get("alias_of_id"):
        return Cell(MISSING, url=_submit_url(obj))
    target_url = facts.finder.get_edit_url(target["instance"]) or ""
    if source_id is None or (source_id, locale.id) not in facts.records:
        return Cell(MANUAL, url=target_url)
    total = facts.totals.get(source_id, 0)
    done = facts.translated.get((source_id, locale.id), 0)
    reviewable = facts.records[(source_id, locale.id)] if isinstance(obj, Page) else None
    if outdated:
        url = reverse("wagtail_localize:update_translations", args=[source_id])
        return Cell(OUTDATED, done, total, url, reviewable)
    state = COMPLETE if done >= total else IN_PROGRESS
    return Cell(state, done, total, target_url, reviewable)


def _submit_url(obj):
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.id])
    meta = obj._meta
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, obj.pk],
    )


def _existing_translations(objects, locales):
    """{(translation_key, locale_id): {"instance", "alias_of_id"}} for every target object."""
    by_model = defaultdict(list)
    for obj in objects:
        base = Page if isinstance(obj, Page) else type(obj)
        by_model[base].append(obj.translation_key)
    existing = {}
    for model, keys in by_model.items():
        for target in model.objects.filter(translation_key__in=keys, locale__in=locales):
            existing[(target.translation_key, target.locale_id)] = {
                "instance": target,
                "alias_of_id": getattr(target, "alias_of_id", None),
            }
    return existing


def _translated_counts(source_ids, locales):
    """{(source_id, locale_id): number of the source's segments translated without error}."""
    rows = (
        StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__locale__in=locales,
            string__translations__has_error=False,
        )
        .values("source_id", "string__translations__locale_id")
        .annotate(done=Count("id"))
    )
    return {(row["source_id"], row["string__translations__locale_id"]): row["done"] for row in rows}


def _glossary_notes(source_ids, locales):
    """Every translated string that departs from the glossary, by (source_id, locale_id).

    Each translation is checked against its source string; one query serves all objects.
    """
    glossary = load_glossary()
    languages = {locale.id: locale.language_code for locale in locales}
    rows = (
        StringSegment.objects.filter(
            source_id__in=source_ids,
            string__translations__context_id=F("context_id"),
            string__translations__locale__in=locales,
        )
        .exclude(context__path__in=NOT_PROSE)
        .values_list(
            "source_id",
            "string__data",
            "string__translations__locale_id",
            "string__translations__data",
        )
    )
    notes = defaultdict(list)
    for source_id, english, locale_id, translated in rows:
        for problem in glossary.check(english, translated, languages[locale_id]):
            notes[(source_id, locale_id)].append(GlossaryNote(english, translated, problem))
    return notes


def _synced_strings(source_ids):
    """{source_id: {(path, string)}} as extracted at the last sync."""
    synced = defaultdict(set)
    for source_id, path, data in StringSegment.objects.filter(source_id__in=source_ids).values_list(
        "source_id", "context__path", "string__data"
    ):
        synced[source_id].add((path, data))
    return synced


def _current_strings(obj):
    """{(path, string)} the object holds now, extracted as wagtail-localize would."""
    return {
        (segment.path, segment.string.data)
        for segment in extract_segments(obj)
        if isinstance(segment, StringSegmentValue)
    }
