"""Forwarding to an external LRS: a second LRS (this project, another database) runs as its own
server process on loopback; it goes down mid-stream and comes back. Nothing is lost or doubled.
"""

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from django.utils import timezone

import pytest

from learning.xapi.forwarding import deliver, retry_now, status
from learning.xapi.models import ExternalLRS, OutboxEntry, Statement
from learning.xapi.services import store_statements

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[3]
AUTHORITY = {"objectType": "Agent", "account": {"homePage": "http://testserver", "name": "t"}}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def peer_env(tmp_path_factory):
    """A migrated database for the second LRS, with a client for us."""
    database = tmp_path_factory.mktemp("peer") / "peer.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "website.settings.test",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, cwd=ROOT, check=True)
    subprocess.run(
        [
            *manage,
            "create_lrs_client",
            "Platform",
            "--key",
            "peer",
            "--secret",
            "peer-secret",
            "--scope",
            "all",
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return env, database


class Peer:
    """The second LRS as a server process that can be stopped and started again."""

    def __init__(self, env, database):
        self.env, self.database, self.port = env, database, free_port()
        self.process = None

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.port}/xapi/"

    def start(self):
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "runserver",
                f"127.0.0.1:{self.port}",
                "--noreload",
            ],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(self.endpoint + "about", timeout=1)  # noqa: S310
                return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the second LRS did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)

    def stored_ids(self):
        with sqlite3.connect(self.database) as connection:
            rows = connection.execute("SELECT statement_id FROM xapi_statement").fetchall()
        return [row[0].replace("-", "") for row in rows]


@pytest.fixture
def peer(peer_env):
    peer = Peer(*peer_env)
    peer.start()
    yield peer
    if peer.process.poll() is None:
        peer.stop()


def store(count, start):
    statements = [
        {
            "actor": {"account": {"homePage": "http://testserver", "name": f"learner-{n}"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": f"http://testserver/xapi/activities/unit/{n}"},
        }
        for n in range(start, start + count)
    ]
    return store_statements(statements, authority=AUTHORITY)


def test_forwarding_survives_a_target_outage_without_loss_or_duplicates(peer):
    target = ExternalLRS.objects.create(
        name="Peer", endpoint=peer.endpoint, username="peer", password="peer-secret"
    )
    ids = store(150, 0)
    assert OutboxEntry.objects.filter(target=target).count() == 150
    assert deliver(target) == 150

    peer.stop()  # down mid-stream: statements keep coming
    ids += store(120, 150)
    assert deliver(target) == 0
    waiting = status([target])[target.pk]
    assert waiting["pending"] == 120 and waiting["last_error"] and waiting["attempts"] == 1
    assert deliver(target) == 0  # backing off: not due yet

    peer.start()
    ids += store(30, 270)
    # A worker that died after sending, before marking: those statements go out again.
    OutboxEntry.objects.filter(statement__statement_id__in=ids[:40]).update(delivered=None)
    retry_now(target)
    deliver(target)

    assert not OutboxEntry.objects.filter(delivered__isnull=True).exists()
    received = peer.stored_ids()
    assert len(received) == len(set(received)) == 300
    assert set(received) == {statement_id.replace("-", "") for statement_id in ids}


def test_forwarding_queues_only_for_enabled_targets(db):
    ExternalLRS.objects.create(
        name="Off", endpoint="http://127.0.0.1:9/xapi/", username="u", password="p", enabled=False
    )
    store(3, 0)
    assert not OutboxEntry.objects.exists()
    assert Statement.objects.count() == 3


def test_forwarding_backs_off_exponentially(db):
    target = ExternalLRS.objects.create(
        name="Gone", endpoint=f"http://127.0.0.1:{free_port()}/xapi/", username="u", password="p"
    )
    store(2, 0)
    delays = []
    for _attempt in range(3):
        OutboxEntry.objects.update(next_attempt=timezone.now())
        before = timezone.now()
        deliver(target)
        entry = OutboxEntry.objects.first()
        delays.append((entry.next_attempt - before).total_seconds())
    assert delays[0] < delays[1] < delays[2]
    assert entry.attempts == 3 and entry.last_error
