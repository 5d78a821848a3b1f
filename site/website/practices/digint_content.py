"""Loads the good-practice repository (content/practices/index.yaml) and its practices, in the
order the index file lists them; a practice's `tags` are its keywords, whose labels in every
language come from content/practices/keywords.yaml."""

from website.core.content import files
from website.guidelines.digint_content import resolve_blueprint
from website.home.digint_content import source_home

from .models import PracticeIndexPage, PracticeKeywords, PracticePage

INDEX_KEY = "practices/index"
KEYWORDS_KEY = "practices/keywords"


def load(loader):
    index, changed, index_item = loader.load_page(
        source_home(), PracticeIndexPage, INDEX_KEY, meta=("practices",)
    )
    slugs = index_item.list_of("practices")
    for slug in slugs:
        item = files.read(f"practices/{slug}")
        fields = {name: value for name, value in item.data.items() if name != "tags"}
        practice, practice_changed = loader.page(index, PracticePage, item, fields)
        tags = item.get("tags") or []
        if sorted(practice.tag_names) != sorted(tags) and not _edited(loader, practice, item):
            practice.tags.set(tags)
            practice.save_revision().publish()
            practice_changed = True
        loader.translate(practice, item, practice_changed)
        changed = changed or practice_changed
    _load_keyword_labels(loader)
    resolve_blueprint(loader)  # a Blueprint step links to this repository
    return f"good-practice repository with {len(slugs)} practices and their keywords " + (
        "created or updated" if changed else "unchanged"
    )


def _edited(loader, practice, item):
    """Tags are left alone on a practice that a person saved (its fields or its tags)."""
    if loader.reset:
        return False
    return item.key in loader.edited or practice.revisions.filter(user__isnull=False).exists()


def _load_keyword_labels(loader):
    """The labels of the keywords: `keywords` maps each keyword to its English label."""
    item = files.read(KEYWORDS_KEY, allowed={"title", "keywords"})
    keywords = item["keywords"]
    if not isinstance(keywords, dict):
        raise item.error("must map each keyword to its label", field="keywords")
    fields = {
        "title": item["title"],
        "labels": [
            {"type": "keyword", "value": {"keyword": keyword, "label": label}}
            for keyword, label in keywords.items()
        ],
    }
    labels, changed = loader.snippet(PracticeKeywords, {}, item, fields)
    loader.translate(labels, item, changed)
