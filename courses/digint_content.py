"""The course catalogue and the six pilot courses of the seed, from `courses/content/`."""

from importlib import import_module

from website.core.seeding import Text, translate, upsert_page, upsert_translated_page
from website.home.digint_content import source_home
from website.partners.models import Partner

from .models import CourseIndexPage, CoursePage, ModulePage

COURSE_MODULES = [
    "teachers_citizenship",
    "students_intercultural",
    "managers_leadership",
    "managers_impact",
    "policy_impact_territories",
    "policy_design",
]

CATALOGUE = {
    "title": Text("Courses", it="Corsi"),
    "introduction": Text(
        "Six pilot courses build the competences for internationalisation: two for teachers "
        "and trainers, two for managers of VET and technical higher education institutions, "
        "and two for regional policy officers. They are free, online and self-paced.",
        it="Sei corsi pilota sviluppano le competenze per l'internazionalizzazione: due per "
        "docenti e formatori, due per i manager degli enti di IFP e degli istituti di "
        "istruzione superiore tecnica, due per i funzionari regionali. Sono gratuiti, online e "
        "da seguire al proprio ritmo.",
    ),
    "search_description": Text(
        "The DIG.INT pilot courses for teachers and trainers, managers and policy officers.",
        it="I corsi pilota DIG.INT per docenti e formatori, manager e funzionari regionali.",
    ),
    "show_in_menus": True,
}

COURSE_FIELDS = [
    "title",
    "introduction",
    "search_description",
    "target_group",
    "eqf_level",
    "workload_hours",
    "ects",
    "delivery_mode",
    "prerequisites",
]
MODULE_FIELDS = ["title", "introduction", "estimated_minutes"]


def outcomes(texts):
    return [{"type": "outcome", "value": text} for text in texts]


def course_fields(course):
    fields = {name: course[name] for name in COURSE_FIELDS}
    fields["learning_outcomes"] = outcomes(course["learning_outcomes"])
    fields["competences"] = [
        {"type": "competence", "value": {"competence": competence, "level": level}}
        for competence, level in course["competences"]
    ]
    return fields


def module_fields(module):
    fields = {name: module[name] for name in MODULE_FIELDS}
    fields["learning_outcomes"] = outcomes(module["learning_outcomes"])
    fields["units"] = module["units"]
    return fields


def is_translated(value, language):
    return isinstance(value, Text) and language in value.translations


def set_partners(page, acronyms):
    """Link the course to its responsible partners; publish only if the links changed."""
    wanted = set(
        Partner.objects.filter(acronym__in=acronyms, locale_id=page.locale_id).values_list(
            "pk", flat=True
        )
    )
    if set(page.partners.values_list("pk", flat=True)) == wanted:
        return False
    page.partners.set(wanted)
    page.save_revision().publish()
    return True


def load_course(catalogue, course):
    fields = course_fields(course)
    language = "it" if is_translated(course["title"], "it") else None
    page, changed = upsert_page(catalogue, CoursePage, str(course["slug"]), **fields)
    changed = set_partners(page, course["partners"]) or changed
    modules = [
        (module, *upsert_page(page, ModulePage, str(module["slug"]), **module_fields(module)))
        for module in course["modules"]
    ]
    if language:
        translate(page, {**fields, "slug": course["slug"]}, language, source_changed=changed)
        for module, module_page, module_changed in modules:
            translate(
                module_page,
                {**module_fields(module), "slug": module["slug"]},
                language,
                source_changed=module_changed,
            )
    return changed or any(module_changed for _module, _page, module_changed in modules)


def load():
    catalogue, _changed = upsert_translated_page(
        source_home(), CourseIndexPage, Text("courses", it="corsi"), CATALOGUE
    )
    changed = 0
    for name in COURSE_MODULES:
        course = import_module(f"courses.content.{name}").COURSE
        changed += load_course(catalogue, course)
    return f"course catalogue and {len(COURSE_MODULES)} courses ({changed} created or updated)"
