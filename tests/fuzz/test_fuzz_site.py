"""Generated input to every public form and query-string view: never a 5xx."""

import json
import os

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from learning.benchmarking.models import Institution
from tests.fuzz.strategies import (
    JSON_VALUE,
    JWT_LIKE,
    URL_TEXT,
    badge_png,
    mutated,
    to_json,
)

pytestmark = pytest.mark.django_db

# A page render costs ten LRS requests: the site's tests take a third of the examples in
# `make fuzz` (the fixed-seed sample of the normal suite keeps its count).
SITE = settings(
    max_examples=settings().max_examples // (3 if os.environ.get("FUZZ_PROFILE") == "fuzz" else 1)
)

LANGUAGES = st.sampled_from(["en", "it", "fr", "nl", "es", "ro"])


def _query(names):
    return st.dictionaries(
        st.one_of(st.sampled_from(names), URL_TEXT),
        st.one_of(URL_TEXT, st.sampled_from(["1", "2", "-1", "999999999999", "IT", "ES51"])),
        max_size=6,
    )


@SITE
@given(query=_query(["q", "page"]), language=LANGUAGES)
def test_site_search(fuzz_client, query, language):
    fuzz_client.get(f"/{language}/search/", query)


PRACTICE_PARAMS = [
    "q",
    "sort",
    "page",
    "dimension",
    "audience",
    "competence",
    "funding",
    "organisation",
    "year",
    "country",
    "region",
    "tag",
]


@SITE
@given(
    query=_query(PRACTICE_PARAMS),
    view=st.sampled_from(["", "countries/", "csv/", "feed/atom/", "feed/rss/"]),
)
def test_practice_facets_and_exports(fuzz_client, query, view):
    fuzz_client.get(f"/en/good-practices/{view}", query)


@SITE
@given(query=_query(["target_group", "competence", "language", "workload", "page"]))
def test_course_catalogue_filters(fuzz_client, query):
    fuzz_client.get("/en/courses/", query)


@pytest.fixture
def credential_text(db):
    from learning.badges.models import Credential

    credential = Credential.objects.filter(revoked_at__isnull=True).first()
    return credential.document if credential else "{}"


@SITE
@given(
    data=st.data(),
    kind=st.sampled_from(["text", "json", "mutated", "jwt", "png"]),
)
def test_verify_form(fuzz_client, credential_text, data, kind):
    if kind == "text":
        payload = {"credential": data.draw(URL_TEXT)}
    elif kind == "json":
        payload = {"credential": to_json(data.draw(JSON_VALUE))}
    elif kind == "mutated":
        document = json.loads(credential_text)
        payload = {"credential": to_json(data.draw(mutated(st.just(document))))}
    elif kind == "jwt":
        payload = {"credential": data.draw(JWT_LIKE)}
    else:
        png = data.draw(badge_png())
        payload = {"badge": SimpleUploadedFile("badge.png", png, "image/png")}
    response = fuzz_client.post("/en/credentials/verify/", payload)
    assert response.status_code in (200, 400, 413)


@pytest.fixture
def signed_in(fuzz_client):
    user = get_user_model().objects.create_user("fuzzer", "fuzzer@example.eu", "pw-0123456789")
    fuzz_client.force_login(user)
    return fuzz_client, user


FORM_TEXT = st.one_of(URL_TEXT, st.sampled_from(["IT", "vet-provider", "medium", "2025"]))


@SITE
@given(
    fields=st.dictionaries(
        st.sampled_from(["name", "country", "region", "kind", "size", "shows_as_best_performer"]),
        FORM_TEXT,
    )
)
def test_benchmarking_registration(signed_in, fields):
    client, user = signed_in
    before = Institution.objects.count()
    response = client.post(reverse("benchmarking:register"), fields)
    if response.status_code != 302:
        assert Institution.objects.count() == before, "a refused registration stored something"
    user.institutions.clear()


@pytest.fixture
def institution(signed_in):
    client, user = signed_in
    institution = Institution.objects.create(
        name="Fuzz school", country="IT", kind="vet-provider", size="medium"
    )
    institution.members.add(user)
    return client, institution


@SITE
@given(
    step=st.one_of(st.sampled_from(["start", "objective", "action", ""]), URL_TEXT),
    fields=st.dictionaries(
        st.sampled_from(
            [
                "baseline",
                "title",
                "priority",
                "objective",
                "measure",
                "target",
                "year",
                "owner",
                "period",
            ]
        ),
        FORM_TEXT,
    ),
)
def test_benchmarking_plan_and_assessment_forms(institution, step, fields):
    client, school = institution
    with translation.override("en"):
        plan_url = reverse("benchmarking:plan", args=[school.pk])
        start_url = reverse("benchmarking:start", args=[school.pk])
    client.post(plan_url, {"step": step, **fields})
    client.post(start_url, fields)


@SITE
@given(
    fields=st.dictionaries(
        st.sampled_from(
            [
                "first_name",
                "last_name",
                "language",
                "organisation",
                "country",
                "organisation_type",
                "target_group",
            ]
        ),
        FORM_TEXT,
    )
)
def test_profile_form(signed_in, fields):
    client, _user = signed_in
    client.post("/en/accounts/profile/", fields)


@SITE
@given(
    fields=st.dictionaries(
        st.sampled_from(
            [
                "title",
                "summary",
                "description",
                "organisation_name",
                "organisation_type",
                "country",
                "dimensions",
                "year_started",
                "year_ended",
                "submitter_name",
                "submitter_email",
                "website",
            ]
        ),
        FORM_TEXT,
    )
)
def test_practice_proposal_form(fuzz_client, fields):
    from website.practices.models import PracticePage

    before = PracticePage.objects.count()
    response = fuzz_client.post("/en/good-practices/propose/", fields)
    if response.status_code != 200:
        assert PracticePage.objects.count() == before


@SITE
@given(
    fields=st.dictionaries(
        st.sampled_from(["name", "email", "subject", "message", "consent", "website"]),
        FORM_TEXT,
    ),
    language=LANGUAGES,
)
def test_contact_form(fuzz_client, fields, language):
    from django.conf import settings as django_settings
    from django.core import mail
    from django.core.cache import caches

    from website.sections.models import ContactPage

    # The rate limit would otherwise answer every later case.
    caches[django_settings.RATE_LIMIT_CACHE].clear()
    mail.outbox = []
    url = ContactPage.objects.get(locale__language_code=language).url
    response = fuzz_client.post(url, fields)
    assert response.status_code in (200, 400)
    if response.status_code != 200:
        assert mail.outbox == []
