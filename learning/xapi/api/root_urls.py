"""A URLconf of the LRS alone, set on LRS requests once answered.

Django's LocaleMiddleware and CommonMiddleware turn a 404 into a redirect (to /en/… or to a
trailing slash) when the site's URLconf would match that path; an LRS must answer 404 itself.
"""

from django.urls import include, path

urlpatterns = [path("xapi/", include("learning.xapi.api.urls"))]
