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
    """The four internationalisation dimensions of the DIG.INT benchmarking tool.

    Shared by the best-practice repository and the benchmarking self-assessment.
    """

    CURRICULUM = "curriculum", _("Curriculum internationalisation")
    OFFSHORE = "offshore", _("VET offshore campuses")
    DUAL_JOINT = "dual_joint", _("VET dual and joint courses")
    NETWORKS = "networks", _("International networks")


# What each dimension covers, as the benchmarking tool's screens define it.
DIMENSION_DEFINITIONS = {
    Dimension.CURRICULUM: _(
        "Internationalisation at home and abroad, virtual exchange and international programmes."
    ),
    Dimension.OFFSHORE: _(
        "Permanent or temporary establishments organised by your institution to provide "
        "technical and vocational education abroad."
    ),
    Dimension.DUAL_JOINT: _("Vocational training programmes offered internationally."),
    Dimension.NETWORKS: _("Developing and expanding your professional network abroad."),
}


class FundingProgramme(models.TextChoices):
    """Where the money for an internationalisation activity comes from."""

    ERASMUS_KA1 = "erasmus-ka1", _("Erasmus+ KA1 (learning mobility)")
    ERASMUS_KA2 = "erasmus-ka2", _("Erasmus+ KA2 (cooperation partnerships)")
    INTERREG = "interreg", _("Interreg")
    HORIZON_EUROPE = "horizon-europe", _("Horizon Europe")
    ESF_PLUS = "esf-plus", _("European Social Fund Plus (ESF+)")
    NATIONAL_REGIONAL = "national-regional", _("National or regional funds")
    OWN_FUNDS = "own-funds", _("Own funds")


class OrganisationType(models.TextChoices):
    """The kinds of organisation that run VET internationalisation activities."""

    VET_PROVIDER = "vet-provider", _("VET provider")
    TECHNICAL_HEI = "technical-hei", _("Technical higher education institution")
    COMPANY = "company", _("Company")
    REGION = "region", _("Region or regional agency")
    OTHER = "other", _("Other organisation")


class IndicatorFamily(models.TextChoices):
    """The four families of benchmarking indicators, crossed with every dimension."""

    STRATEGY = "strategy", _("Strategy")
    RESOURCES = "resources", _("Resources")
    PROCESSES = "processes", _("Processes and practices")
    OUTCOMES = "outcomes", _("Outcomes")


class Provenance(models.TextChoices):
    """Where a fact shown to readers comes from: the project's own material, or the platform."""

    SEED = "seed", _("Stated by the DIG.INT project")
    PROPOSED = "proposed", _("Proposed by the platform — to be confirmed by the partners")
