"""Who may translate into which language.

Each non-source locale has a translator team: a group that may add and change pages in that
locale's tree (never publish: the moderation workflow does that), add and change translatable
snippets, and submit translations. A user who belongs to teams and to no unrestricted group
(Editors, Moderators) is *restricted* to the teams' locales: Wagtail's page permissions keep
them in their tree, and the checks below keep them to their locales' snippets and
translations (see `wagtail_hooks` and `middleware`).
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language_info

from wagtail.models import GroupPagePermission, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from .models import TranslatorTeam

TEAM_PAGE_PERMISSIONS = ("add_page", "change_page")
UNRESTRICTED_GROUPS = ("Editors", "Moderators")


def team_name(locale):
    """The group's name, in English like Wagtail's own groups: "Translators: Italian"."""
    return f"Translators: {get_language_info(locale.language_code)['name']}"


def ensure_teams():
    """Create the team of every non-source locale and give it its rights (idempotent)."""
    source_code = settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
    general = Permission.objects.filter(
        content_type__app_label__in=["wagtailadmin", "wagtail_localize"],
        codename__in=["access_admin", "submit_translation"],
    )
    snippets = _snippet_permissions()
    for locale in Locale.objects.exclude(language_code=source_code):
        team = TranslatorTeam.objects.filter(locale=locale).select_related("group").first()
        if team is None:
            group, _created = Group.objects.get_or_create(name=team_name(locale))
            team = TranslatorTeam.objects.create(group=group, locale=locale)
        team.group.permissions.add(*general, *snippets)
        grant_page_tree(team)


def grant_page_tree(team):
    """Let the team add and change pages under its locale's top-level pages."""
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TEAM_PAGE_PERMISSIONS
    )
    for page in Page.objects.filter(depth=2, locale_id=team.locale_id):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=team.group, page=page, permission=permission
            )


def _snippet_permissions():
    """Add and change rights on every translatable snippet model (the locale check is ours)."""
    models = [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
    content_types = ContentType.objects.get_for_models(*models).values()
    return Permission.objects.filter(
        content_type__in=content_types,
        codename__regex=r"^(add|change)_",
    )


def restricted_locale_ids(user):
    """The locales a restricted translator works in, or None when the user is not restricted."""
    if not user.is_authenticated:
        return frozenset()
    if user.is_superuser:
        return None
    cached = getattr(user, "_translator_locale_ids", False)
    if cached is not False:
        return cached
    groups = list(user.groups.select_related("translator_team"))
    team_locales = frozenset(
        group.translator_team.locale_id for group in groups if hasattr(group, "translator_team")
    )
    unrestricted = any(group.name in UNRESTRICTED_GROUPS for group in groups)
    user._translator_locale_ids = None if unrestricted or not team_locales else team_locales
    return user._translator_locale_ids


def may_work_in(user, locale_id):
    """Whether the user may edit content in this locale (always true when unrestricted)."""
    locale_ids = restricted_locale_ids(user)
    return locale_ids is None or locale_id in locale_ids


def on_post_migrate(**kwargs):
    ensure_teams()


def on_page_created(sender, instance, created, raw=False, **kwargs):
    """A new top-level page in a locale (its home) joins that locale's team tree."""
    if created and not raw and isinstance(instance, Page) and instance.depth == 2:
        team = TranslatorTeam.objects.filter(locale_id=instance.locale_id).first()
        if team is not None:
            grant_page_tree(team)
