"""Percentiles, the peer threshold, opted-in best performers and the report's query count."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from learning.benchmarking import comparison
from learning.benchmarking.models import Assessment, Institution

pytestmark = pytest.mark.django_db


def submitted(institution, version, scores, period=2024):
    curriculum, offshore, dual_joint, networks = scores
    return Assessment.objects.create(
        institution=institution,
        version=version,
        period=period,
        submitted_at=timezone.now(),
        score_curriculum=curriculum,
        score_offshore=offshore,
        score_dual_joint=dual_joint,
        score_networks=networks,
        score_overall=round(sum(scores) / 4),
        family_scores={"strategy": 50, "resources": 50, "processes": 50, "outcomes": 50},
    )


def peers(
    count,
    version,
    country="IT",
    kind="vet-provider",
    size="medium",
    opted_in=False,
    score=40,
    name="Peer",
):
    made = []
    for index in range(count):
        institution = Institution.objects.create(
            name=f"{name} {index}",
            country=country,
            kind=kind,
            size=size,
            shows_as_best_performer=opted_in,
            is_verified=True,
        )
        made.append(submitted(institution, version, (score + index,) * 4))
    return made


@pytest.fixture
def own(institution, version):
    return submitted(institution, version, (60, 20, 40, 80))


def test_group_figures_need_five_institutions(own, version):
    peers(3, version)
    figures = comparison.group_figures(own, comparison.comparable(own))
    assert figures.institutions == 4
    assert not figures.shown
    peers(1, version, name="Fifth")
    figures = comparison.group_figures(own, comparison.comparable(own))
    assert figures.institutions == 5 and figures.shown


def test_percentile_uses_the_mid_rank_rule(own, version):
    # Peers score 40, 41, 42, 43 in every dimension; own curriculum 60 beats all four.
    peers(4, version)
    figures = comparison.group_figures(own, comparison.comparable(own))
    assert figures.percentiles["curriculum"] == 90  # (4 + 0.5) / 5
    assert figures.percentiles["offshore"] == 10  # (0 + 0.5) / 5
    assert figures.percentiles["dual_joint"] == 20  # (0 + 2 / 2) / 5: ties with a peer at 40


def test_peer_group_filters_by_country_type_and_size(own, version):
    peers(5, version, country="FR")
    peers(4, version, name="Italian")
    everyone = comparison.group_figures(own, comparison.comparable(own))
    same_country = comparison.group_figures(own, comparison.peer_group(own, ["country"]))
    same_type = comparison.group_figures(own, comparison.peer_group(own, ["kind"]))
    assert everyone.institutions == 10 and everyone.shown
    assert same_country.institutions == 5 and same_country.shown
    assert same_type.institutions == 10
    peers(5, version, country="IT", size="large", name="Large")
    by_all = comparison.group_figures(own, comparison.peer_group(own, ["country", "kind", "size"]))
    assert by_all.institutions == 5


def test_only_submitted_assessments_of_the_same_version_count(own, version, questionnaire):
    peers(4, version)
    other = version.__class__.objects.create(
        questionnaire=questionnaire, number=version.number + 1, questions=[], fingerprint="x"
    )
    peers(3, other, name="Newer")
    draft_owner = Institution.objects.create(name="Draft", country="IT", kind="other", size="small")
    Assessment.objects.create(institution=draft_owner, version=version, period=2024)
    assert comparison.group_figures(own, comparison.comparable(own)).institutions == 5


def test_report_says_when_the_peer_group_is_too_small(own, member_client, version):
    peers(5, version, country="FR")
    response = member_client.get(reverse("benchmarking:report", args=[own.pk]))
    page = response.content.decode()
    assert "fewer than 5 institutions share the chosen traits" in page
    assert "All: 6 institutions have submitted" in page


def test_best_performers_name_only_institutions_that_opted_in(own, version):
    peers(3, version, score=90, name="Discreet")
    peers(2, version, score=70, opted_in=True, name="Open")
    found = comparison.best_performers(own)
    names = [performer.name for performer in found["curriculum"]]
    assert names == ["Open 1", "Open 0"]
    assert all("Discreet" not in performer.name for row in found.values() for performer in row)


def test_report_lists_opted_in_best_performers_only(own, member_client, version):
    peers(2, version, score=95, name="Discreet")
    peers(1, version, score=70, opted_in=True, name="Open")
    page = member_client.get(reverse("benchmarking:report", args=[own.pk])).content.decode()
    assert "Open 0" in page
    assert "Discreet" not in page


def report_queries(client, assessment):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            reverse("benchmarking:report", args=[assessment.pk]), {"compare": 1, "country": 1}
        )
    assert response.status_code == 200
    return len(queries)


def test_report_queries_do_not_grow_with_10000_assessments(own, member_client, version):
    peers(6, version)
    report_queries(member_client, own)  # warms the caches (site root paths, translations)
    few = report_queries(member_client, own)
    institutions = Institution.objects.bulk_create(
        Institution(
            name=f"Bulk {index}",
            country=("IT", "FR", "ES", "NL")[index % 4],
            kind="vet-provider",
            size="medium",
            shows_as_best_performer=index % 7 == 0,
        )
        for index in range(2000)
    )
    Assessment.objects.bulk_create(
        Assessment(
            institution=institution,
            version=version,
            period=2020 + year,
            submitted_at=timezone.now(),
            score_curriculum=(index * 7 + year) % 101,
            score_offshore=(index * 3) % 101,
            score_dual_joint=(index * 5) % 101,
            score_networks=(index * 11) % 101,
            score_overall=50,
        )
        for index, institution in enumerate(institutions)
        for year in range(5)
    )
    assert Assessment.objects.filter(submitted_at__isnull=False).count() > 10_000
    assert report_queries(member_client, own) == few


def test_report_is_for_members_only(own, outsider_client):
    for name in ("report", "report-csv", "report-print"):
        assert (
            outsider_client.get(reverse(f"benchmarking:{name}", args=[own.pk])).status_code == 404
        )


def test_report_draws_the_radar_and_its_table(own, member_client):
    page = member_client.get(reverse("benchmarking:report", args=[own.pk])).content.decode()
    assert '<svg viewBox="0 0 ' in page and 'role="img"' in page
    assert "Curriculum internationalisation: 60/100" in page
    assert "<caption>Scores, maturity and percentiles per dimension</caption>" in page
    assert "How the scores are computed" in page


def test_csv_export_holds_own_scores_and_answers(own, member_client):
    response = member_client.get(reverse("benchmarking:report-csv", args=[own.pk]))
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "Dimension score,Curriculum internationalisation,60" in text
    assert "Maturity level,International networks,Advanced (75–100)" in text


def test_weak_areas_link_guidelines_and_courses(own, member_client):
    page = member_client.get(reverse("benchmarking:report", args=[own.pk])).content.decode()
    # Offshore (20) and dual and joint (40) are weak; networks (80) is not.
    assert "VET offshore campuses (20 of 100)" in page
    assert "Partnerships and strategic cooperation" in page
    assert "Leadership of VET and Technical HE institutions" in page
    assert "International networks (80 of 100)" not in page


def test_printable_report_stands_alone_with_its_radar(own, member_client):
    response = member_client.get(reverse("benchmarking:report-print", args=[own.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert 'class="printable"' in page and 'role="img"' in page
    assert "site-header" not in page


def test_report_pages_keep_the_readers_place_in_every_language(own, member_client):
    report = reverse("benchmarking:report", args=[own.pk])
    page = member_client.get(f"{report}?compare=1&country=on").content.decode()
    french = report.replace("/en/", "/fr/", 1)
    assert f'<a href="{french}?compare=1&amp;country=on" hreflang="fr" lang="fr">' in page
    assert f'<link rel="canonical" href="http://localhost{report}">' in page
    printable = reverse("benchmarking:report-print", args=[own.pk])
    page = member_client.get(printable).content.decode()
    assert f'<link rel="canonical" href="http://localhost{printable}">' in page
    romanian = printable.replace("/en/", "/ro/", 1)
    assert f'<link rel="alternate" hreflang="ro" href="http://localhost{romanian}">' in page
