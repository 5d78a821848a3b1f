"""Pages, snippets and their translations from the content files and catalogues.

`ContentLoader` creates what is missing and updates what the files changed, but never what
people changed: each item's fingerprint (its loaded field values) is kept in `SeededItem`, and
an item whose values no longer match it, or a page with a draft waiting, was edited in the
admin and is left alone. Likewise a translated string is replaced only if the loader wrote it.
`reset=True` reloads everything from the files regardless.
"""

import datetime
import hashlib
import json
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from ..models import SeededItem
from ..sanitize import clean_html
from . import catalogues, files
from .files import content_dir, normalise_html

LOADER_TOOL = "load_digint"
_BLOCK_IDS = uuid.UUID("0b6f3c1e-52a4-4f57-9d3b-7c0c2f3e8a90")


class ContentLoader:
    """Loads content items and reports what it left alone (`notes`)."""

    def __init__(self, *, reset=False):
        self.reset = reset
        self.notes = []
        # Keys of items whose page references named pages not loaded yet (load them again).
        self.unresolved = set()
        # Keys of items left alone because someone edited them.
        self.edited = set()
        self.locales = list(
            Locale.objects.filter(language_code__in=catalogues.target_languages()).order_by("id")
        )
        self._catalogues = {}

    def check(self):
        """Every problem in the content files and catalogues, before anything is loaded."""
        problems = []
        keys = set()
        for key in files.all_keys():
            try:
                files.read(key)
            except files.ContentError as error:
                problems.append(error)
            keys.add(key)
        for language in catalogues.target_languages():
            for key in catalogues.catalogue_keys(language):
                path = catalogues.catalogue_path(language, key)
                if key not in keys:
                    problems.append(
                        files.ContentError(path, f"no content file content/{key}.yaml to translate")
                    )
                    continue
                try:
                    self._catalogues[language, key] = catalogues.read(language, key)
                except files.ContentError as error:
                    problems.append(error)
        return problems

    def catalogue(self, language, key):
        if (language, key) not in self._catalogues:
            self._catalogues[language, key] = catalogues.read(language, key)
        return self._catalogues[language, key]

    # Sources -----------------------------------------------------------------------------

    def load_page(self, parent, model, key, *, meta=()):
        """Read content item `key`, load it as a `model` page under `parent` and translate it.

        `meta` names the file's fields that are not page fields (the app loader reads them).
        Returns (page, changed, item).
        """
        item = files.read(key)
        fields = {name: value for name, value in item.data.items() if name not in meta}
        page, changed = self.page(parent, model, item, fields)
        self.translate(page, item, changed)
        return page, changed, item

    def page(self, parent, model, item, fields):
        """Create or update the page of content item `item` under `parent`.

        Returns (page, changed). An edited page is returned unchanged.
        """
        fields = self._prepare(model, item, fields)
        record = SeededItem.objects.filter(key=item.key).first()
        page = _recorded_instance(record, model)
        if page is None:
            page = model.objects.child_of(parent).filter(slug=fields["slug"]).first()
        if page is None:
            page = model(**fields)
            _validate(page, item, exclude=["path", "depth"])
            with transaction.atomic():
                parent.add_child(instance=page)
                page.save_revision().publish()
                self._record(record, item, page, fields)
            return page, True
        if self._edited(page, record, fields):
            self.edited.add(item.key)
            return page, False
        changed = _apply(page, fields)
        if changed or not page.live:
            _validate(page, item)
            page.save_revision().publish()
        self._record(record, item, page, fields)
        return page, changed

    def snippet(self, model, lookup, item, fields):
        """Create or update the translatable snippet of `item` in the source locale."""
        fields = self._prepare(model, item, fields)
        record = SeededItem.objects.filter(key=item.key).first()
        locale = Locale.get_default()
        instance = _recorded_instance(record, model) or (
            model.objects.filter(locale=locale, **lookup).first()
        )
        if instance is None:
            instance = model(locale=locale, **lookup, **fields)
            _validate(instance, item)
            instance.save()
            self._record(record, item, instance, fields)
            return instance, True
        if self._edited(instance, record, fields):
            self.edited.add(item.key)
            return instance, False
        changed = _apply(instance, fields)
        if changed:
            _validate(instance, item)
            instance.save()
        self._record(record, item, instance, fields)
        return instance, changed

    def _edited(self, instance, record, fields):
        if self.reset:
            return False
        if isinstance(instance, DraftStateMixin) and instance.has_unpublished_changes:
            edited = True
        elif record is not None:
            edited = record.fingerprint != fingerprint(instance, fields)
        else:
            # Loaded before fingerprints were kept: a page a person saved counts as edited.
            edited = isinstance(instance, Page) and (
                instance.revisions.filter(user__isnull=False).exists()
            )
        if edited:
            self.notes.append(f"{instance} was changed in the admin; left as it is.")
        return edited

    def _record(self, record, item, instance, fields):
        content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
        SeededItem.objects.update_or_create(
            key=item.key,
            defaults={
                "content_type": content_type,
                "object_id": str(instance.pk),
                "fingerprint": fingerprint(instance, fields),
            },
        )

    def _prepare(self, model, item, fields):
        """Field values as the model stores them: stream blocks with stable ids, rich text
        cleaned, page references resolved. Unknown fields and blocks are refused."""
        prepared = {}
        for name, value in fields.items():
            try:
                field = model._meta.get_field(name)
            except FieldDoesNotExist as error:
                raise item.error(f"is not a field of {model.__name__}", field=name) from error
            if isinstance(field, StreamField):
                unresolved = []
                raw = _raw_block(field.stream_block, value or [], item, name, unresolved)
                prepared[name] = _stored_form(field.stream_block, raw)
                if unresolved:
                    self.unresolved.add(item.key)
            elif isinstance(field, RichTextField):
                prepared[name] = clean_html(normalise_html(value or ""))
            else:
                prepared[name] = value
        return prepared

    # Translations ------------------------------------------------------------------------

    def translate(self, instance, item, source_changed):
        """Apply the catalogues of `item` to `instance`'s translations, one per locale.

        A translation is created once its catalogue translates every string; an existing one
        follows its catalogue (and the source) from then on, untranslated strings falling back
        to English until they are translated.
        """
        if source_changed or self.reset:
            source, _created = TranslationSource.update_or_create_from_instance(instance)
        else:
            source, _created = TranslationSource.get_or_create_from_instance(instance)
        segments = list(
            StringSegment.objects.filter(source=source).select_related("string", "context")
        )
        existing = {
            (row.locale_id, row.context_id, row.translation_of_id): row
            for row in StringTranslation.objects.filter(context__object_id=source.object_id)
        }
        for locale in self.locales:
            po = self.catalogue(locale.language_code, item.key)
            if po is None:
                continue
            translation = self._translation_record(source, locale, po, item.key)
            changed = self._apply_catalogue(po, segments, locale, existing)
            untranslated = sum(
                (locale.id, segment.context_id, segment.string_id) not in existing
                for segment in segments
            )
            target = instance.get_translation_or_none(locale)
            if target is None and untranslated:
                continue
            if (
                not self.reset
                and isinstance(target, DraftStateMixin)
                and target.has_unpublished_changes
            ):
                self.notes.append(
                    f"{target} ({locale.language_code}) has a draft waiting for review; "
                    "left as it is."
                )
                continue
            if changed or source_changed or target is None or _is_stale(target, source):
                _save_translation(translation.source, locale)

    def _translation_record(self, source, locale, po, key):
        translation = Translation.objects.filter(source=source, target_locale=locale).first()
        if translation is None:
            translation_uuid = catalogues.translation_id(po, key, locale.language_code)
            if Translation.objects.filter(uuid=translation_uuid).exists():
                translation_uuid = uuid.uuid4()
            translation = Translation.objects.create(
                uuid=translation_uuid, source=source, target_locale=locale, enabled=True
            )
        return translation

    def _apply_catalogue(self, po, segments, locale, existing):
        """Store the catalogue's translations; returns True if any string changed."""
        by_context, by_text = catalogues.translations(po)
        changed = False
        created = []
        for segment in segments:
            text = segment.string.data
            translated = by_context.get((segment.context.path, text)) or by_text.get(text)
            if not translated:
                continue
            key = (locale.id, segment.context_id, segment.string_id)
            current = existing.get(key)
            if current is None:
                row = StringTranslation(
                    translation_of_id=segment.string_id,
                    locale=locale,
                    context_id=segment.context_id,
                    data=translated,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                    tool_name=LOADER_TOOL,
                )
                created.append(row)
                existing[key] = row
            elif current.data != translated and (self.reset or current.tool_name == LOADER_TOOL):
                current.data = translated
                current.tool_name = LOADER_TOOL
                current.save(update_fields=["data", "tool_name", "updated_at"])
                changed = True
        if created:
            StringTranslation.objects.bulk_create(created)
            changed = True
        return changed


def fingerprint(instance, fields):
    """A digest of the values `instance` holds for `fields` (block ids aside)."""
    values = {name: _comparable(instance, name, getattr(instance, name)) for name in fields}
    encoded = json.dumps(values, sort_keys=True, cls=DjangoJSONEncoder, default=str)
    return hashlib.sha256(encoded.encode()).hexdigest()


def _recorded_instance(record, model):
    if record is None or record.content_type.model_class() is not model:
        return None
    return model.objects.filter(pk=record.object_id).first()


def _validate(instance, item, exclude=None):
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        name, messages = next(iter(error.message_dict.items()))
        raise item.error("; ".join(messages), field=None if name == "__all__" else name) from error


def _stored_form(stream_block, raw):
    """`raw` as the database will give it back (times with seconds, dates as strings)."""
    stream = stream_block.to_python(raw)
    list(stream)  # convert every child now: a lazy stream would give its raw data back as it is
    prep = stream_block.get_prep_value(stream)
    return json.loads(json.dumps(prep, cls=DjangoJSONEncoder))


def _block_id(item, path):
    return str(uuid.uuid5(_BLOCK_IDS, f"{item.key}#{path}"))


def _raw_block(block, value, item, path, unresolved):
    """`value` in Wagtail's stored form, every block id derived from where the block stands."""
    if isinstance(block, blocks.StreamBlock):
        if not isinstance(value, list):
            raise item.error("must be a list of blocks", field=path)
        children = []
        for index, child in enumerate(value):
            child_path = f"{path}.{index}"
            if not isinstance(child, dict) or child.get("type") not in block.child_blocks:
                known = ", ".join(block.child_blocks)
                raise item.error(f"each block needs a type among: {known}", field=child_path)
            child_block = block.child_blocks[child["type"]]
            children.append(
                {
                    "type": child["type"],
                    "value": _raw_block(
                        child_block, child.get("value"), item, child_path, unresolved
                    ),
                    "id": _block_id(item, child_path),
                }
            )
        return children
    if isinstance(block, blocks.ListBlock):
        if not isinstance(value, list):
            raise item.error("must be a list", field=path)
        items = []
        for index, child in enumerate(value):
            child_path = f"{path}.{index}"
            if (
                isinstance(child, dict)
                and set(child) <= {"type", "value", "id"}
                and "value" in child
            ):
                child = child["value"]
            items.append(
                {
                    "type": "item",
                    "value": _raw_block(block.child_block, child, item, child_path, unresolved),
                    "id": _block_id(item, child_path),
                }
            )
        return items
    if isinstance(block, blocks.StructBlock):
        value = value or {}
        if not isinstance(value, dict):
            raise item.error("must be a mapping of fields", field=path)
        for name in value:
            if name not in block.child_blocks:
                raise item.error("is not a field of this block", field=f"{path}.{name}")
        return {
            name: _raw_block(child, value[name], item, f"{path}.{name}", unresolved)
            for name, child in block.child_blocks.items()
            if name in value
        }
    if isinstance(block, blocks.RichTextBlock):
        return clean_html(normalise_html(value or ""))
    if isinstance(block, blocks.PageChooserBlock) and isinstance(value, str):
        return _page_reference(value, item, path, unresolved)
    return value


def _page_reference(key, item, path, unresolved):
    """The id of the page loaded from content item `key`, or None if it is not loaded yet."""
    record = SeededItem.objects.filter(key=key).first()
    if record is None:
        if not (content_dir() / f"{key}.yaml").is_file():
            raise item.error(f"refers to '{key}', which is not a content item", field=path)
        unresolved.append(key)
        return None
    return int(record.object_id)


def _without_ids(value):
    if isinstance(value, dict):
        return {key: _without_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [_without_ids(item) for item in value]
    return value


def _comparable(instance, name, value):
    field = instance._meta.get_field(name)
    if isinstance(field, StreamField):
        if not isinstance(value, StreamValue):
            value = field.to_python(value)
        return _without_ids(
            json.loads(json.dumps(field.stream_block.get_prep_value(value), cls=DjangoJSONEncoder))
        )
    if field.is_relation:
        return getattr(value, "pk", value)
    value = field.to_python(value)
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        value = value.astimezone(datetime.UTC)  # the same instant, however it was written
    return value


def _apply(instance, fields):
    """Set `fields` on `instance`; return True if any value differed."""
    changed = False
    for name, value in fields.items():
        if _comparable(instance, name, getattr(instance, name)) != _comparable(
            instance, name, value
        ):
            setattr(instance, name, value)
            changed = True
    return changed


def _save_translation(source, locale):
    """Write the translation and publish it now.

    wagtail-localize publishes pages in an on-commit callback, with the page object as it was
    when the revision was saved; inside a longer transaction that stale object would overwrite
    tree changes made meanwhile (children added later). Saving a draft and publishing it here
    keeps each step complete before the next one starts.
    """
    is_draftable = isinstance(source.as_instance(), DraftStateMixin)
    target, _created = source.create_or_update_translation(
        locale, publish=not is_draftable, copy_parent_pages=True, fallback=True
    )
    if is_draftable:
        target.get_latest_revision().publish()
    return target


def _is_stale(target, source):
    """A translated page whose last revision predates the source's latest content."""
    if not isinstance(target, Page):
        return False
    return target.last_published_at is None or target.last_published_at < source.last_updated_at


def ensure_home_is_site_root(home):
    """Point the default site at `home`, then drop Wagtail's placeholder welcome page."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="DIG.INT"
        )
    elif site.root_page_id != home.pk or site.site_name != "DIG.INT":
        site.root_page = home
        site.site_name = "DIG.INT"
        site.save()
    placeholders = Page.objects.filter(
        depth=2, numchild=0, content_type=ContentType.objects.get_for_model(Page)
    ).exclude(sites_rooted_here__isnull=False)
    for placeholder in placeholders:
        placeholder.delete()
