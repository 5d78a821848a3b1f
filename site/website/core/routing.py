"""Routing a URL to its page in one query, wherever the page sits in the tree.

Wagtail's own routing walks down from the home page, two queries per level (the child by its
slug, then its specific type): six for a course module. Every page stores its `url_path`, the
slugs of its ancestors joined, so the deepest page that a URL's leading components name is
found with one query; that page then routes what is left of the URL as Wagtail would (the
sub-routes of routable pages; anything else is a 404), and answers 404 unless it is live.
"""

from django.http import Http404

from wagtail.models import Page


class DirectRouteMixin:
    """For the page where routing starts (the home page of each language)."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            f"{self.url_path}{'/'.join(path_components[:length])}/"
            for length in range(1, len(path_components) + 1)
        ]
        deepest = (
            Page.objects.filter(
                url_path__in=url_paths, path__startswith=self.path, depth__gt=self.depth
            )
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            raise Http404
        return deepest.specific.route(request, path_components[deepest.depth - self.depth :])
