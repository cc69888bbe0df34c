"""What a second municipality needs to reuse the product: a licence, a version, a changelog, type hints."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from importlib import resources
from importlib.metadata import metadata
from pathlib import Path

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
