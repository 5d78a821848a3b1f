"""Account forms: the name a person's credentials carry, asked at sign-up and kept in the profile.

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


class SignupForm(forms.Form):
    """The fields of the sign-up form besides allauth's: the name on credentials."""

    credential_name = forms.CharField(
        label=_("Your name, as it will appear on your credentials"),
        max_length=150,
        help_text=CREDENTIAL_NAME_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    field_order = ["credential_name"]

    def clean_credential_name(self):
        name = " ".join(self.cleaned_data["credential_name"].split())
        if not name:
            raise forms.ValidationError(_("Write the name to appear on your credentials."))
        return name

    def signup(self, request, user):
        user.credential_name = self.cleaned_data["credential_name"]
        user.save(update_fields=["credential_name"])


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
            "target_group",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
