"""The Statement resource: PUT, POST and GET (with every query parameter) of /xapi/statements.

Statements are read and written in the request's xAPI version (1.0.x or 2.0). A page of
statements in the exact format, which every statement of it can be read in as stored, is sent
as the stored JSON text, never decoded and encoded again.
"""

import json
import uuid

from django.conf import settings
from django.core import signing
from django.http import HttpResponse
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import gettext as _

import orjson

from .. import queries
from ..activities import activities_in, canonical_definitions
from ..limits import check_batch, parse_json
from ..models import Attachment, Statement
from ..primitives import is_iri, is_uuid, parse_timestamp
from ..services import store_statements
from ..statements import site_url
from ..validation import actor
from ..versions import V2, is_2_0, readable_in
from . import formats, multipart
from .http import XapiError, check_params, flag, json_param, require_scope, resource

QUERY_PARAMS = {
    "agent",
    "verb",
    "activity",
    "registration",
    "related_activities",
    "related_agents",
    "since",
    "until",
    "limit",
    "format",
    "attachments",
    "ascending",
}
SINGLE_PARAMS = {"statementId", "voidedStatementId", "format", "attachments"}
READ_SCOPES = ("statements/read", "all/read", "statements/read/mine")


@resource(["GET", "PUT", "POST"], consistent_through=True)
def statements(request):
    """Dispatch by method."""
    if request.method in ("GET", "HEAD"):
        return _get(request)
    require_scope(request, "statements/write")
    if request.method == "PUT":
        return _put(request)
    return _post(request)


def _received(request):
    """The statements and attachment parts of a PUT or POST body."""
    if request.content_type == "multipart/mixed":
        document, attachments = multipart.parse(request.headers["content-type"], request.body)
    elif request.content_type == "application/json":
        document, attachments = request.body, {}
    else:
        raise XapiError(400, _("Statements are sent as application/json or multipart/mixed."))
    return parse_json(document), attachments


def _store(request, batch, attachments):
    authority = request.client.authority(site_url())
    return store_statements(
        batch,
        authority=authority,
        client=request.client,
        attachments=attachments,
        version=request.version,
    )


def _put(request):
    check_params(request.params, {"statementId"})
    statement_id = request.params.get("statementId")
    if not is_uuid(statement_id):
        raise XapiError(400, _("PUT needs a statementId parameter holding a UUID."))
    statement, attachments = _received(request)
    if not isinstance(statement, dict):
        raise XapiError(400, _("PUT takes exactly one statement."))
    if "id" in statement and str(statement["id"]).lower() != statement_id.lower():
        raise XapiError(400, _("The statement's id differs from the statementId parameter."))
    _store(request, [{**statement, "id": statement_id.lower()}], attachments)
    return HttpResponse(status=204)


def _post(request):
    check_params(request.params, set())
    document, attachments = _received(request)
    batch = document if isinstance(document, list) else [document]
    if not batch:
        raise XapiError(400, _("The batch holds no statement."))
    check_batch(batch)
    return _json(_store(request, batch, attachments))


def _read_query(params, client):
    """The query's filters from the parameters; a 400 for any malformed one."""
    query = queries.StatementQuery(client=client)
    if "agent" in params:
        query.agent = json_param(params, "agent")
        actor(query.agent, "agent")
        if not any(key in query.agent for key in ("mbox", "mbox_sha1sum", "openid", "account")):
            raise XapiError(400, _("agent must be an Agent or an identified Group."))
    for name in ("verb", "activity"):
        if name in params:
            if not is_iri(params[name]):
                raise XapiError(400, _("%(name)s must be an IRI.") % {"name": name})
            setattr(query, name, params[name])
    if "registration" in params:
        if not is_uuid(params["registration"]):
            raise XapiError(400, _("registration must be a UUID."))
        query.registration = params["registration"]
    for name in ("since", "until"):
        if name in params:
            moment = parse_timestamp(params[name])
            if moment is None:
                raise XapiError(400, _("%(name)s must be an ISO 8601 timestamp.") % {"name": name})
            setattr(query, name, moment)
    query.related_activities = flag(params, "related_activities")
    query.related_agents = flag(params, "related_agents")
    query.ascending = flag(params, "ascending")
    return query


def _limit(params):
    page = settings.LEARNING_XAPI_PAGE_SIZE
    try:
        limit = int(params.get("limit", page))
    except ValueError:
        raise XapiError(400, _("limit must be a whole number.")) from None
    if limit < 0:
        raise XapiError(400, _("limit must be a whole number."))
    return min(limit or page, page)


def _format(params):
    fmt = params.get("format", "exact")
    if fmt not in ("exact", "ids", "canonical"):
        raise XapiError(400, _("format must be ids, exact or canonical."))
    return fmt


def _json(document):
    return HttpResponse(_encoded(document), content_type="application/json")


def _render(bodies, request, fmt):
    """Statements as the request's version reads them, in the format asked for."""
    bodies = [readable_in(body, request.version) for body in bodies]
    if fmt == "ids":
        return [formats.ids(body) for body in bodies]
    if fmt == "canonical":
        languages = formats.accepted_languages(request.headers.get("accept-language", ""))
        iris = {item["id"] for body in bodies for item in activities_in(body)}
        definitions = canonical_definitions(iris)
        return [formats.canonical(body, languages, definitions) for body in bodies]
    return bodies


def _encoded(document):
    """UTF-8 JSON of `document`; escaped to ASCII if it holds a lone surrogate.

    Statements stored before the LRS refused lone surrogates may hold one: UTF-8 cannot
    encode it, but a JSON escape can, so such a read still succeeds.
    """
    try:
        return orjson.dumps(document)
    except TypeError:
        return json.dumps(document).encode()


def _decoded(text):
    """A stored statement's body (one stored before lone surrogates were refused included)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _answer(request, document, bodies, attachments_wanted):
    if not attachments_wanted:
        return _json(document)
    hashes = {item["sha2"] for body in bodies for item in body.get("attachments", [])}
    stored = list(Attachment.objects.filter(sha2__in=hashes).order_by("sha2"))
    boundary = uuid.uuid4().hex
    body = multipart.build(_encoded(document), stored, boundary)
    return HttpResponse(body, content_type=f'multipart/mixed; boundary="{boundary}"')


def _get(request):
    require_scope(request, *READ_SCOPES)
    mine_only = not ({"all", "all/read", "statements/read"} & request.client.scope_set)
    client = request.client if mine_only else None
    params = request.params
    if "statementId" in params or "voidedStatementId" in params:
        return _get_one(request, params, client)
    return _get_many(request, params, client)


def _get_one(request, params, client):
    check_params(params, SINGLE_PARAMS)
    if "statementId" in params and "voidedStatementId" in params:
        raise XapiError(400, _("Ask for statementId or voidedStatementId, not both."))
    voided = "voidedStatementId" in params
    statement_id = params["voidedStatementId" if voided else "statementId"]
    if not is_uuid(statement_id):
        raise XapiError(400, _("The statement id must be a UUID."))
    rows = Statement.objects.filter(statement_id=statement_id.lower(), voided=voided)
    if client is not None:
        rows = rows.filter(client=client)
    row = rows.first()
    if row is None:
        raise XapiError(404, _("No such statement."))
    fmt = _format(params)
    body = _render([row.body], request, fmt)[0]
    response = _answer(request, body, [row.body], flag(params, "attachments"))
    response["Last-Modified"] = http_date(row.stored.timestamp())
    return response


def _get_many(request, params, client):
    check_params(params, QUERY_PARAMS)
    query = _read_query(params, client)
    limit = _limit(params)
    fmt = _format(params)
    attachments_wanted = flag(params, "attachments")
    return _page(request, query, limit, fmt, attachments_wanted, params, after=None)


def _page(request, query, limit, fmt, attachments_wanted, params, after):
    rows = queries.find(query, after=after, limit=limit)
    more = ""
    if len(rows) > limit:
        rows = rows[:limit]
        mine = query.client.pk if query.client is not None else None
        # Bound to the client that asked: no other client can replay it, whatever its scopes.
        token = signing.dumps(
            {"params": params, "after": rows[-1][0], "mine": mine, "for": request.client.pk},
            salt="xapi-more",
        )
        more = reverse("xapi:more", args=[token])
    as_stored = request.version == V2 or not any(is_2_0(version) for _seq, _text, version in rows)
    if fmt == "exact" and not attachments_wanted and as_stored:
        texts = ",".join(text for _seq, text, _version in rows)
        content = f'{{"statements":[{texts}],"more":{orjson.dumps(more).decode()}}}'
        return HttpResponse(content.encode(), content_type="application/json")
    bodies = [_decoded(text) for _seq, text, _version in rows]
    document = {"statements": _render(bodies, request, fmt), "more": more}
    return _answer(request, document, bodies, attachments_wanted)


@resource(["GET"], consistent_through=True)
def more(request, token):
    """The next page of a statement query ('more' link)."""
    require_scope(request, *READ_SCOPES)
    try:
        state = signing.loads(
            token, salt="xapi-more", max_age=settings.LEARNING_XAPI_MORE_LINK_SECONDS
        )
    except signing.SignatureExpired:
        raise XapiError(404, _("This 'more' link has expired; run the query again.")) from None
    except signing.BadSignature:
        raise XapiError(404, _("This 'more' link is not valid.")) from None
    if state.get("for") != request.client.pk:
        raise XapiError(403, _("This 'more' link was given to another client."))
    params = state["params"]
    client = None
    if state["mine"] is not None:
        if state["mine"] != request.client.pk:
            raise XapiError(403, _("The credentials do not allow this request."))
        client = request.client
    query = _read_query(params, client)
    return _page(
        request,
        query,
        _limit(params),
        _format(params),
        flag(params, "attachments"),
        params,
        after=state["after"],
    )
