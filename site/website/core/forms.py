"""Account forms: the name a person's credentials carry, asked at sign-up and kept in the profile.

Country and type of organisation are optional at sign-up and in the profile: the pilot
evaluation counts learners by them, only in groups of five or more.

`SignupForm` is django-allauth's ACCOUNT_SIGNUP_FORM_CLASS: allauth adds its own fields (e-mail,
passwords) to it and calls `signup()` once the account exists.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

CREDENTIAL_NAME_HELP = _(
    "This name will appear on the credentials you earn, exactly as you write it here. "
    "You can change it in your profile until your first credential is issued."
)

STATISTICS_FIELDS = ["country", "organisation_type"]
STATISTICS_HELP = _(
    "Optional. Used only for anonymous statistics of the pilot courses, which never show a "
    "group of fewer than five people."
)


def _statistics_fields():
    """The optional profile fields the pilot statistics count by, with the note saying so."""
    fields = forms.fields_for_model(get_user_model(), fields=STATISTICS_FIELDS)
    for field in fields.values():
        field.required = False
        field.help_text = STATISTICS_HELP
    return fields


class SignupForm(forms.Form):
    """Sign-up fields besides allauth's: the name on credentials; country and type (optional)."""

    credential_name = forms.CharField(
        label=_("Your name, as it will appear on your credentials"),
        max_length=150,
        help_text=CREDENTIAL_NAME_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    country, organisation_type = _statistics_fields().values()

    field_order = ["credential_name", *STATISTICS_FIELDS]

    def clean_credential_name(self):
        name = " ".join(self.cleaned_data["credential_name"].split())
        if not name:
            raise forms.ValidationError(_("Write the name to appear on your credentials."))
        return name

    def signup(self, request, user):
        user.credential_name = self.cleaned_data["credential_name"]
        user.country = self.cleaned_data.get("country") or ""
        user.organisation_type = self.cleaned_data.get("organisation_type") or ""
        user.save(update_fields=["credential_name", *STATISTICS_FIELDS])


class ProfileForm(forms.ModelForm):
    """The learner's own profile; the name on credentials is fixed once one is issued."""

    class Meta:
        model = get_user_model()
        fields = [
            "credential_name",
            "first_name",
            "last_name",
            "preferred_language",
            "organisation",
            "country",
            "organisation_type",
            "target_group",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in STATISTICS_FIELDS:
            self.fields[name].help_text = STATISTICS_HELP
        field = self.fields["credential_name"]
        field.widget.attrs["autocomplete"] = "name"
        if self.instance.pk and self.instance.has_credentials():
            field.disabled = True
            field.help_text = _(
                "Your credentials are issued with this name and signed: it can no longer be "
                "changed. Credentials you earn later carry the same name."
            )
        else:
            field.help_text = CREDENTIAL_NAME_HELP

    def clean_credential_name(self):
        if self.fields["credential_name"].disabled:
            return self.instance.credential_name
        return " ".join(self.cleaned_data["credential_name"].split())
