"""Vocabularies every app shares: the bottom layer, importing no app above it.

Codes are stable identifiers (stored in the database, used in activity IRIs and credentials);
labels are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetGroup(models.TextChoices):
    """The three groups the DIG.INT pilot courses are designed for."""

    TEACHERS_TRAINERS = "teachers-trainers", _("Teachers and trainers")
    MANAGERS = "managers", _("Managers of VET and technical higher education institutions")
    POLICY_OFFICERS = "policy-officers", _("Regional policy officers")


class Competence(models.TextChoices):
    """The seven competences for internationalisation of the DIG.INT competence map."""

    GLOBAL = "global-competence", _("Global competence")
    EU_FUNDING = "eu-funding", _("EU funding and other international instruments")
    INTERNATIONAL_DIMENSION = (
        "international-dimension",
        _("International dimension in a technical or vocational area"),
    )
    NETWORKING = "networking", _("Networking")
    PROJECT_MANAGEMENT = "project-management", _("Project management and leadership")
    VIRTUAL_MOBILITY = "virtual-mobility", _("Virtual mobility")
    TRANSVERSAL = "transversal-skills", _("Transversal skills")


class ProficiencyLevel(models.TextChoices):
    """How far a course takes a competence."""

    FOUNDATION = "foundation", _("Foundation")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class DeliveryMode(models.TextChoices):
    ONLINE = "online", _("Online, self-paced")
    BLENDED = "blended", _("Blended")
    FACE_TO_FACE = "face-to-face", _("Face to face")


class Dimension(models.TextChoices):
    """The four dimensions of internationalisation that benchmarking measures and practices
    illustrate."""

    CURRICULUM = "curriculum", _("Curriculum internationalisation")
    OFFSHORE = "offshore", _("VET offshore campuses")
    DUAL_JOINT = "dual_joint", _("VET dual and joint courses")
    NETWORKS = "networks", _("International networks")


class IndicatorFamily(models.TextChoices):
    """The four families of benchmarking indicators, crossed with every dimension."""

    STRATEGY = "strategy", _("Strategy")
    RESOURCES = "resources", _("Resources")
    PROCESSES = "processes", _("Processes and practices")
    OUTCOMES = "outcomes", _("Outcomes")
