from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from django_countries.fields import CountryField

from .pagecache import cached_until_publish, mark_cacheable
from .vocabularies import OrganisationType, TargetGroup


class User(AbstractUser):
    """A person with an account: editor, translator, learner or institution member."""

    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType.choices, blank=True
    )
    target_group = models.CharField(
        _("role"), max_length=30, choices=TargetGroup.choices, blank=True
    )
    # Signed into every credential the person earns (Open Badges 3.0 IdentityObject, name).
    credential_name = models.CharField(
        _("name on credentials"),
        max_length=150,
        blank=True,
        help_text=_("Your name as it will appear on the credentials you earn."),
    )

    def has_credentials(self):
        """Whether a credential names this person: their credential name is then fixed."""
        return self.credentials.exists()


class BasePage(Page):
    """Common ground of every public page: an introduction shown in listings and at the top."""

    introduction = models.TextField(_("introduction"), blank=True)

    # The query parameters the page reads: the anonymous page cache keys on these, no others.
    cache_query_params = ()

    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        # Reached only once view restrictions have let the visitor in.
        mark_cacheable(request, self.cache_query_params)
        return super().serve(request, *args, **kwargs)

    def get_view_restrictions(self):
        """The restrictions on viewing this page (Wagtail checks them before serving it).

        Most sites restrict no page at all: while none exists, that is known without asking
        the database for this page's ancestors and their restrictions (two queries per page
        view). Saving or deleting a restriction invalidates what is kept (see `pagecache`).
        """
        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


def view_restrictions_exist():
    """Whether any page of the site is private; known without a query until a publication or
    a change of restrictions."""
    return cached_until_publish("any-view-restriction", compute=_any_view_restriction) == "yes"


def _any_view_restriction():
    # Kept as a string: the cache cannot tell a kept False from a missing entry.
    return "yes" if PageViewRestriction.objects.exists() else "no"


class SeededItem(models.Model):
    """A page or snippet that `load_digint` created from a content file.

    The fingerprint holds the field values the loader last wrote: when the object's values no
    longer match it, someone edited it in the admin, and the loader leaves it alone.
    """

    key = models.CharField(_("content item"), max_length=255, unique=True)
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=64)
    fingerprint = models.CharField(max_length=64)
    loaded_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("seeded content item")
        verbose_name_plural = _("seeded content items")

    def __str__(self):
        return self.key

    @property
    def instance(self):
        return self.content_type.get_object_for_this_type(pk=self.object_id)


class RoutableBasePage(RoutablePageMixin, BasePage):
    """A page with sub-routes (enrolment, units, feeds): the page itself is cached like any
    other for anonymous visitors; its sub-routes opt in one by one."""

    class Meta:
        abstract = True

    @path("")  # routes resolve to the decorated function, so the override declares its own
    def index_route(self, request, *args, **kwargs):
        # RoutablePageMixin.serve calls the route directly, bypassing BasePage.serve.
        mark_cacheable(request, self.cache_query_params)
        return super().index_route(request, *args, **kwargs)
