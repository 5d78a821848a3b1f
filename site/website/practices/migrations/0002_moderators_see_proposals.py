"""Moderators may read and delete the contacts of people who proposed practices."""

from django.db import migrations


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    content_type, _created = ContentType.objects.get_or_create(
        app_label="practices", model="practicesubmission"
    )
    for action in ("view", "delete"):
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_practicesubmission",
            defaults={"name": f"Can {action} practice submission"},
        )
        moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("core", "0002_locales_and_editorial_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
