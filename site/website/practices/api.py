"""A read-only JSON API (Wagtail API v2) of published practices, their facets and translations.

`/api/v2/practices/` lists practices in every language (`?locale=it` narrows, `?fields=*`
adds every facet); `/api/v2/practices/<id>/` gives one with its translations.
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from .models import PracticePage


class PracticesAPIViewSet(PagesAPIViewSet):
    model = PracticePage
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "introduction",
        "organisation_name",
        "country",
        "dimensions",
    ]


api_router = WagtailAPIRouter("practices-api")
api_router.register_endpoint("practices", PracticesAPIViewSet)
