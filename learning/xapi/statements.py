"""The platform's own statements: each learning act as an xAPI statement, via tincan.

The actor is an account (the site's URL and an opaque per-learner UUID, never an e-mail), the
verb is displayed in the learner's language, and activity definitions come from the
describers other apps register (courses know their pages' titles in every language). They are
xAPI 1.0.3 statements unless LEARNING_XAPI_PLATFORM_VERSION switches the platform to 2.0.
"""

import json

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from tincan import (
    Activity,
    ActivityDefinition,
    Agent,
    Context,
    ContextActivities,
    LanguageMap,
    Result,
    Score,
    Verb,
)
from tincan import Statement as TinCanStatement
from tincan.agent_account import AgentAccount

from .keys import activity_key
from .models import LearnerAccount
from .versions import DEFAULT_STATEMENT_VERSION, V1, negotiate
from .vocabulary import ONCE_KEY_EXTENSION, PLATFORM, VERB_DISPLAY

_describers = []
DEFINITION_CACHE_SECONDS = 300


def register_describer(describer):
    """Add a function IRI → activity definition dict (or None) used for every statement."""
    if describer not in _describers:
        _describers.append(describer)


def platform_version():
    """The xAPI version of the platform's own statements (LEARNING_XAPI_PLATFORM_VERSION)."""
    configured = getattr(settings, "LEARNING_XAPI_PLATFORM_VERSION", V1)
    version = negotiate(configured)
    if version is None:
        raise ImproperlyConfigured(
            f"LEARNING_XAPI_PLATFORM_VERSION is {configured!r}: use 1.0.3 or 2.0.0."
        )
    return version


def site_url():
    """The site's URL: the homePage of learners' and the platform's accounts."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def platform_authority():
    """The authority of the platform's own statements."""
    return {"objectType": "Agent", "account": {"homePage": site_url(), "name": "platform"}}


def learner_agent(user):
    """The learner as an xAPI Agent identified by an account with an opaque name."""
    account, _ = LearnerAccount.objects.get_or_create(user=user)
    return {"objectType": "Agent", "account": {"homePage": site_url(), "name": str(account.name)}}


def describe(iri):
    """The activity definition the registered describers give for `iri` (cached briefly)."""
    key = f"xapi-definition:{activity_key(iri)}"
    definition = cache.get(key)
    if definition is None:
        definition = {}
        for describer in _describers:
            definition = describer(iri) or {}
            if definition:
                break
        cache.set(key, definition, DEFINITION_CACHE_SECONDS)
    return definition


def _activity(iri, activity_type=None):
    definition = dict(describe(iri))
    if activity_type:
        definition["type"] = activity_type
    if not definition:
        return Activity(id=iri)
    return Activity(id=iri, definition=ActivityDefinition(definition))


def _result(result):
    if not result:
        return None
    result = dict(result)
    if "score" in result:
        result["score"] = Score(result["score"])
    return Result(result)


def _verb(verb_iri, language):
    label = VERB_DISPLAY.get(verb_iri)
    if label is None:
        return Verb(id=verb_iri)
    with translation.override(language or settings.LANGUAGE_CODE):
        tag = translation.get_language()
        return Verb(id=verb_iri, display=LanguageMap({tag: str(label)}))


def build_statement(
    *,
    statement_id,
    actor,
    verb,
    activity_iri,
    activity_type,
    registration,
    timestamp,
    parent_iri="",
    grouping_iri="",
    result=None,
    language="",
    once_key=None,
):
    """One platform statement as a dict, serialised by tincan (xAPI 1.0.3)."""
    context_activities = {}
    if parent_iri:
        context_activities["parent"] = [_activity(parent_iri)]
    if grouping_iri and grouping_iri not in (activity_iri, parent_iri):
        context_activities["grouping"] = [_activity(grouping_iri)]
    context = Context(registration=str(registration), platform=PLATFORM)
    if context_activities:
        context.context_activities = ContextActivities(context_activities)
    if language:
        context.language = language
    if once_key:
        context.extensions = {ONCE_KEY_EXTENSION: once_key}
    statement = TinCanStatement(
        id=str(statement_id),
        actor=Agent(account=AgentAccount(actor["account"])),
        verb=_verb(verb, language),
        object=_activity(activity_iri, activity_type),
        context=context,
        timestamp=timestamp,
    )
    result = _result(result)
    if result is not None:
        statement.result = result
    body = json.loads(statement.to_json())
    body["timestamp"] = timestamp.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    body["version"] = DEFAULT_STATEMENT_VERSION[platform_version()]
    return body
