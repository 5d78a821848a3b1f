"""The diagrams as Chromium draws them, in all six languages: every coordinate attribute parses
as a number, and every line of text lies inside the viewBox and inside its shape (its disc in
the Blueprint cycle, its box on the radar), measured in the page once the diagrams' font has
loaded. axe-core scans the pages; an institution reads its report in French."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import QueryDict
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import expect

from learning.benchmarking.models import Assessment, Institution
from learning.benchmarking.questionnaires import current_version, source_questionnaire
from learning.benchmarking.services import answers_from_post, save_answers
from tests.content_data import content
from website.guidelines.models import BlueprintPage

SLUG = content("benchmarking/questionnaire")["slug"]

pytestmark = pytest.mark.browser

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
EMAIL = "relations.internationales@example.eu"
PASSWORD = "Evaluer-notre-lycee-2026"
TOLERANCE = 0.5  # user units: anti-aliasing and rounding in the browser's text boxes

# Runs in the page: every coordinate attribute, the viewBox, and each line of text with the
# shape it belongs to, in the SVG's user units.
GEOMETRY = (Path(__file__).parent / "diagram_geometry.js").read_text()


def measure(page, selector):
    page.evaluate("document.fonts.ready.then(() => true)")
    return page.evaluate(GEOMETRY, selector)


def inside(box, bounds):
    return (
        box[0] >= bounds[0] - TOLERANCE
        and box[1] >= bounds[1] - TOLERANCE
        and box[2] <= bounds[2] + TOLERANCE
        and box[3] <= bounds[3] + TOLERANCE
    )


def inside_circle(box, shape):
    return all(
        ((x - shape["cx"]) ** 2 + (y - shape["cy"]) ** 2) ** 0.5 <= shape["r"] + TOLERANCE
        for x in (box[0], box[2])
        for y in (box[1], box[3])
    )


def assert_geometry(geometry, where):
    assert geometry["fontLoaded"], f"{where}: the diagrams' font did not load"
    assert not geometry["badNumbers"], f"{where}: {geometry['badNumbers']}"
    assert geometry["lines"], f"{where}: no text"
    for line in geometry["lines"]:
        box, shape = line["box"], line["shape"]
        assert inside(box, geometry["viewBox"]), (where, line, geometry["viewBox"])
        assert shape is not None, (where, line)
        if shape["kind"] == "circle":
            assert inside_circle(box, shape), (where, line)
        else:
            assert inside(box, shape["box"]), (where, line)


def test_blueprint_cycle_fits_in_every_language(live_server, page, accessibility_problems):
    paths = {
        blueprint.locale.language_code: blueprint.url
        for blueprint in BlueprintPage.objects.live().select_related("locale")
    }
    assert set(paths) == set(LANGUAGE_CODES)
    for code in LANGUAGE_CODES:
        page.goto(f"{live_server.url}{paths[code]}")
        expect(page.locator("html")).to_have_attribute("lang", code)
        geometry = measure(page, "svg.cycle__diagram")
        assert_geometry(geometry, f"Blueprint ({code})")
        assert len(geometry["lines"]) >= 14
        problems = accessibility_problems(page)
        assert not problems, f"Blueprint ({code}): {problems}"


def submitted_assessment(user, institution):
    """A submitted assessment of `institution` with mixed answers (strong and weak)."""
    version = current_version(source_questionnaire(SLUG))
    post = QueryDict(mutable=True)
    for question in version.questions:
        name = f"q-{question['id']}"
        weak = question["dimension"] == "offshore"
        options = sorted(question["options"], key=lambda option: option["points"])
        if question["kind"] == "single":
            post[name] = options[0 if weak else -1]["id"]
        elif question["kind"] == "multiple":
            post.setlist(name, [option["id"] for option in options[:2]])
        elif question["kind"] == "yes_no":
            post[name] = "no" if weak else "yes"
        elif question["kind"] == "scale":
            post[name] = "2" if weak else "4"
        else:
            post[name] = str(question["full_marks"] // 3)
    assessment = Assessment.objects.create(institution=institution, version=version, period=2025)
    return save_answers(assessment, answers_from_post(post), user, submit=True)


def test_radar_fits_in_every_language(live_server, page, accessibility_problems):
    user = get_user_model().objects.create_user("radar", email="radar@example.eu", password="x")
    institution = Institution.objects.create(
        name="Colegio Vasco de FP", country="ES", kind="vet-provider", size="medium"
    )
    institution.members.add(user)
    assessment = submitted_assessment(user, institution)
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    for code in LANGUAGE_CODES:
        page.goto(f"{live_server.url}/{code}/benchmarking/assessments/{assessment.pk}/report/")
        expect(page.locator("html")).to_have_attribute("lang", code)
        geometry = measure(page, ".radar svg")
        assert_geometry(geometry, f"radar ({code})")
        boxes = [line["shape"]["box"] for line in geometry["lines"]]
        distinct = list(dict.fromkeys(map(tuple, boxes)))
        assert len(distinct) == 4, distinct
        for index, box in enumerate(distinct):
            assert inside(box, geometry["viewBox"]), (code, box)
            for other in distinct[index + 1 :]:
                assert not (
                    box[0] < other[2]
                    and other[0] < box[2]
                    and box[1] < other[3]
                    and other[1] < box[3]
                ), (code, box, other)
        problems = accessibility_problems(page)
        assert not problems, f"report ({code}): {problems}"


def french(message):
    with translation.override("fr"):
        return gettext(message)


def test_institution_reads_its_benchmarking_report_in_french(
    live_server, page, accessibility_problems
):
    user = get_user_model().objects.create_user("lycee", email=EMAIL, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)
    version = current_version(source_questionnaire(SLUG))

    # Signed out, the French benchmarking page sends the visitor to sign in and back.
    page.goto(f"{live_server.url}/fr/benchmarking/")
    page.get_by_role("link", name=french("Sign in to assess your institution")).click()
    expect(page).to_have_url(re.compile(r"/fr/accounts/login/\?next=/fr/benchmarking/"))
    page.locator('input[name="login"]').fill(EMAIL)
    page.locator('input[name="password"]').fill(PASSWORD)
    page.locator('input[name="password"]').press("Enter")
    expect(page).to_have_url(f"{live_server.url}/fr/benchmarking/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")

    page.locator('input[name="name"]').fill("Lycée professionnel Jean Monnet")
    page.locator('select[name="country"]').select_option("FR")
    page.locator('input[name="region"]').fill("Auvergne-Rhône-Alpes")
    page.locator('select[name="kind"]').select_option("vet-provider")
    page.locator('select[name="size"]').select_option("medium")
    page.get_by_role("button", name=french("Register"), exact=True).click()
    page.get_by_role("button", name=french("Start or resume the assessment")).click()

    questionnaire = source_questionnaire(SLUG).get_translation(
        source_questionnaire(SLUG).locale.__class__.objects.get(language_code="fr")
    )
    expect(page.get_by_role("heading", level=1)).to_have_text(questionnaire.title)
    for question in version.questions:
        field = page.locator(f'[name="q-{question["id"]}"]')
        options = sorted(question["options"], key=lambda option: option["points"])
        weak = question["dimension"] == "offshore"
        if question["kind"] == "single":
            field.and_(page.locator(f'[value="{options[0 if weak else -1]["id"]}"]')).check()
        elif question["kind"] == "multiple":
            for option in question["options"][:3]:
                field.and_(page.locator(f'[value="{option["id"]}"]')).check()
        elif question["kind"] == "yes_no":
            field.and_(page.locator(f'[value="{"no" if weak else "yes"}"]')).check()
        elif question["kind"] == "scale":
            field.and_(page.locator(f'[value="{1 if weak else 4}"]')).check()
        else:
            field.fill("0" if weak else str(question["full_marks"]))
    page.get_by_role("button", name=french("Submit the assessment")).click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Lycée professionnel Jean Monnet")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    radar = page.get_by_role("img", name=french("Scores per dimension"))
    expect(radar).to_be_visible()
    expect(radar.locator("desc")).to_contain_text(french("Curriculum internationalisation"))
    offshore = french("VET offshore campuses")
    expect(page.get_by_role("row", name=re.compile(f"^{re.escape(offshore)} 0 "))).to_be_visible()
    assert_geometry(measure(page, ".radar svg"), "French report")
    problems = accessibility_problems(page)
    assert not problems, f"French report: {problems}"
