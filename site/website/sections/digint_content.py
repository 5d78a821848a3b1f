"""Loads the seed menu's sections (content/sections/): Overview, Results, Interviews, Contact.

They load after the pages their entries link to (guidelines, practices, courses, events), and
a newly created section moves, in every language, to the front of the home's children: the
menu then follows the seed's order (Home, Overview, Results, Partners, Events…). Pages that
existed before are left where editors put them.
"""

from website.home.digint_content import source_home

from .models import ContactPage, InterviewIndexPage, OverviewPage, ResultsPage

# In menu order; the first two lead the main menu.
SECTIONS = [
    ("sections/overview", OverviewPage),
    ("sections/results", ResultsPage),
    ("sections/interviews", InterviewIndexPage),
    ("sections/contact", ContactPage),
]
MENU_FRONT = 2


def load(loader):
    home = source_home()
    front = [model for _key, model in SECTIONS[:MENU_FRONT]]
    existing = {model: set(model.objects.values_list("pk", flat=True)) for model in front}
    changed = False
    for key, model in SECTIONS:
        _page, page_changed, _item = loader.load_page(home, model, key)
        changed = changed or page_changed
    for model in reversed(front):
        for page in model.objects.exclude(pk__in=existing[model]):
            _move_to_front(page)
    return f"{len(SECTIONS)} sections " + ("created or updated" if changed else "unchanged")


def _move_to_front(page):
    """Make `page` the first child of its parent (of the home page in its language)."""
    first = page.get_parent().get_first_child()
    if first.pk != page.pk:
        page.move(first, pos="left")
