"""Addresses of the benchmarking tool, served under each language prefix."""

from django.urls import path

from . import invitation_views, views

app_name = "benchmarking"

urlpatterns = [
    path("", views.index, name="index"),
    path("institutions/", views.register_institution, name="register"),
    path("institutions/<int:institution_id>/", views.institution, name="institution"),
    path(
        "institutions/<int:institution_id>/assessments/",
        views.start_assessment,
        name="start",
    ),
    path("institutions/<int:institution_id>/plan/", views.plan, name="plan"),
    path(
        "institutions/<int:institution_id>/invitations/",
        invitation_views.invite,
        name="invite",
    ),
    path(
        "institutions/<int:institution_id>/invitations/<uuid:invitation_id>/withdraw/",
        invitation_views.revoke,
        name="revoke-invitation",
    ),
    path("invitations/<str:token>/", invitation_views.accept, name="invitation"),
    path("assessments/<uuid:assessment_id>/", views.assessment, name="assessment"),
    path("assessments/<uuid:assessment_id>/report/", views.report, name="report"),
    path("assessments/<uuid:assessment_id>/report.csv", views.report_csv, name="report-csv"),
    path(
        "assessments/<uuid:assessment_id>/report/print/",
        views.report_print,
        name="report-print",
    ),
]
