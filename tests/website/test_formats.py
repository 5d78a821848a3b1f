"""Dates and numbers as each language writes them (CLDR); English in British style."""

import datetime
from decimal import Decimal

from django.template import Context, Template
from django.utils import formats, translation

import pytest

MOMENT = datetime.datetime(2026, 12, 4, 14, 30)


@pytest.mark.parametrize(
    ("language", "date", "short_date", "number"),
    [
        ("en", "4 December 2026", "04/12/2026", "12,345.5"),
        ("it", "4 dicembre 2026", "04/12/2026", "12.345,5"),
        ("fr", "4 décembre 2026", "04/12/2026", "12\u202f345,5"),
        ("nl", "4 december 2026", "04-12-2026", "12.345,5"),
        ("es", "4 de diciembre de 2026", "04/12/2026", "12.345,5"),
        ("ro", "4 decembrie 2026", "04.12.2026", "12.345,5"),
    ],
)
def test_dates_and_numbers_follow_the_language(language, date, short_date, number):
    with translation.override(language):
        assert formats.date_format(MOMENT, "DATE_FORMAT") == date
        assert formats.date_format(MOMENT, "SHORT_DATE_FORMAT") == short_date
        assert formats.time_format(MOMENT, "TIME_FORMAT") == "14:30"
        assert formats.number_format(Decimal("12345.5"), force_grouping=True) == number
        rendered = Template('{{ ects }} · {{ score|floatformat:"-1g" }}').render(
            Context({"ects": Decimal("2.5"), "score": 12345.5})
        )
    decimal = "." if language == "en" else ","
    assert rendered == f"2{decimal}5 · {number}"


def test_british_dates_are_typed_day_first():
    from django import forms

    with translation.override("en"):
        field = forms.DateField()
        assert field.clean("04/12/2026") == datetime.date(2026, 12, 4)
        assert field.clean("2026-12-04") == datetime.date(2026, 12, 4)
