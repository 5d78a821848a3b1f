"""Loads the privacy page under the home page from content/privacy.yaml.

The text describes what the software stores and does; the periods that depend on the
configuration and the contact address are added by the page's template, not written here.
"""

from website.home.digint_content import source_home

from .models import PrivacyPage

PRIVACY_KEY = "privacy"


def load(loader):
    _page, changed, _item = loader.load_page(source_home(), PrivacyPage, PRIVACY_KEY)
    return "privacy page " + ("created or updated" if changed else "unchanged")
