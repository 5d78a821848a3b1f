"""The database's translations of the shipped content, written as the repository's catalogues.

Used by `export_content_po` (so that translations made in the admin can be committed) and by
the translation dashboard's "Download PO files", which therefore hands partners the very files
the repository ships.
"""

from wagtail_localize.models import StringSegment, Translation, TranslationSource

from ..models import SeededItem
from . import catalogues


def seeded_sources():
    """(key, translation source) of every loaded content item, by key."""
    records = SeededItem.objects.select_related("content_type").order_by("key")
    for record in records:
        model = record.content_type.model_class()
        instance = model.objects.filter(pk=record.object_id).first() if model else None
        if instance is None:
            continue
        source = TranslationSource.objects.filter(
            object_id=instance.translation_key, locale_id=instance.locale_id
        ).first()
        if source is not None:
            yield record.key, source


def seeded_key(source):
    """The content key of the item `source` was extracted from, or None."""
    instance = source.get_source_instance()
    record = SeededItem.objects.filter(
        content_type__model=instance._meta.model_name,
        content_type__app_label=instance._meta.app_label,
        object_id=str(instance.pk),
    ).first()
    return record.key if record else None


def catalogue(source, locale, key):
    """The catalogue of `source` in `locale`: every current segment with its translation."""
    translation = Translation.objects.filter(source=source, target_locale=locale).first()
    translation_uuid = (
        translation.uuid
        if translation
        else catalogues.default_translation_id(key, locale.language_code)
    )
    segments = (
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .select_related("context", "string")
        .annotate_translation(locale)
    )
    entries = [
        (segment.context.path, segment.string.data, segment.translation) for segment in segments
    ]
    return catalogues.build(key, locale.language_code, translation_uuid, entries)
