"""Benchmark the benchmarking report as submitted assessments grow.

Builds a throw-away SQLite site in a temporary directory (migrate, load_digint with synthetic
institutions), signs in a member of one institution with a submitted assessment, then grows the
number of submitted assessments of the same questionnaire version step by step. At each step it
renders the report page (all percentiles, a peer group, best performers, weak areas) and prints
the SQL query count and the median time. The query count must stay the same at every step.

    .venv/bin/python bench/benchmarking.py                     # 120, 1,000, 10,000 and 50,000
    .venv/bin/python bench/benchmarking.py --sizes 120 10000 --rounds 5
"""

import argparse
import io
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        default=[120, 1_000, 10_000, 50_000],
        help="numbers of submitted assessments to measure at (at least 120)",
    )
    parser.add_argument("--rounds", type=int, default=9, help="report renders per step")
    return parser.parse_args()


def grow(version, target, rng):
    """Add institutions, five yearly assessments each, until `target` assessments exist."""
    from django.utils import timezone

    from learning.benchmarking.models import Assessment, Institution
    from website.core.vocabularies import Dimension

    missing = target - Assessment.objects.filter(submitted_at__isnull=False).count()
    if missing <= 0:
        return
    years = 5
    institutions = Institution.objects.bulk_create(
        Institution(
            name=f"Bench institution {rng.random():.8f}",
            country=rng.choice(["IT", "FR", "NL", "ES", "RO", "BE"]),
            kind=rng.choice(["vet-provider", "technical-hei", "other"]),
            size=rng.choice(["small", "medium", "large"]),
            shows_as_best_performer=rng.random() < 0.2,
            is_synthetic=True,
        )
        for _ in range(-(-missing // years))
    )
    rows = []
    for institution in institutions:
        for year in range(years):
            scores = {Assessment.score_field(code): rng.randint(0, 100) for code in Dimension}
            rows.append(
                Assessment(
                    institution=institution,
                    version=version,
                    period=2015 + year,
                    submitted_at=timezone.now(),
                    score_overall=sum(scores.values()) // 4,
                    **scores,
                )
            )
    Assessment.objects.bulk_create(rows[:missing], batch_size=2_000)


def measure(client, url, rounds):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the caches
    timings, counts = [], set()
    for _ in range(rounds):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
        counts.add(len(queries))
    return counts, statistics.median(timings)


def main():
    arguments = parse_arguments()
    with tempfile.TemporaryDirectory(prefix="digint-bench-") as directory:
        for name in ("DATABASE_URL", "REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "MEDIA_ROOT"):
            os.environ.pop(name, None)
        os.environ["VAR_DIR"] = directory
        os.environ["DJANGO_SETTINGS_MODULE"] = "website.settings.test"
        import django

        django.setup()
        from django.contrib.auth import get_user_model
        from django.core.management import call_command
        from django.test import Client
        from django.urls import reverse

        from learning.benchmarking.models import Assessment

        print("Preparing a throw-away site (migrate, load_digint)…", flush=True)
        call_command("migrate", verbosity=0)
        call_command("load_digint", synthetic_institutions=120, stdout=io.StringIO())
        own = Assessment.objects.select_related("institution", "version").first()
        user = get_user_model().objects.create_user("bench", password="bench-password-2025")
        own.institution.members.add(user)
        client = Client()
        client.force_login(user)
        url = reverse("benchmarking:report", args=[own.pk]) + "?compare=1&country=1&kind=1"
        rng = random.Random(7)
        print(f"{'assessments':>12} {'queries':>8} {'median ms':>10}")
        for size in sorted(arguments.sizes):
            grow(own.version, size, rng)
            count = Assessment.objects.filter(submitted_at__isnull=False).count()
            counts, median = measure(client, url, arguments.rounds)
            print(
                f"{count:>12,} {'/'.join(map(str, sorted(counts))):>8} {median * 1000:>10.1f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
