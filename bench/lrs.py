"""Measure the built-in LRS: statements/s for POSTs, GET latency by agent, activity, registration.

For each store size (--sizes, default 100,000) the script fills a throw-away database with
that many statements (through the same `store_statements` as the API), starts gunicorn on a
free loopback port with production settings, and drives /xapi/ with a standard-library
keep-alive client: single-statement POSTs, POSTs of batches of 100, then GETs filtered by
agent, activity and registration (each filter matches about the same number of statements
whatever the size, so latency that grows with the size means a missing index).
Run `python bench/lrs.py --help`; see bench/README.md.
"""

import argparse
import base64
import http.client
import json
import os
import random
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "site"
HOST = "127.0.0.1"
KEY, SECRET = "bench", "bench-secret-0123456789"
AUTHORIZATION = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
# Each agent, activity and registration is named by about this many statements, at any size.
STATEMENTS_PER_AGENT, STATEMENTS_PER_ACTIVITY, STATEMENTS_PER_REGISTRATION = 100, 200, 20
SEED_BATCH = 1000
STARTED = time.monotonic()
ISOLATED_VARIABLES = ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "MEDIA_ROOT", "DEBUG")


def progress(message):
    print(f"[{time.monotonic() - STARTED:6.0f} s] {message}", file=sys.stderr, flush=True)


def statement(size, rng):
    """A realistic statement naming one of the agents, activities and registrations of `size`."""
    agent = rng.randrange(max(size // STATEMENTS_PER_AGENT, 1))
    activity = rng.randrange(max(size // STATEMENTS_PER_ACTIVITY, 1))
    registration = rng.randrange(max(size // STATEMENTS_PER_REGISTRATION, 1))
    return {
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://lms.example.eu", "name": f"learner-{agent}"},
        },
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/experienced",
            "display": {"en-US": "experienced"},
        },
        "object": {
            "objectType": "Activity",
            "id": f"https://lms.example.eu/activities/unit-{activity}",
            "definition": {
                "name": {"en-US": f"Unit {activity}"},
                "type": "http://adlnet.gov/expapi/activities/lesson",
            },
        },
        "result": {"completion": True, "duration": "PT4M"},
        "context": {
            "registration": str(uuid.UUID(int=registration + 1)),
            "contextActivities": {"parent": [{"id": "https://lms.example.eu/course"}]},
            "platform": "bench",
        },
    }


def configure(var_dir, database_url):
    for name in ISOLATED_VARIABLES:
        os.environ.pop(name, None)
    os.environ.update(
        VAR_DIR=str(var_dir),
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        # Production settings refuse a non-https credential base; nothing is issued here.
        LEARNING_BADGES_BASE_URL="https://bench.digint.invalid",
        LOG_LEVEL="ERROR",
    )
    (var_dir / "static").mkdir()
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    else:
        os.environ.pop("DATABASE_URL", None)


def manage(*args):
    subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *args],
        check=True,
        cwd=REPO,
        stdout=subprocess.DEVNULL,
    )


def seed(total, rng):
    """Store statements in-process until the store holds `total`."""
    sys.path[:0] = [str(REPO), str(SITE)]
    import django

    django.setup()
    from django.db import transaction

    from learning.xapi.models import Statement
    from learning.xapi.services import store_statements

    authority = {
        "objectType": "Agent",
        "account": {"homePage": "https://lms.example.eu", "name": "seed"},
    }
    have = Statement.objects.count()
    started = time.monotonic()
    while have < total:
        count = min(SEED_BATCH, total - have)
        with transaction.atomic():
            store_statements([statement(total, rng) for _ in range(count)], authority=authority)
        have += count
        if have % 50_000 < SEED_BATCH:
            progress(f"seeded {have:,} statements ({have / (time.monotonic() - started):,.0f}/s)")
    from django.db import connection

    connection.close()


def bulk_load(total, rng):
    """PostgreSQL: store statements with `copy_statements` until the store holds `total`.

    It writes the rows `store_statements` writes for these (valid) statements, with COPY and
    without validation or the per-batch round trips, so a million load in minutes.
    """
    sys.path[:0] = [str(REPO), str(SITE)]
    import django

    django.setup()
    from django.db import connection, transaction

    from learning.xapi.bulk_load import copy_statements
    from learning.xapi.models import Statement

    authority = {
        "objectType": "Agent",
        "account": {"homePage": "https://lms.example.eu", "name": "seed"},
    }
    have = Statement.objects.count()
    started = time.monotonic()
    while have < total:
        count = min(SEED_BATCH * 10, total - have)
        batch = [{**statement(total, rng), "id": str(uuid.uuid4())} for _ in range(count)]
        with transaction.atomic():
            copy_statements(batch, authority=authority)
        have += count
        if have % 100_000 < SEED_BATCH * 10:
            progress(f"loaded {have:,} statements ({have / (time.monotonic() - started):,.0f}/s)")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE xapi_statement")
        cursor.execute("ANALYZE xapi_statementindex")
    connection.close()


def start_gunicorn(workers, threads):
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--pythonpath",
            str(SITE),
            "website.wsgi",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            "--bind",
            f"fd://{listener.fileno()}",
            "--log-level",
            "warning",
        ],
        cwd=REPO,
        pass_fds=[listener.fileno()],
    )
    listener.close()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", "/xapi/about")
            if connection.getresponse().status == 200:
                return process, port
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def headers(content_type=None):
    result = {"Authorization": AUTHORIZATION, "X-Experience-API-Version": "1.0.3"}
    if content_type:
        result["Content-Type"] = content_type
    return result


def drive(port, make_request, seconds, concurrency, seed=0):
    """Run `make_request(rng) -> (method, path, body)` from `concurrency` threads for `seconds`.

    Thread n draws from `random.Random(f"{seed}-{n}")`, so two servers driven with the same seed
    receive the same requests in the same order. Returns the latencies (s) of successful
    requests and the count of failures.
    """
    latencies, failures, lock = [], [0], threading.Lock()
    stop_at = time.monotonic() + seconds

    def worker(number):
        rng = random.Random(f"{seed}-{number}")
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        while time.monotonic() < stop_at:
            method, path, body = make_request(rng)
            started = time.monotonic()
            try:
                connection.request(
                    method, path, body=body, headers=headers("application/json" if body else None)
                )
                response = connection.getresponse()
                response.read()
                ok = response.status in (200, 204)
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
                ok = False
            elapsed = time.monotonic() - started
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    failures[0] += 1

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failures[0]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)] * 1000 if ordered else 0


def measure(port, size, seconds, concurrency, limit):
    rows = {}

    def single(rng):
        return "POST", "/xapi/statements", json.dumps(statement(size, rng))

    def batch(rng):
        return "POST", "/xapi/statements", json.dumps([statement(size, rng) for _ in range(100)])

    for name, maker, per_request in (("POST single", single, 1), ("POST batch of 100", batch, 100)):
        latencies, failures = drive(port, maker, seconds, concurrency)
        rows[name] = {
            "statements_per_s": len(latencies) * per_request / seconds,
            "p50_ms": percentile(latencies, 0.5),
            "failures": failures,
        }

    def query(kind):
        def make(rng):
            probe = statement(size, rng)
            value = {
                "agent": json.dumps(probe["actor"]),
                "activity": probe["object"]["id"],
                "registration": probe["context"]["registration"],
            }[kind]
            return "GET", "/xapi/statements?" + urlencode({kind: value, "limit": limit}), None

        return make

    for kind in ("agent", "activity", "registration"):
        latencies, failures = drive(port, query(kind), seconds, concurrency)
        rows[f"GET by {kind}"] = {
            "requests_per_s": len(latencies) / seconds,
            "p50_ms": percentile(latencies, 0.5),
            "p99_ms": percentile(latencies, 0.99),
            "failures": failures,
        }
    return rows


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[100_000],
        help="statements stored before measuring (default: %(default)s)",
    )
    parser.add_argument(
        "--seconds",
        type=float,
        default=10.0,
        help="seconds each measurement lasts (default: %(default)s)",
    )
    parser.add_argument(
        "--concurrency", type=int, default=8, help="client connections (default: %(default)s)"
    )
    parser.add_argument(
        "--limit", type=int, default=100, help="statements per GET (default: %(default)s)"
    )
    parser.add_argument("--workers", type=int, default=1, help="gunicorn workers (default: 1)")
    parser.add_argument(
        "--threads", type=int, default=8, help="gunicorn threads per worker (default: %(default)s)"
    )
    parser.add_argument(
        "--ralph",
        metavar="VENV_PATH",
        default="",
        help="a virtualenv where ralph-malph 5.1 is installed: measure Ralph side by side "
        "(installs nothing; see bench/README.md)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="interleaved rounds of the --ralph comparison (default: %(default)s)",
    )
    parser.add_argument(
        "--ralph-stored",
        type=int,
        default=22_000,
        help="statements stored in both LRSs before the GETs of --ralph (default: %(default)s)",
    )
    parser.add_argument(
        "--database-url",
        default="",
        help="an EMPTY PostgreSQL database to fill (default: SQLite in a temporary directory)",
    )
    return parser.parse_args(argv)


def versus_ralph(args):
    """Our LRS and Ralph side by side (bench/versus_ralph.py)."""
    import versus_ralph

    with tempfile.TemporaryDirectory(prefix="digint-lrs-bench-") as var_dir:
        var_dir = Path(var_dir)
        configure(var_dir, args.database_url)
        progress("migrating the throw-away database")
        manage("migrate", "--noinput")
        manage("create_lrs_client", "Bench", "--key", KEY, "--secret", SECRET, "--scope", "all")
        ralph_dir = var_dir / "ralph"
        ralph_dir.mkdir()
        ours, port = start_gunicorn(args.workers, args.threads)
        try:
            ralph, ralph_port = versus_ralph.start_ralph(args.ralph, ralph_dir)
            try:
                results = versus_ralph.run(args, port, ralph_port)
            finally:
                ralph.terminate()
                ralph.wait(timeout=30)
        finally:
            ours.terminate()
            ours.wait(timeout=30)
    versus_ralph.report(args, *results, "PostgreSQL" if args.database_url else "SQLite")


def main(argv=None):
    args = parse_args(argv)
    if args.ralph:
        versus_ralph(args)
        return
    results = {}
    with tempfile.TemporaryDirectory(prefix="digint-lrs-bench-") as var_dir:
        configure(Path(var_dir), args.database_url)
        progress("migrating the throw-away database")
        manage("migrate", "--noinput")
        manage("create_lrs_client", "Bench", "--key", KEY, "--secret", SECRET, "--scope", "all")
        rng = random.Random(2025)
        for size in sorted(args.sizes):
            (bulk_load if args.database_url else seed)(size, rng)
            process, port = start_gunicorn(args.workers, args.threads)
            try:
                progress(f"measuring with {size:,} statements stored")
                results[size] = measure(port, size, args.seconds, args.concurrency, args.limit)
            finally:
                process.terminate()
                process.wait(timeout=30)
    database = "PostgreSQL" if args.database_url else "SQLite"
    print(
        f"\nLRS benchmark: {database}, gunicorn {args.workers} worker(s) x {args.threads} "
        f"threads, concurrency {args.concurrency}, {args.seconds:g} s per measurement\n"
    )
    print(
        f"{'stored':>10}  {'measurement':<22}{'statements/s':>14}{'req/s':>9}"
        f"{'p50 ms':>9}{'p99 ms':>9}{'fail':>6}"
    )
    for size, rows in results.items():
        for name, row in rows.items():
            print(
                f"{size:>10,}  {name:<22}{row.get('statements_per_s', 0):>14,.0f}"
                f"{row.get('requests_per_s', 0):>9,.0f}{row['p50_ms']:>9.1f}"
                f"{row.get('p99_ms', 0):>9.1f}{row['failures']:>6}"
            )


if __name__ == "__main__":
    main()
