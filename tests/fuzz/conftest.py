"""The fuzz suite's settings and its one property: no answer is a server error.

Two Hypothesis profiles: "ci" (the default; a fixed-seed sample that the normal suite runs on
SQLite and PostgreSQL in well under a minute) and "fuzz" (`make fuzz`, at least 10,000 cases
across resources). Every request made through `fuzz_request` is counted; the totals are
printed at the end of the run.
"""

import os
import resource

from django.test import Client

import pytest
from hypothesis import HealthCheck, settings

COMMON = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}
settings.register_profile("ci", max_examples=12, derandomize=True, **COMMON)
settings.register_profile("fuzz", max_examples=int(os.environ.get("FUZZ_EXAMPLES", 900)), **COMMON)
settings.load_profile(os.environ.get("FUZZ_PROFILE", "ci"))

# Growth of the process's peak memory over the whole run, in KiB (ru_maxrss is in KiB on Linux).
MEMORY_BOUND_KIB = 512 * 1024
TALLY = {"cases": 0, "server_errors": 0, "start_rss": None, "largest_step": (0, "")}


class FuzzClient(Client):
    """A test client whose every answer is counted and must not be a server error."""

    def request(self, **request):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        response = super().request(**request)
        step = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
        if step > TALLY["largest_step"][0]:
            TALLY["largest_step"] = (
                step,
                f"{request.get('REQUEST_METHOD')} {request.get('PATH_INFO')}",
            )
        TALLY["cases"] += 1
        if response.status_code >= 500:
            TALLY["server_errors"] += 1
            raise AssertionError(
                f"{request.get('REQUEST_METHOD')} {request.get('PATH_INFO')}"
                f"?{request.get('QUERY_STRING', '')} answered {response.status_code}"
            )
        return response


@pytest.fixture
def fuzz_client(db):
    # The test client raises the view's exception instead of answering 500: both fail.
    return FuzzClient(HTTP_HOST="localhost")


@pytest.fixture(scope="session", autouse=True)
def _memory_stays_bounded():
    TALLY["start_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    yield
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - (TALLY["start_rss"] or 0)
    assert grown < MEMORY_BOUND_KIB, f"peak memory grew by {grown // 1024} MiB"


def pytest_terminal_summary(terminalreporter):
    if TALLY["cases"]:
        grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - (TALLY["start_rss"] or 0)
        terminalreporter.write_line(
            f"fuzz: {TALLY['cases']} cases, {TALLY['server_errors']} server errors, "
            f"peak memory grew by {grown // 1024} MiB (most in one request: "
            f"{TALLY['largest_step'][0] // 1024} MiB, {TALLY['largest_step'][1]}) "
            f"(profile {os.environ.get('FUZZ_PROFILE', 'ci')})"
        )
