"""The course catalogue's filters: target group, competence, language and workload."""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from website.core.vocabularies import Competence, TargetGroup

WORKLOAD_CHOICES = [
    ("2", _("Up to 2 hours")),
    ("3", _("Up to 3 hours")),
    ("4", _("Up to 4 hours")),
]


class CatalogueFilter:
    """Live courses in the visitor's language (or their source), filtered by the query."""

    def __init__(self, query):
        from .models import CoursePage

        self.query = query
        self.selected = {
            "target_group": self._valid(query.get("target_group"), TargetGroup.values),
            "competence": self._valid(query.get("competence"), Competence.values),
            "language": self._valid(
                query.get("language"), [code for code, _name in settings.LANGUAGES]
            ),
            "workload": self._valid(
                query.get("workload"), [key for key, _label in WORKLOAD_CHOICES]
            ),
        }
        # Every live course in every language, in one query (the site has one catalogue).
        # Cards show neither the outcomes nor anything else held in large stream fields.
        candidates = (
            CoursePage.objects.live()
            .defer("learning_outcomes")
            .select_related("locale")
            .order_by("path")
        )
        self.courses = self._pick_versions(candidates)

    @staticmethod
    def _valid(value, allowed):
        return value if value in allowed else ""

    def _pick_versions(self, candidates):
        """One version of each course (the visitor's language, else the source), each with the
        languages it can be taken in: where the course and all its modules are translated."""
        from .models import ModulePage

        current = translation.get_language()
        module_paths = list(ModulePage.objects.live().values_list("path", flat=True))
        chosen, versions = {}, {}
        for course in candidates:
            key = course.translation_key
            module_count = sum(path.startswith(course.path) for path in module_paths)
            versions.setdefault(key, {})[course.locale.language_code] = module_count
            if key not in chosen or course.locale.language_code == current:
                chosen[key] = course
        default = settings.LANGUAGE_CODE
        for key, course in chosen.items():
            counts = versions[key]
            complete = counts.get(default, max(counts.values()))
            course.available_languages = [
                code for code, _name in settings.LANGUAGES if counts.get(code) == complete
            ]
        return list(chosen.values())

    @property
    def results(self):
        selected = self.selected
        results = []
        for course in self.courses:
            if selected["target_group"] and course.target_group != selected["target_group"]:
                continue
            if selected["competence"] and selected["competence"] not in course.competence_codes():
                continue
            if selected["language"] and selected["language"] not in course.available_languages:
                continue
            if selected["workload"] and course.workload_hours > int(selected["workload"]):
                continue
            results.append(course)
        return results

    @property
    def is_filtered(self):
        return any(self.selected.values())

    def choices(self):
        return {
            "target_group": TargetGroup.choices,
            "competence": Competence.choices,
            "language": settings.LANGUAGES,
            "workload": WORKLOAD_CHOICES,
        }
