#!/usr/bin/env python3
"""Set up and run medborgardialog with nothing but Python 3.11+.

    python3 tasks.py run      # run the product (creates .venv and installs it first)
    python3 tasks.py test     # run the tests (same, with the test extras)
    python3 tasks.py bench    # run the benchmark (benchmarks/README.md)
    python3 tasks.py bench-turns   # handlers and storage alone, per turn
    python3 tasks.py bench-textlang   # the language tagger beside langdetect, on held-out text
    python3 tasks.py bench-flood   # one resident floods the bot: how long the others wait

Everything after the task name is passed on: `python3 tasks.py test -k arabic`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# The benchmark tasks and their scripts under benchmarks/.
BENCHMARKS = {
    "bench": "bench_dialogue.py",
    "bench-turns": "bench_turns.py",
    "bench-textlang": "bench_textlang.py",
    "bench-flood": "bench_flood.py",
}


def ensure_env(extras: str) -> None:
    """Create .venv and install the project (with `extras`) when pyproject.toml has changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs on whatever python3 is there
        sys.exit(f"medborgardialog needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    marker = VENV / f".installed-{extras or 'base'}-{digest}"
    if marker.exists():
        return
    print(f"installing medborgardialog{f'[{extras}]' if extras else ''} into .venv ...", flush=True)
    quiet = ["--quiet"] if os.environ.get("CI") else []
    subprocess.run([PYTHON, "-m", "pip", "install", *quiet, "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([PYTHON, "-m", "pip", "install", *quiet, "--editable", target], check=True, cwd=ROOT)
    marker.touch()


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if task == "run":
        ensure_env("")
        return subprocess.call([PYTHON, "-m", "bot", "run", *rest], cwd=ROOT)
    if task == "test":
        ensure_env("test")
        return subprocess.call([PYTHON, "-m", "pytest", *rest], cwd=ROOT)
    if task in BENCHMARKS:
        ensure_env("test")
        return subprocess.call([PYTHON, f"benchmarks/{BENCHMARKS[task]}", *rest], cwd=ROOT)
    if task == "cli":
        ensure_env("")
        return subprocess.call([PYTHON, "-m", "bot", *rest], cwd=ROOT)
    print(__doc__)
    return 0 if task in ("help", "-h", "--help") else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
