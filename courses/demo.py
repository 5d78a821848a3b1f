"""The demo learner: one course completed through the same calls the course pages make, so
that a newcomer sees a real, verifiable credential at once."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import translation

from allauth.account.models import EmailAddress

from learning.progress import services

from .activities import course_iri, unit_iri
from .grading import grade
from .progress import complete_if_done
from .views import _complete_unit, _record_attempt

DEMO_USERNAME = "demo-learner"
DEMO_EMAIL = "demo-learner@example.org"


def correct_answers(quiz):
    """The right options of every question of a quiz, as the quiz form would post them."""
    return {
        question.id: [
            option.id
            for option in question.value["options"].bound_blocks
            if option.value["correct"]
        ]
        for question in quiz["questions"].bound_blocks
    }


def complete_course(learner, course, language="en"):
    """Enrol `learner` and work through every unit of `course`, passing every quiz."""
    with translation.override(language), transaction.atomic():
        enrolment, _created = services.enrol(learner, course_iri(course), language)
        for module in course.modules():
            for block in module.units:
                if block.block_type == "quiz":
                    quiz_iri = unit_iri(module, block.id)
                    result = grade(block.value, correct_answers(block.value))
                    if not services.is_recorded(enrolment, f"attempt:demo:{quiz_iri}"):
                        _record_attempt(
                            enrolment,
                            module,
                            course,
                            block,
                            quiz_iri,
                            f"demo:{quiz_iri}",
                            None,
                            result,
                        )
                    complete_if_done(enrolment, module, language)
                else:
                    _complete_unit(enrolment, module, unit_iri(module, block.id))
    return enrolment


def load_demo_learner(course):
    """Create the demo learner (password printed once) with `course` completed."""
    User = get_user_model()
    learner = User.objects.filter(username=DEMO_USERNAME).first()
    message = ""
    if learner is None:
        password = os.environ.get("DIGINT_DEMO_PASSWORD") or secrets.token_urlsafe(12)
        learner = User.objects.create_user(
            DEMO_USERNAME,
            email=DEMO_EMAIL,
            password=password,
            first_name="Demo",
            last_name="Learner",
            credential_name="Demo Learner",
        )
        EmailAddress.objects.create(user=learner, email=DEMO_EMAIL, verified=True, primary=True)
        message = (
            f"; demo learner created: sign in at /en/accounts/login/ with {DEMO_EMAIL} "
            f"(or {DEMO_USERNAME}) and the password {password}"
        )
    else:
        message = (
            f"; demo learner: sign in with {DEMO_EMAIL} (or {DEMO_USERNAME}) and the password "
            "printed when it was created (DIGINT_DEMO_PASSWORD, or "
            f"`python manage.py changepassword {DEMO_USERNAME}` to set a new one)"
        )
    complete_course(learner, course)
    return message
