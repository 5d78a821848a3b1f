"""Mistakes are explained on the form that was sent, with what was typed kept, and the start
form proposes a year that can still be assessed."""

import re

from django.urls import reverse
from django.utils import timezone

import pytest

from learning.benchmarking.models import Action, Assessment, Plan
from learning.benchmarking.services import proposed_period
from tests.learning.benchmarking.test_plans import submit

pytestmark = pytest.mark.django_db


def institution_url(institution):
    return reverse("benchmarking:institution", args=[institution.pk])


def start_url(institution):
    return reverse("benchmarking:start", args=[institution.pk])


def proposed_value(html):
    return re.search(r'<input type="number" name="period" value="(\d+)"', html).group(1)


def test_start_form_proposes_this_year_first(member_client, institution):
    html = member_client.get(institution_url(institution)).content.decode()
    assert proposed_value(html) == str(timezone.now().year)
    assert f'min="2000" max="{timezone.now().year}"' in html


def test_start_form_proposes_a_year_without_a_submitted_assessment(
    member_client, institution, version, member, full_answers
):
    this_year = timezone.now().year
    submit(institution, version, this_year - 2, full_answers(version), member)
    assert proposed_period(institution) == this_year - 1
    submit(institution, version, this_year, full_answers(version), member)
    html = member_client.get(institution_url(institution)).content.decode()
    assert proposed_value(html) == str(this_year - 1)
    assert f"The assessment for {this_year} is submitted" in html
    response = member_client.post(start_url(institution), {"period": proposed_value(html)})
    assert response.status_code == 302  # the proposed year starts, never a refusal


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1990", "greater than or equal to 2000"),
        (str(timezone.now().year + 1), "less than or equal to"),
        ("", "Enter the year that the assessment describes."),
    ],
)
def test_start_with_a_wrong_year_is_explained_on_the_form(
    member_client, institution, typed, message
):
    response = member_client.post(start_url(institution), {"period": typed})
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html and "Nothing was changed" not in html
    assert f'name="period" value="{typed}"' in html or (not typed and 'name="period"' in html)
    assert institution.name in html  # the institution's own page, with its form
    assert not Assessment.objects.exists()


def test_start_of_a_submitted_year_is_explained_on_the_form(
    member_client, institution, version, member, full_answers
):
    this_year = timezone.now().year
    submit(institution, version, this_year, full_answers(version), member)
    response = member_client.post(start_url(institution), {"period": this_year})
    html = response.content.decode()
    assert response.status_code == 409
    assert f"The assessment for {this_year} has already been submitted" in html
    assert "Nothing was changed" not in html and institution.name in html


def test_plan_action_with_a_wrong_year_keeps_what_was_typed(
    member_client, institution, version, member, full_answers
):
    baseline = submit(institution, version, 2024, full_answers(version), member)
    url = reverse("benchmarking:plan", args=[institution.pk])
    member_client.post(url, {"step": "start", "baseline": baseline.pk})
    member_client.post(url, {"step": "objective", "priority": "mobility", "text": "Abroad."})
    plan = Plan.objects.get(institution=institution)
    response = member_client.post(
        url,
        {
            "step": "action",
            "objective": plan.objectives.get().pk,
            "year": 2031,
            "owner": "Head of international office",
            "description": "Open a joint course with a partner",
            "measure": "dimension:offshore",
            "target": 80,
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Choose a year of the plan, from 2025 to 2029." in html
    assert "Nothing was changed" not in html
    assert 'value="Head of international office"' in html
    assert 'value="Open a joint course with a partner"' in html
    assert 'value="2031"' in html and 'min="2025" max="2029"' in html
    assert not Action.objects.exists()
