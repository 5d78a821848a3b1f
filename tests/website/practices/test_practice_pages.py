"""Where practice pages live, that editors can create them, and that facets stay in sync."""

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from website.home.models import HomePage
from website.practices.models import PracticeIndexPage, PracticePage

# Checkbox lists go as repeated form values (nested_form_data would number them).
CHECKED_FACETS = {
    "dimensions": ["curriculum", "networks"],
    "target_groups": ["learners"],
    "competences": ["global-competence"],
    "funding": ["erasmus-ka2"],
}


class PracticePageTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.index = PracticeIndexPage.objects.get(locale__language_code="en")

    def test_practice_pages_sit_under_the_repository(self):
        self.assertAllowedParentPageTypes(PracticeIndexPage, {HomePage})
        self.assertAllowedParentPageTypes(PracticePage, {PracticeIndexPage})
        self.assertCanNotCreateAt(HomePage, PracticePage)

    def test_practice_pages_render_preview_and_are_editable(self):
        for page in (self.index, PracticePage.objects.filter(locale=self.index.locale).first()):
            with self.subTest(page=page.title):
                self.assertPageIsRenderable(page)
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)

    def test_admin_can_create_practice_page_with_facets(self):
        self.assertCanCreate(
            self.index,
            PracticePage,
            nested_form_data(
                {
                    "title": "Summer school on robotics",
                    "slug": "summer-school-robotics",
                    "introduction": "Two weeks of robotics for learners of four countries.",
                    "organisation_name": "Robotics Academy",
                    "organisation_type": "vet-provider",
                    "country": "PL",
                    "region_code": "PL91",
                    "region_name": "Warszawski stołeczny",
                    "year_started": "2024",
                    "tags": "robotics, summer-school",
                    "body": streamfield([("paragraph", rich_text("<p>Teams build robots.</p>"))]),
                }
            )
            | CHECKED_FACETS,
        )
        practice = PracticePage.objects.get(slug="summer-school-robotics")
        self.assertEqual(practice.dimensions, ["curriculum", "networks"])
        self.assertIn("Teams build robots.", practice.search_text)

    def test_admin_rejects_an_unknown_facet_value_and_a_bad_nuts_code(self):
        response = self.client.post(
            f"/admin/pages/add/practices/practicepage/{self.index.pk}/",
            nested_form_data(
                {
                    "title": "Broken",
                    "slug": "broken",
                    "organisation_name": "X",
                    "organisation_type": "vet-provider",
                    "country": "PL",
                    "region_code": "pl-9",
                    "year_started": "2024",
                    "body": streamfield([]),
                }
            )
            | {"dimensions": ["teleportation"]},
        )
        self.assertEqual(response.status_code, 200)
        form = response.context["form"]
        self.assertIn("dimensions", form.errors)
        self.assertIn("region_code", form.errors)
        self.assertFalse(PracticePage.objects.filter(slug="broken").exists())


def test_translations_share_facets_but_not_texts(db):
    source = PracticePage.objects.get(
        locale__language_code="en", slug="learner-mobility-mechatronics"
    )
    italian = source.get_translation(Locale.objects.get(language_code="it"))
    assert italian.dimensions == source.dimensions
    assert italian.country == source.country
    assert italian.funding == source.funding
    assert italian.title != source.title
    assert "tirocinio" in italian.search_text
