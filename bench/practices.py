"""Render time of the good-practice index at 100, 1,000 and 10,000 practices.

The script builds a throw-away SQLite site in a temporary directory (migrate, load_digint),
then grows the English repository to each size with generated practices and renders the
index in-process with Django's test client, uncached (the page cache is cleared before every
request): once unfiltered and once filtered by two facets plus a search term. It reports
p50/p95 render times and the number of SQL queries per render. See bench/README.md.
"""

import argparse
import io
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SIZES = (100, 1_000, 10_000)
QUERIES = {
    "all": {},
    "filtered": {"dimension": "curriculum", "country": "IT", "q": "mobility"},
}


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--renders", type=int, default=30, help="renders per size and query")
    parser.add_argument("--sizes", type=int, nargs="+", default=SIZES, help="numbers of practices")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    options = parser.parse_args()

    workdir = tempfile.TemporaryDirectory(prefix="digint-bench-practices-")
    os.environ["VAR_DIR"] = workdir.name
    os.environ.pop("DATABASE_URL", None)  # never grow a real database
    os.environ["DJANGO_SETTINGS_MODULE"] = "website.settings.test"
    sys.path[:0] = [str(REPO), str(REPO / "site")]

    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from website.practices.factories import bulk_create_practices
    from website.practices.models import PracticeIndexPage, PracticePage

    print("Building the site (migrate, load_digint)…", file=sys.stderr)
    call_command("migrate", verbosity=0)
    call_command("load_digint", stdout=io.StringIO())
    index_page = PracticeIndexPage.objects.get(locale__language_code="en")
    client = Client()
    results = []
    for size in sorted(options.sizes):
        existing = PracticePage.objects.child_of(index_page).count()
        if size > existing:
            bulk_create_practices(index_page, size - existing)
        for name, params in QUERIES.items():
            timings = []
            for _render in range(options.renders + 1):
                cache.clear()
                with CaptureQueriesContext(connection) as queries:
                    start = time.perf_counter()
                    response = client.get(index_page.url, params)
                    elapsed = (time.perf_counter() - start) * 1000
                assert response.status_code == 200, response.status_code
                timings.append(elapsed)
            timings = timings[1:]  # the first render warms Python and the database
            row = {
                "practices": size,
                "query": name,
                "p50_ms": round(statistics.median(timings), 1),
                "p95_ms": round(percentile(timings, 0.95), 1),
                "sql": len(queries),
            }
            results.append(row)
            print(
                f"{size:>7,} practices  {name:<9} p50 {row['p50_ms']:>8.1f} ms  "
                f"p95 {row['p95_ms']:>8.1f} ms  {row['sql']} queries"
            )
    if options.json:
        options.json.write_text(json.dumps(results, indent=2))
    workdir.cleanup()


if __name__ == "__main__":
    main()
