"""The canonical Activity definitions the LRS keeps, merged as statements arrive.

xAPI 1.0.3 Part Three 2.5 lets the LRS decide which definition is canonical; ours is the merge
of every definition received for the activity, in storage order: language maps (name,
description...) and extensions merge key by key, any other property takes the latest value.
The Activities resource and format=canonical read it, one row per activity.

Most statements repeat a definition the LRS already has: the cache remembers each definition
as committed, so that storing them costs no query.
"""

from django.core.cache import cache
from django.db import transaction

from .keys import activity_key
from .models import Activity

CACHE_SECONDS = 600


def _cache_key(key):
    return f"xapi-activity:{key}"


def merge_definition(definition, update):
    """`definition` with `update` merged into it (a new dict; neither is changed)."""
    merged = dict(definition)
    for key, value in update.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def activities_in(statement):
    """Every Activity object of a stored statement: object, context activities, sub-statement."""
    obj = statement["object"]
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        yield obj
    elif kind == "SubStatement":
        yield from activities_in(obj)
    for items in statement.get("context", {}).get("contextActivities", {}).values():
        yield from items


def remember(statements, now):
    """Merge the definitions these stored statements carry into the canonical ones."""
    updates = {}
    for statement in statements:
        for activity in activities_in(statement):
            definition = activity.get("definition")
            if definition:
                iri = activity["id"]
                updates[iri] = merge_definition(updates.get(iri, {}), definition)
    if not updates:
        return
    iris = {activity_key(iri): iri for iri in updates}
    cached = cache.get_many([_cache_key(key) for key in iris])
    iris = {
        key: iri
        for key, iri in iris.items()
        if (seen := cached.get(_cache_key(key))) is None
        or merge_definition(seen, updates[iri]) != seen
    }
    if not iris:
        return
    known = dict(Activity.objects.filter(key__in=iris).values_list("key", "definition"))
    rows, committed = [], {}
    for key, iri in sorted(iris.items()):
        merged = merge_definition(known.get(key, {}), updates[iri])
        committed[_cache_key(key)] = merged
        if merged != known.get(key):
            rows.append(Activity(key=key, iri=iri, definition=merged, updated=now))
    # One upsert in key order: concurrent transactions lock the same activities in the same
    # order, so they wait for each other instead of deadlocking (PostgreSQL). A definition a
    # concurrent transaction merged meanwhile is replaced by this one, the latest.
    Activity.objects.bulk_create(
        rows,
        update_conflicts=True,
        unique_fields=["key"],
        update_fields=["definition", "updated"],
    )
    transaction.on_commit(lambda: cache.set_many(committed, CACHE_SECONDS))


def canonical_definitions(iris):
    """{IRI: canonical definition} of the activities among `iris` that have one."""
    keys = {activity_key(iri): iri for iri in iris}
    rows = Activity.objects.filter(key__in=keys).values_list("key", "definition")
    return {keys[key]: definition for key, definition in rows if definition}
