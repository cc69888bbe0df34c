"""What a second municipality needs to reuse the product: a licence, a version, a changelog, type hints."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import resources
from importlib.metadata import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_licence_is_the_eupl_1_2_named_in_the_package_metadata() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    assert "15.Applicable Law" in text and "Compatible Licences" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "EUPL-1.2"
    assert metadata("medborgardialog")["License-Expression"] == "EUPL-1.2"


def test_version_prints_the_installed_version() -> None:
    result = subprocess.run([sys.executable, "-m", "bot", "--version"], capture_output=True, text=True,
                            cwd=ROOT, timeout=60, check=False)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"medborgardialog {version}"


def test_the_changelog_has_an_unreleased_section_and_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    headings = re.findall(r"^## \[([^\]]+)\]", text, flags=re.MULTILINE)
    assert headings[0] == "Unreleased" and version in headings


def test_the_packages_declare_their_type_hints() -> None:
    for package in ("bot", "handlers", "storage"):
        assert resources.files(package).joinpath("py.typed").is_file(), package
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"]
    assert all("py.typed" in package_data[p] for p in ("bot", "handlers", "storage"))


def test_every_data_file_of_the_packages_is_in_the_wheel() -> None:
    """A file the code reads at run time (a template, a table, a migration) that the package-data
    globs miss is absent from an installed wheel: the product breaks only once deployed."""
    from fnmatch import fnmatch

    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the tracked files are not known")
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    globs: dict[str, list[str]] = setuptools["package-data"]
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    missing = []
    for name in tracked:
        package, _, inside = name.partition("/")
        if package not in globs or not inside or name.endswith((".py", ".pyc")):
            continue
        if not any(fnmatch(inside, pattern) and inside.count("/") == pattern.count("/") for pattern in globs[package]):
            missing.append(name)
    assert missing == [], f"not in [tool.setuptools.package-data]: {missing}"
