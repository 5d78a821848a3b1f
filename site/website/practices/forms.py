"""The public form through which a visitor proposes a practice."""

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField

from website.core.sanitize import clean_html, plain
from website.core.spam import HoneypotMixin
from website.core.vocabularies import Competence, Dimension, FundingProgramme, OrganisationType

from .models import AUDIENCE_CHOICES, FIRST_YEAR, LAST_YEAR
from .uploads import check_image, check_pdf


class PracticeProposalForm(HoneypotMixin, forms.Form):
    title = forms.CharField(label=_("Name of the practice"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences: what is done, by whom, for whom."),
    )
    description = forms.CharField(
        label=_("Description"),
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("How the practice works, what it achieved and what others can learn."),
    )
    organisation_name = forms.CharField(label=_("Organisation"), max_length=200)
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"), choices=OrganisationType.choices
    )
    country = CountryField().formfield(label=_("Country"))
    region_name = forms.CharField(label=_("Region"), max_length=120, required=False)
    dimensions = forms.MultipleChoiceField(
        label=_("Internationalisation dimensions"),
        choices=Dimension.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    target_groups = forms.MultipleChoiceField(
        label=_("Target groups"),
        choices=AUDIENCE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    competences = forms.MultipleChoiceField(
        label=_("Competences"),
        choices=Competence.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    funding = forms.MultipleChoiceField(
        label=_("Funding programmes"),
        choices=FundingProgramme.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    year_started = forms.IntegerField(
        label=_("Active since (year)"), min_value=FIRST_YEAR, max_value=LAST_YEAR
    )
    year_ended = forms.IntegerField(
        label=_("Active until (year)"),
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        required=False,
        help_text=_("Leave empty if the practice is still running."),
    )
    contact = forms.CharField(
        label=_("Public contact"),
        max_length=255,
        required=False,
        help_text=_("A web page or an office address that readers may contact."),
    )
    document = forms.FileField(
        label=_("Document (PDF, up to 10 MB)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )
    image = forms.FileField(
        label=_("Image (JPEG, PNG or WebP, up to 10 MB)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    image_description = forms.CharField(
        label=_("Description of the image"), max_length=255, required=False
    )
    submitter_name = forms.CharField(label=_("Your name"), max_length=120)
    submitter_email = forms.EmailField(label=_("Your e-mail address"))

    PLAIN_FIELDS = (
        "title",
        "summary",
        "organisation_name",
        "region_name",
        "contact",
        "image_description",
        "submitter_name",
    )

    def clean(self):
        cleaned = super().clean()
        for name in self.PLAIN_FIELDS:
            if cleaned.get(name):
                cleaned[name] = plain(cleaned[name])
        for name in ("title", "summary", "organisation_name", "submitter_name"):
            if name in cleaned and not cleaned[name]:
                self.add_error(name, _("Please write some text, not only markup."))
        if cleaned.get("description"):
            cleaned["description"] = description_html(cleaned["description"])
            if not strip_tags(cleaned["description"]).strip():
                self.add_error("description", _("Please write some text, not only markup."))
        started, ended = cleaned.get("year_started"), cleaned.get("year_ended")
        if started and ended and ended < started:
            self.add_error("year_ended", _("A practice cannot end before it starts."))
        if cleaned.get("image") and not cleaned.get("image_description"):
            self.add_error("image_description", _("Please describe the image."))
        return cleaned

    def clean_document(self):
        document = self.cleaned_data.get("document")
        return check_pdf(document) if document else None

    def clean_image(self):
        image = self.cleaned_data.get("image")
        return check_image(image) if image else None


def description_html(text):
    """The description as safe rich text: paragraphs for plain text, allow-listed HTML kept."""
    cleaned = clean_html(text)
    if "<p>" in cleaned or "<ul>" in cleaned or "<ol>" in cleaned:
        return cleaned
    paragraphs = [" ".join(part.split()) for part in cleaned.split("\n\n")]
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs if paragraph)
