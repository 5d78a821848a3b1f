"""The JSON-LD documents the platform publishes: issuer Profile, key, Achievement, credential.

Open Badges 3.0 (section 8, "Data model") on the VC Data Model 2.0. The EU Council
Recommendation on micro-credentials (2022, Annex I) asks for elements OB 3.0 has no property
for (type of assessment, form of participation, quality assurance, workload in hours); they go
into the criteria narrative, which is Markdown that every wallet shows.
"""

from django.conf import settings
from django.utils import formats, translation
from django.utils.translation import gettext as _

from django_countries import countries

from website.core.vocabularies import Competence as CompetenceCode
from website.core.vocabularies import DeliveryMode, ProficiencyLevel, Provenance

from . import addresses, jsonld
from .identity import subject_identifiers
from .status_list import status_entry

OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"
)
EQF_URL = "https://europass.europa.eu/en/description-eight-eqf-levels"


def _timestamp(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def issuer_profile():
    """The issuer: the awarding body, with the country the EU elements ask for."""
    country = settings.LEARNING_BADGES_ISSUER_COUNTRY
    return {
        "id": addresses.issuer_id(),
        "type": ["Profile"],
        "name": settings.LEARNING_BADGES_ISSUER_NAME,
        "url": addresses.absolute("/"),
        "address": {
            "type": ["Address"],
            "addressCountry": str(countries.name(country)) or country,
            "addressCountryCode": country,
        },
    }


def issuer_profile_document():
    """The Profile published at the issuer URL, with its own @context.

    It is the controller document of the signing key: a Data Integrity verifier checks that
    the controller lists the proof's verification method under `assertionMethod` (the DID
    context defines the term) before it accepts a proof with that purpose.
    """
    with translation.override(settings.LANGUAGE_CODE):
        return {
            "@context": [jsonld.CREDENTIALS_V2, jsonld.OB_V3, jsonld.DID_V1],
            **issuer_profile(),
            "assertionMethod": [addresses.verification_method_id()],
        }


def key_document(public_multibase):
    """The Multikey verification method published at the key URL."""
    return {
        "@context": [jsonld.DID_V1, jsonld.MULTIKEY_V1],
        "id": addresses.verification_method_id(),
        "type": "Multikey",
        "controller": addresses.issuer_id(),
        "publicKeyMultibase": public_multibase,
    }


def proposed_levels_note():
    """The label of the competence levels, which the DIG.INT material does not state.

    Carried in `targetDescription` and in the criteria narrative, terms the OB 3.0 context
    defines, so that the signed credential needs no new term.
    """
    return _("%(label)s: the proficiency levels of the competence map and their descriptors.") % {
        "label": Provenance.PROPOSED.label
    }


def competence_alignments(achievement, language):
    """One alignment per competence (the map as framework) and one per ESCO match."""
    from learning.competences.models import Competence

    codes = [code for code, _level in achievement.competences]
    found = {
        item.code: item
        for item in Competence.objects.filter(code__in=codes, locale__language_code=language)
    }
    map_url = addresses.competence_map(language)
    framework = _("DIG.INT competence map")
    alignments = []
    for code, level in achievement.competences:
        competence = found.get(code)
        name = competence.name if competence else str(CompetenceCode(code).label)
        alignments.append(
            {
                "type": ["Alignment"],
                "targetName": f"{name} ({ProficiencyLevel(level).label})",
                "targetUrl": f"{map_url}#{code}",
                "targetFramework": framework,
                "targetCode": code,
                "targetType": "ext:DIGINTCompetence",
                "targetDescription": proposed_levels_note(),
            }
        )
        if competence and competence.esco_uri:
            alignments.append(
                {
                    "type": ["Alignment"],
                    "targetName": name,
                    "targetUrl": competence.esco_uri,
                    "targetFramework": "ESCO",
                    "targetType": "ext:ESCOSkill",
                }
            )
    eqf = {
        "type": ["Alignment"],
        "targetName": _("EQF level %(level)s") % {"level": achievement.eqf_level},
        "targetUrl": EQF_URL,
        "targetFramework": _("European Qualifications Framework"),
        "targetCode": str(achievement.eqf_level),
        "targetType": "ext:EQFLevel",
    }
    if achievement.metadata_provenance == Provenance.PROPOSED:
        eqf["targetDescription"] = str(Provenance.PROPOSED.label)
    alignments.append(eqf)
    return alignments


def _as_stated(achievement, value):
    """`value`, labelled as proposed until the partners confirm the course's metadata.

    The course's level, workload and delivery mode are the platform's proposal by default.
    """
    if achievement.metadata_provenance == Provenance.PROPOSED:
        return f"{value} ({Provenance.PROPOSED.label})"
    return value


def micro_credential_elements(achievement, language):
    """The EU micro-credential elements of the achievement as (label, value) pairs."""
    hours = achievement.workload_hours
    elements = [
        (_("Learning outcomes"), achievement.text("outcomes", language)),
        (
            _("Notional workload"),
            _as_stated(
                achievement,
                _("%(hours)s hours (%(ects)s ECTS credits)")
                % {
                    "hours": formats.number_format(hours),
                    "ects": formats.number_format(achievement.ects),
                },
            ),
        ),
        (
            _("Level"),
            _as_stated(achievement, _("EQF level %(level)s") % {"level": achievement.eqf_level}),
        ),
        (
            _("Type of assessment"),
            _(
                "Online quizzes graded automatically by the platform against a pass mark; "
                "the learner's identity is not verified."
            ),
        ),
        (
            _("Form of participation"),
            _as_stated(achievement, str(DeliveryMode(achievement.delivery_mode).label)),
        ),
        (
            _("Type of quality assurance"),
            _(
                "Course designed and peer-reviewed by the DIG.INT partners under the quality "
                "plan of the Erasmus+ project 2022-1-IT01-KA220-VET-00008945."
            ),
        ),
        (_("Prerequisites"), achievement.text("prerequisites", language) or _("None")),
        (_("Language"), translation.get_language_info(language)["name_local"]),
    ]
    return elements


def criteria_narrative(achievement, language):
    """The rule the platform applies, then the EU micro-credential elements, in Markdown."""
    lines = [
        _(
            "Awarded when the learner has completed every module of the course and passed "
            "every quiz, as recorded by the platform itself."
        ),
        "",
    ]
    for label, value in micro_credential_elements(achievement, language):
        if isinstance(value, list):
            lines.append(f"**{label}**:")
            lines.extend(f"- {item}" for item in value)
        else:
            lines.append(f"**{label}**: {value}")
    lines.extend(["", proposed_levels_note()])
    return "\n".join(lines)


def achievement_document(achievement, language):
    """The OB 3.0 Achievement in `language`."""
    with translation.override(language):
        name = achievement.text("name", language)
        return {
            "id": achievement.iri,
            "type": ["Achievement"],
            "achievementType": "MicroCredential",
            "name": name,
            "description": achievement.text("description", language),
            "criteria": {"narrative": criteria_narrative(achievement, language)},
            "image": {
                "id": addresses.achievement_image(achievement.pk, language),
                "type": "Image",
                "caption": name,
            },
            "creator": issuer_profile(),
            "creditsAvailable": float(achievement.ects),
            "alignment": competence_alignments(achievement, language),
            "inLanguage": language,
        }


def evidence_item(event):
    """Evidence: the xAPI statement the platform recorded for one learning act."""
    return {
        "id": addresses.statement(event.id),
        "type": ["Evidence"],
        "name": _("xAPI statement: %(verb)s") % {"verb": event.verb.rsplit("/", 1)[-1]},
        "description": event.activity_iri,
    }


def credential_document(credential, learner_name, evidence_events, email="", salt=""):
    """The unsigned OpenBadgeCredential for `credential`.

    The holder is named by `learner_name` and, when `email` is given, by the hash of that
    address salted with `salt` (see `identity`); the address itself never goes in.
    """
    achievement = credential.achievement
    language = credential.language
    with translation.override(language):
        return {
            "@context": [jsonld.CREDENTIALS_V2, jsonld.OB_V3, jsonld.OB_V3_EXTENSIONS],
            "id": addresses.credential_id(credential.pk),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": achievement.text("name", language),
            "description": achievement.text("description", language),
            "issuer": issuer_profile(),
            "validFrom": _timestamp(credential.issued_at),
            "awardedDate": _timestamp(credential.issued_at),
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": subject_identifiers(learner_name, email, salt),
                "achievement": achievement_document(achievement, language),
            },
            "evidence": [evidence_item(event) for event in evidence_events],
            "credentialStatus": status_entry(credential.status_index),
            "credentialSchema": [{"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}],
        }
