"""The State, Activity Profile and Agent Profile resources (Part Three 2.3–2.6).

Documents are kept as bytes with their content type; POST merges JSON objects; ETags (SHA-1
of the content) guard concurrent writes with If-Match / If-None-Match as the spec requires.
"""

import hashlib
import json

from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.http import http_date
from django.utils.translation import gettext as _

from ..keys import activity_key, agent_key
from ..limits import LimitError, parse_json
from ..models import Document
from ..primitives import is_iri, is_uuid, parse_timestamp
from ..validation import StatementError, actor
from .http import XapiError, check_params, json_param, require_scope, resource


def _agent(params):
    if "agent" not in params:
        raise XapiError(400, _("The agent parameter is required."))
    agent = json_param(params, "agent")
    try:
        actor(agent, "agent")
    except StatementError as error:
        raise XapiError(400, str(error)) from None
    key = agent_key(agent)
    if key is None:
        raise XapiError(400, _("agent must be an Agent or an identified Group."))
    return key


def _activity(params):
    if not is_iri(params.get("activityId")):
        raise XapiError(400, _("The activityId parameter must be an IRI."))
    return activity_key(params["activityId"])


def _scope(kind, request):
    scope = "state" if kind == Document.STATE else "profile"
    if request.method in ("GET", "HEAD"):
        require_scope(request, scope, "all/read")
    else:
        require_scope(request, scope)


def _locate(kind, request):
    """The documents the parameters address, and the name of the id parameter."""
    params = request.params
    filters = {"kind": kind, "activity_key": "", "agent_key": "", "registration": None}
    if kind == Document.STATE:
        check_params(params, {"activityId", "agent", "registration", "stateId", "since"})
        filters.update(activity_key=_activity(params), agent_key=_agent(params))
        if "registration" in params:
            if not is_uuid(params["registration"]):
                raise XapiError(400, _("registration must be a UUID."))
            filters["registration"] = params["registration"].lower()
        return filters, "stateId"
    if kind == Document.ACTIVITY_PROFILE:
        check_params(params, {"activityId", "profileId", "since"})
        filters["activity_key"] = _activity(params)
    else:
        check_params(params, {"agent", "profileId", "since"})
        filters["agent_key"] = _agent(params)
    return filters, "profileId"


def _etag(content):
    return hashlib.sha1(content).hexdigest()  # noqa: S324 - a change tag, not security


def _tags(header):
    return {tag.strip().strip('"') for tag in header.split(",")}


def _check_preconditions(request, kind, existing):
    if_match = request.headers.get("if-match")
    if_none_match = request.headers.get("if-none-match")
    if if_match is not None:
        tags = _tags(if_match)
        if existing is None or ("*" not in tags and existing.etag not in tags):
            raise XapiError(412, _("The document changed since you read it (If-Match)."))
    if if_none_match is not None:
        tags = _tags(if_none_match)
        if existing is not None and ("*" in tags or existing.etag in tags):
            raise XapiError(412, _("The document already exists (If-None-Match)."))
    if (
        kind != Document.STATE
        and request.method == "PUT"
        and existing is not None
        and if_match is None
        and if_none_match is None
    ):
        # Communication 3.1: 409, explaining how to resolve it, and the document is unchanged.
        raise XapiError(
            409,
            _(
                "The document already exists and the request has neither If-Match nor "
                "If-None-Match. Check its current state (GET it), then send If-Match with "
                "its current ETag to replace it."
            ),
        )


def _is_json(content_type):
    return content_type.split(";")[0].strip().lower() == "application/json"


def _fits(value, field_name):
    """Whether `value` fits the Document column (PostgreSQL refuses a longer one)."""
    return len(value) <= Document._meta.get_field(field_name).max_length


def _write(request, kind, filters, document_id):
    body = request.body
    content_type = request.headers.get("content-type") or "application/octet-stream"
    if not _fits(document_id, "document_id"):
        raise XapiError(400, _("The document id is too long."))
    if not _fits(content_type, "content_type"):
        raise XapiError(400, _("The Content-Type header is too long."))
    with transaction.atomic():
        existing = (
            Document.objects.select_for_update().filter(document_id=document_id, **filters).first()
        )
        _check_preconditions(request, kind, existing)
        if request.method == "POST":
            body, content_type = _merged(existing, body, content_type)
        if existing is None:
            existing = Document(document_id=document_id, **filters)
        existing.content = body
        existing.content_type = content_type
        existing.etag = _etag(body)
        existing.updated = timezone.now()
        existing.save()
    return HttpResponse(status=204)


def _json_object(content, message):
    try:
        value = parse_json(bytes(content))
    except LimitError as error:
        raise XapiError(400, f"{message} {error}") from None
    if not isinstance(value, dict):
        raise XapiError(400, message)
    return value


def _merged(existing, body, content_type):
    """POST merges a JSON object into a stored JSON object, top-level keys winning."""
    if existing is None:
        if _is_json(content_type):
            _json_object(body, _("POST takes a JSON object."))
        return body, content_type
    if not (_is_json(content_type) and _is_json(existing.content_type)):
        raise XapiError(400, _("Only JSON documents can be merged by POST."))
    stored = _json_object(existing.content, _("The stored document is not a JSON object."))
    update = _json_object(body, _("POST takes a JSON object."))
    return json.dumps({**stored, **update}).encode(), "application/json"


def _read(request, filters, id_name):
    params = request.params
    documents = Document.objects.filter(**filters)
    if id_name in params:
        document = documents.filter(document_id=params[id_name]).first()
        if document is None:
            raise XapiError(404, _("No such document."))
        response = HttpResponse(bytes(document.content), content_type=document.content_type)
        response["ETag"] = f'"{document.etag}"'
        response["Last-Modified"] = http_date(document.updated.timestamp())
        return response
    if "since" in params:
        since = parse_timestamp(params["since"])
        if since is None:
            raise XapiError(400, _("since must be an ISO 8601 timestamp."))
        documents = documents.filter(updated__gt=since)
    rows = list(documents.order_by("document_id").values_list("document_id", "updated"))
    response = JsonResponse([document_id for document_id, _updated in rows], safe=False)
    if rows:
        # xAPI 2.0: the list carries the Last-Modified of its most recently updated document.
        response["Last-Modified"] = http_date(max(updated for _id, updated in rows).timestamp())
    return response


def _delete(request, kind, filters, id_name):
    params = request.params
    documents = Document.objects.filter(**filters)
    if id_name in params:
        existing = documents.filter(document_id=params[id_name]).first()
        _check_preconditions(request, kind, existing)
        documents = documents.filter(document_id=params[id_name])
    elif kind != Document.STATE:
        raise XapiError(400, _("DELETE needs the profileId parameter."))
    documents.delete()
    return HttpResponse(status=204)


def _document_resource(kind):
    @resource(["GET", "PUT", "POST", "DELETE"])
    def view(request):
        _scope(kind, request)
        filters, id_name = _locate(kind, request)
        if request.method in ("GET", "HEAD"):
            return _read(request, filters, id_name)
        if request.method == "DELETE":
            return _delete(request, kind, filters, id_name)
        if "since" in request.params:
            raise XapiError(400, _("since is only for GET."))
        if id_name not in request.params:
            raise XapiError(400, _("The %(name)s parameter is required.") % {"name": id_name})
        return _write(request, kind, filters, request.params[id_name])

    return view


state = _document_resource(Document.STATE)
activity_profile = _document_resource(Document.ACTIVITY_PROFILE)
agent_profile = _document_resource(Document.AGENT_PROFILE)
