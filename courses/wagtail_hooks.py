"""Admin feedback on course pages: what publishing a module did to its course's workload."""

from django.contrib import messages
from django.utils import formats
from django.utils.translation import gettext as _

from wagtail import hooks

from .models import ModulePage


@hooks.register("after_publish_page")
def report_course_workload(request, page):
    """Tell the editor the course's workload after a module is published, and warn when the
    course's ECTS credits no longer fit it (the page_published signal already updated it)."""
    if not isinstance(page, ModulePage):
        return
    course = page.course(with_streamfields=False)
    ects_fit = course.refresh_workload()
    hours = formats.number_format(course.workload_hours, 1)
    if ects_fit:
        messages.info(
            request,
            _("The course “%(course)s” now adds up to %(hours)s hours.")
            % {"course": course.title, "hours": hours},
        )
    else:
        messages.warning(
            request,
            _(
                "The course “%(course)s” now adds up to %(hours)s hours: its %(ects)s ECTS "
                "credits no longer follow 25 to 30 hours a credit. Edit the course to change them."
            )
            % {
                "course": course.title,
                "hours": hours,
                "ects": formats.number_format(course.ects, 2),
            },
        )
