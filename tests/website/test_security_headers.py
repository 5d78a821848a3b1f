"""Every response carries the security headers (issue 14, item 11); production adds HSTS."""

import json

from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, RequestFactory

import pytest

from tests.website.test_settings import run_manage
from website.core.security import ContentSecurityPolicyMiddleware

pytestmark = pytest.mark.django_db


def _policy(response):
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.parametrize("path", ["/en/", "/en/good-practices/", "/en/credentials/verify/"])
def test_public_pages_carry_a_strict_policy_and_the_other_headers(client, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = _policy(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]  # no inline script, no nonce unless used
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    permissions = response["Permissions-Policy"]
    assert "camera=()" in permissions and "geolocation=()" in permissions
    assert "microphone=()" in permissions
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_lrs_and_credential_documents_carry_the_headers_too(client):
    for path in ("/xapi/about", "/credentials/issuer"):
        response = client.get(path)
        assert "Content-Security-Policy" in response and "Permissions-Policy" in response


def test_a_nonce_used_by_a_template_joins_the_policy():
    def view(request):
        return HttpResponse(f'<script nonce="{request.csp_nonce}">1</script>')

    middleware = ContentSecurityPolicyMiddleware(view)
    request = RequestFactory().get("/en/")
    middleware.process_request(request)
    response = middleware.process_response(request, view(request))
    assert f"'nonce-{request._csp_nonce}'" in _policy(response)["script-src"]


def test_the_admin_gets_its_own_policy_and_no_gravatar(client):
    admin = get_user_model().objects.create_superuser("boss", "boss@example.eu", "a-long-pass")
    browser = Client()
    browser.force_login(admin)
    response = browser.get("/admin/")
    assert response.status_code == 200
    policy = _policy(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert not any(value.startswith("'nonce-") for value in policy["script-src"])
    assert policy["object-src"] == ["'none'"]
    assert "gravatar.com" not in response.content.decode()


PRODUCTION = {
    "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "digint.example.eu",
    "LEARNING_BADGES_BASE_URL": "https://digint.example.eu",
}


def test_production_responses_carry_hsts():
    script = (
        "import json; from django.test import Client; "
        "r = Client().get('/healthz/', secure=True, HTTP_HOST='digint.example.eu'); "
        "print(json.dumps(dict(r.headers)))"
    )
    result = run_manage("shell", "--no-imports", "-c", script, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    headers = json.loads(result.stdout.strip().splitlines()[-1])
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "includeSubDomains" in headers["Strict-Transport-Security"]
    for name in (
        "Content-Security-Policy",
        "Permissions-Policy",
        "Referrer-Policy",
        "X-Content-Type-Options",
        "X-Frame-Options",
    ):
        assert name in headers


@pytest.mark.parametrize(
    "base_url", ["", "http://digint.example.eu", "http://127.0.0.1:8000", "https://"]
)
def test_production_refuses_a_badges_base_url_that_is_not_https(base_url):
    env = {**PRODUCTION, "LEARNING_BADGES_BASE_URL": base_url}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "LEARNING_BADGES_BASE_URL" in result.stderr and "https" in result.stderr
