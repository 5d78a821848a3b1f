"""Loads the benchmarking questionnaire from content/benchmarking/questionnaire.yaml.

On request (`--synthetic-institutions N`) it also adds synthetic institutions.
"""

from website.core.content import files

from .models import Questionnaire
from .questionnaires import current_version
from .synthetic import add_synthetic_institutions

QUESTIONNAIRE_KEY = "benchmarking/questionnaire"
OPTIONS = ["synthetic_institutions"]


def add_arguments(parser):
    parser.add_argument(
        "--synthetic-institutions",
        type=int,
        default=0,
        metavar="N",
        help="Also add N synthetic institutions with submitted assessments (marked synthetic).",
    )


def load(loader, synthetic_institutions=0):
    item = files.read(QUESTIONNAIRE_KEY)
    fields = {name: value for name, value in item.data.items() if name != "slug"}
    questionnaire, changed = loader.snippet(Questionnaire, {"slug": item["slug"]}, item, fields)
    loader.translate(questionnaire, item, changed)
    version = current_version(questionnaire)
    summary = f"questionnaire version {version.number}, {len(questionnaire.questions)} questions"
    if synthetic_institutions:
        added = add_synthetic_institutions(version, synthetic_institutions)
        summary += f", {added} synthetic institutions added"
    return summary
