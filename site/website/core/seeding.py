"""Idempotent building blocks for `load_digint`: create-or-update pages and snippets, and
their translations through wagtail-localize's translation records.

Content is written in English with its translations beside it, as `Text("Networking",
it="Networking")` for plain text and `RichText("<p>…</p>", it="<p>…</p>")` for rich text.
Running the loader again changes nothing unless the content in the code changed: pages get a new
revision only when a field differs, and translations are saved only when a string changed.
"""

import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction

from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

from .sanitize import clean_html


class Text(str):
    """English source text that carries its translations, keyed by language code."""

    def __new__(cls, value, **translations):
        text = super().__new__(cls, value)
        text.translations = translations
        return text

    def segment_pairs(self, language):
        """(source, translation) pairs as wagtail-localize stores them as segments."""
        if language not in self.translations:
            return []
        return [
            (
                StringValue.from_plaintext(str(self)).data,
                StringValue.from_plaintext(self.translations[language]).data,
            )
        ]


class RichText(Text):
    """Rich-text HTML with its translations; cleaned with the shared allow-list on creation."""

    def __new__(cls, value, **translations):
        cleaned = {language: clean_html(html) for language, html in translations.items()}
        return super().__new__(cls, clean_html(value), **cleaned)

    def segment_pairs(self, language):
        if language not in self.translations:
            return []
        _template, source_strings = extract_strings(str(self))
        _template, target_strings = extract_strings(self.translations[language])
        if len(source_strings) != len(target_strings):
            raise ValueError(
                f"The {language} translation of rich text has {len(target_strings)} "
                f"segments where the source has {len(source_strings)}: {self[:60]!r}"
            )
        return [
            (source.data, target.data)
            for (source, _attrs), (target, _attrs2) in zip(
                source_strings, target_strings, strict=True
            )
        ]


def _texts(values):
    """Every Text in `values`, a structure of nested dicts, lists and tuples."""
    if isinstance(values, Text):
        yield values
    elif isinstance(values, dict):
        for item in values.values():
            yield from _texts(item)
    elif isinstance(values, list | tuple):
        for item in values:
            yield from _texts(item)


def translation_memory(values, language):
    """Map each source segment found in `values` to its translation into `language`."""
    memory = {}
    for text in _texts(values):
        memory.update(text.segment_pairs(language))
    return memory


def languages_in(values):
    """The languages that the Text values in `values` are translated into, in settings order."""
    found = {language for text in _texts(values) for language in text.translations}
    return [code for code, _name in settings.LANGUAGES if code in found]


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
        return _without_ids(field.stream_block.get_prep_value(value))
    if field.is_relation:
        return getattr(value, "pk", value)
    return field.to_python(value)


def _apply(instance, fields):
    """Set `fields` on `instance`; return True if any value differed."""
    changed = False
    for name, value in fields.items():
        field = instance._meta.get_field(name)
        current = getattr(instance, field.name)
        if _comparable(instance, name, current) != _comparable(instance, name, value):
            setattr(instance, field.name, value)
            changed = True
    return changed


def _with_block_ids(model, fields):
    """Stream values in Wagtail's current raw format, every list item with its own id.

    Content written as plain lists would get new random ids each time it is read; quiz questions
    and answer options need ids that stay the same (they are learning activities).
    """
    prepared = dict(fields)
    for name, value in fields.items():
        field = model._meta.get_field(name)
        if isinstance(field, StreamField) and not isinstance(value, StreamValue):
            block = field.stream_block
            stream = block.to_python(value)
            list(stream)  # convert every child now, so that list items get their ids
            # Stored as JSON: dates and times become the strings the database gives back.
            prepared[name] = json.loads(
                json.dumps(block.get_prep_value(stream), cls=DjangoJSONEncoder)
            )
    return prepared


@transaction.atomic
def upsert_page(parent, model, slug, **fields):
    """Create the child page `slug` of `parent`, or update it; publish only what changed."""
    fields = _with_block_ids(model, fields)
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    changed = _apply(page, fields)
    if changed or not page.live:
        page.save_revision().publish()
    return page, changed


def upsert_translated_page(parent, model, slug, fields):
    """`upsert_page`, then `translate_all`; `slug` is a Text with the translated slugs."""
    page, changed = upsert_page(parent, model, str(slug), **fields)
    translate_all(page, {**fields, "slug": slug}, source_changed=changed)
    return page, changed


def translate_all(instance, content, source_changed):
    """`translate` into every language that `content` carries translations for."""
    for language in languages_in(content):
        translate(instance, content, language, source_changed=source_changed)


@transaction.atomic
def upsert_snippet(model, lookup, **fields):
    """Create or update a translatable snippet in the default locale, found by `lookup`."""
    fields = _with_block_ids(model, fields)
    locale = Locale.get_default()
    instance = model.objects.filter(locale=locale, **lookup).first()
    if instance is None:
        instance = model(locale=locale, **lookup, **fields)
        instance.save()
        return instance, True
    changed = _apply(instance, fields)
    if changed:
        instance.save()
    return instance, changed


@transaction.atomic
def translate(instance, content, language, source_changed):
    """Create or update the `language` translation of `instance` through wagtail-localize.

    `content` holds the Text values the instance was built from; strings without a
    translation fall back to the source. The translation source is refreshed only when the
    loader changed the instance (`source_changed`), so that unrelated changes (a new child
    page) cause no new revisions. Returns the translated instance.
    """
    locale = Locale.objects.get(language_code=language)
    if source_changed:
        source, _created = TranslationSource.update_or_create_from_instance(instance)
    else:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
    _translation, created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    memory = translation_memory(content, language)
    changed = created
    for segment in source.stringsegment_set.select_related("string", "context"):
        translated = memory.get(segment.string.data)
        if translated is None:
            continue
        string_translation = segment.string.translations.filter(
            locale=locale, context=segment.context
        ).first()
        if string_translation is None:
            segment.string.translations.create(
                locale=locale, context=segment.context, data=translated
            )
            changed = True
        elif string_translation.data != translated:
            string_translation.data = translated
            string_translation.save()
            changed = True
    target = instance.get_translation_or_none(locale)
    if changed or target is None or _is_stale(target, source):
        target = _save_translation(source, locale)
    return target


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
