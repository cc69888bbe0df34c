"""Write constraints.txt: the exact versions of everything medborgardialog and its extras install.

Run by `python3 tasks.py lock` with the project's .venv Python, after the project and all its extras
are installed there: it walks the requirements from pyproject.toml through the installed
distributions' metadata (markers evaluated for this Python and platform, extras followed) and pins
each distribution it reaches at the version installed. Whatever else is in the venv (pip, a tool
someone installed by hand) is left out. `tests/test_lock.py` uses `closure()` to check the file.
"""

from __future__ import annotations

import platform
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

try:
    from packaging.requirements import Requirement
except ImportError:  # pragma: no cover - packaging comes with the test extra (pytest needs it)
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[no-redef]

ROOT = Path(__file__).resolve().parent.parent
CONSTRAINTS = ROOT / "constraints.txt"
HEADER = """\
# The versions the tests passed on: tasks.py installs with `-c constraints.txt`.
# Written by `python3 tasks.py lock` (README, "Lock file") on Python {python} ({system});
# do not edit by hand. Distributions a marker leaves out here are not pinned.
"""


def canonical(name: str) -> str:
    """Return a distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def project_requirements(pyproject: Path = ROOT / "pyproject.toml") -> list[Requirement]:
    """Return the project's dependencies and those of every extra, as written in pyproject.toml."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        lines.extend(extra)
    return [Requirement(line) for line in lines]


def closure(requirements: list[Requirement]) -> dict[str, str]:
    """Return {canonical name: installed version} of every distribution `requirements` reach here.

    Raises PackageNotFoundError naming a requirement that applies here and is not installed."""
    found: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    todo: list[tuple[Requirement, str]] = [(req, "") for req in requirements]
    while todo:
        req, extra = todo.pop()
        if req.marker is not None and not req.marker.evaluate({"extra": extra}):
            continue
        name = canonical(req.name)
        wanted = {""} | {canonical(e) for e in req.extras}
        fresh = [e for e in wanted if (name, e) not in seen]
        if not fresh:
            continue
        seen.update((name, e) for e in fresh)
        try:
            dist = distribution(req.name)
        except PackageNotFoundError:
            raise PackageNotFoundError(f"{req} is required but not installed") from None
        found[name] = dist.version
        for line in dist.requires or []:
            for e in fresh:
                todo.append((Requirement(line), e))
    return found


def render(pins: dict[str, str]) -> str:
    """Return the constraints file for `pins` (the project itself is never pinned)."""
    body = "".join(f"{name}=={version}\n" for name, version in sorted(pins.items()) if name != "medborgardialog")
    python = ".".join(platform.python_version_tuple()[:2])
    return HEADER.format(python=python, system=f"{platform.system()} {platform.machine()}") + body


def read(path: Path = CONSTRAINTS) -> dict[str, str]:
    """Return {canonical name: version} pinned in a constraints file."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[canonical(name)] = version.strip()
    return pins


def main() -> int:
    pins = closure(project_requirements())
    CONSTRAINTS.write_text(render(pins), encoding="utf-8")
    print(f"wrote {len(pins)} pins to {CONSTRAINTS.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
