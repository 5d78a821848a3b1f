"""The filters of the evaluation pages.

Period, course, language, target group, country, organisation type, synthetic learners.
"""

from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from django_countries import countries

from website.core.vocabularies import OrganisationType, TargetGroup

from .figures import NOT_STATED, Selection, known_courses

DEFAULT_WEEKS = 12
MAX_DAYS = 3 * 366
FIRST_DAY, LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)


class SelectionForm(forms.Form):
    """Which enrolments the figures describe; every field may be left empty."""

    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    course = forms.ChoiceField(label=_("Course"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    target_group = forms.ChoiceField(label=_("Target group"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    organisation_type = forms.ChoiceField(label=_("Type of organisation"), required=False)
    synthetic = forms.BooleanField(label=_("Include synthetic learners"), required=False)

    def __init__(self, *args, **kwargs):
        """Offer the known courses, the platform's languages and the profiles' vocabularies."""
        super().__init__(*args, **kwargs)
        self.courses = known_courses()
        everything = [("", _("All"))]
        self.fields["course"].choices = everything + list(self.courses.items())
        self.fields["language"].choices = everything + [
            (code, get_language_info(code)["name_translated"]) for code, _name in settings.LANGUAGES
        ]
        not_stated = [(NOT_STATED, _("Not stated"))]
        self.fields["target_group"].choices = everything + list(TargetGroup.choices) + not_stated
        self.fields["country"].choices = everything + list(countries) + not_stated
        self.fields["organisation_type"].choices = (
            everything + list(OrganisationType.choices) + not_stated
        )

    def clean(self):
        """Fill in the default period (the last twelve weeks) and refuse impossible ones."""
        data = super().clean()
        if self.errors:
            return data
        end = data.get("end") or timezone.localdate()
        start = data.get("start") or end - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1)
        if start < FIRST_DAY or end > LAST_DAY:
            raise forms.ValidationError(
                _("Choose dates between %(first)s and %(last)s.")
                % {"first": FIRST_DAY.isoformat(), "last": LAST_DAY.isoformat()},
                code="out-of-range",
            )
        if start > end:
            raise forms.ValidationError(_("The period ends before it begins."), code="reversed")
        if (end - start).days >= MAX_DAYS:
            raise forms.ValidationError(
                _("A period can cover at most three years."), code="too-long"
            )
        data["start"], data["end"] = start, end
        return data

    def selection(self):
        """The Selection of a valid form."""
        data = self.cleaned_data
        return Selection(
            start=data["start"],
            end=data["end"],
            course=data.get("course") or "",
            language=data.get("language") or "",
            target_group=data.get("target_group") or "",
            country=data.get("country") or "",
            organisation_type=data.get("organisation_type") or "",
            synthetic=bool(data.get("synthetic")),
        )
