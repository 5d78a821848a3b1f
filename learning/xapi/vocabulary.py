"""IRIs the LRS gives meaning to, and the display names of the verbs the platform uses."""

from django.utils.translation import gettext_lazy as _

VOIDED = "http://adlnet.gov/expapi/verbs/voided"
SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature"
XAPI_VERSION = "1.0.3"

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
TINCAN_VERBS = "http://id.tincanapi.com/verb/"
PLATFORM = "DIG.INT"
# Context extension holding the key that makes an act count once (a completion, a quiz
# attempt form), so that progress can be rebuilt from statements alone.
ONCE_KEY_EXTENSION = "https://w3id.org/xapi/digint/extensions/once-key"

VERB_DISPLAY = {
    ADL_VERBS + "registered": _("registered"),
    ADL_VERBS + "launched": _("launched"),
    ADL_VERBS + "initialized": _("initialized"),
    ADL_VERBS + "experienced": _("experienced"),
    ADL_VERBS + "responded": _("responded"),
    ADL_VERBS + "answered": _("answered"),
    ADL_VERBS + "attempted": _("attempted"),
    ADL_VERBS + "passed": _("passed"),
    ADL_VERBS + "failed": _("failed"),
    ADL_VERBS + "completed": _("completed"),
    ADL_VERBS + "voided": _("voided"),
    TINCAN_VERBS + "earned": _("earned"),
}
