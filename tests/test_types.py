"""mypy in strict mode over bot/, handlers/ and storage/ ([tool.mypy] in pyproject.toml): no error.

The web layer is checked too: every `app[KEY]` and `request[KEY]` names its type (bot/server/keys.py).
mypy keeps its cache in .mypy_cache/, so a run after the first checks only what changed.
"""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parent.parent


def test_the_packages_type_check_in_strict_mode(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)  # the packages and the config as pyproject.toml names them
    out, err, status = api.run(["--config-file", str(ROOT / "pyproject.toml"), "--no-error-summary"])
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 0 and not errors, (
        f"mypy --strict found {len(errors)} error(s) (run `.venv/bin/python -m mypy` to see them):\n"
        + (out + err).strip()
    )
