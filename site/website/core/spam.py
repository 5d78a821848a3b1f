"""Spam protection shared by the public forms (practice proposals, contact messages).

Two defences, the same for every form: a honeypot field that people never see (hidden by CSS
and from assistive technology) but robots fill in, and a per-client limit on submissions
counted in the cache every server process shares (`website.core.clients`). A form that trips
the honeypot is answered as if it had succeeded, so that robots learn nothing.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .clients import over_limit

HONEYPOT_FIELD = "website"
SUBMISSIONS_PER_HOUR = 5


class HoneypotMixin(forms.Form):
    """Adds the honeypot field; `is_spam()` tells whether a robot filled it in."""

    website = forms.CharField(label=_("Leave this field empty"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Last, after the fields people fill in, whatever the form declares.
        self.fields[HONEYPOT_FIELD] = self.fields.pop(HONEYPOT_FIELD)

    def is_spam(self):
        return bool(self.cleaned_data.get(HONEYPOT_FIELD))


def too_many_submissions(name, request, per_hour=SUBMISSIONS_PER_HOUR):
    """Count one more submission of form `name` from this client; True once over the limit."""
    return over_limit(name, request, per_hour, 3600)
