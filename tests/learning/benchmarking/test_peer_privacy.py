"""The peer-group threshold cannot be bypassed (issue 14, item 7).

The attack: register four made-up institutions with a victim's traits, so that a group of
five holds the victim, then read the victim's scores from one's own percentiles; or compare
two overlapping groups that differ by the victim alone.
"""

from itertools import combinations

from django.urls import reverse

import pytest

from learning.benchmarking import comparison
from learning.benchmarking.models import Institution
from tests.learning.benchmarking.conftest import client_for, make_member
from tests.learning.benchmarking.test_peer_comparison import peers, submitted

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(institution, version):
    """The viewer's assessment: IT, VET provider, medium (the `institution` fixture)."""
    return submitted(institution, version, (60, 20, 40, 80))


def _register(client, name):
    return client.post(
        reverse("benchmarking:register"),
        {"name": name, "country": "IT", "kind": "vet-provider", "size": "medium"},
    )


def test_an_account_registers_a_limited_number_of_institutions(db, settings):
    settings.LEARNING_BENCHMARKING_MAX_REGISTRATIONS = 3
    attacker = client_for(
        make_member(
            "attacker",
            Institution.objects.create(
                name="Attacker's own", country="IT", kind="vet-provider", size="medium"
            ),
        )
    )
    assert _register(attacker, "Fake 1").status_code == 302
    assert _register(attacker, "Fake 2").status_code == 302
    refused = _register(attacker, "Fake 3")
    assert refused.status_code == 400
    assert "at most 3 institutions" in refused.content.decode()
    assert not Institution.objects.filter(name="Fake 3").exists()
    assert not Institution.objects.filter(name__startswith="Fake", is_verified=True).exists()


def test_made_up_institutions_do_not_build_a_group_around_a_victim(version):
    victim = Institution.objects.create(
        name="Victim", country="IT", kind="vet-provider", size="medium", is_verified=True
    )
    submitted(victim, version, (90, 10, 50, 70))
    fakes = []
    for index in range(4):
        fake = Institution.objects.create(
            name=f"Fake {index}", country="IT", kind="vet-provider", size="medium"
        )
        fakes.append(submitted(fake, version, (index * 30,) * 4))
    for probe in fakes:
        figures = comparison.group_figures(probe, comparison.comparable(probe))
        assert figures.institutions == 1
        assert not figures.shown


def test_overlapping_groups_never_differ_by_one_institution(own, version, member_client):
    """Own institution: IT, VET provider, medium. The victim is the only technical HEI in IT."""
    peers(5, version, country="FR", name="French")
    peers(4, version, country="IT", name="Italian")
    victim = Institution.objects.create(
        name="Victim", country="IT", kind="technical-hei", size="medium", is_verified=True
    )
    submitted(victim, version, (99, 99, 99, 99))
    # Italy: own, four Italian peers and the victim (6); Italian VET providers: 5, without
    # the victim. Showing both would reveal whether the victim outscores the viewer.
    country = comparison.group_figures(own, comparison.peer_group(own, ["country"]))
    country_kind = comparison.peer_group(own, ["country", "kind"])
    assert country.institutions == 6 and country_kind.values("institution").distinct().count() == 5
    disclosed = comparison.disclosed_trait_sets(own)
    assert frozenset({"country"}) in disclosed
    assert frozenset({"country", "kind"}) not in disclosed

    url = reverse("benchmarking:report", args=[own.pk])
    withheld = member_client.get(url, {"compare": "1", "country": "1", "kind": "1"})
    assert withheld.context["peers"].withheld and not withheld.context["peers"].percentiles
    assert "differs from a larger one by fewer than five" in withheld.content.decode()
    shown = member_client.get(url, {"compare": "1", "country": "1"})
    assert shown.context["peers"].shown


def test_any_two_disclosed_groups_are_equal_or_differ_by_five(own, version):
    peers(6, version, country="FR", name="French")
    peers(3, version, country="IT", size="large", name="Large")
    peers(2, version, country="IT", kind="technical-hei", name="HEI")
    peers(4, version, country="IT", name="Italian")
    disclosed = comparison.disclosed_trait_sets(own)
    assert disclosed  # at least the whole comparison is shown

    def size(traits):
        group = comparison.peer_group(own, sorted(traits))
        return group.values("institution").distinct().count()

    for smaller, larger in combinations(sorted(disclosed, key=len, reverse=True), 2):
        if larger < smaller:
            assert size(larger) - size(smaller) in {0} | set(range(5, 1000))
