"""E-mail notices to learners and administrators, in the reader's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def language_of(user):
    """The language a person reads their export and notices in."""
    preferred = getattr(user, "preferred_language", "")
    return preferred or translation.get_language() or settings.LANGUAGE_CODE


def absolute(path):
    """`path` on the platform's public address, for links in e-mails."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_notice(address, language, template, context):
    """Send `privacy/email/<template>_subject.txt` and `_message.txt` to `address`."""
    if not address:
        return
    with translation.override(language):
        subject = render_to_string(f"privacy/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"privacy/email/{template}_message.txt", context)
    send_mail(subject, body, None, [address])
