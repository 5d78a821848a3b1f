"""The DIG.INT competence map: seven competences, three proficiency levels, the mix per group.

Each competence is a translatable snippet keyed by its stable code from
`website.core.vocabularies.Competence`; credentials and courses refer to it by that code.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from website.core.vocabularies import Competence as CompetenceCode
from website.core.vocabularies import ProficiencyLevel, TargetGroup


class Emphasis(models.TextChoices):
    """How much a target group needs a competence (the 'mix of key competences')."""

    KEY = "key", _("Key competence")
    SUPPORTING = "supporting", _("Supporting competence")
    NONE = "", _("Not a focus")


class Competence(TranslatableMixin, models.Model):
    """One competence of the map, with its level descriptors and its weight per target group.

    Attributes:
        code: The stable code (`website.core.vocabularies.Competence`).
        name: The competence's name.
        description: What the competence covers.
        esco_uri: The closest ESCO skill or competence, where one matches.
        foundation: What a learner can do at foundation level.
        intermediate: What a learner can do at intermediate level.
        advanced: What a learner can do at advanced level.
        teachers_trainers: Its emphasis for teachers and trainers.
        managers: Its emphasis for managers.
        policy_officers: Its emphasis for regional policy officers.
        sort_order: Position on the map.
    """

    code = models.CharField(_("code"), max_length=40, choices=CompetenceCode.choices)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"))
    esco_uri = models.URLField(_("ESCO skill or competence URI"), max_length=300, blank=True)
    foundation = models.TextField(_("foundation level descriptor"))
    intermediate = models.TextField(_("intermediate level descriptor"))
    advanced = models.TextField(_("advanced level descriptor"))
    teachers_trainers = models.CharField(
        TargetGroup.TEACHERS_TRAINERS.label, max_length=20, choices=Emphasis.choices, blank=True
    )
    managers = models.CharField(
        TargetGroup.MANAGERS.label, max_length=20, choices=Emphasis.choices, blank=True
    )
    policy_officers = models.CharField(
        TargetGroup.POLICY_OFFICERS.label, max_length=20, choices=Emphasis.choices, blank=True
    )
    sort_order = models.PositiveSmallIntegerField(_("position on the map"), default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("esco_uri"),
        MultiFieldPanel(
            [FieldPanel("foundation"), FieldPanel("intermediate"), FieldPanel("advanced")],
            heading=_("Proficiency levels"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("teachers_trainers"),
                        FieldPanel("managers"),
                        FieldPanel("policy_officers"),
                    ]
                )
            ],
            heading=_("Mix of key competences per target group"),
        ),
        FieldPanel("sort_order"),
    ]
    # Codes, URIs and the mix are the same in every language; only the texts are translated.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "code",
            "esco_uri",
            "teachers_trainers",
            "managers",
            "policy_officers",
            "sort_order",
        )
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("competence")
        verbose_name_plural = _("competences")
        ordering = ["sort_order", "code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="one_competence_per_code")
        ]

    def __str__(self):
        return self.name

    def levels(self):
        """(level label, descriptor) pairs, from foundation to advanced."""
        return [(level.label, getattr(self, level.value)) for level in ProficiencyLevel]

    def emphasis(self):
        """(target group label, emphasis) pairs, in the vocabulary's order."""
        return [
            (group.label, Emphasis(getattr(self, group.value.replace("-", "_"))))
            for group in TargetGroup
        ]
