"""kill -9 of the real `medborgardialog run` with updates in flight, then a restart: every update
handled exactly once, every resident answered, no answer lost (polling and webhook)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest
from sqlmodel import select

from storage import db
from storage import inbox as inbox_store
from storage.models import Answer, Tip
from tests.fakebotapi import TOKEN, FakeBotAPI, FakeUser, WebhookPoster
from tests.test_cli import _env, _free_port
from tests.test_dialogue import say

SECRET = "webhook-secret_0123456789"
RESIDENTS = 40


async def _start(tmp_path: Path, api: FakeBotAPI, env: dict[str, str]) -> asyncio.subprocess.Process:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    commands_set = len([c for c in api.calls if c.method == "setMyCommands"])
    # Up once it has set its command menu (before it takes updates) and its server answers
    # (from then on SIGTERM stops it cleanly).
    await api.wait_for(lambda: len([c for c in api.calls if c.method == "setMyCommands"]) >= commands_set + 8, 60)
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(f"http://127.0.0.1:{env['HTTP_PORT']}/healthz") as response:
                    if response.status == 200:
                        break
            await asyncio.sleep(0.1)
    return process


async def _stop(process: asyncio.subprocess.Process) -> str:
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    return err.decode()


async def _kill(process: asyncio.subprocess.Process) -> None:
    process.kill()  # SIGKILL: nothing is flushed, nothing is said goodbye
    await process.communicate()


@pytest.fixture
async def poster(fake_api: FakeBotAPI) -> AsyncIterator[Callable[[int], WebhookPoster]]:
    made: list[WebhookPoster] = []

    def make(port: int) -> WebhookPoster:
        made.append(WebhookPoster(fake_api, f"http://127.0.0.1:{port}/telegram/hook", SECRET))
        return made[-1]

    yield make
    for p in made:
        await p.stop()


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_kill_9_with_updates_in_flight_loses_nothing_and_handles_each_update_once(
    mode: str, fake_api: FakeBotAPI, tmp_path: Path, database_url: str, person: Callable[..., FakeUser],
    poster: Callable[[int], WebhookPoster],
) -> None:
    port = _free_port()
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_api.base_url,
               TELEGRAM_RATE_LIMIT="false", DATABASE_URL=database_url, HTTP_PORT=str(port), LOG_LEVEL="INFO")
    if mode == "webhook":
        env.update(TELEGRAM_MODE="webhook", WEBHOOK_URL="https://dialog.example.se/telegram/hook",
                   WEBHOOK_SECRET=SECRET)
    residents = [person() for _ in range(RESIDENTS)]
    process = await _start(tmp_path, fake_api, env)
    if mode == "webhook":
        await poster(port).start()
    try:
        for n, resident in enumerate(residents):
            await resident.send_nowait("/start")
            await resident.press_nowait("1:consent:yes")
            await resident.send_nowait(f"Svar nummer {n} om trafiken vid skolan i byn")
        # Some way through: about a third of the replies sent.
        await fake_api.wait_for(lambda: len([c for c in fake_api.calls if c.method == "sendMessage"])
                                >= RESIDENTS, 60)
        await _kill(process)
        process = await _start(tmp_path, fake_api, env)
        saved = say("dialogue-answer-saved", "sv")
        await fake_api.wait_for(
            lambda: all(any(m.text.startswith(saved) for m in r.messages) for r in residents), 120)
        await asyncio.sleep(1.0)  # let it mark the last updates done
    finally:
        log = await _stop(process) if process.returncode is None else ""
    assert "Traceback" not in log

    engine = db.create_engine(database_url)
    try:
        async with db.create_sessionmaker(engine)() as session:
            answers = [a.text for a in (await session.exec(select(Answer))).all()]
            left = await inbox_store.count_unfinished(session=session)
    finally:
        await engine.dispose()
    # Every answer stored once: no update lost, none handled twice.
    assert sorted(answers) == sorted(f"Svar nummer {n} om trafiken vid skolan i byn" for n in range(RESIDENTS))
    assert left == 0
    for resident in residents:
        texts = [m.text for m in resident.messages]
        # A /start handled twice would make the consent press stale; an apology means something was lost.
        assert not any(say("common-stale-button", "sv") in t for t in texts), texts
        assert not any(say("common-error", "sv") in t for t in texts), texts
        assert any(say("campaign-question", "sv") in t for t in texts), texts


async def test_a_tipster_killed_between_the_commit_and_the_reply_still_gets_the_reference(
    fake_api: FakeBotAPI, tmp_path: Path, database_url: str, person: Callable[..., FakeUser]
) -> None:
    from tests.test_tips import t

    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_api.base_url,
               TELEGRAM_RATE_LIMIT="false", DATABASE_URL=database_url, HTTP_PORT=str(_free_port()))
    resident = person()
    process = await _start(tmp_path, fake_api, env)
    try:
        await resident.send("/start")
        await resident.press(say("privacy-agree", "sv"))
        await resident.send("/tip")
        await resident.press(t("tips-continue-button", "sv"))
        await resident.press(t("campaign-focus-traffic-safety", "sv"))
        await resident.send("Någon har brutit upp cykelförrådet vid skolan i natt.")
        await resident.press(t("tips-skip-button", "sv"))
        await resident.press(t("tips-skip-button", "sv"))
        await resident.press(t("tips-anonymous-button", "sv"))
        summary = resident.messages[-1]
        # The press on "Send" is committed (the tip is stored), and every reply to the tipster
        # fails until the bot is killed: the reference never reached them.
        fake_api.fail("sendMessage", status=502, times=10_000, chat_id=resident.chat_id)
        await resident.press_nowait(next(d for row in summary.buttons for label, d in row
                                         if label == t("tips-send-button", "sv")), summary.message_id)
        engine = db.create_engine(database_url)
        try:
            for _ in range(200):
                async with db.create_sessionmaker(engine)() as session:
                    tips_stored = list((await session.exec(select(Tip))).all())
                if tips_stored:
                    break
                await asyncio.sleep(0.1)
        finally:
            await engine.dispose()
        [tip] = tips_stored
        await fake_api.wait_for(lambda: any(c.result == "fault 502" for c in fake_api.sent_to(resident.chat_id)), 30)
        await _kill(process)
        assert not any(tip.reference in m.text for m in resident.messages)
        fake_api.faults.clear()
        process = await _start(tmp_path, fake_api, env)
        await fake_api.wait_for(lambda: any(tip.reference in m.text for m in resident.messages), 60)
    finally:
        await _stop(process)
    texts = [m.text for m in resident.messages]
    assert not any(say("common-stale-button", "sv") in x for x in texts)
    engine = db.create_engine(database_url)
    try:
        async with db.create_sessionmaker(engine)() as session:
            assert len((await session.exec(select(Tip))).all()) == 1
    finally:
        await engine.dispose()


async def test_a_data_directory_that_cannot_be_written_gives_one_clear_line(tmp_path: Path) -> None:
    from tests.test_cli import _cli

    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the data directory should be")
    code, _, err = await _cli(tmp_path, "run", DATA_DIR=str(blocked))
    assert code == 2
    assert "Traceback" not in err
    [line] = [x for x in err.splitlines() if x.startswith("medborgardialog:") and "warning:" not in x]
    assert "cannot open the database for writing" in line and "DATA_DIR" in line
