"""Fixtures for credentials: the demo learner's credential that load_digint issues."""

import copy

import pytest

from learning.badges.models import Credential


@pytest.fixture
def credential(db):
    return Credential.objects.select_related("achievement", "learner").get(
        learner__username="demo-learner"
    )


@pytest.fixture
def document(credential):
    return copy.deepcopy(credential.as_json())
