"""What every LRS resource shares: the request as xAPI sees it, errors, auth, CORS, versions.

`resource` wraps a view: it answers CORS preflights, unpacks the alternate request syntax
(Part Three 1.3), checks the X-Experience-API-Version header and the body size, authenticates
the LRS client with HTTP Basic and its scopes, and turns `XapiError` into a clear 4xx.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from functools import wraps
from urllib.parse import parse_qsl

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from ..models import LRSClient
from ..services import StatementConflict
from ..validation import StatementError
from ..vocabulary import XAPI_VERSION

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
    """

    method: str
    params: dict
    headers: dict
    body: bytes
    client: LRSClient = None

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


def _build(request):
    headers = _headers(request)
    body = _read(request)
    params = dict(request.GET.items())
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
    return XapiRequest(method, form, headers, content)


def _authenticate(xapi_request):
    header = xapi_request.headers.get("authorization", "")
    scheme, _sep, credentials = header.partition(" ")
    if scheme.lower() != "basic" or not credentials:
        raise XapiError(401, _("This resource needs HTTP Basic credentials of an LRS client."))
    try:
        key, _sep, secret = base64.b64decode(credentials).decode().partition(":")
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise XapiError(401, _("The credentials are malformed.")) from None
    client = LRSClient.objects.filter(key=key, is_active=True).first()
    if client is None or not client.check_secret(secret):
        raise XapiError(401, _("The key or the secret is wrong."))
    return client


def require_scope(xapi_request, *scopes):
    """A 403 unless the client holds one of `scopes` (or "all")."""
    if not ({"all", *scopes} & xapi_request.client.scope_set):
        raise XapiError(403, _("The credentials do not allow this request."))


def _check_version(xapi_request):
    version = xapi_request.headers.get("x-experience-api-version")
    if version is None:
        raise XapiError(400, _("The X-Experience-API-Version header is missing."))
    if not version.startswith("1.0") or version.count(".") > 2:
        raise XapiError(
            400, _("This LRS speaks xAPI 1.0.x, not %(version)s.") % {"version": version}
        )


def error_response(status, message):
    """A JSON error answer."""
    return JsonResponse({"error": str(message)}, status=status)


def finish(response):
    """Add the version and CORS headers every answer carries."""
    response["X-Experience-API-Version"] = XAPI_VERSION
    for name, value in CORS_HEADERS.items():
        response[name] = value
    return response


def resource(methods, *, authenticate=True, versioned=True):
    """Turn `view(xapi_request)` into an LRS resource answering `methods` (and HEAD)."""

    def decorate(view):
        @csrf_exempt
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method == "OPTIONS":
                return finish(HttpResponse(status=200))
            head = request.method == "HEAD"
            try:
                xapi_request = _build(request)
                head = head or xapi_request.method == "HEAD"
                response = _answer(view, xapi_request, methods, authenticate, versioned, kwargs)
            except XapiError as error:
                response = error_response(error.status, error)
            except StatementConflict as error:
                response = error_response(409, error)
            except StatementError as error:
                response = error_response(400, error)
            if head:
                response.content = b""
            if response.status_code == 401:
                response["WWW-Authenticate"] = 'Basic realm="xAPI"'
            request.urlconf = "learning.xapi.api.root_urls"
            return finish(response)

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
    if versioned:
        _check_version(xapi_request)
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
        return json.loads(params[name])
    except ValueError:
        raise XapiError(400, _("%(name)s is not valid JSON.") % {"name": name}) from None
