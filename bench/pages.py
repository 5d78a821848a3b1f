"""Measure how fast gunicorn serves the public pages, against the /healthz/ floor.

The script builds a throw-away site (temporary SQLite database loaded with `load_digint`,
collected static files), starts gunicorn on a free loopback port with production settings,
and drives it with a small keep-alive HTTP client written with the standard library only.
Targets are measured interleaved: every round visits each target once, in a shuffled order.
Afterwards it counts the SQL queries of one uncached render of each page in-process with
Django's test client. With `--bakerydemo PATH` it measures Wagtail's demo site side by side
(interleaved with ours) and prints the ratio per comparable page; with `--profile` it prints
the hot spots of each page instead. Run `python bench/pages.py --help` for the options; see
bench/README.md.
"""

import argparse
import http.client
import json
import math
import os
import platform
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, unquote

import bakerydemo_site

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "site"
RESULTS_DIR = REPO / "bench" / "results"

HOST = "127.0.0.1"
SESSION_COOKIE = "sessionid=bench"  # any session cookie makes the page cache step aside
WARMUP_SECONDS = 0.2
MAX_REQUESTS_PER_MEASUREMENT = 100_000
REQUEST_TIMEOUT = 10.0
STARTUP_TIMEOUT = 60.0
STOP_TIMEOUT = 15.0
PROCESS_START = time.monotonic()

# Variables that could point the throw-away site at a real database, cache or bucket, or
# change what is measured; they are removed from the environment before anything runs.
ISOLATED_VARIABLES = (
    "DATABASE_URL",
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "MEDIA_ROOT",
    "DEBUG",
    "PAGE_CACHE_SECONDS",
)


@dataclass(frozen=True)
class Page:
    """A page type of the site and its URL in each measured locale."""

    key: str
    kind: str
    paths: dict[str, str]


PAGES = (
    Page("home", "HomePage", {"en": "/en/", "it": "/it/"}),
    Page("guidelines", "GuidelinesPage", {"en": "/en/guidelines/", "it": "/it/linee-guida/"}),
    Page("blueprint", "BlueprintPage", {"en": "/en/blueprint/", "it": "/it/blueprint/"}),
    Page("partners", "PartnerIndexPage", {"en": "/en/partners/", "it": "/it/partner/"}),
    Page("events", "EventIndexPage", {"en": "/en/events/", "it": "/it/eventi/"}),
    Page(
        "event",
        "EventPage",
        {"en": "/en/events/final-conference-2025/", "it": "/it/eventi/conferenza-finale-2025/"},
    ),
    Page("courses", "CourseIndexPage", {"en": "/en/courses/", "it": "/it/corsi/"}),
    Page(
        "course",
        "CoursePage",
        {
            "en": "/en/courses/teachers-european-citizenship-and-working-across-borders/",
            "it": "/it/corsi/docenti-cittadinanza-europea-e-lavoro-oltre-i-confini/",
        },
    ),
    Page(
        "module",
        "ModulePage",
        {
            "en": "/en/courses/teachers-european-citizenship-and-working-across-borders/"
            "european-vet-systems-eu-programmes-and-tools/",
            "it": "/it/corsi/docenti-cittadinanza-europea-e-lavoro-oltre-i-confini/"
            "sistemi-europei-di-ifp-programmi-e-strumenti-ue/",
        },
    ),
    Page(
        "practices", "PracticeIndexPage", {"en": "/en/good-practices/", "it": "/it/buone-pratiche/"}
    ),
    Page(
        "facet",
        "practice index, one facet",
        {
            "en": "/en/good-practices/?dimension=curriculum",
            "it": "/it/buone-pratiche/?dimension=curriculum",
        },
    ),
    Page(
        "practice",
        "PracticePage",
        {
            "en": "/en/good-practices/regional-policy-internationalisation/",
            "it": "/it/buone-pratiche/politica-regionale-internazionalizzazione/",
        },
    ),
    Page("map", "competence map", {"en": "/en/competences/", "it": "/it/competences/"}),
    Page(
        "search",
        "search view",
        {"en": "/en/search/?q=quality", "it": "/it/search/?q=" + quote("qualità")},
    ),
)


# The bakerydemo page each of our page types is compared with (--bakerydemo): home with home,
# listings with its blog index, single pages with a blog post, search with search.
COUNTERPARTS = {
    "home": "home",
    "guidelines": "blog post",
    "blueprint": "blog post",
    "partners": "blog index",
    "events": "blog index",
    "event": "blog post",
    "courses": "blog index",
    "course": "blog post",
    "module": "blog post",
    "practices": "blog index",
    "facet": "blog index",
    "practice": "blog post",
    "map": "blog index",
    "search": "search",
}


@dataclass(frozen=True)
class Target:
    """One row of the report: a URL requested anonymously, with a session cookie, or the floor."""

    page: str
    kind: str
    locale: str
    path: str
    mode: str  # "floor", "anon" (page cache answers) or "session" (page cache steps aside)
    site: str = "digint"  # or "bakerydemo"

    @property
    def headers(self):
        """The request headers of this mode."""
        return {"Cookie": SESSION_COOKIE} if self.mode == "session" else {}

    @property
    def label(self):
        """The path as a reader expects it (search terms unquoted)."""
        return unquote(self.path)


FLOOR = Target("healthz", "health check", "", "/healthz/", "floor")


@dataclass
class Sample:
    """What one client connection, or one whole measurement, observed."""

    elapsed: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    cache_hits: int = 0
    errors: int = 0

    @property
    def requests(self):
        """Requests answered, whatever their status."""
        return len(self.latencies_ms)

    def merge(self, other):
        """Add another connection's observations to this one."""
        self.latencies_ms.extend(other.latencies_ms)
        self.statuses.update(other.statuses)
        self.cache_hits += other.cache_hits
        self.errors += other.errors


# --- Command line -------------------------------------------------------------------------


def positive(kind):
    """An argparse type accepting numbers of `kind` greater than zero."""

    def parse(text):
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be greater than zero, not {text}")
        return value

    return parse


def parse_arguments(argv=None):
    """Read the command-line options."""
    parser = argparse.ArgumentParser(
        description=(
            "Benchmark the public pages under gunicorn against the /healthz/ floor, on a "
            "throw-away copy of the site (production settings, SQLite, load_digint content)."
        ),
    )
    parser.add_argument(
        "--rounds",
        type=positive(int),
        default=5,
        help="rounds; each measures every target once (default: %(default)s)",
    )
    parser.add_argument(
        "--seconds",
        type=positive(float),
        default=0.8,
        help="seconds one measurement lasts (default: %(default)s)",
    )
    parser.add_argument(
        "--concurrency",
        type=positive(int),
        default=8,
        help="keep-alive client connections (default: %(default)s)",
    )
    parser.add_argument(
        "--workers",
        type=positive(int),
        default=2,
        help="gunicorn worker processes (default: %(default)s)",
    )
    parser.add_argument(
        "--threads",
        type=positive(int),
        default=4,
        help="gunicorn threads per worker (default: %(default)s)",
    )
    parser.add_argument(
        "--pages",
        nargs="+",
        choices=[page.key for page in PAGES],
        metavar="PAGE",
        help=(
            "measure only these pages (the /healthz/ floor is always measured); "
            f"choose among: {', '.join(page.key for page in PAGES)}; default: all"
        ),
    )
    parser.add_argument(
        "--json",
        type=Path,
        metavar="PATH",
        help="where to write the JSON results; default: bench/results/pages-<timestamp>.json",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="instead of measuring throughput, profile uncached renders of each page in-process "
        "and print its top functions",
    )
    parser.add_argument(
        "--profile-renders",
        type=positive(int),
        default=20,
        help="renders per page under the profiler (default: %(default)s)",
    )
    parser.add_argument(
        "--bakerydemo",
        type=Path,
        metavar="PATH",
        help="a bakerydemo checkout with its own virtualenv: measure it side by side, "
        "interleaved, and print the ratio of each page type to its counterpart",
    )
    parser.add_argument(
        "--bakerydemo-python",
        type=Path,
        metavar="PYTHON",
        help="the Python of bakerydemo's virtualenv (default: PATH/.venv/bin/python)",
    )
    return parser.parse_args(argv)


def select_targets(page_keys, with_bakerydemo=False):
    """The floor, then an anonymous and a session row for each locale of each chosen page;
    with bakerydemo, its floor and pages (it has no page cache: every request renders)."""
    targets = [FLOOR]
    for page in PAGES:
        if page_keys and page.key not in page_keys:
            continue
        for locale, path in page.paths.items():
            for mode in ("anon", "session"):
                targets.append(Target(page.key, page.kind, locale, path, mode))
    if with_bakerydemo:
        targets.append(
            Target("floor", "trivial view", "", bakerydemo_site.FLOOR_PATH, "floor", "bakerydemo")
        )
        wanted = {COUNTERPARTS[target.page] for target in targets if target.page in COUNTERPARTS}
        for name, path in bakerydemo_site.PAGES.items():
            if name in wanted or not page_keys:
                targets.append(Target(name, "bakerydemo", "en", path, "anon", "bakerydemo"))
    return targets


def progress(message):
    """Report progress on stderr, with the time elapsed, keeping stdout for the results table."""
    print(f"[{time.monotonic() - PROCESS_START:5.0f} s] {message}", file=sys.stderr, flush=True)


# --- Throw-away site ----------------------------------------------------------------------


def configure_environment(var_dir):
    """Point this process, and every process it starts, at the throw-away site."""
    for name in ISOLATED_VARIABLES:
        os.environ.pop(name, None)
    os.environ.update(
        VAR_DIR=str(var_dir),
        STATIC_ROOT=str(var_dir / "static"),
        DJANGO_SETTINGS_MODULE="website.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=f"{HOST},localhost",
        SECURE_SSL_REDIRECT="false",
        # Production settings refuse a non-https credential base; nothing is issued here.
        LEARNING_BADGES_BASE_URL="https://bench.digint.invalid",
    )


def manage(*arguments):
    """Run a manage.py command; stop the benchmark with its output if it fails."""
    command = [sys.executable, "manage.py", *arguments]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(
            f"`manage.py {' '.join(arguments)}` failed ({result.returncode}):\n"
            f"{result.stdout}{result.stderr}"
        )


def prepare_site():
    """Create the database, load the real content and collect the static files."""
    for arguments in (
        ("migrate", "--noinput"),
        ("create_issuer_key",),
        ("load_digint",),
        ("collectstatic", "--noinput"),
    ):
        progress(f"manage.py {' '.join(arguments)}")
        manage(*arguments)


# --- gunicorn -----------------------------------------------------------------------------


def our_server_command(bind, workers, threads):
    """gunicorn serving this platform."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "--pythonpath",
        str(SITE),
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--threads",
        str(threads),
        "website.wsgi",
    ]


def start_server(log_path, build_command, cwd=REPO, env=None):
    """Start gunicorn on a loopback socket bound here, so no other server can take the port."""
    with (
        socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener,
        open(log_path, "wb") as log,
    ):
        listener.bind((HOST, 0))
        listener.listen(128)
        server = subprocess.Popen(
            build_command(f"fd://{listener.fileno()}"),
            cwd=cwd,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            pass_fds=[listener.fileno()],
            start_new_session=True,  # Ctrl-C reaches this script only; it stops gunicorn
        )
        return server, listener.getsockname()[1]


def server_log(log_path):
    """The end of gunicorn's log, for error messages."""
    lines = Path(log_path).read_text(errors="replace").splitlines()
    return "\n".join(lines[-30:])


def wait_until_ready(server, port, log_path, floor_path=FLOOR.path):
    """Poll the floor until it answers 200; fail if gunicorn exits or takes too long."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}:\n{server_log(log_path)}")
        connection = http.client.HTTPConnection(HOST, port, timeout=2)
        try:
            connection.request("GET", floor_path)
            if connection.getresponse().status == 200:
                return
        except (OSError, http.client.HTTPException):
            pass
        finally:
            connection.close()
        time.sleep(0.2)
    raise SystemExit(f"{floor_path} did not answer within {STARTUP_TIMEOUT:.0f} s")


def stop_server(server):
    """Stop gunicorn gracefully, or kill its master process if it does not stop in time."""
    if server.poll() is not None:
        return
    server.terminate()
    try:
        server.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# --- Load generation ----------------------------------------------------------------------


def run_connection(port, target, max_requests, start, seconds, sample):
    """Send requests over one keep-alive connection until the measurement ends."""
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    start.wait()
    deadline = start.time + seconds
    try:
        for _ in range(max_requests):
            if time.perf_counter() >= deadline:
                break
            began = time.perf_counter()
            try:
                connection.request("GET", target.path, headers=target.headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException):
                sample.errors += 1
                connection.close()  # the next request opens a new connection
                continue
            sample.latencies_ms.append((time.perf_counter() - began) * 1000)
            sample.statuses[response.status] += 1
            sample.cache_hits += response.getheader("X-Page-Cache") == "hit"
    finally:
        connection.close()


class StartSignal(threading.Barrier):
    """A barrier that records when the connections were all released at once."""

    def __init__(self, parties):
        super().__init__(parties, action=self._record)
        self.time = 0.0

    def _record(self):
        self.time = time.perf_counter()


def measure(port, target, seconds, concurrency):
    """Load one target with `concurrency` connections for `seconds`; merge what they saw."""
    start = StartSignal(concurrency)
    samples = [Sample() for _ in range(concurrency)]
    threads = [
        threading.Thread(
            target=run_connection,
            args=(port, target, MAX_REQUESTS_PER_MEASUREMENT // concurrency, start, seconds, s),
            daemon=True,  # Ctrl-C must not wait for the clients
        )
        for s in samples
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = Sample(elapsed=time.perf_counter() - start.time)
    for sample in samples:
        total.merge(sample)
    return total


def warm_up(ports, targets, concurrency):
    """Request every target briefly so each worker has its pages cached and code loaded."""
    progress(f"warming {len(targets)} targets")
    for target in targets:
        sample = measure(ports[target.site], target, WARMUP_SECONDS, concurrency)
        if sample.errors or set(sample.statuses) != {200}:
            progress(
                f"  warning: {target.label} [{target.mode}] answered "
                f"{dict(sample.statuses)} with {sample.errors} connection errors"
            )


def run_rounds(ports, targets, args):
    """Measure every target once per round, in a new random order each round (both sites'
    targets mixed, so that the machine's background load falls on both alike)."""
    samples = {target: [] for target in targets}
    for number in range(1, args.rounds + 1):
        progress(f"round {number}/{args.rounds}, load average {load_average()}")
        for target in random.sample(targets, len(targets)):
            samples[target].append(
                measure(ports[target.site], target, args.seconds, args.concurrency)
            )
    return samples


def load_average():
    """The 1-minute load average of the machine, as text."""
    return f"{os.getloadavg()[0]:.2f}"


def benchmark_servers(var_dir, targets, args, bakerydemo=None):
    """Start gunicorn for each site, warm them up, measure all rounds and always stop them."""
    servers, ports = [], {}
    try:

        def ours(bind):
            return our_server_command(bind, args.workers, args.threads)

        server, ports["digint"] = start_server(var_dir / "gunicorn.log", ours)
        servers.append(server)
        wait_until_ready(server, ports["digint"], var_dir / "gunicorn.log")
        if bakerydemo:

            def theirs(bind):
                return bakerydemo.server_command(bind, args.workers, args.threads)

            log = var_dir / "bakerydemo-gunicorn.log"
            server, ports["bakerydemo"] = start_server(
                log, theirs, cwd=bakerydemo.checkout, env=bakerydemo.environment()
            )
            servers.append(server)
            wait_until_ready(server, ports["bakerydemo"], log, bakerydemo_site.FLOOR_PATH)
        progress(f"gunicorn ready ({args.workers} workers × {args.threads} threads per site)")
        warm_up(ports, targets, args.concurrency)
        return run_rounds(ports, targets, args)
    finally:
        for server in servers:
            stop_server(server)


# --- SQL query counts ---------------------------------------------------------------------


def count_queries(paths):
    """Count the SQL queries of uncached renders of each path, with Django's test client.

    Every path is rendered once first, so that per-process state (templates, content types)
    does not burden whichever page comes first. Then, for each path: the Django cache is
    cleared and an anonymous request renders it ("cold"); a request with a session cookie,
    which the page cache does not answer, renders it again with warm caches ("warm").
    """
    sys.path[:0] = [str(REPO), str(SITE)]  # learning/ and courses/ sit at the root
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def render(path, cookie):
        headers = {"cookie": cookie} if cookie else {}
        with CaptureQueriesContext(connection) as queries:
            try:
                status = Client().get(path, headers={"host": "localhost", **headers}).status_code
            except Exception as error:  # a crashing page is reported, not fatal
                status = f"{type(error).__name__}: {error}"
        return {"status": status, "queries": len(queries)}

    for path in paths:
        render(path, None)
    counts = {}
    for path in paths:
        cache.clear()
        counts[path] = {"cold": render(path, None), "warm": render(path, SESSION_COOKIE)}
    connection.close()
    return counts


# --- Report -------------------------------------------------------------------------------


def percentile(sorted_values, percent):
    """The nearest-rank percentile of already sorted values (None when there are none)."""
    if not sorted_values:
        return None
    rank = math.ceil(percent / 100 * len(sorted_values))
    return sorted_values[max(rank, 1) - 1]


def summarize(target, samples, queries):
    """One report row: medians over rounds, latency percentiles over all requests."""
    latencies = sorted(ms for sample in samples for ms in sample.latencies_ms)
    statuses = sum((sample.statuses for sample in samples), Counter())
    errors = sum(sample.errors for sample in samples)
    requests = sum(sample.requests for sample in samples)
    hits = sum(sample.cache_hits for sample in samples)
    return {
        "site": target.site,
        "page": target.page,
        "kind": target.kind,
        "locale": target.locale,
        "path": target.label,
        "mode": target.mode,
        "rps": statistics.median(sample.requests / sample.elapsed for sample in samples),
        "rps_per_round": [round(sample.requests / sample.elapsed, 1) for sample in samples],
        "p50_ms": percentile(latencies, 50),
        "p99_ms": percentile(latencies, 99),
        "requests": requests,
        "non_200": requests - statuses.get(200, 0) + errors,
        "statuses": {str(status): count for status, count in sorted(statuses.items())},
        "connection_errors": errors,
        "cache_hit_share": hits / requests if requests else 0.0,
        "render": queries.get(target.path, {}).get("warm" if target.mode == "session" else "cold")
        if target.site == "digint"
        else None,
    }


def add_floor_ratios(rows):
    """Give every row its requests/s as a percentage of its own site's floor."""
    floors = {row["site"]: row["rps"] for row in rows if row["mode"] == "floor"}
    for row in rows:
        floor = floors.get(row["site"])
        row["percent_of_floor"] = row["rps"] / floor * 100 if floor else None


def comparisons(rows):
    """Each of our uncached (session) rows against its bakerydemo counterpart's requests/s."""
    theirs = {row["page"]: row for row in rows if row["site"] == "bakerydemo"}
    result = []
    for row in rows:
        counterpart = theirs.get(COUNTERPARTS.get(row["page"], ""))
        if row["site"] == "digint" and row["mode"] == "session" and counterpart:
            result.append(
                {
                    "page": row["page"],
                    "locale": row["locale"],
                    "rps": row["rps"],
                    "queries": row["render"]["queries"] if row["render"] else None,
                    "counterpart": counterpart["page"],
                    "counterpart_rps": counterpart["rps"],
                    "ratio": row["rps"] / counterpart["rps"] if counterpart["rps"] else None,
                }
            )
    return result


COLUMNS = (
    ("page", "<10"),
    ("path", "<34"),
    ("mode", "<7"),
    ("req/s", ">8"),
    ("p50 ms", ">7"),
    ("p99 ms", ">7"),
    ("% floor", ">7"),
    ("non-200", ">7"),
    ("hits", ">5"),
    ("SQL", ">4"),
)


def format_number(value, digits):
    """A number with `digits` decimals, or a dash when there is none."""
    return "-" if value is None else f"{value:.{digits}f}"


def format_row(row):
    """The table cells of one result row."""
    render = row["render"]
    if render is None:
        sql = "-"
    else:
        sql = f"{render['queries']}{'' if render['status'] == 200 else '!'}"
    return (
        row["page"],
        row["path"] if row["site"] == "digint" else f"bakerydemo {row['path']}",
        row["mode"],
        format_number(row["rps"], 1),
        format_number(row["p50_ms"], 1),
        format_number(row["p99_ms"], 1),
        format_number(row["percent_of_floor"], 1),
        str(row["non_200"]),
        f"{row['cache_hit_share']:.0%}" if row["render"] and row["mode"] == "anon" else "-",
        sql,
    )


def render_comparison(compared, rows):
    """The side-by-side table and the two summary lines the targets are read from."""
    lines = [
        "",
        "Uncached (session) against bakerydemo, same machine, same gunicorn settings, interleaved:",
        "",
        f"{'page':<10}  {'locale':<6}  {'req/s':>8}  {'SQL':>4}  {'bakerydemo page':<12}  "
        f"{'req/s':>8}  {'ratio':>6}",
    ]
    for item in compared:
        lines.append(
            f"{item['page']:<10}  {item['locale']:<6}  {item['rps']:>8.1f}  "
            f"{format_number(item['queries'], 0):>4}  {item['counterpart']:<12}  "
            f"{item['counterpart_rps']:>8.1f}  {format_number(item['ratio'], 2):>5}×"
        )
    if compared:
        lowest = min(compared, key=lambda item: item["ratio"] or 0)
        lines.append(
            f"lowest ratio: {lowest['page']} ({lowest['locale']}) "
            f"{format_number(lowest['ratio'], 2)}× {lowest['counterpart']}"
        )
    return "\n".join(lines)


def render_table(rows, args, loads):
    """The fixed-width results table, with a heading, the cache summary and a legend."""

    def line(cells):
        return "  ".join(f"{cell:{spec}}" for cell, (_, spec) in zip(cells, COLUMNS, strict=True))

    heading = (
        f"{args.workers} gunicorn workers × {args.threads} threads, {args.concurrency} "
        f"connections, {args.rounds} rounds × {args.seconds:g} s, {os.cpu_count()} CPUs "
        f"shared by client and server; load average {loads[0]} at the start, {loads[1]} "
        "at the end"
    )
    legend = [
        "req/s: median over rounds. p50/p99: over every request of every round.",
        "% floor: req/s ÷ the site's trivial view req/s × 100 (ours: /healthz/).",
        "hits: share answered by the page cache.",
        "mode anon: no cookie, the page cache may answer; session: a sessionid cookie, it may not.",
        "SQL: queries of one render, in-process — anon: caches cleared (a cold page-cache miss);",
        "     session: warm caches. '!' marks a render that did not answer 200 (see the JSON).",
    ]
    cached = [row for row in rows if row["mode"] == "anon" and row["site"] == "digint"]
    summary = []
    if cached:
        lowest = min(cached, key=lambda row: row["percent_of_floor"] or 0)
        summary.append(
            f"anonymous pages from the cache: lowest {format_number(lowest['percent_of_floor'], 1)}"
            f" % of /healthz/ ({lowest['page']}, {lowest['path']}); lowest hit share "
            f"{min(row['cache_hit_share'] for row in cached):.0%}"
        )
    header = line([name for name, _ in COLUMNS])
    body = [line(format_row(row)) for row in rows]
    return "\n".join([heading, "", header, "-" * len(header), *body, "", *summary, *legend])


def git_commit():
    """The checked-out commit, marked when the working tree has changes."""

    def git(*arguments):
        return subprocess.run(["git", *arguments], cwd=REPO, capture_output=True, text=True)

    commit = git("rev-parse", "--short", "HEAD").stdout.strip()
    dirty = git("status", "--porcelain", "--untracked-files=no").stdout.strip()
    return f"{commit}{'+changes' if dirty else ''}" if commit else None


def write_json(rows, compared, args, started, loads):
    """Save the configuration, machine and every row as JSON; return the file's path."""
    path = args.json or RESULTS_DIR / f"pages-{started:%Y%m%d-%H%M%S}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "started": started.isoformat(timespec="seconds"),
        "commit": git_commit(),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "load_average_start": loads[0],
            "load_average_end": loads[1],
        },
        "settings": {
            "rounds": args.rounds,
            "seconds": args.seconds,
            "concurrency": args.concurrency,
            "workers": args.workers,
            "threads": args.threads,
            "pages": args.pages,
            "bakerydemo": args.bakerydemo is not None,
        },
        "rows": rows,
        "bakerydemo_comparison": compared,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return path


# --- Main ---------------------------------------------------------------------------------


def profile(targets, args):
    """Print the hot spots of an uncached render of each page (the --profile mode)."""
    sys.path[:0] = [str(REPO), str(SITE)]
    import django

    django.setup()
    from page_profile import profile_pages

    paths = list(dict.fromkeys(t.path for t in targets if t.mode == "session"))
    progress(f"profiling {len(paths)} pages, {args.profile_renders} renders each")
    print(profile_pages(paths, args.profile_renders, 12, SESSION_COOKIE))


def main(argv=None):
    """Prepare the throw-away site(s), run the benchmark, print and save the results."""
    args = parse_arguments(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the cleanup on `kill` too
    started = datetime.now().astimezone()
    targets = select_targets(args.pages, with_bakerydemo=bool(args.bakerydemo))
    with tempfile.TemporaryDirectory(prefix="digint-bench-") as directory:
        var_dir = Path(directory)
        configure_environment(var_dir)
        bakerydemo = None
        if args.bakerydemo and not args.profile:
            (var_dir / "bakerydemo").mkdir()
            bakerydemo = bakerydemo_site.BakerydemoSite(
                args.bakerydemo, args.bakerydemo_python, var_dir / "bakerydemo"
            )
            bakerydemo.prepare(progress)
        prepare_site()
        if args.profile:
            profile(targets, args)
            return
        loads = [load_average()]
        samples = benchmark_servers(var_dir, targets, args, bakerydemo)
        loads.append(load_average())
        progress("counting SQL queries")
        queries = count_queries(list(dict.fromkeys(t.path for t in targets if t.site == "digint")))
    rows = [summarize(target, samples[target], queries) for target in targets]
    add_floor_ratios(rows)
    compared = comparisons(rows)
    print(render_table(rows, args, loads))
    if compared:
        print(render_comparison(compared, rows))
    progress(f"JSON results: {write_json(rows, compared, args, started, loads)}")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
