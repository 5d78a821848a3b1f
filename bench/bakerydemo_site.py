"""A throw-away bakerydemo site for the side-by-side mode of bench/pages.py (--bakerydemo).

bakerydemo (Wagtail's reference demo) is never copied into this repository: the user keeps a
checkout and its own virtualenv elsewhere (see bench/README.md). Its tree is not modified
either: a settings module and a URL module written into the benchmark's temporary directory
wrap its production settings (SQLite database, static and media files in that directory,
loopback hosts) and add the trivial view that measures its floor, as our /healthz/ does.
"""

import os
import subprocess
from pathlib import Path

SETTINGS_MODULE = "bench_bakerydemo_settings"
URLS_MODULE = "bench_bakerydemo_urls"
FLOOR_PATH = "/bench-floor/"

# Its pages, with the page types of ours they are compared with (see pages.py COUNTERPARTS).
PAGES = {
    "home": "/",
    "blog index": "/blog/",
    "blog post": "/blog/icelandic-baking/",
    "breads index": "/breads/",
    "search": "/search/?q=bread",
}

SETTINGS = """\
from bakerydemo.settings.production import *  # noqa: F403

ROOT_URLCONF = "{urls}"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SECURE_SSL_REDIRECT = False  # plain HTTP on loopback, as for our site
STATIC_ROOT = {static!r}
MEDIA_ROOT = {media!r}
"""
URLS = """\
from django.http import HttpResponse
from django.urls import path

from bakerydemo.urls import urlpatterns as bakerydemo_patterns


def floor(request):
    return HttpResponse("ok")


urlpatterns = [path("{floor}", floor), *bakerydemo_patterns]
"""


class BakerydemoSite:
    """Where the checkout and its Python are, and the environment its processes run in."""

    def __init__(self, checkout, python, work_dir):
        self.checkout = Path(checkout).resolve()
        self.python = Path(python) if python else self.checkout / ".venv" / "bin" / "python"
        self.work_dir = Path(work_dir)
        if not (self.checkout / "bakerydemo" / "settings" / "production.py").exists():
            raise SystemExit(f"{self.checkout} is not a bakerydemo checkout")
        if not self.python.exists():
            raise SystemExit(
                f"{self.python} not found: give bakerydemo's virtualenv Python with "
                "--bakerydemo-python (see bench/README.md)"
            )

    def environment(self):
        """Its own variables only: none of ours (DATABASE_URL, secrets, settings) leak in."""
        keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
        return {
            **{name: os.environ[name] for name in keep if name in os.environ},
            "PYTHONPATH": f"{self.work_dir}{os.pathsep}{self.checkout}",
            "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
            "DATABASE_URL": f"sqlite:///{self.work_dir / 'bakerydemo.sqlite3'}",
            "DJANGO_SECRET_KEY": os.urandom(24).hex(),
        }

    def write_modules(self):
        (self.work_dir / f"{SETTINGS_MODULE}.py").write_text(
            SETTINGS.format(
                urls=URLS_MODULE,
                static=str(self.work_dir / "static"),
                media=str(self.work_dir / "media"),
            )
        )
        (self.work_dir / f"{URLS_MODULE}.py").write_text(URLS.format(floor=FLOOR_PATH[1:]))

    def manage(self, *arguments):
        result = subprocess.run(
            [str(self.python), "manage.py", *arguments],
            cwd=self.checkout,
            env=self.environment(),
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise SystemExit(
                f"bakerydemo `manage.py {' '.join(arguments)}` failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
            )

    def prepare(self, progress):
        """Migrate, load its demo content and collect its static files, as its README says."""
        self.write_modules()
        for arguments in (
            ("migrate", "--noinput"),
            ("load_initial_data",),
            ("collectstatic", "--noinput"),
        ):
            progress(f"bakerydemo: manage.py {' '.join(arguments)}")
            self.manage(*arguments)

    def server_command(self, bind, workers, threads):
        return [
            str(self.python),
            "-m",
            "gunicorn",
            "--bind",
            bind,
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "bakerydemo.wsgi",
        ]
