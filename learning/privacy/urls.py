"""The learner's data pages, under /<language>/accounts/my-data/."""

from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("", views.my_data, name="my-data"),
    path("export/", views.export_create, name="export"),
    path("exports/<uuid:pk>/", views.export_download, name="download"),
    path("delete/", views.delete_account, name="delete"),
    path("delete/cancel/", views.cancel_deletion, name="cancel-deletion"),
]
