"""Let Editors and Moderators manage partner snippets in the admin."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_partner_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; create this app's now.
    app_config = apps.get_app_config("partners")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="partners",
        codename__in=["add_partner", "change_partner", "delete_partner"],
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("core", "0002_locales_and_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant_partner_permissions, migrations.RunPython.noop)]
