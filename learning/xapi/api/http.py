"""What every LRS resource shares: the request as xAPI sees it, errors, auth, CORS, versions.

`resource` wraps a view: it answers CORS preflights, unpacks the alternate request syntax
(Part Three 1.3), negotiates the xAPI version from the X-Experience-API-Version header (1.0.x
or 2.0; the answer carries the version whose rules applied), checks the body size,
authenticates the LRS client with HTTP Basic and its scopes, and turns `XapiError` into a
clear 4xx.
"""

import base64
import binascii
from dataclasses import dataclass
from functools import wraps
from urllib.parse import parse_qsl

from django.conf import settings
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from ..limits import LimitError, check_string, parse_json
from ..models import LRSClient
from ..primitives import format_timestamp
from ..services import StatementConflict, StatementForbidden
from ..validation import StatementError
from ..versions import V1, negotiate

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "HEAD, GET, POST, PUT, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": (
        "Content-Type, Content-Length, Authorization, X-Experience-API-Version, "
        "If-Match, If-None-Match"
    ),
    "Access-Control-Expose-Headers": (
        "ETag, Last-Modified, Content-Type, X-Experience-API-Version, "
        "X-Experience-API-Consistent-Through"
    ),
}
# Form fields of the alternate request syntax that are request headers, not parameters.
ALTERNATE_HEADERS = {
    "authorization",
    "x-experience-api-version",
    "content-type",
    "content-length",
    "if-match",
    "if-none-match",
}


class XapiError(Exception):
    """An answer other than success: HTTP status and a message in the client's language."""

    def __init__(self, status, message):
        """Keep the status and the message."""
        super().__init__(message)
        self.status = status


@dataclass
class XapiRequest:
    """A request to the LRS, the same whether it came plainly or in the alternate syntax.

    Attributes:
        method: The HTTP method meant (the `method` parameter of the alternate syntax).
        params: Query parameters, one value each.
        headers: Request headers, lower-case names.
        body: The raw body (the `content` field of the alternate syntax).
        client: The authenticated LRS client.
        version: The xAPI version whose rules answer it (`versions.V1` or `versions.V2`).
    """

    method: str
    params: dict
    headers: dict
    body: bytes
    client: LRSClient = None
    version: str = V1

    @property
    def content_type(self):
        """The media type of the body, without parameters."""
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def max_body_bytes():
    """The largest request body the LRS accepts (LEARNING_XAPI_MAX_BODY_BYTES)."""
    return settings.LEARNING_XAPI_MAX_BODY_BYTES


def _read(request):
    length = request.META.get("CONTENT_LENGTH") or "0"
    try:
        length = int(length)
    except ValueError:
        raise XapiError(400, _("Content-Length is not a number.")) from None
    if length > max_body_bytes():
        raise XapiError(413, _("The request body is larger than this LRS accepts."))
    return request.read() if length else b""


def _headers(request):
    return {name.lower(): value for name, value in request.headers.items()}


def _checked(params):
    """Parameters as given, each a string the LRS can keep (no NUL, bounded length)."""
    for value in params.values():
        check_string(value)
    return params


def _build(request):
    headers = _headers(request)
    body = _read(request)
    params = _checked(dict(request.GET.items()))
    if "method" not in params:
        return XapiRequest(request.method, params, headers, body)
    # Alternate request syntax: a form POST carrying method, headers, parameters and content.
    if request.method != "POST" or set(params) != {"method"}:
        raise XapiError(
            400, _("The alternate request syntax is a POST with only ?method= in the URL.")
        )
    if headers.get("content-type", "").split(";")[0].strip() != (
        "application/x-www-form-urlencoded"
    ):
        raise XapiError(400, _("The alternate request syntax needs a form-encoded body."))
    try:
        form = dict(parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=bool(body)))
    except (ValueError, UnicodeDecodeError):
        raise XapiError(400, _("The form of the alternate request syntax is malformed.")) from None
    method = params["method"].upper()
    if method not in ("GET", "PUT", "POST", "DELETE", "HEAD"):
        raise XapiError(400, _("The method %(method)s is not allowed.") % {"method": method})
    content = form.pop("content", "").encode()
    alt_headers = {
        key.lower(): form.pop(key) for key in list(form) if key.lower() in ALTERNATE_HEADERS
    }
    headers = {**headers, **alt_headers}
    headers.pop("content-length", None)
    if "content-type" not in alt_headers:
        headers["content-type"] = "application/json" if content else ""
    return XapiRequest(method, _checked(form), headers, content)


def _active_client(key):
    """The active client with this key, read with one plain query (every request makes it)."""
    table = connection.ops.quote_name(LRSClient._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, name, secret_digest, scopes FROM {table} WHERE key = %s AND is_active",  # noqa: S608
            [key],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    pk, name, secret_digest, scopes = row
    return LRSClient(pk=pk, name=name, key=key, secret_digest=secret_digest, scopes=scopes)


def _authenticate(xapi_request):
    header = xapi_request.headers.get("authorization", "")
    scheme, _sep, credentials = header.partition(" ")
    if scheme.lower() != "basic" or not credentials:
        raise XapiError(401, _("This resource needs HTTP Basic credentials of an LRS client."))
    try:
        key, _sep, secret = base64.b64decode(credentials).decode().partition(":")
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise XapiError(401, _("The credentials are malformed.")) from None
    client = _active_client(key)
    if client is None or not client.check_secret(secret):
        raise XapiError(401, _("The key or the secret is wrong."))
    return client


def require_scope(xapi_request, *scopes):
    """A 403 unless the client holds one of `scopes` (or "all")."""
    if not ({"all", *scopes} & xapi_request.client.scope_set):
        raise XapiError(403, _("The credentials do not allow this request."))


def _negotiate(xapi_request, *, required):
    """Set the request's version from its header; a 400 if missing (when required) or unknown."""
    header = xapi_request.headers.get("x-experience-api-version")
    if header is None:
        if required:
            raise XapiError(400, _("The X-Experience-API-Version header is missing."))
        return
    version = negotiate(header)
    if version is None:
        raise XapiError(
            400,
            _("This LRS speaks xAPI 1.0.x and 2.0, not %(version)s.") % {"version": header},
        )
    xapi_request.version = version


def error_response(status, message):
    """A JSON error answer."""
    return JsonResponse({"error": str(message)}, status=status)


def finish(response, version=V1):
    """Add the version and CORS headers every answer carries."""
    response["X-Experience-API-Version"] = version
    for name, value in CORS_HEADERS.items():
        response[name] = value
    return response


def resource(methods, *, authenticate=True, versioned=True, consistent_through=False):
    """Turn `view(xapi_request)` into an LRS resource answering `methods` (and HEAD).

    With `consistent_through` (the Statement resource), every answer, errors included, carries
    X-Experience-API-Consistent-Through (Part Three 2.1.3): the time taken before the request
    was read, so every statement stored before it is in what a query sees.
    """

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                return finish(HttpResponse(status=200))
            consistent = format_timestamp(timezone.now())
            head = request.method == "HEAD"
            headers = request.headers
            try:
                xapi_request = _build(request)
                headers = xapi_request.headers
                head = head or xapi_request.method == "HEAD"
                response = _answer(view, xapi_request, methods, authenticate, versioned, kwargs)
            except (XapiError, LimitError) as error:
                response = error_response(error.status, error)
            except StatementConflict as error:
                response = error_response(409, error)
            except StatementForbidden as error:
                response = error_response(403, error)
            except StatementError as error:
                response = error_response(400, error)
            if head:
                response.content = b""
            if response.status_code == 401:
                response["WWW-Authenticate"] = 'Basic realm="xAPI"'
            if consistent_through:
                response["X-Experience-API-Consistent-Through"] = consistent
            request.urlconf = "learning.xapi.api.root_urls"
            # Errors too answer in the version asked for, when it is one this LRS speaks.
            version = negotiate(headers.get("x-experience-api-version")) or V1
            return finish(response, version)

        return wrapper

    return decorate


def _answer(view, xapi_request, methods, authenticate, versioned, kwargs):
    allowed = set(methods) | ({"HEAD"} if "GET" in methods else set())
    if xapi_request.method not in allowed:
        raise XapiError(
            405,
            _("This resource does not answer %(method)s.") % {"method": xapi_request.method},
        )
    if authenticate:
        xapi_request.client = _authenticate(xapi_request)
    _negotiate(xapi_request, required=versioned)
    return view(xapi_request, **kwargs)


def flag(params, name):
    """A boolean parameter: true or false, else a 400."""
    value = params.get(name, "false").lower()
    if value not in ("true", "false"):
        raise XapiError(400, _("%(name)s must be true or false.") % {"name": name})
    return value == "true"


def check_params(params, allowed):
    """A 400 for any parameter the resource does not know."""
    unknown = set(params) - set(allowed)
    if unknown:
        raise XapiError(400, _("Unknown parameter: %(name)s.") % {"name": sorted(unknown)[0]})


def json_param(params, name):
    """A parameter holding JSON (an agent); a 400 if malformed."""
    try:
        return parse_json(params[name])
    except LimitError as error:
        raise XapiError(400, f"{name}: {error}") from None
