"""Facet filters and their counts on the twelve example practices."""

import html
import re

import pytest

from website.practices.models import PracticeIndexPage, PracticePage


def titles(response):
    found = re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', response.content.decode())
    return [html.unescape(title) for title in found]


def english_practices(**lookup):
    return PracticePage.objects.live().filter(locale__language_code="en", **lookup)


def count_of(response, param, code):
    page = response.content.decode()
    match = re.search(
        rf'name="{param}" value="{re.escape(code)}"[^>]*>\s*<label[^>]*>[^<]*'
        r'<span class="facet__count">\((\d+)\)</span>',
        page,
    )
    return int(match.group(1))


def test_index_lists_every_example_practice(client, index_page):
    response = client.get(index_page.url)
    assert response.status_code == 200
    assert len(titles(response)) == english_practices().count() == 12


@pytest.mark.parametrize(
    ("param", "value", "lookup"),
    [
        ("dimension", "offshore", {"dimensions__contains": "|offshore|"}),
        ("dimension", "dual_joint", {"dimensions__contains": "|dual_joint|"}),
        ("audience", "policy-officers", {"target_groups__contains": "|policy-officers|"}),
        ("audience", "learners", {"target_groups__contains": "|learners|"}),
        ("competence", "virtual-mobility", {"competences__contains": "|virtual-mobility|"}),
        ("funding", "interreg", {"funding__contains": "|interreg|"}),
        ("organisation", "region", {"organisation_type": "region"}),
        ("country", "BE", {"country": "BE"}),
        ("region", "ES21", {"region_code": "ES21"}),
        ("tag", "regional-policy", {"tags__slug": "regional-policy"}),
    ],
)
def test_index_facet_keeps_only_matching_practices(client, index_page, param, value, lookup):
    expected = set(english_practices(**lookup).values_list("title", flat=True))
    assert expected, "the examples should cover every facet value tested"
    response = client.get(index_page.url, {param: value})
    assert set(titles(response)) == expected
    assert count_of(response, param, value) == len(expected)


def test_index_year_facet_keeps_practices_active_that_year(client, index_page):
    response = client.get(index_page.url, {"year": "2017"})
    shown = set(titles(response))
    assert "A temporary training campus for hospitality abroad" in shown  # 2017–
    assert "Virtual exchange projects in electronics classes" not in shown  # 2020–2023
    assert "An international week at a technical university college" in shown  # 2016–
    assert "A joint two-country course in logistics" not in shown  # 2018–
    assert count_of(response, "year", "2017") == len(shown) == 2


def test_index_values_of_one_facet_are_alternatives(client, index_page):
    response = client.get(index_page.url, {"dimension": ["offshore", "dual_joint"]})
    expected = set(
        english_practices(dimensions__contains="|offshore|").values_list("title", flat=True)
    ) | set(english_practices(dimensions__contains="|dual_joint|").values_list("title", flat=True))
    assert set(titles(response)) == expected


def test_index_facets_combine(client, index_page):
    response = client.get(index_page.url, {"dimension": "networks", "country": "IT"})
    expected = set(
        english_practices(dimensions__contains="|networks|", country="IT").values_list(
            "title", flat=True
        )
    )
    assert (
        set(titles(response))
        == expected
        == {
            "A Centre of Vocational Excellence for advanced manufacturing",
            "Internationalisation in the regional VET accreditation system",
        }
    )
    # Counts of a facet ignore its own selection but respect the others.
    assert (
        count_of(response, "dimension", "curriculum")
        == english_practices(dimensions__contains="|curriculum|", country="IT").count()
    )
    assert (
        count_of(response, "country", "IT")
        == english_practices(dimensions__contains="|networks|", country="IT").count()
    )


def test_index_ignores_unknown_values_with_a_notice(client, index_page):
    response = client.get(
        index_page.url,
        {"dimension": ["offshore", "<script>x</script>"], "year": "19x7", "country": "ZZ"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "were not recognised and have been ignored" in page
    assert "<script>x</script>" not in page
    assert set(titles(response)) == set(
        english_practices(dimensions__contains="|offshore|").values_list("title", flat=True)
    )


def test_index_empty_state_offers_to_remove_each_filter(client, index_page):
    response = client.get(index_page.url, {"dimension": "offshore", "country": "RO"})
    page = response.content.decode()
    assert titles(response) == []
    assert "Try removing a filter" in page
    assert 'href="?country=RO"' in page  # removes the dimension
    assert 'href="?dimension=offshore"' in page  # removes the country


def test_index_state_survives_in_pagination_links(client, index_page):
    from website.practices.factories import bulk_create_practices

    bulk_create_practices(index_page, 45)
    response = client.get(index_page.url, {"q": "generated", "sort": "title"})
    page = response.content.decode()
    assert 'href="?q=generated&amp;sort=title&amp;page=2"' in page


def test_countries_view_counts_the_filtered_practices(client, index_page):
    response = client.get(index_page.url + "countries/", {"q": "regional", "audience": "managers"})
    rows = re.findall(
        r'<th scope="row"><a href="[^"]+\?country=([A-Z]{2})">[^<]+</a></th><td>(\d+)</td>',
        response.content.decode(),
    )
    expected = {}
    for practice in english_practices(target_groups__contains="|managers|"):
        if "regional" in practice.search_text.lower():
            expected[practice.country.code] = expected.get(practice.country.code, 0) + 1
    assert {code: int(count) for code, count in rows} == expected
    assert expected


@pytest.mark.parametrize(
    ("language", "label"),
    [("en", "Blended mobility"), ("ro", "Mobilitate mixtă"), ("fr", "Mobilité hybride")],
)
def test_keyword_filters_show_labels_in_the_readers_language(db, client, language, label):
    index = PracticeIndexPage.objects.get(locale__language_code=language)
    page = client.get(index.url).content.decode()
    assert re.search(rf'name="tag" value="blended-mobility"[^>]*>\s*<label[^>]*>\s*{label}', page)
    assert ">blended-mobility<" not in page


def test_a_practice_page_shows_its_keywords_in_its_language(db, client):
    practice = PracticePage.objects.get(
        locale__language_code="it",
        translation_key=english_practices(slug="learner-mobility-mechatronics")
        .get()
        .translation_key,
    )
    page = client.get(practice.url).content.decode()
    assert '?tag=mechatronics">Meccatronica</a>' in page
    assert '?tag=placements">Tirocini</a>' in page


def test_cached_facet_counts_hold_plain_text_in_the_readers_language(index_page):
    """Facet counts are cached per language: lazy translations in them would be rebuilt (a new
    proxy class each) on every read, and would follow whatever language reads them."""
    from django.utils.translation import override

    from website.practices.facets import Selection, all_facets, count_values

    practices = PracticePage.objects.live()
    with override("fr"):
        counts = count_values(practices, all_facets([2024]), Selection({}, []))
    for facet, values in counts.values:
        assert type(facet.label) is str
        assert all(type(label) is str for _code, label in getattr(facet, "choices", []))
        assert all(type(value.label) is str for value in values)
    labels = {facet.param: facet.label for facet, _values in counts.values}
    assert labels["country"] == "Pays"
