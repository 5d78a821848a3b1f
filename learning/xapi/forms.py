"""Admin forms for LRS clients and external LRSs: secrets are written, never shown back."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ExternalLRS, LRSClient

MIN_SECRET_LENGTH = 16


class LRSClientForm(forms.ModelForm):
    """An LRS client; the secret is stored as a digest, so it is set here and never shown."""

    scopes = forms.MultipleChoiceField(
        label=_("scopes"), choices=LRSClient.SCOPES, widget=forms.CheckboxSelectMultiple
    )
    secret = forms.CharField(
        label=_("secret"),
        required=False,
        min_length=MIN_SECRET_LENGTH,
        widget=forms.PasswordInput(render_value=False),
    )

    class Meta:
        model = LRSClient
        fields = ["name", "key", "scopes", "is_active", "feeds_evaluation"]

    def __init__(self, *args, **kwargs):
        """Show the stored scopes as ticked boxes; a new client needs its secret."""
        super().__init__(*args, **kwargs)
        secret = self.fields["secret"]
        if self.instance.pk:
            self.initial["scopes"] = sorted(self.instance.scope_set)
            secret.help_text = _("At least 16 characters. Leave empty to keep the current secret.")
        else:
            secret.required = True
            secret.help_text = _("At least 16 characters.")

    def clean_scopes(self):
        """Stored space separated."""
        return " ".join(self.cleaned_data["scopes"])

    def save(self, commit=True):
        """Set the new secret, if one was given."""
        client = super().save(commit=False)
        if self.cleaned_data.get("secret"):
            client.set_secret(self.cleaned_data["secret"])
        if commit:
            client.save()
        return client


class ExternalLRSForm(forms.ModelForm):
    """An external LRS; its password is kept when the field is left empty."""

    endpoint = forms.URLField(label=_("endpoint"), max_length=500, assume_scheme="https")
    password = forms.CharField(
        label=_("password"),
        required=False,
        widget=forms.PasswordInput(render_value=False),
    )

    class Meta:
        model = ExternalLRS
        fields = ["name", "endpoint", "username", "password", "version", "enabled"]

    def __init__(self, *args, **kwargs):
        """A new target needs its password; an existing one keeps it when left empty."""
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["password"].help_text = _("Leave empty to keep the current password.")
        else:
            self.fields["password"].required = True

    def clean_password(self):
        """Keep the stored password unless a new one is typed."""
        password = self.cleaned_data.get("password")
        if not password and self.instance.pk:
            return self.instance.password
        if not password:
            raise forms.ValidationError(_("This field is required."))
        return password
