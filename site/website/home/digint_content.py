"""Loads the home page from content/home.yaml (see content/FORMAT.md)."""

from wagtail.models import Page

from website.core.content.seeding import ensure_home_is_site_root

from .models import HomePage

HOME_KEY = "home"
HOME_SLUG = "digint"


def source_home():
    """The English home page, parent of every section that later loaders add."""
    return HomePage.objects.get(slug=HOME_SLUG, locale__language_code="en")


def load(loader):
    home, changed, _item = loader.load_page(Page.get_first_root_node(), HomePage, HOME_KEY)
    ensure_home_is_site_root(home)
    return "home page " + ("created or updated" if changed else "unchanged")
