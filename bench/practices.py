"""The good-practice index at 100, 1,000 and 10,000 practices, rendered through real HTTP.

The script builds a throw-away site (SQLite in a temporary directory, or the EMPTY PostgreSQL
database given with --database-url), loads the DIG.INT content, then grows the English
repository to each size with generated practices (`website.practices.factories`). At each
size gunicorn (production settings) serves the index and a keep-alive client requests, with a
session cookie so that the anonymous page cache steps aside and every request renders:

- `index`: the index with no filter (every facet counted over every practice);
- `facet`: one facet ticked (`?dimension=curriculum`);
- `search`: a full-text search (`?q=mobility`), its facet counts over the same match.

It prints the median latency (p50) and requests/s of each, its SQL queries (one in-process
render), and the ratio of its p50 at each size to its p50 at the smallest size: the target is
at most 2× at 10,000 against 100. See bench/README.md.
"""

import argparse
import http.client
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pages import (
    HOST,
    SESSION_COOKIE,
    configure_environment,
    load_average,
    our_server_command,
    start_server,
    stop_server,
    wait_until_ready,
)

REPO = Path(__file__).resolve().parents[1]
SIZES = (100, 1_000, 10_000)
QUERIES = {
    "index": "",
    "facet": "?dimension=curriculum",
    "search": "?q=mobility",
}


def progress(message):
    print(f"[load {load_average()}] {message}", file=sys.stderr, flush=True)


def parse_arguments(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="practices")
    parser.add_argument(
        "--requests", type=int, default=60, help="requests per size and query (default: 60)"
    )
    parser.add_argument(
        "--database-url",
        default="",
        help="an EMPTY PostgreSQL database to fill (default: SQLite in a temporary directory)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    return parser.parse_args(argv)


def timed_requests(port, path, count):
    """Latencies (ms) of `count` sequential uncached requests over one keep-alive connection."""
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    latencies = []
    try:
        for _ in range(count):
            began = time.perf_counter()
            connection.request("GET", path, headers={"Cookie": SESSION_COOKIE})
            response = connection.getresponse()
            body = response.read()
            if response.status != 200 or b"practices found" not in body:
                raise SystemExit(f"{path} answered {response.status}")
            latencies.append((time.perf_counter() - began) * 1000)
    finally:
        connection.close()
    return latencies


def in_process(path):
    """(SQL queries of a render, median ms of three cold renders), in-process.

    Cold: the cache is cleared first, as after a publication, so the facets are counted
    again over every matching practice.
    """
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client

    executed = []

    def record(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    client = Client(HTTP_HOST="localhost", HTTP_COOKIE=SESSION_COOKIE)
    client.get(path)
    with connection.execute_wrapper(record):
        client.get(path)
    cold = []
    for _ in range(3):
        cache.clear()
        began = time.perf_counter()
        client.get(path)
        cold.append((time.perf_counter() - began) * 1000)
    return len(executed), statistics.median(cold)


def main(argv=None):
    args = parse_arguments(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="digint-bench-practices-") as directory:
        var_dir = Path(directory)
        configure_environment(var_dir)
        if args.database_url:
            os.environ["DATABASE_URL"] = args.database_url
        sys.path[:0] = [str(REPO), str(REPO / "site")]
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from website.practices.factories import bulk_create_practices
        from website.practices.models import PracticeIndexPage, PracticePage

        if args.database_url and connection.introspection.table_names():
            raise SystemExit("--database-url must name an EMPTY database")
        progress("building the site (migrate, load_digint, collectstatic)")
        call_command("migrate", verbosity=0)
        call_command("create_issuer_key", stdout=io.StringIO())
        call_command("load_digint", stdout=io.StringIO())
        call_command("collectstatic", "--noinput", verbosity=0)
        index_page = PracticeIndexPage.objects.get(locale__language_code="en")
        for size in sorted(args.sizes):
            existing = PracticePage.objects.child_of(index_page).count()
            if size > existing:
                progress(f"adding {size - existing:,} practices")
                bulk_create_practices(index_page, size - existing)
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            connection.close()
            log = var_dir / "gunicorn.log"
            server, port = start_server(log, lambda bind: our_server_command(bind, 1, 1))
            try:
                wait_until_ready(server, port, log)
                for name, query in QUERIES.items():
                    path = index_page.url + query
                    timed_requests(port, path, 3)  # warm the worker
                    latencies = timed_requests(port, path, args.requests)
                    p50 = statistics.median(latencies)
                    queries, cold_ms = in_process(path)
                    results.append(
                        {
                            "practices": size,
                            "query": name,
                            "path": path,
                            "p50_ms": round(p50, 1),
                            "requests_per_s": round(1000 / statistics.mean(latencies), 1),
                            "sql": queries,
                            "cold_in_process_ms": round(cold_ms, 1),
                            "load_average": load_average(),
                        }
                    )
                    progress(f"{size:,} practices, {name}: p50 {p50:.1f} ms")
            finally:
                stop_server(server)
        database = connection.vendor
    smallest = {
        row["query"]: row["p50_ms"] for row in results if row["practices"] == min(args.sizes)
    }
    print(
        f"\nGood-practice index through HTTP: {database}, one gunicorn sync worker, one "
        f"keep-alive connection, uncached (session cookie), {args.requests} requests each\n"
    )
    print(
        f"{'practices':>10}  {'query':<7}{'p50 ms':>9}{'req/s':>8}{'SQL':>5}{'× smallest':>12}"
        f"{'cold ms':>9}{'load':>6}"
    )
    for row in results:
        row["ratio_to_smallest"] = round(row["p50_ms"] / smallest[row["query"]], 2)
        print(
            f"{row['practices']:>10,}  {row['query']:<7}{row['p50_ms']:>9.1f}"
            f"{row['requests_per_s']:>8.1f}{row['sql']:>5}{row['ratio_to_smallest']:>11.2f}×"
            f"{row['cold_in_process_ms']:>9.1f}{row['load_average']:>6}"
        )
    print(
        "\ncold ms: one in-process render after clearing the cache (as after a publication),"
        " median of three; SQL: queries of a steady-state render"
    )
    if args.json:
        args.json.write_text(json.dumps({"database": database, "rows": results}, indent=2))


if __name__ == "__main__":
    main()
