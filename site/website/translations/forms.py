from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .sections import BY_SLUG


def _section_choices():
    return [("", _("All sections"))] + [(slug, s.label) for slug, s in BY_SLUG.items()]


class LocaleField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_display_name()


class _LocaleForm(forms.Form):
    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].queryset = Locale.objects.filter(id__in=[loc.id for loc in locales])


class DashboardFilterForm(forms.Form):
    section = forms.ChoiceField(label=_("Section"), required=False, choices=_section_choices)


class ExportForm(_LocaleForm):
    locale = LocaleField(label=_("Language"), queryset=Locale.objects.none())
    section = forms.ChoiceField(label=_("Section"), required=False, choices=_section_choices)
    page = forms.IntegerField(widget=forms.HiddenInput, required=False)


class ImportForm(_LocaleForm):
    locale = LocaleField(label=_("Language"), queryset=Locale.objects.none())
    file = forms.FileField(
        label=_("PO file or zip archive"),
        help_text=_("A file exported from this dashboard, translated offline."),
    )
