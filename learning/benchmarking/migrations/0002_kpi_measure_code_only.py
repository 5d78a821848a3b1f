"""KPIs keep only their measure's code; its name is written in the reader's language.

Before the label column goes, every existing KPI is checked: its code must name a dimension or
a number question of its plan's baseline questionnaire version (the only codes the application
ever stored), so that each KPI's name can still be written. Should one not (a row edited by
hand), the migration stops and names it, and nothing is changed.
"""

from django.db import migrations

# The dimension codes as they stood when the labels were removed.
DIMENSIONS = {"curriculum", "offshore", "dual_joint", "networks"}


def check_measure_codes(apps, schema_editor):
    Kpi = apps.get_model("benchmarking", "Kpi")
    unknown = []
    kpis = Kpi.objects.select_related("action__objective__plan__baseline__version")
    for kpi in kpis:
        kind, _sep, key = kpi.measure.partition(":")
        questions = kpi.action.objective.plan.baseline.version.questions
        if kind == "dimension" and key in DIMENSIONS:
            continue
        if kind == "question" and any(
            question["id"] == key and question["kind"] == "number" for question in questions
        ):
            continue
        unknown.append(f"KPI {kpi.pk} ({kpi.measure!r}, {kpi.label!r})")
    if unknown:
        raise RuntimeError(
            "These KPIs measure nothing their baseline assessment holds; correct their measure "
            "before their labels are removed: " + "; ".join(unknown)
        )


class Migration(migrations.Migration):
    dependencies = [("benchmarking", "0001_initial")]

    operations = [
        migrations.RunPython(check_measure_codes, migrations.RunPython.noop),
        migrations.RemoveField(model_name="kpi", name="label"),
    ]
