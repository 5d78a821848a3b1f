"""The "Pilot evaluation" menu of the Wagtail admin, for evaluators and administrators."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_evaluation_urls():
    """Add /admin/evaluation/."""
    urls = [
        path("", admin_views.evaluation_page, {"page": "overview"}, name="overview"),
        path("funnel/", admin_views.evaluation_page, {"page": "funnel"}, name="funnel"),
        path("items/", admin_views.evaluation_page, {"page": "items"}, name="items"),
        path(
            "engagement/",
            admin_views.evaluation_page,
            {"page": "engagement"},
            name="engagement",
        ),
        path(
            "benchmarking/",
            admin_views.evaluation_page,
            {"page": "benchmarking"},
            name="benchmarking",
        ),
        path("report/", admin_views.evaluation_page, {"page": "report"}, name="report"),
    ]
    return [path("evaluation/", include((urls, "evaluation_admin"), namespace="evaluation_admin"))]


class EvaluationMenuItem(MenuItem):
    """Shown to evaluators and administrators."""

    def is_shown(self, request):
        """Only with the permission to see the pilot evaluation."""
        return request.user.has_perm(admin_views.PERMISSION)


class EvaluationMenu(SubmenuMenuItem):
    """The submenu, shown only when its items are."""

    def is_shown(self, request):
        """Only with the permission to see the pilot evaluation."""
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_evaluation_menu():
    """Add 'Pilot evaluation' (its pages and the printable report) to the admin menu."""
    menu = Menu(
        items=[
            EvaluationMenuItem(
                _("Overview"), reverse("evaluation_admin:overview"), icon_name="table", order=100
            ),
            EvaluationMenuItem(
                _("Course funnel"),
                reverse("evaluation_admin:funnel"),
                icon_name="list-ul",
                order=200,
            ),
            EvaluationMenuItem(
                _("Item analysis"), reverse("evaluation_admin:items"), icon_name="help", order=300
            ),
            EvaluationMenuItem(
                _("Time on task and reflections"),
                reverse("evaluation_admin:engagement"),
                icon_name="time",
                order=400,
            ),
            EvaluationMenuItem(
                _("Benchmarking"),
                reverse("evaluation_admin:benchmarking"),
                icon_name="pick",
                order=450,
            ),
            EvaluationMenuItem(
                _("Printable report"),
                reverse("evaluation_admin:report"),
                icon_name="doc-full",
                order=500,
            ),
        ]
    )
    return EvaluationMenu(_("Pilot evaluation"), menu, icon_name="table", order=920)
