"""Benchmarking fixtures: the seeded questionnaire, institutions with members, valid answers."""

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import translation

import pytest

from learning.benchmarking.models import Institution
from learning.benchmarking.questionnaires import current_version, source_questionnaire
from tests.content_data import content

SLUG = content("benchmarking/questionnaire")["slug"]


@pytest.fixture(autouse=True)
def _english():
    """Addresses are reversed in English, whatever language an earlier request activated."""
    with translation.override("en"):
        yield


@pytest.fixture
def questionnaire(db):
    return source_questionnaire(SLUG)


@pytest.fixture
def version(questionnaire):
    return current_version(questionnaire)


def make_member(username, institution):
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.eu", password="a-long-member-password"
    )
    institution.members.add(user)
    return user


def client_for(user):
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


@pytest.fixture
def institution(db):
    return Institution.objects.create(
        name="Istituto Tecnico Aldini",
        country="IT",
        region="Emilia-Romagna",
        kind="vet-provider",
        size="medium",
        is_verified=True,
    )


@pytest.fixture
def member(institution):
    return make_member("member", institution)


@pytest.fixture
def member_client(member):
    return client_for(member)


@pytest.fixture
def other_institution(db):
    return Institution.objects.create(
        name="Lycée Professionnel Lumière",
        country="FR",
        kind="vet-provider",
        size="small",
        is_verified=True,
    )


@pytest.fixture
def outsider_client(other_institution):
    return client_for(make_member("outsider", other_institution))


def best_answers(version):
    """POST data answering every question with its best answer."""
    data = {}
    for question in version.questions:
        name = f"q-{question['id']}"
        kind = question["kind"]
        if kind == "single":
            data[name] = max(question["options"], key=lambda option: option["points"])["id"]
        elif kind == "multiple":
            data[name] = [option["id"] for option in question["options"]]
        elif kind == "yes_no":
            data[name] = "yes"
        elif kind == "scale":
            data[name] = "5"
        else:
            data[name] = str(question["full_marks"])
    return data


@pytest.fixture
def full_answers():
    return best_answers


@pytest.fixture
def first_of_kind():
    def find(version, kind):
        return next(question for question in version.questions if question["kind"] == kind)

    return find
