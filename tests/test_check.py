"""`medborgardialog check` as the person installing it runs it: one line per finding, non-zero on a fault."""

from __future__ import annotations

import re
import socket
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.fakebotapi import TOKEN, FakeBotAPI
from tests.test_cli import ROOT, _cli

pytestmark = pytest.mark.slow


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the socket goes: nothing listens there


def _filled_campaign(tmp_path: Path) -> Path:
    text = (ROOT / "bot" / "campaigns" / "dals-ed-2017.toml").read_text(encoding="utf-8")
    path = tmp_path / "campaign.toml"
    path.write_text(re.sub(r'"FILL-IN[^"]*"', '"dataskydd@example.se"', text), encoding="utf-8")
    return path


async def test_a_good_setup_against_the_bot_api_has_no_faults(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    code, _, err = await _cli(tmp_path, "db", "upgrade")
    assert code == 0, err
    code, out, _ = await _cli(tmp_path, "check", TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_api.base_url,
                              OFFICER_CHAT_ID="-100777", CAMPAIGN_FILE=str(_filled_campaign(tmp_path)))
    assert code == 0, out
    lines = out.splitlines()
    assert lines[-1] == "no faults"
    assert [line.split()[0] for line in lines[:-1]] == ["ok"] * (len(lines) - 1), out
    assert any(line.startswith("ok      telegram: the token is the bot @") for line in lines)
    assert any(line.startswith("ok      database:") and "schema at" in line for line in lines)
    assert TOKEN not in out


async def test_an_unreachable_telegram_is_one_fault_line_without_the_token(tmp_path: Path) -> None:
    code, out, _ = await _cli(tmp_path, "check", TELEGRAM_BOT_TOKEN=TOKEN,
                              TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{_closed_port()}/bot")
    assert code == 1
    faults = [line for line in out.splitlines() if line.startswith("fault")]
    assert len(faults) == 1 and faults[0].startswith("fault   telegram: cannot reach 127.0.0.1:")
    assert TOKEN not in out and out.splitlines()[-1] == "1 fault(s)"


async def test_a_bad_campaign_file_names_the_field_and_the_placeholders_are_warnings(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bundled = (ROOT / "bot" / "campaigns" / "dals-ed-2017.toml").read_text(encoding="utf-8")
    bad.write_text(bundled.replace('label = "campaign-focus-traffic-safety"', "label = 42"), encoding="utf-8")
    code, out, _ = await _cli(tmp_path, "check", CAMPAIGN_FILE=str(bad))
    assert code == 1
    [fault] = [line for line in out.splitlines() if line.startswith("fault")]
    assert fault.startswith("fault   campaign:") and "focus_areas[2].label" in fault
    code, out, _ = await _cli(tmp_path, "check")  # the bundled file: placeholders warn, no fault
    assert code == 0
    assert "warning campaign: controller.police_dpo is not filled in" in out


async def test_invalid_settings_and_an_old_schema_are_faults(tmp_path: Path) -> None:
    code, out, _ = await _cli(tmp_path, "check", HTTP_PORT="eighty")
    assert code == 1 and out.startswith("fault   settings: HTTP_PORT:")
    code, _, err = await _cli(tmp_path, "db", "upgrade")
    assert code == 0, err
    with closing(sqlite3.connect(tmp_path / "data" / "medborgardialog.db")) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001_dialogue'")  # as a database left behind
    code, out, _ = await _cli(tmp_path, "check", RUN_MIGRATIONS="false")
    assert code == 1
    assert any(line.startswith("fault   database: schema at 0001_dialogue") and "db upgrade" in line
               for line in out.splitlines()), out
    code, out, _ = await _cli(tmp_path, "check")  # run would migrate it: a warning
    assert code == 0 and "warning database: schema at 0001_dialogue" in out
