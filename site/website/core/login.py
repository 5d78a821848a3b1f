"""The sign-in form: one field that takes the e-mail address or the username, labelled so.

django-allauth's own label for that field is "Login"; this form names what it accepts. It is
apart from `forms`, which allauth imports while it defines its own forms.
"""

from django.utils.translation import gettext_lazy as _

from allauth.account.forms import LoginForm as AllauthLoginForm


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["login"]
        field.label = _("E-mail address or username")
        field.widget.attrs["placeholder"] = _("E-mail address or username")
        field.widget.attrs["autocomplete"] = "username"
