"""The Guidelines, the Blueprint and the competence framework as PDFs, in the six languages."""

import io
from urllib.parse import unquote

from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest
from pypdf import PdfReader

from website.deliverables.rendering import LocalFilesOnly
from website.guidelines.models import BlueprintPage, GuidelinesPage

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SLUGS = ["guidelines", "blueprint", "competence-framework"]
# A heading each document carries, in each language (UI catalogues).
HEADINGS = {
    "guidelines": "Steps for building the plan",
    "blueprint": "Who: the actors",
    "competence-framework": "Mix of key competences per target group",
}


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("deliverables")


@pytest.fixture(autouse=True)
def _deliverables_dir(settings, pdf_dir):
    settings.DELIVERABLES_DIR = pdf_dir


@pytest.fixture(scope="module")
def downloads(django_db_setup, django_db_blocker, pdf_dir):
    """Each PDF downloaded once for the module: {(slug, language): response}."""
    responses = {}
    with django_db_blocker.unblock(), pytest.MonkeyPatch.context() as patch:
        patch.setattr(settings, "DELIVERABLES_DIR", pdf_dir)
        client = Client(HTTP_HOST="localhost")
        for slug in SLUGS:
            for language in LANGUAGES:
                with translation.override(language):
                    url = reverse("deliverable_pdf", kwargs={"slug": slug})
                response = client.get(url)
                response.body = b"".join(response.streaming_content)
                responses[slug, language] = response
    return responses


def _text(body):
    reader = PdfReader(io.BytesIO(body))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", SLUGS)
def test_each_pdf_has_its_title_and_a_heading_in_its_language(downloads, slug, language):
    response = downloads[slug, language]
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["ETag"] and response["Last-Modified"]
    assert f"({language.upper()}).pdf" in unquote(response["Content-Disposition"])
    reader, text = _text(response.body)
    with translation.override(language):
        heading = translation.gettext(HEADINGS[slug])
        if slug == "competence-framework":
            title = translation.gettext("DIG.INT competence framework")
        else:
            model = GuidelinesPage if slug == "guidelines" else BlueprintPage
            title = model.objects.get(locale__language_code=language).title
    flat = " ".join(text.split())  # also turns no-break spaces (French "Qui : …") into spaces
    assert " ".join(title.split()) in flat and " ".join(heading.split()) in flat
    assert reader.metadata.title.startswith(title)
    assert len(reader.pages) > 2


def test_a_second_request_with_the_etag_gets_a_304(downloads):
    client = Client(HTTP_HOST="localhost")
    response = client.get("/en/deliverables/blueprint.pdf")
    assert response.status_code == 200
    again = client.get("/en/deliverables/blueprint.pdf", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize(
    "url",
    [
        "/en/deliverables/strategy.pdf",
        "/xx/deliverables/guidelines.pdf",
        "/en/deliverables/guidelines.docx",
    ],
)
def test_unknown_deliverable_or_language_is_a_404(url):
    assert Client(HTTP_HOST="localhost").get(url).status_code == 404


def test_publishing_a_new_title_remakes_the_pdf(settings, django_capture_on_commit_callbacks):
    settings.DELIVERABLES_REGENERATE_ON_PUBLISH = True
    page = GuidelinesPage.objects.get(locale__language_code="it")
    page.title = "Linee guida riviste dai partner"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    # Made at publication, before anyone asks for it.
    made = list((settings.DELIVERABLES_DIR / "guidelines").glob("it-*.pdf"))
    assert len(made) == 1
    _reader, text = _text(made[0].read_bytes())
    assert "Linee guida riviste dai partner" in " ".join(text.split())
    response = Client(HTTP_HOST="localhost").get("/it/deliverables/guidelines.pdf")
    assert b"".join(response.streaming_content) == made[0].read_bytes()
    assert "Linee guida riviste dai partner" in unquote(response["Content-Disposition"])


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/style.css", "https://fonts.example.org/font.woff2", "ftp://x/y"]
)
def test_the_renderer_never_fetches_from_the_network(url):
    fetcher = LocalFilesOnly([settings.BASE_DIR / "static"])
    with pytest.raises(ValueError):
        fetcher.fetch(url)


def test_the_renderer_reads_only_the_project_files(tmp_path):
    fetcher = LocalFilesOnly([settings.BASE_DIR / "static"])
    outside = tmp_path / "secret.css"
    outside.write_text("body {}")
    with pytest.raises(ValueError):
        fetcher.fetch(outside.as_uri())
    inside = (settings.BASE_DIR / "static" / "css" / "document.css").as_uri()
    assert b"@page" in fetcher.fetch(inside).read()


def test_a_document_naming_a_remote_stylesheet_is_made_without_it(monkeypatch):
    """A remote URL in the HTML reaches the fetcher, which refuses it: no request is sent."""
    import urllib.request

    def no_network(*args, **kwargs):
        raise AssertionError("the renderer tried the network")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    from website.deliverables.rendering import write_pdf

    html = '<link rel="stylesheet" href="https://cdn.example.org/x.css"><h1>Titolo</h1>'
    _reader, text = _text(write_pdf(html, "https://example.org/"))
    assert "Titolo" in text


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("/fr/guidelines/", "guidelines"),
        ("/fr/blueprint/", "blueprint"),
        ("/fr/competences/", None),
    ],
)
def test_the_pages_link_to_their_pdf(url, slug):
    client = Client(HTTP_HOST="localhost")
    page = GuidelinesPage if slug == "guidelines" else BlueprintPage
    if slug:
        url = page.objects.get(locale__language_code="fr").url
    html = client.get(url).content.decode()
    target = f"/fr/deliverables/{slug or 'competence-framework'}.pdf"
    assert f'href="{target}"' in html
    with translation.override("fr"):
        assert translation.gettext("Download (PDF)") in html


@pytest.mark.parametrize("language", ["en", "it", "fr", "ro"])
def test_the_framework_pdf_labels_the_mix_and_the_descriptors(downloads, language):
    from website.core.vocabularies import Provenance

    _reader, text = _text(downloads["competence-framework", language].body)
    with translation.override(language):
        label = str(Provenance.PROPOSED.label)
    # By the mix and by each competence's levels.
    assert " ".join(text.split()).count(label) >= 1 + 7


def test_changing_a_competence_translation_remakes_the_framework(
    settings, django_capture_on_commit_callbacks
):
    from learning.competences.models import Competence

    settings.DELIVERABLES_REGENERATE_ON_PUBLISH = True
    competence = Competence.objects.filter(locale__language_code="ro").first()
    competence.name = "Competență globală revizuită"
    with django_capture_on_commit_callbacks(execute=True):
        competence.save()
    made = list((settings.DELIVERABLES_DIR / "competence-framework").glob("ro-*.pdf"))
    assert len(made) == 1
    _reader, text = _text(made[0].read_bytes())
    assert "Competență globală revizuită" in " ".join(text.split())
