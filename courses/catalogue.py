"""The course catalogue's filters: target group, competence, language and workload."""

from django.conf import settings
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from website.core.pagecache import cached_until_publish
from website.core.vocabularies import Competence, TargetGroup

WORKLOAD_CHOICES = [
    ("2", _("Up to 2 hours")),
    ("3", _("Up to 3 hours")),
    ("4", _("Up to 4 hours")),
]


class CatalogueFilter:
    """Live courses in the visitor's language (or their source), filtered by the query."""

    def __init__(self, query):
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

    @staticmethod
    def _valid(value, allowed):
        return value if value in allowed else ""

    @property
    def selection_key(self):
        """The filters chosen, as a short key: only valid values, so the variants are few."""
        return "|".join(self.selected[name] for name in sorted(self.selected))

    @cached_property
    def courses(self):
        """The chosen version of each course, in catalogue order, with its languages.

        Which version to show and in which languages each course can be taken change only
        when pages are published, so that choice is kept per language until the next
        publication; a render then loads only the chosen pages, and only when it needs them.
        """
        from .models import CoursePage

        choice = cached_until_publish(
            "catalogue-versions", translation.get_language(), compute=self._pick_versions
        )
        pages = (
            CoursePage.objects.live()
            .defer("learning_outcomes")
            .in_bulk([pk for pk, _codes in choice])
        )
        courses = []
        for pk, codes in choice:
            if pk in pages:  # unpublished or deleted since, should a signal have been missed
                pages[pk].available_languages = codes
                courses.append(pages[pk])
        return courses

    @staticmethod
    def _pick_versions():
        """(page id, language codes) of one version of each live course, in tree order: the
        visitor's language, else the source; the languages are those in which the course and
        all its modules are translated."""
        from .models import CoursePage, ModulePage

        current = translation.get_language()
        module_paths = list(ModulePage.objects.live().values_list("path", flat=True))
        candidates = CoursePage.objects.live().select_related("locale").order_by("path")
        chosen, versions = {}, {}
        for course in candidates.only("path", "translation_key", "locale__language_code"):
            key = course.translation_key
            module_count = sum(path.startswith(course.path) for path in module_paths)
            versions.setdefault(key, {})[course.locale.language_code] = module_count
            if key not in chosen or course.locale.language_code == current:
                chosen[key] = course.pk
        default = settings.LANGUAGE_CODE
        choice = []
        for key, pk in chosen.items():
            counts = versions[key]
            complete = counts.get(default, max(counts.values()))
            codes = [code for code, _name in settings.LANGUAGES if counts.get(code) == complete]
            choice.append((pk, codes))
        return choice

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
