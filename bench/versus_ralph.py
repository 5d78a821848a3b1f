"""`bench/lrs.py --ralph VENV`: our LRS and Ralph 5.1 measured side by side, interleaved.

Both start from empty stores. Each round measures every figure on both servers, in a new random
order, with the same statements (thread n of a measurement draws from the same seed on both
sides) and the same concurrency. After the POST rounds both stores are topped up with the same
statements to `--ralph-stored` (22,000), then GETs by agent (limit=100) are measured the same
way. The ratio of each figure is ours ÷ Ralph's, medians over the rounds; the load average is
sampled before every measurement.
"""

import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import lrs

RALPH_SERVER = Path(__file__).resolve().parent / "ralph_server.py"
FILL_BATCH = 1000


@dataclass
class Target:
    """One LRS under measurement: where its Statement resource is and what it stored."""

    name: str
    port: int
    statements_path: str
    stored: int = 0
    rates: dict = field(default_factory=dict)
    latencies: dict = field(default_factory=dict)
    failures: dict = field(default_factory=dict)


def start_ralph(venv, directory):
    """Create Ralph's credentials and serve it on a loopback socket; return (process, port)."""
    venv = Path(venv)
    ralph, python = venv / "bin" / "ralph", venv / "bin" / "python"
    if not ralph.exists():
        raise SystemExit(f"{ralph} not found: install ralph-malph in that virtualenv first.")
    environment = {
        **os.environ,
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_AUTH_FILE": str(directory / "auth.json"),
        "RALPH_HISTORY_FILE": str(directory / "history.json"),
    }
    subprocess.run(
        [ralph, "auth", "-u", lrs.KEY, "-p", lrs.SECRET, "-s", "all"]
        + ["-A", lrs.KEY, "https://lms.example.eu", "-w"],
        check=True,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    listener = socket.socket()
    listener.bind((lrs.HOST, 0))
    port = listener.getsockname()[1]
    listener.close()
    process = subprocess.Popen(
        [python, RALPH_SERVER, "--port", str(port), "--directory", str(directory)],
        env=environment,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(lrs.HOST, port, timeout=2)
            connection.request("GET", "/__lbheartbeat__")
            if connection.getresponse().status == 200:
                return process, port
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise RuntimeError("Ralph did not start")


def load_average():
    return os.getloadavg()[0]


def _posts(target, size, per_request):
    def make(rng):
        if per_request == 1:
            body = lrs.statement(size, rng)
        else:
            body = [lrs.statement(size, rng) for _ in range(per_request)]
        return "POST", target.statements_path, json.dumps(body)

    return make


def _gets(target, size):
    def make(rng):
        agent = json.dumps(lrs.statement(size, rng)["actor"])
        return "GET", f"{target.statements_path}?" + urlencode({"agent": agent, "limit": 100}), None

    return make


def _record(target, figure, latencies, failures, seconds, per_request):
    """Keep a measurement; `per_request` statements were stored by each success (0 for GETs)."""
    target.rates.setdefault(figure, []).append(len(latencies) * max(per_request, 1) / seconds)
    target.latencies.setdefault(figure, []).extend(latencies)
    target.failures[figure] = target.failures.get(figure, 0) + failures
    target.stored += len(latencies) * per_request


def fill(target, total, size):
    """POST the same statements to a target until it holds `total`."""
    connection = http.client.HTTPConnection(lrs.HOST, target.port, timeout=600)
    rng = random.Random("fill")
    sent = 0
    while sent < total:
        batch = [lrs.statement(size, rng) for _ in range(min(FILL_BATCH, total - sent))]
        sent += len(batch)
        if sent <= target.stored:
            continue
        connection.request(
            "POST", target.statements_path, json.dumps(batch), lrs.headers("application/json")
        )
        response = connection.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{target.name} refused a batch: HTTP {response.status}")
    target.stored = max(target.stored, total)


def run(args, our_port, ralph_port):
    """Measure both servers; returns the targets and the load averages seen."""
    ours = Target("ours", our_port, "/xapi/statements")
    ralph = Target("Ralph", ralph_port, "/xAPI/statements")
    targets, loads = [ours, ralph], []
    size = args.ralph_stored
    order = random.Random("order")
    figures = [("POST single", 1), ("POST batch of 100", 100)]
    for number in range(args.rounds):
        for figure, per_request in figures:
            for target in order.sample(targets, 2):
                loads.append(load_average())
                lrs.progress(f"round {number + 1}: {figure} on {target.name}")
                seed = f"{figure}-{number}"
                latencies, failures = lrs.drive(
                    target.port,
                    _posts(target, size, per_request),
                    args.seconds,
                    args.concurrency,
                    seed,
                )
                _record(target, figure, latencies, failures, args.seconds, per_request)
    for target in targets:
        lrs.progress(f"filling {target.name} to {size:,} statements")
        fill(target, size, size)
    figure = "GET by agent, limit=100"
    for number in range(args.rounds):
        for target in order.sample(targets, 2):
            loads.append(load_average())
            lrs.progress(f"round {number + 1}: {figure} on {target.name}")
            latencies, failures = lrs.drive(
                target.port, _gets(target, size), args.seconds, args.concurrency, f"get-{number}"
            )
            _record(target, figure, latencies, failures, args.seconds, 0)
    return ours, ralph, loads


def report(args, ours, ralph, loads, database):
    print(
        f"\nOurs ({database}, gunicorn {args.workers} worker x {args.threads} threads) vs Ralph "
        f"5.1 (file backend, uvicorn 1 worker); concurrency {args.concurrency}, {args.rounds} "
        f"interleaved rounds of {args.seconds:g} s; GET with {args.ralph_stored:,} stored\n"
    )
    print(f"{'figure':<26}{'unit':>6}{'ours':>10}{'Ralph':>10}{'ratio':>8}{'fail':>10}")
    for figure in ours.rates:
        unit = "q/s" if figure.startswith("GET") else "st/s"
        mine, theirs = statistics.median(ours.rates[figure]), statistics.median(ralph.rates[figure])
        ratio = mine / theirs if theirs else float("inf")
        failures = f"{ours.failures[figure]}/{ralph.failures[figure]}"
        print(f"{figure:<26}{unit:>6}{mine:>10,.1f}{theirs:>10,.1f}{ratio:>8.1f}{failures:>10}")
    figure = "GET by agent, limit=100"
    mine = lrs.percentile(ours.latencies[figure], 0.5)
    theirs = lrs.percentile(ralph.latencies[figure], 0.5)
    print(
        f"{'GET p50 latency':<26}{'ms':>6}{mine:>10,.1f}{theirs:>10,.1f}"
        f"{theirs / mine if mine else float('inf'):>8.1f}"
    )
    print(
        f"\nload average (1 min) before each measurement: min {min(loads):.2f}, "
        f"median {statistics.median(loads):.2f}, max {max(loads):.2f}; {os.cpu_count()} cores"
    )
    sys.stdout.flush()
