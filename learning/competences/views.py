"""The public competence map page."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language

from learning.badges.models import Achievement
from website.core.pagecache import mark_cacheable
from website.core.vocabularies import Provenance, TargetGroup

from .services import competences_in, courses_by_competence, learner_progress


def competence_map(request):
    """The seven competences × the three target groups and the courses developing each.

    A signed-in learner also sees their own progress per competence.
    """
    language = get_language()
    competences = competences_in(language)
    courses = courses_by_competence(Achievement.objects.all(), language)
    progress = learner_progress(request.user, courses) if request.user.is_authenticated else {}
    rows = [
        {
            "competence": competence,
            "courses": courses.get(competence.code, []),
            "progress": progress.get(competence.code),
        }
        for competence in competences
    ]
    mark_cacheable(request)  # stored for anonymous visitors only, who see no progress
    return TemplateResponse(
        request,
        "competences/competence_map.html",
        {
            "rows": rows,
            "target_groups": TargetGroup,
            "signed_in": request.user.is_authenticated,
            "proposed": Provenance.PROPOSED.label,
        },
    )
