"""Forwarding to a target that fails in every way a real one can (issue 14, item 3).

A loopback server answers 503, resets connections and sends garbage in turn before it
behaves; the worker backs off each time with the error recorded, never exits, and in the end
the target holds every statement exactly once.
"""

import json
import socket
import struct
import threading
from unittest import mock

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from learning.xapi.models import ExternalLRS, OutboxEntry
from learning.xapi.services import store_statements

pytestmark = pytest.mark.django_db

AUTHORITY = {"objectType": "Agent", "account": {"homePage": "http://testserver", "name": "t"}}


class FlakyLrs:
    """A loopback HTTP server that misbehaves as scripted, then stores statements once each."""

    def __init__(self, script):
        self.script = list(script)
        self.stored = []  # statement ids, in the order accepted (duplicates would show)
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def endpoint(self):
        return f"http://127.0.0.1:{self.server.getsockname()[1]}/xapi/"

    def close(self):
        self.server.close()

    def _serve(self):
        while True:
            try:
                connection, _address = self.server.accept()
            except OSError:
                return
            with connection:
                self._answer(connection)

    def _read_request(self, connection):
        data = b""
        while b"\r\n\r\n" not in data:
            data += connection.recv(65536)
        head, _sep, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _sep, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        while len(body) < length:
            body += connection.recv(65536)
        request_line = head.split(b"\r\n")[0].decode()
        return request_line, body

    def _answer(self, connection):
        request_line, body = self._read_request(connection)
        behaviour = self.script.pop(0) if self.script else "ok"
        if behaviour == "503":
            message = b'{"error": "down for maintenance"}'
            connection.sendall(
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(message)}\r\n\r\n".encode()
                + message
            )
        elif behaviour == "reset":
            # SO_LINGER with a zero timeout: close() sends RST instead of FIN.
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif behaviour == "garbage":
            connection.sendall(b"\x00\xffnot http at all\r\n\r\n")
        elif behaviour == "bytes":
            connection.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 4\r\n\r\n\xff\xfe\xfd\xfc")
        else:
            statements = json.loads(body)
            statements = statements if isinstance(statements, list) else [statements]
            ids = [statement["id"] for statement in statements]
            self.stored += [i for i in ids if i not in self.stored]
            answer = json.dumps(ids).encode()
            connection.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(answer)}\r\n\r\n".encode()
                + answer
            )


def store(count):
    statements = [
        {
            "actor": {"account": {"homePage": "http://testserver", "name": f"learner-{n}"}},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
            "object": {"id": f"http://testserver/xapi/activities/unit/{n}"},
        }
        for n in range(count)
    ]
    return store_statements(statements, authority=AUTHORITY)


@pytest.fixture
def flaky():
    servers = []

    def make(script):
        server = FlakyLrs(script)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()


class Stop(Exception):
    pass


def test_worker_survives_503_reset_and_garbage_and_delivers_each_statement_once(flaky):
    server = flaky(["503", "reset", "garbage", "bytes"])
    target = ExternalLRS.objects.create(
        name="Flaky", endpoint=server.endpoint, username="u", password="p"
    )
    ids = store(250)  # three batches of at most 100
    errors, rounds = [], []

    def pause(_seconds):
        """Between rounds: note the recorded error, then make the backed-off entries due."""
        rounds.append(1)
        entry = OutboxEntry.objects.filter(delivered__isnull=True).first()
        if entry is None:
            raise Stop
        errors.append(entry.last_error)
        OutboxEntry.objects.update(next_attempt=timezone.now())
        if len(rounds) > 10:
            raise AssertionError("the outbox did not drain")

    with mock.patch("learning.xapi.management.commands.forward_statements.time.sleep", pause):
        with pytest.raises(Stop):
            call_command("forward_statements", loop=0.01)

    assert errors[0].startswith("HTTP 503") and "maintenance" in errors[0]
    assert "Connection" in errors[1] or "Remote" in errors[1]
    assert "BadStatusLine" in errors[2]
    assert "UnicodeDecodeError" in errors[3]  # a 500 whose body is not text
    assert not OutboxEntry.objects.filter(target=target, delivered__isnull=True).exists()
    assert sorted(server.stored) == sorted(ids)
    assert len(server.stored) == len(set(server.stored)) == 250


def test_a_failure_is_a_back_off_with_its_error_shown_in_the_admin(flaky):
    server = flaky(["503"])
    target = ExternalLRS.objects.create(
        name="Flaky", endpoint=server.endpoint, username="u", password="p"
    )
    store(3)
    call_command("forward_statements")
    entry = OutboxEntry.objects.filter(target=target).first()
    assert entry.attempts == 1 and entry.delivered is None
    assert entry.next_attempt > timezone.now()  # backing off, not leased for five minutes
    admin = get_user_model().objects.create_superuser("boss", "boss@example.eu", "a-long-pass")
    browser = Client()
    browser.force_login(admin)
    html = browser.get("/admin/external_lrs/").content.decode()
    assert "HTTP 503" in html and "down for maintenance" in html


def test_an_unexpected_error_is_a_back_off_too(flaky):
    server = flaky([])
    target = ExternalLRS.objects.create(
        name="Flaky", endpoint=server.endpoint, username="u", password="p"
    )
    store(2)
    with mock.patch("learning.xapi.forwarding._deliver_batch", side_effect=KeyError("boom")):
        call_command("forward_statements")
    entry = OutboxEntry.objects.filter(target=target).first()
    assert entry.attempts == 1 and "KeyError" in entry.last_error
