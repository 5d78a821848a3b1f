"""Loads the course catalogue and the six pilot courses of the seed from content/courses/.

`content/courses/index.yaml` lists the courses in order; each course's folder holds
`course.yaml` (listing its modules in order) and one file per module. Learning outcomes are
written as a list of sentences and competences as (competence, level) pairs; the loader turns
them into the pages' blocks. See content/FORMAT.md.
"""

from website.core.content import files
from website.home.digint_content import source_home
from website.partners.models import Partner

from .achievements import sync_achievement
from .demo import load_demo_learner
from .models import CourseIndexPage, CoursePage, ModulePage

INDEX_KEY = "courses/index"


def load(loader):
    catalogue, changed, index_item = loader.load_page(
        source_home(), CourseIndexPage, INDEX_KEY, meta=("courses",)
    )
    folders = index_item.list_of("courses")
    for folder in folders:
        changed = _load_course(loader, catalogue, folder) or changed
    courses = list(CoursePage.objects.child_of(catalogue).order_by("path"))
    for page in courses:
        sync_achievement(page)
    demo = load_demo_learner(courses[0])
    return f"course catalogue and {len(folders)} courses ({'' if changed else 'un'}changed){demo}"


def _load_course(loader, catalogue, folder):
    item = files.read(f"courses/{folder}/course")
    fields = {
        name: value
        for name, value in item.data.items()
        if name not in ("modules", "partners", "learning_outcomes", "competences")
    }
    fields["learning_outcomes"] = _outcomes(item.list_of("learning_outcomes"))
    fields["competences"] = [
        {"type": "competence", "value": pair} for pair in item.list_of("competences", dict)
    ]
    # A course's workload is checked against its modules' times: an existing course is updated
    # after its modules, a new one before them (it has none yet).
    existing = CoursePage.objects.child_of(catalogue).filter(slug=fields["slug"]).first()
    modules = _load_modules(loader, existing, folder, item) if existing else []
    course, changed = loader.page(catalogue, CoursePage, item, fields)
    if item.key not in loader.edited:
        changed = _set_partners(course, item) or changed
    if not existing:
        modules = _load_modules(loader, course, folder, item)
    loader.translate(course, item, changed)
    for module, module_item, module_changed in modules:
        loader.translate(module, module_item, module_changed)
    return changed or any(module_changed for _module, _item, module_changed in modules)


def _load_modules(loader, course, folder, item):
    modules = []
    for slug in item.list_of("modules"):
        module_item = files.read(f"courses/{folder}/{slug}")
        module_fields = dict(module_item.data)
        module_fields["learning_outcomes"] = _outcomes(module_item.get("learning_outcomes") or [])
        module, module_changed = loader.page(course, ModulePage, module_item, module_fields)
        modules.append((module, module_item, module_changed))
    return modules


def _outcomes(sentences):
    return [{"type": "outcome", "value": sentence} for sentence in sentences]


def _set_partners(course, item):
    """Link the course to its responsible partners (acronyms); publish only if the links changed."""
    acronyms = item.list_of("partners")
    partners = Partner.objects.filter(acronym__in=acronyms, locale_id=course.locale_id)
    unknown = set(acronyms) - {partner.acronym for partner in partners}
    if unknown:
        raise item.error(f"no partner with the acronym {', '.join(sorted(unknown))}", "partners")
    wanted = {partner.pk for partner in partners}
    if set(course.partners.values_list("pk", flat=True)) == wanted:
        return False
    course.partners.set(wanted)
    course.save_revision().publish()
    return True
