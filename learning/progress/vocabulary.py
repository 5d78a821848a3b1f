"""Verbs and activity types of the learning events, as ADL / xAPI IRIs.

Events are recorded with these IRIs from the start, so that the xAPI work can turn each event
into a statement without a translation table.
"""

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
# "earned" is not an ADL verb; the xAPI registry's verb comes from the Tin Can vocabulary.
TINCAN_VERBS = "http://id.tincanapi.com/verb/"


class Verb:
    """The acts the platform records."""

    REGISTERED = ADL_VERBS + "registered"
    LAUNCHED = ADL_VERBS + "launched"
    EXPERIENCED = ADL_VERBS + "experienced"
    RESPONDED = ADL_VERBS + "responded"
    ANSWERED = ADL_VERBS + "answered"
    ATTEMPTED = ADL_VERBS + "attempted"
    PASSED = ADL_VERBS + "passed"
    FAILED = ADL_VERBS + "failed"
    COMPLETED = ADL_VERBS + "completed"
    EARNED = TINCAN_VERBS + "earned"


class ActivityType:
    """The kinds of activity a learner acts on."""

    COURSE = ADL_ACTIVITIES + "course"
    MODULE = ADL_ACTIVITIES + "module"
    LESSON = ADL_ACTIVITIES + "lesson"
    ASSESSMENT = ADL_ACTIVITIES + "assessment"
    INTERACTION = ADL_ACTIVITIES + "cmi.interaction"
