"""The LRS endpoints, under /xapi/ (outside the language prefixes)."""

from django.urls import path

from . import documents, resources, statements

app_name = "xapi"

urlpatterns = [
    path("statements", statements.statements, name="statements"),
    path("statements/more/<str:token>", statements.more, name="more"),
    path("activities/state", documents.state, name="state"),
    path("activities/profile", documents.activity_profile, name="activity-profile"),
    path("activities", resources.activities, name="activities"),
    path("agents/profile", documents.agent_profile, name="agent-profile"),
    path("agents", resources.agents, name="agents"),
    path("about", resources.about, name="about"),
]
