"""`load_digint`: the content files and catalogues, loaded once, in six languages, without
ever overwriting what editors and translators changed; and its round trip to the catalogues."""

import ast
import io
import shutil
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import StringTranslation, Translation

import pytest

from courses.models import CoursePage
from learning.competences.models import Competence
from website.core.content import catalogues, files
from website.core.content.seeding import ContentLoader
from website.events.models import EventPage
from website.guidelines.models import BlueprintPage, GuidelinesPage
from website.home.models import ContentPage, HomePage
from website.partners.models import Partner

pytestmark = pytest.mark.django_db

ALL_LANGUAGES = {"en", "it", "fr", "nl", "es", "ro"}


def content_state():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Partner.objects.count(),
        Translation.objects.count(),
        StringTranslation.objects.count(),
        sorted(Page.objects.values_list("id", "title", "live", "numchild")),
    )


def load(**options):
    output = io.StringIO()
    call_command("load_digint", stdout=output, **options)
    return output.getvalue()


def test_load_digint_is_idempotent():
    before = content_state()
    load()
    assert content_state() == before


def test_load_digint_loads_the_seed_in_all_six_languages():
    for model in (HomePage, GuidelinesPage, BlueprintPage, EventPage):
        assert set(model.objects.values_list("locale__language_code", flat=True)) == ALL_LANGUAGES
    for language in ALL_LANGUAGES:
        assert Partner.objects.filter(locale__language_code=language).count() == 8
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    guidelines = GuidelinesPage.objects.get(locale__language_code="en")
    assert [area.value["title"] for area in guidelines.areas] == [
        "Governance and institutional vision",
        "Partnerships and strategic cooperation",
        "Digital innovation and virtual mobility",
        "Skills and human resources",
        "Recognition and quality of results",
    ]
    blueprint = BlueprintPage.objects.get(locale__language_code="en")
    assert [step.value["phase"] for step in blueprint.steps] == [
        "define",
        "analyse",
        "develop",
        "implement",
        "control",
        "improve",
    ]
    # The plan's tool is the Blueprint, a Blueprint step's tool the Guidelines (loaded twice).
    assert guidelines.plan_steps[-1].value["tool_page"].specific == blueprint
    assert any(step.value["tool_page"] == guidelines.page_ptr for step in blueprint.steps)
    event = EventPage.objects.get(locale__language_code="en")
    assert event.start.isoformat() == "2025-10-22T07:30:00+00:00"


def test_translations_are_wagtail_localize_records_fully_translated():
    live_targets = 0
    for translation in Translation.objects.select_related("source", "target_locale"):
        total, done = translation.get_progress()
        source_instance = translation.source.get_source_instance()
        if source_instance.get_translation_or_none(translation.target_locale) is None:
            continue
        live_targets += 1
        assert total == done, (
            f"{translation.source.object_repr} ({translation.target_locale.language_code}): "
            f"{done} of {total} strings"
        )
    assert live_targets > 100
    italian_guidelines = GuidelinesPage.objects.get(locale__language_code="it")
    assert italian_guidelines.slug == "linee-guida"
    assert italian_guidelines.areas[0].value["title"] == "Governance e visione istituzionale"


def test_strings_come_from_the_catalogues_with_the_loader_as_their_tool():
    french = Locale.objects.get(language_code="fr")
    rows = StringTranslation.objects.filter(locale=french)
    assert rows.exists() and set(rows.values_list("tool_name", flat=True)) == {"load_digint"}
    expected = catalogues.read("fr", "courses/index")
    title = next(entry for entry in expected if entry.msgctxt == "title")
    catalogue_page = Page.objects.get(
        locale=french, translation_key=Page.objects.get(slug="courses", depth=3).translation_key
    )
    assert catalogue_page.title == title.msgstr == "Cours"


def test_export_reproduces_the_repository_catalogues(tmp_path, settings):
    """The round trip: a freshly loaded database exports exactly the catalogues it was
    loaded from (same headers, same translation ids, same entries in the same order)."""
    repository = Path(settings.DIGINT_CONTENT_CATALOGUES_DIR)
    settings.DIGINT_CONTENT_CATALOGUES_DIR = tmp_path
    call_command("export_content_po", stdout=io.StringIO())
    exported = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*.po"))
    shipped = sorted(path.relative_to(repository) for path in repository.glob("*/content/**/*.po"))
    assert exported == shipped and len(shipped) == 5 * len(files.all_keys())
    for relative in shipped:
        assert (tmp_path / relative).read_text() == (repository / relative).read_text(), relative


def editor():
    return get_user_model().objects.create_superuser("editor", password="a-strong-password-1")


def test_a_second_run_keeps_what_editors_and_translators_changed():
    person = editor()
    events = Page.objects.get(slug="events", locale__language_code="en").specific
    events.title = "Conferences and meetings"
    events.save_revision(user=person).publish(user=person)
    course = CoursePage.objects.filter(locale__language_code="en").first()
    course.title = "A course title an editor chose"
    course.save_revision(user=person).publish(user=person)
    competence = Competence.objects.get(code="networking", locale__language_code="en")
    competence.name = "Networking across borders"
    competence.save()
    italian = Locale.objects.get(language_code="it")
    string = StringTranslation.objects.filter(locale=italian).first()
    string.data = "Una traduzione rivista"
    string.tool_name = ""
    string.last_translated_by = person
    string.save()

    output = load()

    events.refresh_from_db()
    course.refresh_from_db()
    competence.refresh_from_db()
    string.refresh_from_db()
    assert events.title == "Conferences and meetings" and events.live
    assert course.title == "A course title an editor chose"
    assert competence.name == "Networking across borders"
    assert string.data == "Una traduzione rivista"
    assert "left as it is" in output


def mini_tree(tmp_path, title="About DIG.INT", italian="Informazioni su DIG.INT", body=None):
    """A content tree of one page (pages/about) with its Italian catalogue."""
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True, exist_ok=True)
    body = body or "<p>The project.</p>"
    (content / "pages" / "about.yaml").write_text(
        f"slug: about\ntitle: {title}\nbody:\n  - type: paragraph\n    value: |\n      {body}\n"
    )
    locale_dir = tmp_path / "locale"
    if italian is not None:
        po = catalogues.build(
            "pages/about",
            "it",
            catalogues.default_translation_id("pages/about", "it"),
            [
                ("title", title, italian),
                ("slug", "about", "informazioni"),
                ("body.0", body.removeprefix("<p>").removesuffix("</p>"), "Il progetto."),
            ],
        )
        path = locale_dir / "it" / "content" / "pages" / "about.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        po.save(str(path))
    return content, locale_dir


def load_about(reset=False):
    loader = ContentLoader(reset=reset)
    assert loader.check() == []
    home = HomePage.objects.get(locale__language_code="en")
    page, changed, _item = loader.load_page(home, ContentPage, "pages/about")
    return page, changed, loader


@pytest.fixture
def about_tree(tmp_path, settings):
    content, locale_dir = mini_tree(tmp_path)
    settings.DIGINT_CONTENT_DIR = content
    settings.DIGINT_CONTENT_CATALOGUES_DIR = locale_dir
    return tmp_path


def test_an_incomplete_catalogue_creates_no_translation(about_tree):
    """A page appears in a language once its catalogue translates every string."""
    po_path = about_tree / "locale" / "it" / "content" / "pages" / "about.po"
    po = catalogues.read("it", "pages/about")
    body = next(entry for entry in po if entry.msgctxt == "body.0")
    body.msgstr = ""
    po.save(str(po_path))
    page, _created, _loader = load_about()
    italian = Locale.objects.get(language_code="it")
    assert page.get_translation_or_none(italian) is None
    body.msgstr = "Il progetto."
    po.save(str(po_path))
    page, _created, _loader = load_about()
    assert page.get_translation(italian).title == "Informazioni su DIG.INT"


def test_a_changed_content_file_updates_a_page_nobody_edited(about_tree):
    page, created, _loader = load_about()
    assert created and page.live
    italian = page.get_translation(Locale.objects.get(language_code="it"))
    assert italian.title == "Informazioni su DIG.INT" and italian.slug == "informazioni"
    revisions = Revision.objects.count()
    _page, changed, _loader = load_about()
    assert not changed and Revision.objects.count() == revisions
    mini_tree(about_tree, title="About the project", italian="Il progetto")
    page, changed, _loader = load_about()
    assert changed and page.title == "About the project"
    italian.refresh_from_db()
    assert italian.title == "Il progetto"


def test_an_edited_page_is_left_alone_until_reset(about_tree):
    page, _created, _loader = load_about()
    person = editor()
    page.title = "About us"
    page.save_revision(user=person).publish(user=person)
    mini_tree(about_tree, title="About the project")
    page, changed, loader = load_about()
    assert not changed and page.title == "About us"
    assert loader.notes == ["About us was changed in the admin; left as it is."]
    page, changed, _loader = load_about(reset=True)
    assert changed and page.title == "About the project"


def test_a_draft_waiting_for_review_is_not_published_by_the_loader(about_tree):
    page, _created, _loader = load_about()
    page.title = "About us (draft)"
    page.save_revision(user=editor())
    mini_tree(about_tree, title="About the project")
    page, changed, _loader = load_about()
    page.refresh_from_db()
    assert not changed and page.title == "About DIG.INT" and page.has_unpublished_changes


def test_hostile_html_in_a_content_file_is_stripped(about_tree):
    mini_tree(
        about_tree,
        body='<p onmouseover="steal()">Safe <script>alert(1)</script>'
        '<a href="javascript:x()">x</a></p>',
        italian=None,
    )
    page, _created, _loader = load_about()
    stored = page.body.raw_data[0]["value"]
    assert "script" not in stored and "onmouseover" not in stored and "javascript" not in stored
    assert stored.startswith("<p>Safe")


def repository_copy(tmp_path, settings):
    """A copy of the repository's content and catalogues that a test may break."""
    content = tmp_path / "content"
    locale_dir = tmp_path / "locale"
    shutil.copytree(settings.DIGINT_CONTENT_DIR, content)
    for language in catalogues.target_languages():
        shutil.copytree(
            Path(settings.DIGINT_CONTENT_CATALOGUES_DIR) / language / "content",
            locale_dir / language / "content",
        )
    settings.DIGINT_CONTENT_DIR = content
    settings.DIGINT_CONTENT_CATALOGUES_DIR = locale_dir
    return content, locale_dir


def refused(message_part):
    before = content_state()
    with pytest.raises(CommandError) as refusal:
        load()
    assert "nothing was changed" in str(refusal.value)
    assert message_part in str(refusal.value), str(refusal.value)
    assert content_state() == before


def test_a_malformed_catalogue_is_refused_with_its_file_and_line(tmp_path, settings):
    _content, locale_dir = repository_copy(tmp_path, settings)
    path = locale_dir / "fr" / "content" / "home.po"
    lines = path.read_text().splitlines()
    broken_line = next(number for number, line in enumerate(lines, 1) if line.startswith("msgstr"))
    lines[broken_line - 1] = "this line is not PO syntax"
    path.write_text("\n".join(lines) + "\n")
    refused(f"locale/fr/content/home.po:{broken_line}: not a valid PO file")


def test_a_catalogue_in_the_wrong_language_is_refused(tmp_path, settings):
    _content, locale_dir = repository_copy(tmp_path, settings)
    shutil.copy(
        locale_dir / "it" / "content" / "home.po", locale_dir / "ro" / "content" / "home.po"
    )
    refused("home.po:6: the catalogue is in 'it' but lies in the folder for 'ro'")


def test_a_translation_that_breaks_the_markup_is_refused(tmp_path, settings):
    _content, locale_dir = repository_copy(tmp_path, settings)
    path = locale_dir / "es" / "content" / "home.po"
    text = path.read_text().replace("<b>dimensión internacional</b>", "<b>dimensión internacional")
    path.write_text(text)
    refused("the translation opens a tag it does not close")


def test_a_content_file_that_breaks_the_format_is_refused_with_its_field(tmp_path, settings):
    content, _locale_dir = repository_copy(tmp_path, settings)
    path = content / "competences" / "networking.yaml"
    path.write_text(path.read_text().replace("name: Networking", "nmae: Networking"))
    before = content_state()
    with pytest.raises(CommandError, match=r"competences/networking.yaml: nmae: is not a field"):
        load()
    assert content_state() == before


def test_an_unknown_block_type_is_refused_with_its_path(tmp_path, settings):
    content, _locale_dir = repository_copy(tmp_path, settings)
    path = content / "home.yaml"
    path.write_text(path.read_text().replace("type: heading", "type: headline", 1))
    with pytest.raises(CommandError, match=r"home.yaml: body.0: each block needs a type"):
        load()


def test_invalid_yaml_is_refused_with_its_line(tmp_path, settings):
    content, _locale_dir = repository_copy(tmp_path, settings)
    (content / "events" / "index.yaml").write_text("slug: events\ntitle: [unclosed\n")
    refused("content/events/index.yaml:3: not valid YAML")


def sentences(texts):
    return {text for text in texts if len(text.split()) >= 4}


def translated_sentences():
    """Every translation in the content catalogues that is a sentence (not a name)."""
    found = set()
    for language in catalogues.target_languages():
        for key in catalogues.catalogue_keys(language):
            found.update(
                entry.msgstr
                for entry in catalogues.read(language, key)
                if entry.msgstr and entry.msgstr != entry.msgid
            )
    return sentences(found)


def english_sentences():
    found = set()

    def walk(value):
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for key in files.all_keys():
        walk(files.read(key).data)
    return sentences(found)


def string_literals(module):
    for node in ast.walk(ast.parse(module.read_text())):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def test_no_translated_text_lives_in_python_source():
    """Translations live in the catalogues only, and the loaders hold no content of their own
    (a block's preview value may quote the seed in English, as the admin's example)."""
    translations = translated_sentences()
    english = english_sentences()
    root = Path(settings.BASE_DIR)
    for folder in ("site", "courses", "learning"):
        for module in (root / folder).rglob("*.py"):
            for literal in string_literals(module):
                assert literal not in translations, (module, literal[:80])
                if module.name == "digint_content.py":
                    assert literal not in english, (module, literal[:80])
