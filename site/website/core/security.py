"""Security headers on every response: Content-Security-Policy and Permissions-Policy.

The public site ships no inline script or style, so its policy allows scripts and styles
from the site itself only (a template that needs an inline script gives it
`nonce="{{ request.csp_nonce }}"`, and the nonce then joins the header). Wagtail's admin
still uses inline scripts and styles, so under /admin/ the policy allows those, and nothing
from other origins either. Django's own middleware adds X-Content-Type-Options,
Referrer-Policy, X-Frame-Options and, in production, Strict-Transport-Security.
"""

from django.conf import settings

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts

ADMIN_PREFIX = "/admin/"
# The Wagtail admin: inline scripts and styles (a nonce would disable 'unsafe-inline').
ADMIN_DIRECTIVES = {
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "frame-ancestors": [SELF],  # the page preview is framed by the editor
    "frame-src": [SELF],
}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under /admin/."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(ADMIN_PREFIX):
            return PolicyParts(
                config=parts.config, update=None, replace=ADMIN_DIRECTIVES, nonce=None
            )
        return parts


class PermissionsPolicyMiddleware:
    """Switch off browser features the platform never uses (Permissions-Policy)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
