"""Credential pages for people, under each language prefix."""

from django.urls import path

from learning.competences.views import competence_map

from . import views

urlpatterns = [
    path("competences/", competence_map, name="competence-map"),
    path("credentials/verify/", views.verify, name="credential-verify"),
    path("credentials/<uuid:pk>/", views.credential_page, name="credential"),
    path("learning/backpack/", views.backpack, name="backpack"),
]
