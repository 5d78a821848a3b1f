"""The contact form: what a visitor may send, checked whole before anything is sent."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from website.core.sanitize import plain
from website.core.spam import HoneypotMixin

MAX_MESSAGE = 5000
MAX_LINKS = 2
LINK = re.compile(r"https?://|www\.|\[url", re.IGNORECASE)


class ContactForm(HoneypotMixin, forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120)
    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    subject = forms.CharField(label=_("Subject"), max_length=200)
    message = forms.CharField(
        label=_("Message"),
        max_length=MAX_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    consent = forms.BooleanField(label=_("I agree"))

    def __init__(self, *args, consent_text="", **kwargs):
        super().__init__(*args, **kwargs)
        if consent_text:
            self.fields["consent"].label = consent_text
        self.fields["consent"].error_messages["required"] = _(
            "Please tick the box to agree, or we cannot send your message."
        )

    def clean(self):
        cleaned = super().clean()
        # The name and subject go into the e-mail's headers and first line: no markup there.
        # The message is sent as plain text, as written.
        for name in ("name", "subject"):
            if name in cleaned:
                cleaned[name] = plain(cleaned[name])
                if not cleaned[name]:
                    self.add_error(name, _("Please write some text, not only markup."))
        if len(LINK.findall(cleaned.get("message", "") + cleaned.get("subject", ""))) > MAX_LINKS:
            self.add_error(
                "message",
                _("Please include at most %(count)d links in your message.") % {"count": MAX_LINKS},
            )
        return cleaned
