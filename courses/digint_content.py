"""The course catalogue and the six pilot courses of the seed, from `courses/content/`."""

from importlib import import_module

from website.core.seeding import Text, translate_all, upsert_page, upsert_translated_page
from website.home.digint_content import source_home
from website.partners.models import Partner

from .achievements import sync_achievement
from .demo import load_demo_learner
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
    "title": Text("Courses", it="Corsi", fr="Cours", nl="Cursussen", es="Cursos", ro="Cursuri"),
    "introduction": Text(
        "Six pilot courses build the competences for internationalisation: two for teachers "
        "and trainers, two for managers of VET and technical higher education institutions, "
        "and two for regional policy officers. They are free, online and self-paced.",
        it="Sei corsi pilota sviluppano le competenze per l'internazionalizzazione: due per "
        "docenti e formatori, due per i manager degli enti di IFP e degli istituti di "
        "istruzione superiore tecnica, due per i funzionari regionali. Sono gratuiti, online e "
        "da seguire al proprio ritmo.",
        fr="Six cours pilotes développent les compétences pour l'internationalisation : deux pour "
        "les enseignants et formateurs, deux pour les dirigeants des établissements d'EFP et "
        "d'enseignement supérieur technique, et deux pour les fonctionnaires régionaux. Ils sont "
        "gratuits, en ligne et à suivre à son propre rythme.",
        nl="Zes pilotcursussen ontwikkelen de competenties voor internationalisering: twee voor "
        "docenten en opleiders, twee voor leidinggevenden van instellingen voor beroepsonderwijs "
        "en technisch hoger onderwijs, en twee voor regionale beleidsmedewerkers. Ze zijn gratis, "
        "online en in eigen tempo te volgen.",
        es="Seis cursos piloto desarrollan las competencias para la internacionalización: dos "
        "para docentes y formadores, dos para directivos de centros de FP e instituciones de "
        "educación superior técnica, y dos para técnicos de las administraciones regionales. Son "
        "gratuitos, en línea y a ritmo propio.",
        ro="Șase cursuri-pilot dezvoltă competențele pentru internaționalizare: două pentru "
        "profesori și formatori, două pentru managerii instituțiilor de EFP și de învățământ "
        "superior tehnic și două pentru responsabilii de politici regionale. Sunt gratuite, "
        "online și pot fi urmate în ritm propriu.",
    ),
    "search_description": Text(
        "The DIG.INT pilot courses for teachers and trainers, managers and policy officers.",
        it="I corsi pilota DIG.INT per docenti e formatori, manager e funzionari regionali.",
        fr="Les cours pilotes DIG.INT pour les enseignants et formateurs, les dirigeants et les "
        "fonctionnaires régionaux.",
        nl="De DIG.INT-pilotcursussen voor docenten en opleiders, leidinggevenden en "
        "beleidsmedewerkers.",
        es="Los cursos piloto de DIG.INT para docentes y formadores, directivos y técnicos de las "
        "administraciones regionales.",
        ro="Cursurile-pilot DIG.INT pentru profesori și formatori, manageri și responsabili de "
        "politici.",
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
    page, changed = upsert_page(catalogue, CoursePage, str(course["slug"]), **fields)
    changed = set_partners(page, course["partners"]) or changed
    modules = [
        (module, *upsert_page(page, ModulePage, str(module["slug"]), **module_fields(module)))
        for module in course["modules"]
    ]
    translate_all(page, {**fields, "slug": course["slug"]}, source_changed=changed)
    for module, module_page, module_changed in modules:
        translate_all(
            module_page,
            {**module_fields(module), "slug": module["slug"]},
            source_changed=module_changed,
        )
    return changed or any(module_changed for _module, _page, module_changed in modules)


def load():
    catalogue, _changed = upsert_translated_page(
        source_home(),
        CourseIndexPage,
        Text("courses", it="corsi", fr="cours", nl="cursussen", es="cursos", ro="cursuri"),
        CATALOGUE,
    )
    changed = 0
    for name in COURSE_MODULES:
        course = import_module(f"courses.content.{name}").COURSE
        changed += load_course(catalogue, course)
    courses = list(CoursePage.objects.child_of(catalogue).order_by("path"))
    for page in courses:
        sync_achievement(page)
    demo = load_demo_learner(courses[0])
    return (
        f"course catalogue and {len(COURSE_MODULES)} courses ({changed} created or updated){demo}"
    )
