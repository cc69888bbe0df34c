"""Nothing a resident sends is lost: the inbox stores every update before Telegram is told it
arrived, a storage fault is never answered as a success, a poison update never blocks the line,
and one resident cannot slow the others down."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.exc import OperationalError

from bot.app import create_app
from bot.server.keys import RUNTIME
from storage import conversations, health, inbox, tips
from storage.models import Party
from tests.conftest import BotHarness
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_dialogue import say
from tests.test_web_telegram import HOOK, SECRET, _update, _webhook_settings

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}


def _storage_down(times: int) -> Callable[..., Any]:
    """A conversation load that fails like a full disk `times` times, then works."""
    real = conversations.load_or_create_for_update
    left = [times]

    async def load(*args: Any, **kwargs: Any) -> Any:
        if left[0] > 0:
            left[0] -= 1
            raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full"))
        return await real(*args, **kwargs)

    return load


async def _query_only(engine: Any, on: bool) -> None:
    """Make the engine's SQLite connection refuse (or take again) every write."""
    async with engine.connect() as conn:
        raw = await conn.get_raw_connection()
        await raw.driver_connection.execute(f"PRAGMA query_only = {'ON' if on else 'OFF'}")


# --- poison updates -------------------------------------------------------------------------------


async def test_bodies_telegram_never_sends_get_4xx_or_200_never_500_and_the_line_moves_on(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        bodies: list[tuple[bytes, dict[str, str]]] = [
            (b'{"update_id": NaN, "message": {}}', {}),
            (b'{"update_id": 5, "x": ' + b"[" * 50_000 + b"]" * 50_000 + b"}", {}),
            (b"[" * 200_000, {}),
            (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03secret-words", {}),
            (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03secret-words", {"Content-Encoding": "gzip"}),
            (b'{"update_id": "7", "message": {}}', {}),
            (b'{"update_id": 8, "message": {"message_id": "x", "chat": 5, "text": "secret-words"}}', {}),
            (b'{"update_id": 9, "callback_query": {"id": 1, "from": "secret-words"}}', {}),
            (b'{"update_id": 10, "message": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"},'
             b' "from": {"id": 1, "is_bot": false, "first_name": "x"}, "text": ["secret-words"]}}', {}),
            (b"\xff\xfe secret-words", {}),
            (b"", {}),
        ]
        for body, extra in bodies:
            response = await client.post(HOOK, data=body, headers={**HEADERS, "Content-Type": "application/json",
                                                                    **extra})
            assert response.status in (200, 400), (body[:40], response.status)
        # The line behind them moves on.
        assert (await client.post(HOOK, json=_update(11, "/start", user_id=8301), headers=HEADERS)).status == 200
        await fake_api.wait_for(lambda: any("112" in c.params["text"] for c in fake_api.sent_to(8301)), 15)
    assert "secret-words" not in caplog.text
    assert "Traceback" not in caplog.text


async def test_a_poison_update_in_polling_is_skipped_with_a_logged_reason(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot")
    poison = await fake_api.push({"message": {"message_id": "x", "chat": 5, "text": "secret-words"}})
    resident = person()
    replies = await resident.send("/start")
    assert say("privacy-consent-question", "sv") in replies[-1].text
    # Confirmed to Telegram (the offset moved past it), never tried again.
    assert fake_api._acknowledged >= poison  # noqa: SLF001
    assert f"update {poison}" in caplog.text and "secret-words" not in caplog.text


# --- button presses and sends after the commit -----------------------------------------------------


async def test_a_press_is_acknowledged_before_its_turn_and_a_failed_acknowledgement_loses_nothing(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    resident = person()
    await resident.send("/start")
    fake_api.fail("answerCallbackQuery", status=500)
    replies = await resident.press(say("privacy-agree", "sv"))
    assert say("campaign-question", "sv") in replies[-1].text
    assert all(say("common-error", "sv") not in r.text for r in replies)
    replies = await resident.send("Fler vuxna ute på kvällarna vid busstationen")
    assert replies[0].text.startswith(say("dialogue-answer-saved", "sv"))
    await resident.press(say("campaign-focus-visible-police", "sv"))
    calls = [c for c in fake_api.calls if c.method in ("answerCallbackQuery", "sendMessage")]
    ack = max(i for i, c in enumerate(calls) if c.method == "answerCallbackQuery")
    # The acknowledgement comes first, the turn's reply after it.
    assert calls[ack + 1].method == "sendMessage" and calls[ack + 1].params["chat_id"] == resident.chat_id


async def test_a_reply_that_fails_after_the_commit_is_sent_again_not_reported_lost(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    resident = person()
    await resident.send("/start")
    await resident.press(say("privacy-agree", "sv"))
    fake_api.fail("sendMessage", status=502, times=2, chat_id=resident.chat_id)
    replies = await resident.send("Belysning på gång- och cykelvägen till skolan")
    assert [r.text for r in replies] and replies[0].text.startswith(say("dialogue-answer-saved", "sv"))
    assert all(say("common-error", "sv") not in r.text for r in resident.messages)
    from tests.test_dialogue import stored_answers

    assert [a.text for a in await stored_answers(bot)] == ["Belysning på gång- och cykelvägen till skolan"]


# --- storage faults ------------------------------------------------------------------------------------


async def test_a_storage_fault_is_told_as_parked_and_the_update_is_handled_when_it_passes(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    resident = person()
    await resident.send("/start")
    await resident.press(say("privacy-agree", "sv"))
    monkeypatch.setattr(conversations, "load_or_create_for_update", _storage_down(2))
    replies = await resident.send("Mer polis vid skolan på morgonen")
    texts = [r.text for r in replies]
    assert texts[0] == say("common-answer-later", "sv")
    assert texts[-1].startswith(say("dialogue-answer-saved", "sv"))
    assert say("common-error", "sv") not in texts and texts.count(say("common-answer-later", "sv")) == 1


async def test_polling_does_not_confirm_updates_the_database_cannot_take(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = inbox.store
    refusing = asyncio.Event()
    refusing.set()
    refused, refused_again = 0, asyncio.Event()

    async def store(*args: Any, **kwargs: Any) -> Any:
        nonlocal refused
        if refusing.is_set():
            refused += 1
            if refused >= 2:
                refused_again.set()
            raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("attempt to write a readonly database"))
        return await real(*args, **kwargs)

    monkeypatch.setattr(inbox, "store", store)
    resident = person()
    update_id = await fake_api.push({"message": resident._message(text="/start", entities=[  # noqa: SLF001
        {"type": "bot_command", "offset": 0, "length": 6}])})
    await asyncio.wait_for(refused_again.wait(), 30)  # read, refused, and read again after a pause
    assert fake_api._acknowledged < update_id  # noqa: SLF001 - Telegram still holds it
    assert fake_api.sent_to(resident.chat_id) == []
    refusing.clear()
    await fake_api.wait_handled([update_id], timeout=40)
    assert say("privacy-consent-question", "sv") in resident.messages[-1].text


async def test_a_storage_fault_gets_a_non_2xx_webhook_answer_and_a_red_health_check(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        assert (await client.get("/healthz")).status == 200
        engine = client.app[RUNTIME].engine
        # The database refuses every write, as on a read-only file system.
        await _query_only(engine, True)
        response = await client.post(HOOK, json=_update(21, "/start", user_id=8401), headers=HEADERS)
        assert response.status == 503
        await _query_only(engine, False)
        # Telegram delivers it again: now it is stored and answered.
        assert (await client.post(HOOK, json=_update(21, "/start", user_id=8401), headers=HEADERS)).status == 200
        await fake_api.wait_for(lambda: any("112" in c.params["text"] for c in fake_api.sent_to(8401)), 15)

        # The file system turns read-only under the database: SELECT 1 still answers, a write does not.
        writable = health._open  # noqa: SLF001
        monkeypatch.setattr(health, "_open", lambda database, timeout: sqlite3.connect(
            f"file:{database}?mode=ro", uri=True, timeout=timeout, isolation_level=None))
        started = time.monotonic()
        response = await client.get("/healthz")
        assert response.status == 503
        assert time.monotonic() - started < 6  # bounded by the probe's timeout
        monkeypatch.setattr(health, "_open", writable)
        assert (await client.get("/healthz")).status == 200


# --- one resident cannot slow the others -----------------------------------------------------------------


async def test_a_flooding_resident_is_told_once_and_does_not_delay_the_others(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    others = [person() for _ in range(4)]

    async def round_trip(resident: FakeUser) -> float:
        started = time.monotonic()
        await resident.send("/help")
        return time.monotonic() - started

    for resident in others:  # warm up: each has a conversation
        await resident.send("/start")
    baseline = max([await round_trip(r) for r in others] + [0.05])

    flooder = person()
    await flooder.send("/start")
    await flooder.press(say("privacy-agree", "sv"))
    flood = [await fake_api.push({"message": flooder._message(text=f"Meddelande {n} om trafiken")})  # noqa: SLF001
             for n in range(400)]
    during = await asyncio.gather(*(round_trip(r) for r in others))
    assert max(during) < max(10 * baseline, 2.0), (baseline, during)

    await fake_api.wait_handled(flood, timeout=60)
    seen = [m.text for m in flooder.messages]
    assert seen.count(say("common-too-many-messages", "sv")) == 1
    # Told once, then silence: far fewer replies than messages.
    assert len(seen) < 100


# --- the web chat: a retried post ---------------------------------------------------------------------


async def test_a_web_chat_post_sent_twice_runs_its_turn_once(sqlite_url: str, tmp_path: Path) -> None:
    from tests.test_web import WebResident, web_settings

    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path)))) as client:
        resident = WebResident(client)
        await resident.start()
        await resident.press(say("privacy-agree", "sv"))
        form = {"csrf": resident.page.csrf, "text": "Bättre belysning vid idrottsplatsen", "nonce": "n" * 22}
        for _ in range(2):  # the browser retries the post after a lost answer
            await resident._request("POST", "/chat", data=form)  # noqa: SLF001
            assert resident.page.status == 200
        html = resident.page.html
        assert html.count(say("dialogue-answer-saved", "sv")) == 1
        assert say("common-use-buttons", "sv") not in html
        # A new post (a new token) is a new turn.
        page = await resident.send("Och fler papperskorgar")
        assert page.status == 200


async def test_a_double_tap_on_send_gives_the_reference_twice_not_an_earlier_step(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    from sqlmodel import select

    from storage.models import Tip
    from tests.test_tips import REFERENCE, consent, t

    resident = person()
    await consent(resident)
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", "sv"))
    await resident.press(t("campaign-focus-traffic-safety", "sv"))
    await resident.send("Bilar kör mot rött vid övergångsstället på Storgatan.")
    await resident.press(t("tips-skip-button", "sv"))
    await resident.press(t("tips-skip-button", "sv"))
    await resident.press(t("tips-anonymous-button", "sv"))
    summary = resident.messages[-1]
    first = await resident.press(t("tips-send-button", "sv"), summary)
    second = await resident.press(t("tips-send-button", "sv"), summary)   # the thumb lands twice
    reference = REFERENCE.search(" ".join(r.text for r in first))
    assert reference is not None
    assert reference.group(0) in " ".join(r.text for r in second)
    assert not any(say("common-stale-button", "sv") in r.text for r in second)
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        assert len((await session.exec(select(Tip))).all()) == 1
    # Any other turn ends it: a later press on that old message is an earlier step again.
    await resident.send("/help")
    again = await resident.press(t("tips-send-button", "sv"), summary)
    assert any(say("common-stale-button", "sv") in r.text for r in again)


# --- the officer chat -----------------------------------------------------------------------------


async def test_an_officers_words_reach_the_tipster_once_though_the_bot_died_before_marking_the_update(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID
    from tests.test_tips import consent, make_resident, send_tip, wait_for_card, wait_for_message

    officer = person(OFFICER_USER_ID, chat_id=OFFICER_CHAT_ID, chat_type="group")
    resident = make_resident(person)
    await consent(resident)
    reference = await send_tip(resident)
    card = await wait_for_card(fake_api, officer, reference)

    # The bot dies before its batched "done" marks reach the database: every update of this
    # run is still unfinished there, as after a kill -9.
    async def never_finished(*args: Any, **kwargs: Any) -> None:
        return None

    monkeypatch.setattr(inbox, "finish", never_finished)
    words = "Tack för tipset, vi ser över skolvägen i veckan."
    confirmation = say("officer-chat-message-queued", "sv", reference=reference)
    await officer.reply_to(card.message_id, words)
    await wait_for_message(fake_api, resident, lambda m: words in m.text)
    await wait_for_message(fake_api, officer, lambda m: m.text == confirmation)
    await bot.restart()
    # After the restart the officer's update is found handled: its confirmation is sent again,
    # the words are not queued for the tipster a second time.
    await fake_api.wait_for(lambda: sum(m.text == confirmation for m in officer.messages) == 2, 30)
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        tip = await tips.by_reference(reference, session=session)
        assert tip is not None and tip.id is not None
        thread = await tips.messages_of(tip.id, session=session)
    assert [m.text for m in thread if m.sender == Party.OFFICER.value] == [words]
    assert sum(words in m.text for m in resident.messages) == 1
