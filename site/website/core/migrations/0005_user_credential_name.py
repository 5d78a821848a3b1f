from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0004_seededitem"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="credential_name",
            field=models.CharField(
                blank=True,
                help_text="Your name as it will appear on the credentials you earn.",
                max_length=150,
                verbose_name="name on credentials",
            ),
        ),
    ]
