"""Forms for registering an institution and building its plan; Django validates them."""

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Institution, Priority
from .plans import MAX_KPI_TARGET


class InstitutionForm(forms.ModelForm):
    """Register an institution; the user who registers it becomes its first member."""

    class Meta:
        model = Institution
        fields = ["name", "country", "region", "kind", "size", "shows_as_best_performer"]
        help_texts = {
            "shows_as_best_performer": _(
                "Name your institution among the best performers of a dimension when its "
                "score is among the highest. Other figures never name anyone."
            ),
        }


class BestPerformerForm(forms.ModelForm):
    class Meta:
        model = Institution
        fields = ["shows_as_best_performer"]


class PeriodForm(forms.Form):
    """The year an assessment describes: from FIRST_PERIOD to the current year."""

    period = forms.IntegerField(label=_("Year the assessment describes"))

    def __init__(self, *args, first, last, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["period"]
        field.min_value, field.max_value = first, last
        field.widget.attrs.update(min=first, max=last)
        field.validators += [MinValueValidator(first), MaxValueValidator(last)]
        field.error_messages["required"] = _("Enter the year that the assessment describes.")


class ObjectiveForm(forms.Form):
    priority = forms.ChoiceField(label=_("Priority"), choices=Priority.choices)
    text = forms.CharField(label=_("Five-year objective"), max_length=500)


class ActionForm(forms.Form):
    """An action with one KPI; `measures` come from the plan's baseline assessment."""

    objective = forms.TypedChoiceField(label=_("Objective"), coerce=int)
    year = forms.IntegerField(label=_("Year"))
    owner = forms.CharField(label=_("Owner"), max_length=200)
    description = forms.CharField(label=_("Action"), max_length=500)
    measure = forms.ChoiceField(label=_("KPI measured by the assessment"))
    target = forms.FloatField(label=_("Target"), min_value=0, max_value=MAX_KPI_TARGET)

    def __init__(self, *args, objectives, measures, first_year, last_year, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["objective"].choices = [(o.pk, str(o)) for o in objectives]
        self.fields["measure"].choices = measures
        year = self.fields["year"]
        year.widget.attrs.update(min=first_year, max=last_year)
        year.help_text = _("A year of the plan, from %(first)d to %(last)d.") % {
            "first": first_year,
            "last": last_year,
        }
        self._years = (first_year, last_year)

    def clean_year(self):
        year = self.cleaned_data["year"]
        first, last = self._years
        if not first <= year <= last:
            raise forms.ValidationError(
                _("Choose a year of the plan, from %(first)d to %(last)d.")
                % {"first": first, "last": last}
            )
        return year


class InvitationForm(forms.Form):
    email = forms.EmailField(label=_("Your colleague's e-mail address"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        days = settings.LEARNING_BENCHMARKING_INVITATION_DAYS
        self.fields["email"].help_text = ngettext(
            "They receive a link that works once, for %(days)d day.",
            "They receive a link that works once, for %(days)d days.",
            days,
        ) % {"days": days}
