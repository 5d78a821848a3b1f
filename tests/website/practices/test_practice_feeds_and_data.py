"""Atom and RSS per language, the JSON API with facets and translations, the CSV export."""

import csv
import io
import xml.etree.ElementTree as ET

from website.practices.models import PracticePage

ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_practices_in_its_language_or_else_the_source(client, italian_index_page):
    response = client.get(italian_index_page.url + "feed/atom/")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    titles = {entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")}
    italian = PracticePage.objects.live().filter(locale__language_code="it")
    untranslated = (
        PracticePage.objects.live()
        .filter(locale__language_code="en")
        .exclude(translation_key__in=italian.values("translation_key"))
    )
    # Every seeded practice is an example, and its feed title says so.
    assert titles == {
        f"{title} (esempio scritto dal progetto DIG.INT)"
        for title in set(italian.values_list("title", flat=True))
        | set(untranslated.values_list("title", flat=True))
    }
    assert len(titles) == 12
    assert feed.attrib["{http://www.w3.org/XML/1998/namespace}lang"] == "it"


def test_rss_feed_links_to_english_practices(client, index_page):
    response = client.get(index_page.url + "feed/rss/")
    channel = ET.fromstring(response.content).find("channel")
    links = [item.find("link").text for item in channel.iter("item")]
    assert len(links) == 12
    assert all("/en/good-practices/" in link for link in links)


def test_api_gives_facets_and_translations(client, db):
    practice = PracticePage.objects.get(
        locale__language_code="en", slug="learner-mobility-mechatronics"
    )
    response = client.get(f"/api/v2/practices/{practice.pk}/")
    data = response.json()
    assert data["dimensions"] == ["curriculum"]
    assert data["country"] == "IT"
    assert data["funding"] == ["erasmus-ka1"]
    assert sorted(data["tag_names"]) == ["europass", "mechatronics", "placements"]
    assert {item["locale"] for item in data["translations"]} == {
        page.locale.language_code for page in practice.get_translations(inclusive=True).live()
    }
    assert len(data["translations"]) > 1


def test_api_lists_only_published_practices(client, index_page):
    practice = PracticePage.objects.get(locale__language_code="en", slug="joint-course-logistics")
    practice.unpublish()
    response = client.get("/api/v2/practices/", {"locale": "en"})
    titles = {item["title"] for item in response.json()["items"]}
    assert len(titles) == 11
    assert practice.title not in titles


def test_csv_holds_the_filtered_list(client, index_page):
    response = client.get(index_page.url + "csv/", {"dimension": "offshore"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["title"] for row in rows] == ["A temporary training campus for hospitality abroad"]
    assert rows[0]["country"] == "BE"
    assert rows[0]["url"].endswith("/en/good-practices/offshore-campus-tourism/")


def test_csv_of_a_translated_index_links_each_practice_where_it_is(client, italian_index_page):
    response = client.get(italian_index_page.url + "csv/", {"country": "IT"})
    urls = {
        row["url"].split("testserver")[1]
        for row in csv.DictReader(io.StringIO(response.content.decode()))
    }
    assert "/it/buone-pratiche/mobilita-allievi-meccatronica/" in urls
    assert "/en/good-practices/learner-mobility-mechatronics/" not in urls
    for url in urls:
        assert client.get(url).status_code == 200
