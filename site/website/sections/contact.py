"""Serving the contact page: the form, its checks and the e-mail it sends.

Nothing is stored: a valid message becomes one e-mail to the configured address
(DIGINT_CONTACT_EMAIL), sent whole or not at all, with the sender as Reply-To.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from website.core.spam import too_many_submissions

from .forms import ContactForm

logger = logging.getLogger(__name__)


def message_for(page, data):
    body = "\n".join(
        [
            f"{data['name']} <{data['email']}>",
            f"{page.full_url or page.url}",
            "",
            data["message"],
            "",
            f"[{page.consent_text}]",
        ]
    )
    return EmailMessage(
        subject=f"DIG.INT: {data['subject']}",
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[settings.DIGINT_CONTACT_EMAIL],
        reply_to=[data["email"]],
    )


def serve_contact_page(page, request):
    status = 200
    sent = False
    form_kwargs = {"consent_text": page.consent_text}
    if request.method == "POST":
        form = ContactForm(request.POST, **form_kwargs)
        if too_many_submissions("contact-messages", request):
            form.is_valid()
            form.add_error(
                None, _("Too many messages from your address; please try again in an hour.")
            )
            status = 429
        elif form.is_valid():
            if not form.is_spam():
                try:
                    message_for(page, form.cleaned_data).send(fail_silently=False)
                except OSError:
                    logger.exception("The contact message could not be sent.")
                    form.add_error(
                        None,
                        _("Your message could not be sent just now; please try again later."),
                    )
                    status = 503
            sent = status == 200
        else:
            status = 400
    else:
        form = ContactForm(**form_kwargs)
    context = page.get_context(request)
    context.update(form=form, sent=sent)
    return TemplateResponse(request, page.get_template(request), context, status=status)
