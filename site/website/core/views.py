from django.http import HttpResponse
from django.shortcuts import render


def healthz(request):
    """Liveness check for load balancers: answers without touching the database."""
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception=None):
    """The 404 page, in the visitor's language, with language links to each home page."""
    return render(request, "404.html", {"link_languages_to_home": True}, status=404)
