"""Files attached to proposals: readable by moderators only (they were open to any account)."""

from django.db import migrations


def restrict(apps, schema_editor):
    Collection = apps.get_model("wagtailcore.Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore.CollectionViewRestriction")
    Group = apps.get_model("auth.Group")
    moderators = Group.objects.filter(name="Moderators")
    for collection in Collection.objects.filter(name="Proposed practices"):
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type="groups"
        )
        restriction.groups.set(moderators)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_practicekeywords"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict, migrations.RunPython.noop)]
