"""Synthetic pilot learners, so that the evaluation can be seen and measured.

`load_digint --synthetic-learners N` adds N made-up learners (user names "synthetic-000001"…,
e-mail addresses at synthetic.invalid, marked by a `SyntheticLearner` row and so left out of
the figures unless the filter "Include synthetic learners" is ticked). A fixed seed makes the
same learners each time; asking again adds only those missing up to N.

Each learner enrols in a live English course, in a language and target group drawn with
invented weights, with a country (one of the partners') and type of organisation drawn from a
separate random stream (so that they change none of the other draws), and works through its
modules in order, dropping off with an invented probability per module; lessons report
durations, quiz answers follow the learner's ability against each question's difficulty (a
one-parameter logistic model), reflections are only recorded as responded (no text), and a
learner who completes the course earns its credential statement. All these patterns are
invented for demonstration, not pilot data.

The statements are the platform's own (`build_statement`, through tincan, once per verb,
activity and language; then copied with each statement's id, learner, registration, time and
result) and stored in batches through `store_statements`, so the aggregates are kept by the same
store listener as for real learners. Benchmarks on PostgreSQL may store them with
`copy_statements` instead (`fast=True`): the same rows, written with COPY. Unlike real
learners, synthetic ones get no progress rows or signed credentials: only the learning records
and the evaluation's aggregates.
"""

import math
import random
import uuid
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses.activities import course_iri, module_iri, question_iri, unit_iri
from courses.models import CoursePage
from learning.badges.issuance import BADGE_ACTIVITY_TYPE
from learning.badges.models import Achievement
from learning.progress.vocabulary import ActivityType, Verb
from learning.xapi.bulk_load import copy_statements
from learning.xapi.models import LearnerAccount
from learning.xapi.services import store_statements
from learning.xapi.statements import build_statement, platform_authority
from website.core.vocabularies import OrganisationType, TargetGroup

from .models import SyntheticLearner

SEED = 19
PREFIX = "synthetic-"
DOMAIN = "synthetic.invalid"
BATCH = 2000
FAST_BATCH = 10_000
# Invented weights and rates, for demonstration only.
LANGUAGE_WEIGHTS = {"en": 40, "it": 12, "fr": 12, "nl": 12, "es": 12, "ro": 12}
GROUP_WEIGHTS = {group.value: 1 for group in TargetGroup} | {"": 0.2}
# The partners' countries (content/partners); a few learners state none.
COUNTRY_WEIGHTS = {"IT": 3, "ES": 1, "FR": 1, "NL": 1, "BE": 1, "RO": 1, "": 0.3}
ORGANISATION_WEIGHTS = {kind.value: 1 for kind in OrganisationType} | {"": 0.3}
CONTINUE = 0.82
REFLECT = 0.4
RETRY = 0.7
PERIOD_DAYS = 84


def _courses():
    """(course IRI, achievement IRI, modules) of the live English courses with an achievement."""
    achievements = {a.course_iri: a.iri for a in Achievement.objects.all()}
    result = []
    for course in CoursePage.objects.live().filter(locale__language_code="en").specific():
        iri = course_iri(course)
        if iri not in achievements:
            continue
        modules = []
        for module in course.modules():
            units = []
            for block in module.units:
                if block.block_type == "quiz":
                    questions = [
                        (
                            question_iri(module, block.id, question.id),
                            [o.id for o in question.value["options"].bound_blocks],
                            {
                                o.id
                                for o in question.value["options"].bound_blocks
                                if o.value["correct"]
                            },
                        )
                        for question in block.value["questions"].bound_blocks
                    ]
                    units.append(
                        ("quiz", unit_iri(module, block.id), questions, block.value["pass_mark"])
                    )
                else:
                    units.append((block.block_type, unit_iri(module, block.id), None, None))
            modules.append((module_iri(module), units))
        result.append((iri, achievements[iri], modules))
    return result


class StatementTemplates:
    """`build_statement`, built once per verb, activity, parent, grouping and language.

    Building every statement through tincan objects took most of the time of adding synthetic
    learners; a copy of the template with the statement's own id, actor, registration,
    timestamp and result is the same dict (a test compares them).
    """

    _PLACEHOLDER = uuid.UUID(int=0, version=4)

    def __init__(self):
        self.templates, self.results = {}, {}

    def build(self, *, statement_id, actor, registration, timestamp, result=None, **activity):
        """The statement `build_statement` returns for these arguments."""
        key = tuple(sorted(activity.items()))
        template = self.templates.get(key)
        if template is None:
            template = self.templates[key] = build_statement(
                statement_id=self._PLACEHOLDER,
                actor=actor,
                registration=self._PLACEHOLDER,
                timestamp=timestamp,
                **activity,
            )
        body = {
            **template,
            "id": str(statement_id),
            "actor": {**template["actor"], "account": dict(actor["account"])},
            "context": {**template["context"], "registration": str(registration)},
            "timestamp": timestamp.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }
        if result:
            result_key = repr(sorted(result.items()))
            if result_key not in self.results:
                built = build_statement(
                    statement_id=self._PLACEHOLDER,
                    actor=actor,
                    registration=self._PLACEHOLDER,
                    timestamp=timestamp,
                    result=result,
                    **activity,
                )
                self.results[result_key] = built["result"]
            body["result"] = self.results[result_key]
        return body


class _Learner:
    """Builds one synthetic learner's statements in time order."""

    def __init__(self, rng, actor, course, language, start, templates):
        self.rng, self.actor, self.language, self.time = rng, actor, language, start
        self.templates = templates
        self.course, self.achievement, self.modules = course
        self.registration = uuid.UUID(int=rng.getrandbits(128), version=4)
        self.ability = rng.gauss(0, 1)
        self.statements = []

    def record(self, verb, iri, kind, parent="", result=None, minutes=1.0):
        self.time += timedelta(minutes=minutes)
        self.statements.append(
            self.templates.build(
                statement_id=uuid.UUID(int=self.rng.getrandbits(128), version=4),
                actor=self.actor,
                verb=verb,
                activity_iri=iri,
                activity_type=kind,
                registration=self.registration,
                timestamp=self.time,
                parent_iri=parent,
                grouping_iri=self.course,
                result=result,
                language=self.language,
            )
        )

    def study(self):
        self.record(Verb.REGISTERED, self.course, ActivityType.COURSE, minutes=0)
        for number, (module, units) in enumerate(self.modules):
            if number and self.rng.random() > CONTINUE:
                return
            self.time += timedelta(hours=self.rng.expovariate(1 / 30))
            self.record(Verb.LAUNCHED, module, ActivityType.MODULE, parent=self.course)
            for kind, unit, questions, pass_mark in units:
                if kind == "quiz":
                    if not self.quiz(module, unit, questions, pass_mark):
                        return
                elif kind == "reflection":
                    if self.rng.random() < REFLECT:
                        self.record(Verb.RESPONDED, unit, ActivityType.LESSON, parent=module)
                else:
                    minutes = self.rng.lognormvariate(math.log(8), 0.6)
                    result = {"completion": True, "duration": f"PT{round(minutes * 60)}S"}
                    self.record(Verb.COMPLETED, unit, ActivityType.LESSON, module, result, minutes)
            self.record(Verb.COMPLETED, module, ActivityType.MODULE, parent=self.course)
        self.record(Verb.COMPLETED, self.course, ActivityType.COURSE)
        self.record(
            Verb.EARNED,
            self.achievement,
            BADGE_ACTIVITY_TYPE,
            parent=self.course,
            result={"completion": True},
        )

    def quiz(self, module, unit, questions, pass_mark):
        for attempt in range(2):
            if attempt and self.rng.random() > RETRY:
                return False
            answers = []
            for number, (iri, options, correct) in enumerate(questions):
                difficulty = (number % 5 - 2) * 0.6 + (0.5 if self.language == "ro" else 0)
                right = self.rng.random() < 1 / (1 + math.exp(difficulty - self.ability - 0.8))
                wrong = [option for option in options if option not in correct] or options
                chosen = sorted(correct) if right else [self.rng.choice(wrong)]
                answers.append((iri, right, chosen))
            raw = sum(1 for _iri, right, _chosen in answers if right)
            total = max(len(answers), 1)
            passed = raw * 100 >= pass_mark * total
            score = {
                "score": {"raw": raw, "min": 0, "max": total, "scaled": round(raw / total, 4)},
                "success": passed,
                "completion": True,
            }
            self.record(Verb.ATTEMPTED, unit, ActivityType.ASSESSMENT, module, score, 2)
            for iri, right, chosen in answers:
                result = {"success": right, "response": "[,]".join(chosen)}
                self.record(Verb.ANSWERED, iri, ActivityType.INTERACTION, unit, result, 0.5)
            verb = Verb.PASSED if passed else Verb.FAILED
            self.record(verb, unit, ActivityType.ASSESSMENT, module, score, 0)
            if passed:
                return True
        return False


def _choice(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def add_synthetic_learners(count, *, now=None, fast=False):
    """Create synthetic learners up to `count` in all; returns how many were added.

    With `fast` (PostgreSQL only, for benchmarks) the statements are written by
    `copy_statements`, which skips validation and writes the same rows with COPY.
    """
    store = copy_statements if fast else store_statements
    batch_size = FAST_BATCH if fast else BATCH
    courses = _courses()
    if not courses:
        return 0
    User = get_user_model()
    existing = SyntheticLearner.objects.count()
    if existing >= count:
        return 0
    rng = random.Random(f"{SEED}-{existing}")
    profile_rng = random.Random(f"{SEED}-profiles-{existing}")
    end = now or timezone.now()
    authority = platform_authority()
    home = authority["account"]["homePage"]
    templates = StatementTemplates()
    added = 0
    for first in range(existing, count, 1000):
        with transaction.atomic():
            numbers = range(first + 1, min(first + 1000, count) + 1)
            users = User.objects.bulk_create(
                [
                    User(
                        username=f"{PREFIX}{number:06d}",
                        email=f"{PREFIX}{number:06d}@{DOMAIN}",
                        password="!",  # unusable: nobody signs in as a synthetic learner
                        target_group=_choice(rng, GROUP_WEIGHTS),
                        country=_choice(profile_rng, COUNTRY_WEIGHTS),
                        organisation_type=_choice(profile_rng, ORGANISATION_WEIGHTS),
                    )
                    for number in numbers
                ]
            )
            accounts = LearnerAccount.objects.bulk_create(
                [
                    LearnerAccount(user=user, name=uuid.UUID(int=rng.getrandbits(128), version=4))
                    for user in users
                ]
            )
            SyntheticLearner.objects.bulk_create([SyntheticLearner(user=user) for user in users])
            pending = []
            for account in accounts:
                start = end - timedelta(days=rng.uniform(0, PERIOD_DAYS))
                actor = {
                    "objectType": "Agent",
                    "account": {
                        "homePage": home,
                        "name": str(account.name),
                    },
                }
                course, language = rng.choice(courses), _choice(rng, LANGUAGE_WEIGHTS)
                learner = _Learner(rng, actor, course, language, start, templates)
                learner.study()
                pending += learner.statements
                if len(pending) >= batch_size:
                    store(pending, authority=authority)
                    pending = []
            if pending:
                store(pending, authority=authority)
            added += len(users)
    return added
