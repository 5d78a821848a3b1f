"""Loads the planning Guidelines and the regional Blueprint from content/guidelines/.

The two pages link to each other (a plan step's tool is the Blueprint, a Blueprint step's tool
the Guidelines): on the first run the Guidelines are loaded again once the Blueprint exists.
"""

from website.core.content import files
from website.home.digint_content import source_home

from .models import BlueprintPage, GuidelinesPage

GUIDELINES_KEY = "guidelines/guidelines"
BLUEPRINT_KEY = "guidelines/blueprint"


def load(loader):
    home = source_home()
    guidelines_item = files.read(GUIDELINES_KEY)
    guidelines, guidelines_changed = loader.page(
        home, GuidelinesPage, guidelines_item, guidelines_item.data
    )
    blueprint_item = files.read(BLUEPRINT_KEY)
    blueprint, blueprint_changed = loader.page(
        home, BlueprintPage, blueprint_item, blueprint_item.data
    )
    if GUIDELINES_KEY in loader.unresolved:
        loader.unresolved.discard(GUIDELINES_KEY)
        guidelines, _changed = loader.page(
            home, GuidelinesPage, guidelines_item, guidelines_item.data
        )
    # Translated in menu order: each language's tree keeps the order translations are made in.
    loader.translate(guidelines, guidelines_item, guidelines_changed)
    loader.translate(blueprint, blueprint_item, blueprint_changed)
    changed = guidelines_changed or blueprint_changed
    return "guidelines and Blueprint " + ("created or updated" if changed else "unchanged")
