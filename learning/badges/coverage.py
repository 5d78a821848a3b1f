"""Which competences a learner's credentials cover, and to what level."""

from learning.competences.services import competences_in
from website.core.vocabularies import ProficiencyLevel

_LEVEL_ORDER = [level.value for level in ProficiencyLevel]


def competence_coverage(credentials, language):
    """Per competence of the map: its name, code, highest level reached and the credentials.

    A revoked credential covers nothing: only credentials that still verify count.
    """
    credentials = [credential for credential in credentials if not credential.is_revoked]
    rows = []
    for competence in competences_in(language):
        earned = [
            (credential, level)
            for credential in credentials
            for code, level in credential.achievement.competences
            if code == competence.code
        ]
        best = max((level for _credential, level in earned), key=_LEVEL_ORDER.index, default="")
        rows.append(
            {
                "competence": competence,
                "level": ProficiencyLevel(best).label if best else "",
                "credentials": [credential for credential, _level in earned],
            }
        )
    return rows
