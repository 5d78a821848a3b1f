"""Benchmark the pilot evaluation's pages as synthetic learners grow.

Builds a throw-away site (SQLite in a temporary directory, or the empty PostgreSQL database
given with --database-url), runs migrate and load_digint, signs in an evaluator, then grows the
number of synthetic learners step by step (`add_synthetic_learners`, the path behind
`load_digint --synthetic-learners N`; on PostgreSQL with `fast=True`, which writes the same rows
with COPY). At each step it renders every evaluation page for one
course with synthetic learners included and prints the SQL query count and the median server
time. The query counts must stay the same at every step.

    .venv/bin/python bench/evaluation.py                              # 1,000 and 10,000
    .venv/bin/python bench/evaluation.py --sizes 1000 10000 100000 --rounds 3
    .venv/bin/python bench/evaluation.py --database-url postgres://postgres@127.0.0.1/empty_db

Given a database it filled before, it measures again without rebuilding the site (adding
learners only up to --sizes).
"""

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

from benchmarking import measure

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
PAGES = ("overview", "funnel", "items", "engagement", "report")


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--rounds", type=int, default=5, help="renders per page and step")
    parser.add_argument(
        "--database-url", default="", help="an EMPTY PostgreSQL database to build the site in"
    )
    return parser.parse_args()


def main():
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory(prefix="digint-bench-") as directory:
        for name in ("DATABASE_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "MEDIA_ROOT"):
            os.environ.pop(name, None)
        if arguments.database_url:
            os.environ["DATABASE_URL"] = arguments.database_url
        os.environ["VAR_DIR"] = directory
        os.environ["DJANGO_SETTINGS_MODULE"] = "website.settings.test"
        import django

        django.setup()
        from datetime import timedelta
        from urllib.parse import urlencode

        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
        from django.urls import reverse
        from django.utils import timezone

        from learning.evaluation.models import EnrolmentFact
        from learning.evaluation.synthetic import add_synthetic_learners
        from learning.xapi.models import Statement

        if "evaluation_syntheticlearner" in connection.introspection.table_names():
            # A database this script filled before: measure again (and add learners up to
            # --sizes), e.g. after changing a page.
            print(f"Reusing the site already in this {connection.vendor} database…")
        else:
            print(f"Preparing a throw-away site on {connection.vendor} (migrate, load_digint)…")
            call_command("migrate", verbosity=0)
            call_command("load_digint", stdout=io.StringIO())
        user, _ = get_user_model().objects.get_or_create(username="bench-evaluator")
        user.groups.add(Group.objects.get(name="Evaluators"))
        client = Client()
        client.force_login(user)
        print(f"{'learners':>9} {'statements':>11} {'page':>11} {'queries':>8} {'median ms':>10}")
        for size in sorted(arguments.sizes):
            started = time.perf_counter()
            # On PostgreSQL the statements are written with COPY (the rows `store_statements`
            # would write; tests/learning/evaluation/test_evaluation_synthetic_fast.py).
            add_synthetic_learners(size, fast=connection.vendor == "postgresql")
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    # As autovacuum would: statistics, and the visibility map the index-only
                    # scans of the pages need (bulk-loaded pages are not yet all-visible).
                    cursor.execute("VACUUM ANALYZE")
            built = time.perf_counter() - started
            course = (
                EnrolmentFact.objects.values_list("course_iri", flat=True).order_by("pk").first()
            )
            start = (timezone.localdate() - timedelta(days=100)).isoformat()
            query = urlencode({"synthetic": "on", "course": course, "start": start})
            statements = Statement.objects.count()
            for page in PAGES:
                url = f"{reverse(f'evaluation_admin:{page}')}?{query}"
                counts, median = measure(client, url, arguments.rounds)
                print(
                    f"{size:>9,} {statements:>11,} {page:>11} "
                    f"{'/'.join(map(str, sorted(counts))):>8} {median * 1000:>10.1f}",
                    flush=True,
                )
            print(f"  (adding the learners took {built:.0f} s; load {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
