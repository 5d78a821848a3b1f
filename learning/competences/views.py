"""The public competence map page."""

from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from learning.badges.models import Achievement
from website.core.pagecache import mark_cacheable
from website.core.routing import remember_site
from website.core.vocabularies import Provenance, TargetGroup

from .services import competences_in, courses_by_competence, learner_progress


def competence_map(request):
    """The seven competences × the three target groups and the courses developing each.

    A signed-in learner also sees their own progress per competence.
    """
    mark_cacheable(request)  # stored for anonymous visitors only, who see no progress
    remember_site(request)  # the courses link to their pages
    return TemplateResponse(
        request,
        "competences/competence_map.html",
        {
            # Read when the map is rendered: for everyone else than a signed-in learner, only
            # when the shared map is rendered anew.
            "rows": SimpleLazyObject(lambda: map_rows(request.user)),
            "target_groups": TargetGroup,
            "signed_in": request.user.is_authenticated,
            "proposed": Provenance.PROPOSED.label,
        },
    )


def map_rows(user):
    """One row per competence: the competence, its courses and the learner's progress."""
    language = get_language()
    courses = courses_by_competence(Achievement.objects.all(), language)
    progress = learner_progress(user, courses) if user.is_authenticated else {}
    return [
        {
            "competence": competence,
            "courses": courses.get(competence.code, []),
            "progress": progress.get(competence.code),
        }
        for competence in competences_in(language)
    ]
