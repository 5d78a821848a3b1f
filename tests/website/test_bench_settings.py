"""The benchmark scripts start the site with production settings: those settings must accept
the environment each script builds (else the benchmarks cannot run at all)."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CONFIGURE = {
    "pages": "pages.configure_environment(var_dir)",
    "lrs": "lrs.configure(var_dir, None)",
}


@pytest.mark.parametrize("script", sorted(CONFIGURE))
def test_the_benchmark_environment_passes_the_production_checks(script, tmp_path):
    program = (
        "import pathlib, subprocess, sys\n"
        "sys.path.insert(0, 'bench')\n"
        f"import {script}\n"
        f"var_dir = pathlib.Path({str(tmp_path)!r})\n"
        f"{CONFIGURE[script]}\n"
        "subprocess.run([sys.executable, 'manage.py', 'check'], check=True)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
