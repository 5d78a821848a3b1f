from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from courses.views import dashboard
from website.core.views import healthz, profile
from website.deliverables.views import deliverable_pdf
from website.navigation import untranslated
from website.practices.api import api_router as practices_api
from website.search.views import search

urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("xapi/", include("learning.xapi.api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("api/v2/", practices_api.urls),
    path("credentials/", include("learning.badges.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /en/ /it/ /fr/ /nl/ /es/ /ro/.
urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("accounts/profile/", profile, name="account_profile"),
    path("accounts/my-data/", include("learning.privacy.urls")),
    path("accounts/", include("allauth.urls")),
    path("learning/", dashboard, name="learning-dashboard"),
    path("benchmarking/", include("learning.benchmarking.urls")),
    path("deliverables/<slug:slug>.pdf", deliverable_pdf, name="deliverable_pdf"),
    path("", include("learning.badges.page_urls")),
    # Wagtail's page view (not its _util/ views), serving an untranslated page from the source.
    re_path(
        r"^(?!_util/)" + wagtail_urls.serve_pattern.removeprefix("^"),
        untranslated.serve,
        name="wagtail_serve",
    ),
    path("", include(wagtail_urls)),
)

handler404 = "website.core.views.page_not_found"
