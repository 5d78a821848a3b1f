"""The sections of the site the translation dashboard and the PO exchange work on.

A section is a list of models, named by app label (every model of the app) or by
"app_label.modelname". Models a section names that are not installed are simply absent.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    slug: str
    label: str
    models: tuple

    def contains(self, model):
        meta = model._meta
        return meta.app_label in self.models or meta.label_lower in self.models


SECTIONS = (
    Section("guidelines", _("Guidelines"), ("guidelines.guidelinespage",)),
    Section("blueprint", _("Blueprint"), ("guidelines.blueprintpage",)),
    Section("practices", _("Good practices"), ("practices",)),
    Section("courses", _("Courses"), ("courses",)),
    Section("competences", _("Competences"), ("competences", "badges")),
    Section("questionnaire", _("Benchmarking questionnaire"), ("benchmarking",)),
)
OTHER = Section("other", _("Other pages and snippets"), ())
BY_SLUG = {section.slug: section for section in (*SECTIONS, OTHER)}


def section_of(model):
    """The section a page or snippet model belongs to."""
    return next((section for section in SECTIONS if section.contains(model)), OTHER)
