"""RSS and Atom feeds of the newest practices, one per language (each index translation)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from website.core.vocabularies import Dimension

from .listing import published_practices

FEED_LENGTH = 30


class PracticeRssFeed(Feed):
    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, index_page):
        return _("%(title)s · DIG.INT") % {"title": index_page.title}

    def link(self, index_page):
        return index_page.url

    def description(self, index_page):
        return index_page.introduction

    def items(self, index_page):
        return published_practices(index_page).order_by("-first_published_at")[:FEED_LENGTH]

    def item_title(self, practice):
        if practice.is_example:
            return _("%(title)s (example written by the DIG.INT project)") % {
                "title": practice.title
            }
        return practice.title

    def item_description(self, practice):
        return practice.introduction

    def item_link(self, practice):
        return practice.get_url(request=self.request)

    def item_pubdate(self, practice):
        return practice.first_published_at

    def item_updateddate(self, practice):
        return practice.last_published_at

    def item_categories(self, practice):
        labels = dict(Dimension.choices)
        categories = [str(labels[code]) for code in practice.dimensions if code in labels]
        if practice.is_example:
            categories.append(_("Example written by the DIG.INT project"))
        return categories


class PracticeAtomFeed(PracticeRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index_page):
        return index_page.introduction
