"""Loads the events page and its events (content/events/)."""

from website.core.content import files
from website.home.digint_content import source_home

from .models import EventIndexPage, EventPage

INDEX_KEY = "events/index"


def load(loader):
    index, changed, _item = loader.load_page(source_home(), EventIndexPage, INDEX_KEY)
    events = [key for key in files.keys_in("events") if key != INDEX_KEY]
    for key in events:
        _event, event_changed, _item = loader.load_page(index, EventPage, key)
        changed = changed or event_changed
    return f"events page and {len(events)} events " + (
        "created or updated" if changed else "unchanged"
    )
