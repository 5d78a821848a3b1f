"""The profiling mode of bench/pages.py: where the time of an uncached render goes, per page.

Each page is rendered in-process with Django's test client and a session cookie (so the
anonymous page cache steps aside, as for a signed-in visitor), first once to warm the
process, then `renders` times under cProfile. For each page it prints the mean render time,
the functions that spend the most time themselves (tottime) and the project's own functions
with the most time below them (cumulative): the hot spots to remove first.
"""

import cProfile
import io
import pstats
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PROJECT_DIRS = tuple(str(REPO / folder) for folder in ("site", "learning", "courses"))


def _location(function_key):
    filename, line, name = function_key
    for marker in ("site-packages/", str(REPO) + "/"):
        if marker in filename:
            filename = filename.split(marker, 1)[1]
            break
    return f"{filename}:{line}({name})"


def _top(stats, sort, how_many, keep=lambda key: True):
    """(calls, seconds, location) of the first `how_many` functions by `sort` that `keep`."""
    rows = []
    for key, (_primitive, calls, tottime, cumtime, _callers) in stats.stats.items():
        if keep(key):
            rows.append((calls, tottime if sort == "tottime" else cumtime, _location(key)))
    rows.sort(key=lambda row: row[1], reverse=True)
    return rows[:how_many]


def profile_pages(paths, renders, how_many, cookie):
    """Profile each path; return the report as text."""
    from django.test import Client

    client = Client(HTTP_HOST="localhost", HTTP_COOKIE=cookie)
    lines = []
    for path in paths:
        status = client.get(path).status_code  # warm templates, caches and imports
        profiler = cProfile.Profile()
        began = time.perf_counter()
        profiler.enable()
        for _ in range(renders):
            client.get(path)
        profiler.disable()
        mean_ms = (time.perf_counter() - began) / renders * 1000
        stats = pstats.Stats(profiler, stream=io.StringIO())
        lines.append(f"\n{path}  [{status}]  {mean_ms:.1f} ms per render under the profiler")
        lines.append(f"  top {how_many} by own time (ms per render, calls per render):")
        for calls, seconds, where in _top(stats, "tottime", how_many):
            lines.append(f"    {seconds / renders * 1000:7.2f}  {calls // renders:6d}  {where}")
        lines.append(f"  top {how_many} project functions by time below them:")
        project = _top(stats, "cumtime", how_many, keep=lambda key: key[0].startswith(PROJECT_DIRS))
        for calls, seconds, where in project:
            lines.append(f"    {seconds / renders * 1000:7.2f}  {calls // renders:6d}  {where}")
    return "\n".join(lines)
