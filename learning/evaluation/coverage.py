"""Competence coverage: learners and credentials per competence, level and target group.

A course develops competences to a proficiency level (its Achievement, from the competence
map). A learner counts once for a competence and level however many of the selected
enrolments lead there; a credential counts once per learner likewise.
"""

from django.db.models import Count, Q

from learning.badges.models import Achievement


def coverage(selection):
    """(competence, level, target group) → {"learners": n, "credentials": n} (two queries).

    The database counts the distinct learners, per target group and for each competence and
    level over the courses leading there, instead of sending a row per enrolment.
    """
    courses = {}
    for achievement in Achievement.objects.all():
        for competence, level in achievement.competences:
            courses.setdefault((competence, level), []).append(achievement.course_iri)
    if not courses:
        return {}
    pairs = list(courses)
    counts = {}
    for number, pair in enumerate(pairs):
        leading = Q(course_iri__in=courses[pair])
        counts[f"learners_{number}"] = Count("learner", distinct=True, filter=leading)
        counts[f"credentials_{number}"] = Count(
            "learner", distinct=True, filter=leading & Q(credential_at__isnull=False)
        )
    rows = selection.enrolments().values("target_group").annotate(**counts).order_by()
    result = {}
    for row in rows:
        for number, (competence, level) in enumerate(pairs):
            if row[f"learners_{number}"]:
                result[(competence, level, row["target_group"])] = {
                    "learners": row[f"learners_{number}"],
                    "credentials": row[f"credentials_{number}"],
                }
    return result
