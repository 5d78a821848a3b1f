"""The competence framework as a downloadable document, made from the competence snippets."""

from django.urls import reverse
from django.utils.translation import gettext

from learning.badges.models import Achievement
from website.core.vocabularies import Provenance, TargetGroup
from website.deliverables.documents import fingerprint, render_document
from website.deliverables.registry import Source, register

from .services import competences_in, courses_by_competence

SLUG = "competence-framework"
FIELDS = ("code", "name", "description", "esco_uri", "foundation", "intermediate", "advanced")
MIX = ("teachers_trainers", "managers", "policy_officers")


def framework_source(language):
    """The framework in `language` (each competence falling back to English), or None."""
    competences = competences_in(language)
    if not competences:
        return None
    achievements = list(Achievement.objects.all())
    courses = courses_by_competence(achievements, language)
    version = fingerprint(
        language,
        [[getattr(item, field) for field in FIELDS + MIX] for item in competences],
        sorted((item.pk, str(item.updated_at)) for item in achievements),
    )
    title = gettext("DIG.INT competence framework")  # `source` runs this in `language`

    def render():
        rows = [{"competence": item, "courses": courses.get(item.code, [])} for item in competences]
        return render_document(
            "competences/framework_document.html",
            title,
            {"rows": rows, "target_groups": TargetGroup, "proposed": Provenance.PROPOSED.label},
            online_url=reverse("competence-map"),
            introduction=gettext(
                "The seven competences for the internationalisation of vocational education "
                "and training, how much each target group needs them, and the pilot courses "
                "that develop them."
            ),
        )

    return Source(title, version, render)


def register_deliverable():
    """Make the competence framework downloadable (called when the app is ready)."""
    register(SLUG, framework_source)
