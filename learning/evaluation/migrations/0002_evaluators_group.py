"""The Evaluators group: the admin and the pilot evaluation pages, nothing else."""

from django.db import migrations

PERMISSION = "view_pilot_evaluation"


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    # Custom permissions are created after migrations; the group needs it now.
    content_type, _created = ContentType.objects.get_or_create(
        app_label="evaluation", model="enrolmentfact"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=PERMISSION,
        defaults={"name": "Can see the pilot evaluation"},
    )
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    group, _created = Group.objects.get_or_create(name="Evaluators")
    group.permissions.add(access_admin, permission)


def remove_group(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name="Evaluators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("evaluation", "0001_aggregates"),
        ("core", "0002_locales_and_editorial_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
