"""The About, Agents and Activities resources (Part Three 2.7, 2.5, 2.4)."""

from django.http import JsonResponse
from django.utils.translation import gettext as _

from ..activities import canonical_definitions
from ..keys import agent_identifier, agent_key
from ..models import Statement, StatementIndex
from ..primitives import is_iri
from ..validation import AGENT_IFIS, StatementError, actor
from ..versions import SUPPORTED
from .http import XapiError, check_params, json_param, require_scope, resource

READ_SCOPES = ("all/read", "statements/read", "profile", "state")
# The Agents resource gives the names statements use for a person: statement readers only.
AGENT_READ_SCOPES = ("all/read", "statements/read")
# How many of the latest statements about an agent describe it.
DESCRIBING_STATEMENTS = 50


@resource(["GET"], authenticate=False, versioned=False)
def about(request):
    """The xAPI versions this LRS speaks: 1.0.0 to 1.0.3 and 2.0.0."""
    return JsonResponse({"version": SUPPORTED})


def _recent(kind, key):
    rows = StatementIndex.objects.filter(kind=kind, key=key, related=False)
    seqs = rows.order_by("-statement")[:DESCRIBING_STATEMENTS].values("statement")
    return Statement.objects.filter(seq__in=seqs).order_by("seq").values_list("body", flat=True)


@resource(["GET"])
def agents(request):
    """The Person object combining what statements say about an agent."""
    require_scope(request, *AGENT_READ_SCOPES)
    check_params(request.params, {"agent"})
    if "agent" not in request.params:
        raise XapiError(400, _("The agent parameter is required."))
    agent = json_param(request.params, "agent")
    try:
        actor(agent, "agent")
    except StatementError as error:
        raise XapiError(400, str(error)) from None
    if agent.get("objectType") == "Group":
        raise XapiError(400, _("The Agents resource describes Agents, not Groups."))
    identifier = agent_identifier(agent)
    person = {"objectType": "Person"}
    names = [agent["name"]] if "name" in agent else []
    for body in _recent(StatementIndex.AGENT, agent_key(agent)):
        found = body["actor"]
        if agent_identifier(found) == identifier and found.get("name") not in (None, *names):
            names.append(found["name"])
    if names:
        person["name"] = names
    for key in AGENT_IFIS:
        if key in agent:
            person[key] = [agent[key]]
    return JsonResponse(person)


@resource(["GET"])
def activities(request):
    """The Activity with the canonical definition the LRS keeps (its id alone if none)."""
    require_scope(request, *READ_SCOPES)
    check_params(request.params, {"activityId"})
    iri = request.params.get("activityId")
    if not is_iri(iri):
        raise XapiError(400, _("The activityId parameter must be an IRI."))
    definition = canonical_definitions([iri]).get(iri)
    # Part Three 2.5: without a definition, the LRS still returns an Activity Object.
    activity = {"objectType": "Activity", "id": iri}
    if definition:
        activity["definition"] = definition
    return JsonResponse(activity)
