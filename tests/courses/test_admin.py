"""Editors author courses in the Wagtail admin, with preview; learners never see drafts."""

from django.core.exceptions import ValidationError
from django.test import Client

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import CourseIndexPage, CoursePage, ModulePage


class CourseAuthoringTests(WagtailPageTestCase):
    def setUp(self):
        self.login()
        self.catalogue = CourseIndexPage.objects.get(locale__language_code="en")

    def test_page_rules(self):
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})

    def test_editor_creates_a_course_and_a_module(self):
        self.assertCanCreate(
            self.catalogue,
            CoursePage,
            nested_form_data(
                {
                    "title": "Virtual exchange for VET teachers",
                    "slug": "virtual-exchange",
                    "target_group": "teachers-trainers",
                    "learning_outcomes": streamfield([("outcome", "Plan a virtual exchange.")]),
                    "competences": streamfield(
                        [("competence", {"competence": "virtual-mobility", "level": "foundation"})]
                    ),
                    "eqf_level": 5,
                    "workload_hours": 8,
                    "ects": "0.3",
                    "delivery_mode": "online",
                    "metadata_provenance": "proposed",
                }
            ),
        )
        course = CoursePage.objects.get(slug="virtual-exchange")
        self.assertCanCreate(
            course,
            ModulePage,
            nested_form_data(
                {
                    "title": "Module 1: Partners online",
                    "slug": "partners-online",
                    "estimated_minutes": 45,
                    "learning_outcomes": streamfield([]),
                    "units": streamfield(
                        [
                            (
                                "text",
                                {
                                    "title": "Finding partners",
                                    "body": rich_text("<p>eTwinning.</p>"),
                                },
                            )
                        ]
                    ),
                }
            ),
        )

    def test_draft_module_is_previewable_but_not_public(self):
        module = ModulePage.objects.filter(locale__language_code="en").first()
        module.title = "A draft title"
        module.save_revision()  # a draft: not published
        preview = module.make_preview_request()
        self.assertContains(preview, "A draft title")
        public = Client(HTTP_HOST="localhost").get(module.url)
        self.assertNotContains(public, "A draft title")

    def test_ects_cannot_exceed_hours(self):
        course = CoursePage.objects.filter(locale__language_code="en").first()
        course.ects = 99
        course.workload_hours = 5
        with self.assertRaises(ValidationError) as error:
            course.full_clean()
        self.assertIn("ects", str(error.exception))
