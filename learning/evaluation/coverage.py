"""Competence coverage: learners and credentials per competence, level and target group.

A course develops competences to a proficiency level (its Achievement, from the competence
map). A learner counts once for a competence and level however many of the selected
enrolments lead there; a credential counts once per learner likewise.
"""

from learning.badges.models import Achievement


def coverage(selection):
    """(competence, level, target group) → {"learners": n, "credentials": n} (two queries)."""
    mapping = {
        achievement.course_iri: [tuple(pair) for pair in achievement.competences]
        for achievement in Achievement.objects.all()
    }
    learners, credentials = {}, {}
    rows = selection.enrolments().values_list(
        "learner", "course_iri", "target_group", "credential_at"
    )
    for learner, course, group, credential_at in rows.iterator():
        for competence, level in mapping.get(course, []):
            key = (competence, level, group)
            learners.setdefault(key, set()).add(learner)
            if credential_at is not None:
                credentials.setdefault(key, set()).add(learner)
    return {
        key: {"learners": len(people), "credentials": len(credentials.get(key, ()))}
        for key, people in learners.items()
    }
