"""The `medborgardialog` command as a new user runs it: a real process, real settings."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from tests.conftest import BotHarness, make_settings
from tests.fakebotapi import TOKEN, FakeBotAPI, FakeUser
from tests.test_dialogue import complete_dialogue

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "OFFICER_"))}
    env.update(DATA_DIR=str(tmp_path / "data"), PSEUDONYM_SECRET="cli-test-secret-0123456789abcdef",
               HTTP_PORT=str(_free_port()), PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


async def _cli(tmp_path: Path, *args: str, **env: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=tmp_path, env=_env(tmp_path, **env),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_db_upgrade_creates_the_database(tmp_path: Path) -> None:
    code, out, _ = await _cli(tmp_path, "db", "upgrade")
    assert code == 0 and "up to date" in out
    assert (tmp_path / "data" / "medborgardialog.db").exists()


async def test_a_malformed_campaign_file_stops_start_up_naming_file_field_and_fault(tmp_path: Path) -> None:
    campaign = tmp_path / "campaign.toml"
    bundled = (ROOT / "bot" / "campaigns" / "dals-ed-2017.toml").read_text(encoding="utf-8")
    campaign.write_text(bundled.replace('label = "campaign-focus-traffic-safety"', 'label = 42'), encoding="utf-8")
    code, _, err = await _cli(tmp_path, "export", "answers", CAMPAIGN_FILE=str(campaign))
    assert code == 2
    assert str(campaign) in err and "focus_areas[2].label" in err and "string" in err


async def test_a_campaign_text_missing_from_the_catalogs_is_named(tmp_path: Path) -> None:
    campaign = tmp_path / "campaign.toml"
    bundled = (ROOT / "bot" / "campaigns" / "dals-ed-2017.toml").read_text(encoding="utf-8")
    campaign.write_text(bundled.replace('"campaign-question"', '"campaign-no-such-key"'), encoding="utf-8")
    code, _, err = await _cli(tmp_path, "export", "answers", CAMPAIGN_FILE=str(campaign))
    assert code == 2 and "field question" in err and "campaign-no-such-key" in err


async def test_a_placeholder_secret_is_refused(tmp_path: Path) -> None:
    code, _, err = await _cli(tmp_path, "db", "upgrade", PSEUDONYM_SECRET="changeme")
    assert code == 2 and "PSEUDONYM_SECRET" in err


@pytest.fixture
async def answered(fake_api: FakeBotAPI, tmp_path: Path, person: Callable[..., FakeUser]) -> AsyncIterator[Path]:
    """Two residents have answered, one in Arabic; the database sits in tmp_path/data."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'data' / 'medborgardialog.db'}"
    harness = BotHarness(fake_api, make_settings(fake_api, url, tmp_path / "data",
                                                 pseudonym_secret="cli-test-secret-0123456789abcdef"))
    await harness.start()
    try:
        await complete_dialogue(person(language_code="ar"), "ar", "نريد المزيد من الدوريات قرب المدرسة في الصباح",
                                "campaign-focus-traffic-safety")
        await complete_dialogue(person(language_code="sv"), "sv", "=HYPERLINK(\"http://x\") mer polis",
                                "campaign-focus-visible-police")
    finally:
        await harness.stop()
    yield tmp_path


async def test_export_answers_as_json_has_focus_area_text_language_and_follow_ups(answered: Path) -> None:
    code, out, _ = await _cli(answered, "export", "answers", "--format", "json")
    assert code == 0
    first, second = json.loads(out)
    assert first["text"] == "نريد المزيد من الدوريات قرب المدرسة في الصباح"
    assert (first["focus_area"], first["text_language"], first["locale"]) == ("traffic-safety", "ar", "ar")
    assert first["follow_up_relation"] == "lives" and first["follow_up_area"] == "ed"
    assert first["follow_up_age-group"] == ""
    assert second["focus_area"] == "visible-police"
    assert "resident_key" not in first


async def test_export_answers_as_csv_to_a_file_defuses_formulas(answered: Path) -> None:
    target = answered / "answers.csv"
    code, _, err = await _cli(answered, "export", "answers", "--format", "csv", "--output", str(target))
    assert code == 0 and "wrote 2 answers" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["focus_area"] for r in rows] == ["traffic-safety", "visible-police"]
    assert rows[1]["text"].startswith("'=HYPERLINK")


async def test_the_real_program_serves_residents_and_a_restart_loses_nothing(
    fake_api: FakeBotAPI, tmp_path: Path, person: Callable[..., FakeUser]
) -> None:
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_api.base_url,
               TELEGRAM_RATE_LIMIT="false")

    async def start() -> asyncio.subprocess.Process:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        commands_set = len([c for c in fake_api.calls if c.method == "setMyCommands"])
        # The program is up once it has set its command menu (it does so before polling).
        await fake_api.wait_for(lambda: len([c for c in fake_api.calls if c.method == "setMyCommands"])
                                >= commands_set + 8, 60)
        return process

    async def stop(process: asyncio.subprocess.Process) -> str:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
        assert process.returncode == 0, err.decode()
        return err.decode()

    resident = person(language_code="fa")
    process = await start()
    try:
        await resident.send("/start")
        await resident.press(CATALOG_SAY("privacy-agree", "fa"))
        replies = await resident.send("می خواهیم پولیس بیشتر در نزدیک مکتب باشد")
    finally:
        log = await stop(process)
    assert "می خواهیم" not in log  # resident text never reaches the log at INFO
    assert TOKEN not in log        # nor the bot token (httpx logs request URLs)
    assert replies and CATALOG_SAY("dialogue-focus-question", "fa") in replies[-1].text

    process = await start()
    try:
        replies = await resident.press(CATALOG_SAY("campaign-focus-migration-integration", "fa"), replies[-1])
        assert CATALOG_SAY("campaign-fq-relation", "fa") in replies[-1].text
    finally:
        await stop(process)
    code, out, _ = await _cli(tmp_path, "export", "answers", "--format", "json")
    [answer] = json.loads(out)
    assert (answer["focus_area"], answer["text_language"]) == ("migration-integration", "fa")


def CATALOG_SAY(key: str, locale: str) -> str:  # noqa: N802 - reads like a constant lookup
    from tests.test_dialogue import say

    return say(key, locale)
