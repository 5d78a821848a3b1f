"""The forms of account deletion (learner and administrator) and of the learner search."""

from django import forms
from django.utils.translation import gettext_lazy as _

KEEP, REVOKE = "keep", "revoke"
CREDENTIAL_CHOICES = [
    (
        KEEP,
        _(
            "Keep my credentials valid: their public pages stay, so that anyone I gave them "
            "to can still check them."
        ),
    ),
    (REVOKE, _("Revoke my credentials: they stop being valid everywhere.")),
]
ADMIN_CREDENTIAL_CHOICES = [
    (KEEP, _("Keep the learner's credentials valid (the default)")),
    (REVOKE, _("Revoke the learner's credentials")),
]


class DeleteAccountForm(forms.Form):
    """The learner confirms with their password and chooses what happens to credentials."""

    credentials = forms.ChoiceField(
        label=_("Your credentials"),
        choices=CREDENTIAL_CHOICES,
        initial=KEEP,
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("The password is not correct. Nothing was changed."), code="wrong_password"
            )
        return password

    @property
    def keep_credentials(self):
        """Whether the learner keeps their credentials valid."""
        return self.cleaned_data["credentials"] == KEEP


class AdminEraseForm(forms.Form):
    """An administrator erases a learner's account (a request that arrived by letter)."""

    credentials = forms.ChoiceField(
        label=_("Credentials"),
        choices=ADMIN_CREDENTIAL_CHOICES,
        initial=KEEP,
        widget=forms.RadioSelect,
    )
    confirm_username = forms.CharField(
        label=_("Type the learner's user name to confirm"), max_length=150
    )
    notify = forms.BooleanField(
        label=_("Tell the learner by e-mail what remains"), required=False, initial=True
    )

    def __init__(self, *args, learner, **kwargs):
        super().__init__(*args, **kwargs)
        self.learner = learner

    def clean_confirm_username(self):
        value = self.cleaned_data["confirm_username"].strip()
        if value != self.learner.get_username():
            raise forms.ValidationError(
                _("This is not the learner's user name. Nothing was erased."), code="mismatch"
            )
        return value

    @property
    def keep_credentials(self):
        """Whether the learner's credentials stay valid."""
        return self.cleaned_data["credentials"] == KEEP


class LearnerSearchForm(forms.Form):
    """Find an account by user name, name or e-mail address."""

    q = forms.CharField(label=_("User name, name or e-mail address"), max_length=254)
