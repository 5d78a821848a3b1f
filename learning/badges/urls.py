"""Machine-readable credential URLs, outside the language prefixes (they are in signatures)."""

from django.urls import path

from . import views

app_name = "badges"

urlpatterns = [
    path("issuer", views.issuer, name="issuer"),
    path("issuer/key", views.issuer_key, name="issuer-key"),
    path("status/1", views.status_list_credential, name="status-list"),
    path(
        "achievements/<int:pk>/<str:language>/image.png",
        views.achievement_image,
        name="achievement-image",
    ),
    path("<uuid:pk>/", views.credential_root, name="credential-root"),
    path("<uuid:pk>/credential.json", views.credential_json, name="credential-json"),
    path("<uuid:pk>/credential.jwt", views.credential_jwt, name="credential-jwt"),
    path("<uuid:pk>/badge.png", views.credential_png, name="credential-png"),
]
