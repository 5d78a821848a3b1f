"""The benchmarking landing page tells visitors what the tool is for and what it measures."""

from html import unescape

from django.test import Client
from django.utils import translation

import pytest

from website.core.vocabularies import DIMENSION_DEFINITIONS, Dimension

pytestmark = pytest.mark.django_db

# The tool's uses as the seed lists them (the conference slides, in Italian).
USES = {
    "en": ["to qualify for accreditation;", "(100+ participants)", "(work package 4)"],
    "it": ["per qualificarsi in vista dell'accreditamento;", "(100+ partecipanti)"],
    "fr": ["à se qualifier en vue d'une accréditation ;", "apprentissage entre pairs"],
    "ro": ["pentru a vă califica în vederea acreditării;", "(pachetul de lucru 5)"],
}


@pytest.mark.parametrize("language", ["en", "it", "fr", "nl", "es", "ro"])
def test_the_landing_page_gives_the_uses_and_the_dimension_definitions(language):
    html = unescape(
        Client(HTTP_HOST="localhost").get(f"/{language}/benchmarking/").content.decode()
    )
    with translation.override(language):
        for dimension in Dimension:
            assert str(dimension.label) in html
            assert str(DIMENSION_DEFINITIONS[dimension]) in html
        assert translation.gettext("What the DIG.INT benchmarking is for") in html
        if language != "en":  # translated, not the English shown again
            assert translation.gettext("to qualify for accreditation;") != (
                "to qualify for accreditation;"
            )
    for text in USES.get(language, []):
        assert text in html


def test_the_offshore_definition_is_the_seeds():
    assert str(DIMENSION_DEFINITIONS[Dimension.OFFSHORE]).startswith(
        "Permanent or temporary establishments organised by your institution"
    )
