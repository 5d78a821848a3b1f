"""Create the six content locales and the editorial groups.

Wagtail's own migrations create the Editors and Moderators groups and the "Moderators approval"
workflow on the root page (submit → review → publish); this adds the Translators group and
makes sure every group can reach the admin.
"""

from django.conf import settings
from django.db import migrations

EDITORIAL_GROUPS = ["Editors", "Moderators", "Translators"]


def create_locales_and_groups(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    GroupPagePermission = apps.get_model("wagtailcore.GroupPagePermission")
    Page = apps.get_model("wagtailcore.Page")

    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    submit_translation = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    for name in EDITORIAL_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)

    translators = Group.objects.get(name="Translators")
    translators.permissions.add(submit_translation)
    Group.objects.get(name="Moderators").permissions.add(submit_translation)
    # Translators edit the pages they translate and submit them for review; publishing stays
    # with Moderators through the workflow.
    root = Page.objects.filter(depth=1).first()
    if root is not None:
        change_page = Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        )
        GroupPagePermission.objects.get_or_create(
            group=translators, page=root, permission=change_page
        )


def remove_translators(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Translators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales_and_groups, remove_translators)]
