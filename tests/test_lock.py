"""The lock file: a fresh machine installs the versions the tests passed on (README, "Lock file")."""

from __future__ import annotations

from pathlib import Path

import tasks
from tools import lock

ROOT = Path(__file__).resolve().parent.parent
RELOCK = "run `python3 tasks.py lock` and commit constraints.txt"


def test_the_lock_file_pins_every_dependency_pyproject_names_within_its_range() -> None:
    pins = lock.read()
    for req in lock.project_requirements():
        if req.marker is not None and not req.marker.evaluate({"extra": ""}):
            continue
        name = lock.canonical(req.name)
        assert name in pins, f"{req} has no pin in constraints.txt: {RELOCK}"
        assert req.specifier.contains(pins[name], prereleases=True), \
            f"constraints.txt pins {name}=={pins[name]}, outside {req}: {RELOCK}"


def test_every_distribution_the_project_reaches_is_pinned_at_the_version_the_tests_run_on() -> None:
    installed = lock.closure(lock.project_requirements())
    installed.pop("medborgardialog", None)
    pins = lock.read()
    assert sorted(set(installed) - set(pins)) == [], f"installed but not pinned: {RELOCK}"
    assert sorted(set(pins) - set(installed)) == [], f"pinned but no longer needed: {RELOCK}"
    drift = {name: (pins[name], version) for name, version in installed.items() if pins[name] != version}
    assert drift == {}, f"(pinned, installed) differ: `python3 tasks.py test` installs the pins, or {RELOCK}"


def test_the_test_task_installs_from_the_lock_file_and_ci_runs_it() -> None:
    command = tasks.install_command("test")
    assert command[command.index("--constraint") + 1] == str(ROOT / "constraints.txt")
    assert command[-2:] == ["--editable", ".[test]"]
    assert "\npython3 tasks.py test\n" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    # A new lock file (or pyproject.toml) makes the next run install again.
    assert tasks._marker("test").name.startswith(".installed-test-")


def test_the_lock_file_is_what_lock_writes_from_this_environment() -> None:
    written = lock.render(lock.closure(lock.project_requirements()))
    body = [line for line in written.splitlines() if not line.startswith("#")]
    on_disk = [line for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
               if not line.startswith("#")]
    assert body == on_disk, RELOCK


def test_the_image_installs_from_the_lock_file_too() -> None:
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    assert "pip install --constraint constraints.txt ." in dockerfile
    assert "constraints.txt" in dockerfile.split("RUN pip install", 1)[0]  # copied in before
    assert "!constraints.txt" in (ROOT / "deploy" / "Dockerfile.dockerignore").read_text(encoding="utf-8")
