"""An LRS client for each scope and a helper that speaks xAPI to /xapi/."""

import base64
import copy
import json
from urllib.parse import urlencode

from django.test import Client

import pytest

from learning.xapi.models import LRSClient

VERSION = "1.0.3"


def make_client(key, scopes):
    client = LRSClient(name=key, key=key, scopes=scopes)
    client.set_secret(f"{key}-secret")
    client.save()
    return client


def credentials(key, secret=None):
    token = base64.b64encode(f"{key}:{secret or key + '-secret'}".encode()).decode()
    return f"Basic {token}"


class Lrs:
    """Requests to the LRS as one client, with the version header unless told otherwise."""

    def __init__(self, key="full"):
        self.django = Client()
        self.key = key
        self.headers = {
            "Authorization": credentials(key),
            "X-Experience-API-Version": VERSION,
        }

    def request(self, method, resource, params=None, body=None, headers=None, **kwargs):
        headers = {**self.headers, **(headers or {})}
        headers = {name: value for name, value in headers.items() if value is not None}
        path = f"/xapi/{resource}"
        if params:
            path += "?" + urlencode(
                {k: json.dumps(v) if isinstance(v, dict) else v for k, v in params.items()}
            )
        content_type = kwargs.pop("content_type", "application/json")
        if body is not None and not isinstance(body, bytes | str):
            body = json.dumps(body)
        return self.django.generic(
            method, path, data=body or b"", content_type=content_type, headers=headers, **kwargs
        )

    def get(self, resource, params=None, **kwargs):
        return self.request("GET", resource, params, **kwargs)

    def post(self, resource, body, params=None, **kwargs):
        return self.request("POST", resource, params, body, **kwargs)

    def put(self, resource, body, params=None, **kwargs):
        return self.request("PUT", resource, params, body, **kwargs)

    def delete(self, resource, params=None, **kwargs):
        return self.request("DELETE", resource, params, **kwargs)


@pytest.fixture
def clients(db):
    return {
        "full": make_client("full", "all"),
        "writer": make_client("writer", "statements/write"),
        "mine": make_client("mine", "statements/write statements/read/mine"),
        "reader": make_client("reader", "all/read"),
        "stater": make_client("stater", "state"),
        "profiler": make_client("profiler", "profile"),
    }


@pytest.fixture
def lrs(clients):
    return Lrs("full")


@pytest.fixture
def lrs_as(clients):
    return Lrs


STATEMENT = {
    "actor": {"objectType": "Agent", "name": "Ana", "mbox": "mailto:ana@example.eu"},
    "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
    "object": {
        "objectType": "Activity",
        "id": "http://example.eu/activities/course-1",
        "definition": {
            "name": {"en-US": "Course one", "it": "Corso uno"},
            "type": "http://adlnet.gov/expapi/activities/course",
        },
    },
}


@pytest.fixture
def statement():
    """A fresh copy of a minimal valid statement."""
    return copy.deepcopy(STATEMENT)


@pytest.fixture(autouse=True)
def _without_demo_records(empty_learning_records):
    """These tests count records across the whole store; the demo learner's are left out."""
