"""One translator team per non-source locale, replacing the single Translators group.

The old group could change every page in every language. Each team gets the admin, the
right to submit translations, and (from `rights.ensure_teams`, run after every migrate and
when a locale's home page appears) its own locale's page tree and the translatable snippets.
"""

from django.conf import settings
from django.db import migrations
from django.utils.translation import get_language_info


def create_teams(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Locale = apps.get_model("wagtailcore.Locale")
    TranslatorTeam = apps.get_model("translations.TranslatorTeam")

    general = list(
        Permission.objects.filter(
            content_type__app_label__in=["wagtailadmin", "wagtail_localize"],
            codename__in=["access_admin", "submit_translation"],
        )
    )
    source_code = settings.WAGTAIL_CONTENT_LANGUAGES[0][0]
    for locale in Locale.objects.exclude(language_code=source_code):
        name = get_language_info(locale.language_code)["name"]
        group, _created = Group.objects.get_or_create(name=f"Translators: {name}")
        group.permissions.add(*general)
        TranslatorTeam.objects.get_or_create(locale=locale, defaults={"group": group})

    # The shared group's right to change every page goes; its members move to no team,
    # since nothing says which language they translate: admins assign them.
    Group.objects.filter(name="Translators").delete()


def remove_teams(apps, schema_editor):
    apps.get_model("translations.TranslatorTeam").objects.all().delete()
    apps.get_model("auth.Group").objects.filter(name__startswith="Translators: ").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_initial"),
        ("core", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(create_teams, remove_teams)]
