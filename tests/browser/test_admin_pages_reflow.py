"""The platform's own admin pages (translations, credentials, learners' data) at 320 px in
English and Romanian: nothing passes the window's edge outside a scrolling region, and axe finds
nothing serious or critical.

The Wagtail admin scrolls its content in `main`, which hides what overflows sideways from the
site's check (see test_evaluation_pages_browser.py): what sticks out is looked for in every
element instead.
"""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from courses.demo import DEMO_USERNAME
from learning.xapi.models import LearnerAccount
from tests.browser.test_evaluation_pages_browser import _sign_in
from tests.browser.test_reflow import NARROW, outside_scrolling_regions

pytestmark = pytest.mark.browser


def admin_pages(learner):
    name = LearnerAccount.objects.filter(user=learner).values_list("name", flat=True).first()
    return [
        ("translations", reverse("translations_dashboard")),
        ("credentials", reverse("badges_admin:list")),
        ("learner search", f"{reverse('privacy_admin:index')}?q={DEMO_USERNAME}"),
        ("learner", reverse("privacy_admin:learner", args=[learner.pk])),
        ("audit log", f"{reverse('privacy_admin:audit')}?subject={name}"),
        ("external LRSs", reverse("privacy_admin:forwarded")),
    ]


def test_own_admin_pages_reflow_at_320px_in_english_and_romanian(
    live_server, page, accessibility_problems
):
    administrator = get_user_model().objects.create_superuser("reflow-admin", "a@example.org")
    learner = get_user_model().objects.get(username=DEMO_USERNAME)
    _sign_in(page, live_server, administrator)
    page.set_viewport_size(NARROW)
    failures = []
    for language in ("en", "ro"):
        profile = UserProfile.get_for_user(administrator)
        profile.preferred_language = language
        profile.save()
        for name, path in admin_pages(learner):
            response = page.goto(f"{live_server.url}{path}")
            assert response.status == 200, (language, name, response.status)
            outside = outside_scrolling_regions(page)
            if outside:
                failures.append(f"{language} {name}: passes the window's edge: {outside}")
            problems = accessibility_problems(page)
            if problems:
                failures.append(f"{language} {name}: {problems}")
    assert not failures, "\n".join(failures)
