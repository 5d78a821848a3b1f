"""Loads the planning Guidelines and the regional Blueprint from content/guidelines/.

The two pages link to each other (a plan step's tool is the Blueprint, a Blueprint step's tool
the Guidelines): on the first run the Guidelines are loaded again once the Blueprint exists.
A Blueprint step also links to the good-practice repository, which is loaded later: the
practices' loader calls `resolve_blueprint` once the repository exists.
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


def resolve_blueprint(loader):
    """Load the Blueprint again if it linked to pages not loaded yet on its first pass."""
    if BLUEPRINT_KEY not in loader.unresolved:
        return
    loader.unresolved.discard(BLUEPRINT_KEY)
    item = files.read(BLUEPRINT_KEY)
    blueprint, changed = loader.page(source_home(), BlueprintPage, item, item.data)
    loader.translate(blueprint, item, changed)
