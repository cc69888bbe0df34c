"""Backup and restore: the database and the pseudonym key travel together, and a restored copy
holds every answer, tip and resident — who still finds their own data with /mydata."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import func, select

from bot.backup import Fault, backup, restore
from bot.settings import Settings
from storage.models import Answer, Conversation, Tip
from tests.conftest import BotHarness, make_settings
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_cli import _cli
from tests.test_dialogue import complete_dialogue
from tests.test_tips import send_tip


def _settings(api: FakeBotAPI, data_dir: Path) -> Settings:
    # As a deployment without PSEUDONYM_SECRET: the key is the file the first start made in DATA_DIR.
    return make_settings(api, f"sqlite+aiosqlite:///{data_dir / 'medborgardialog.db'}", data_dir,
                         pseudonym_secret=None)


async def _counts(harness: BotHarness) -> dict[str, int]:
    assert harness.runtime is not None
    async with harness.runtime.services.sessionmaker() as session:
        return {model.__name__: (await session.exec(select(func.count()).select_from(model))).one()
                for model in (Answer, Tip, Conversation)}


async def test_a_backup_made_while_the_bot_runs_restores_every_answer_tip_and_resident(
    fake_api: FakeBotAPI, person: Callable[..., FakeUser], tmp_path: Path
) -> None:
    original = BotHarness(fake_api, _settings(fake_api, tmp_path / "old"))
    await original.start()
    try:
        anna, omar = person(language_code="sv"), person(language_code="ar")
        await complete_dialogue(anna, "sv", "Mer belysning vid busshållplatsen", "campaign-focus-traffic-safety")
        await complete_dialogue(omar, "ar", "نحتاج إلى دوريات أكثر في المساء", "campaign-focus-visible-police")
        reference = await send_tip(anna, "Bilar kör för fort förbi skolan varje morgon.")
        before = await _counts(original)
        lines: list[str] = []
        backup(original.settings, tmp_path / "backup", lines.append)  # the bot keeps running meanwhile
    finally:
        await original.stop()
    assert before == {"Answer": 2, "Tip": 1, "Conversation": 2}
    folder = tmp_path / "backup"
    for name in ("medborgardialog.db", "pseudonym.key", "backup.json"):
        assert stat.S_IMODE((folder / name).stat().st_mode) == 0o600, name
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert (folder / "pseudonym.key").read_text().strip() == (tmp_path / "old" / "pseudonym.key").read_text().strip()
    assert json.loads((folder / "backup.json").read_text())["schema_revision"]

    fresh = _settings(fake_api, tmp_path / "new")
    restore(fresh, folder, lines.append)
    assert stat.S_IMODE((tmp_path / "new" / "pseudonym.key").stat().st_mode) == 0o600
    restored = BotHarness(fake_api, fresh)
    await restored.start()
    try:
        assert await _counts(restored) == before
        # Each resident is still themselves: the restored key finds their answers and tips.
        mydata = " ".join(r.text for r in await anna.send("/mydata"))
        assert "Mer belysning vid busshållplatsen" in mydata
        ar_data = " ".join(r.text for r in await omar.send("/mydata"))
        assert "نحتاج إلى دوريات أكثر في المساء" in ar_data
        replies = await anna.send("/mytips")
        assert reference in " ".join(r.text for r in replies)
    finally:
        await restored.stop()


async def test_restore_refuses_to_overwrite_a_database_or_another_key(
    fake_api: FakeBotAPI, person: Callable[..., FakeUser], tmp_path: Path
) -> None:
    harness = BotHarness(fake_api, _settings(fake_api, tmp_path / "a"))
    await harness.start()
    try:
        await complete_dialogue(person(language_code="en"), "en", "More light in the park", "campaign-focus-other")
        backup(harness.settings, tmp_path / "backup", lambda _: None)
    finally:
        await harness.stop()
    with pytest.raises(Fault, match="already exists"):
        restore(harness.settings, tmp_path / "backup", lambda _: None)  # into the live DATA_DIR
    with pytest.raises(Fault, match="not empty"):
        backup(harness.settings, tmp_path / "backup", lambda _: None)
    # A changed file in the backup is refused before anything is written.
    other = _settings(fake_api, tmp_path / "b")
    (tmp_path / "backup" / "pseudonym.key").chmod(0o600)
    (tmp_path / "backup" / "pseudonym.key").write_text("0" * 64)
    with pytest.raises(Fault, match="changed since the backup"):
        restore(other, tmp_path / "backup", lambda _: None)
    assert not (tmp_path / "b" / "medborgardialog.db").exists()


@pytest.mark.slow
async def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    code, _, err = await _cli(tmp_path, "db", "upgrade", PSEUDONYM_SECRET="")
    assert code == 0, err
    (tmp_path / "data" / "pseudonym.key").write_text("ab" * 32)
    code, out, err = await _cli(tmp_path, "backup", str(tmp_path / "bk"), PSEUDONYM_SECRET="")
    assert code == 0, err
    assert "backed up" in out and (tmp_path / "bk" / "medborgardialog.db").exists()
    code, _, err = await _cli(tmp_path, "restore", str(tmp_path / "bk"), PSEUDONYM_SECRET="")
    assert code == 2 and "already exists" in err and "--force" in err
    code, out, err = await _cli(tmp_path, "restore", str(tmp_path / "bk"), DATA_DIR=str(tmp_path / "fresh"),
                                PSEUDONYM_SECRET="")
    assert code == 0, err
    assert (tmp_path / "fresh" / "pseudonym.key").read_text().strip() == "ab" * 32


async def test_on_postgresql_the_backup_says_how_to_dump_and_still_copies_the_key(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_url="postgresql://postgres@127.0.0.1:5432/x",  # type: ignore[call-arg]
                        data_dir=tmp_path / "data", pseudonym_secret="a-real-secret-0123456789abcdef")
    lines: list[str] = []
    backup(settings, tmp_path / "bk", lines.append)
    assert any("pg_dump --format=custom" in line for line in lines)
    assert (tmp_path / "bk" / "pseudonym.key").read_text().strip() == "a-real-secret-0123456789abcdef"
    assert not (tmp_path / "bk" / "medborgardialog.db").exists()
