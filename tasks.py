#!/usr/bin/env python3
"""Set up and run medborgardialog with nothing but Python 3.11+.

    python3 tasks.py run      # run the product (creates .venv and installs it first)
    python3 tasks.py test     # run the tests (same, with the test and themes extras)
    python3 tasks.py bench    # run the benchmark (benchmarks/README.md)
    python3 tasks.py bench-turns   # handlers and storage alone, per turn
    python3 tasks.py bench-textlang   # the language tagger beside langdetect, on held-out text
    python3 tasks.py bench-flood   # one resident floods the bot: how long the others wait
    python3 tasks.py bench-broadcast   # one update to 10,000 followers at Telegram's cap
    python3 tasks.py lock     # write constraints.txt from .venv (--upgrade: newest allowed versions first)

Installs take the versions in constraints.txt (README, "Lock file"), the ones the tests passed on.

Everything after the task name is passed on: `python3 tasks.py test -k arabic`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# The versions the tests passed on (tools/lock.py writes it). pip's own configuration may add
# constraints of the machine's (e.g. /etc/xdg/pip/constraints.txt); they apply as well.
CONSTRAINTS = ROOT / "constraints.txt"
# The benchmark tasks and their scripts under benchmarks/.
BENCHMARKS = {
    "bench": "bench_dialogue.py",
    "bench-turns": "bench_turns.py",
    "bench-textlang": "bench_textlang.py",
    "bench-flood": "bench_flood.py",
    "bench-broadcast": "bench_broadcast.py",
}


def all_extras() -> str:
    """Return every extra pyproject.toml defines, comma-separated (what `lock` installs and pins)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return ",".join(sorted(project.get("optional-dependencies", {})))


def install_command(extras: str, *, locked: bool = True) -> list[str]:
    """Return the pip command that installs the project (with `extras`) into .venv, from the lock file."""
    target = f".[{extras}]" if extras else "."
    quiet = ["--quiet"] if os.environ.get("CI") else []
    pins = ["--constraint", str(CONSTRAINTS)] if locked and CONSTRAINTS.exists() else []
    return [str(PYTHON), "-m", "pip", "install", *quiet, *pins, "--editable", target]


def ensure_env(extras: str) -> None:
    """Create .venv and install the project (with `extras`) when pyproject.toml or constraints.txt has changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - tasks.py runs on whatever python3 is there
        sys.exit(f"medborgardialog needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    marker = _marker(extras)
    if marker.exists():
        return
    print(f"installing medborgardialog{f'[{extras}]' if extras else ''} into .venv ...", flush=True)
    quiet = ["--quiet"] if os.environ.get("CI") else []
    subprocess.run([PYTHON, "-m", "pip", "install", *quiet, "--upgrade", "pip"], check=True)
    subprocess.run(install_command(extras), check=True, cwd=ROOT)
    marker.touch()


def _marker(extras: str) -> Path:
    sources = (ROOT / "pyproject.toml").read_bytes() + (CONSTRAINTS.read_bytes() if CONSTRAINTS.exists() else b"")
    digest = hashlib.sha256(sources).hexdigest()[:16]
    return VENV / f".installed-{extras.replace(',', '+') or 'base'}-{digest}"


def lock(rest: list[str]) -> int:
    """Install the project with every extra into .venv and pin what it reached in constraints.txt."""
    extras = all_extras()
    ensure_env(extras)
    if "--upgrade" in rest:
        # The newest versions pyproject.toml allows, ignoring the old pins (the machine's own still apply).
        subprocess.run([*install_command(extras, locked=False)[:4], "--upgrade", "--upgrade-strategy", "eager",
                        *install_command(extras, locked=False)[4:]], check=True, cwd=ROOT)
    code = subprocess.call([PYTHON, "tools/lock.py"], cwd=ROOT)
    if code == 0:
        _marker(extras).touch()  # .venv holds exactly what the new file pins
    return code


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if task == "run":
        ensure_env("")
        return subprocess.call([PYTHON, "-m", "bot", "run", *rest], cwd=ROOT)
    if task == "test":
        # With the themes extra (~91 MB, the model inside the wheel), so its tests run, not skip.
        ensure_env("test,themes")
        return subprocess.call([PYTHON, "-m", "pytest", *rest], cwd=ROOT)
    if task in BENCHMARKS:
        ensure_env("test")
        return subprocess.call([PYTHON, f"benchmarks/{BENCHMARKS[task]}", *rest], cwd=ROOT)
    if task == "lock":
        return lock(rest)
    if task == "cli":
        ensure_env("")
        return subprocess.call([PYTHON, "-m", "bot", *rest], cwd=ROOT)
    print(__doc__)
    return 0 if task in ("help", "-h", "--help") else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
