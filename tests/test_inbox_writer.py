"""Webhook POSTs that arrive together are stored in one transaction (group commit, bot/inbox.py
`InboxWriter`): each is answered only after the commit holding its row, a failed transaction
answers every one of them 503, and the same update twice in one transaction is handled once.
A press is acknowledged in the answer to its POST, once stored."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.exc import OperationalError

from bot.app import create_app
from bot.server.keys import RUNTIME, TELEGRAM_SERVICE
from storage import inbox
from tests.fakebotapi import BOT_ID, FakeBotAPI, FakeUser
from tests.test_dialogue import say
from tests.test_web_telegram import HOOK, SECRET, _update, _webhook_settings

HEADERS = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
USERS = range(8501, 8506)


def _database(sqlite_url: str) -> str:
    return sqlite_url.partition(":///")[2]


async def _until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():  # noqa: ASYNC110 - the writer has no event for it: poll
            await asyncio.sleep(0.01)


class WriteLock:
    """Another process's write transaction on the database file: the bot's writer waits for it.
    (Taken on a thread: the bot's loop must go on while it waits for its turn.)"""

    def __init__(self, path: str) -> None:
        self.path = path
        self.connection: sqlite3.Connection | None = None

    def _take(self) -> None:
        self.connection = sqlite3.connect(self.path, isolation_level=None, timeout=15, check_same_thread=False)
        self.connection.execute("BEGIN IMMEDIATE")

    async def __aenter__(self) -> WriteLock:
        await asyncio.to_thread(self._take)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.connection is not None
        self.connection.execute("ROLLBACK")
        self.connection.close()


async def _posts(client: TestClient, updates: Sequence[dict[str, Any]],
                 answered: Callable[[dict[str, Any], int], None] = lambda update, status: None) -> list[int]:
    async def post(update: dict[str, Any]) -> int:
        response = await client.post(HOOK, json=update, headers=HEADERS)
        answered(update, response.status)
        return response.status

    return await asyncio.gather(*(post(update) for update in updates))


def _committed(path: str, update_id: int) -> bool:
    """Whether the update's row is committed: read by a connection of its own, as after a crash."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM inbox_update WHERE update_key = ?",
                                  (str(update_id),)).fetchone()[0] == 1
    finally:
        connection.close()


async def test_posts_arriving_together_are_stored_in_one_commit_and_each_answered_after_it(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    path = _database(sqlite_url)
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        writer = client.app[TELEGRAM_SERVICE].writer
        updates = [_update(300 + i, "/start", user_id=user) for i, user in enumerate(USERS)]
        seen: list[tuple[int, int, bool]] = []   # (status, transactions so far, its row committed) per answer

        def answered(update: dict[str, Any], status: int) -> None:
            seen.append((status, writer.transactions, _committed(path, update["update_id"])))

        async with WriteLock(path):
            posting = asyncio.ensure_future(_posts(client, updates, answered))
            # All five wait for the database (another process writes); none is answered meanwhile.
            await _until(lambda: writer.waiting == len(updates))
            assert seen == []
        assert await posting == [200] * len(updates)
        # One transaction stored all five; each was answered after it had committed its row.
        assert (writer.transactions, writer.stored) == (1, len(updates))
        assert seen == [(200, 1, True)] * len(updates)
        # ... and each is then handled as a turn of its own resident.
        await fake_api.wait_for(lambda: all(fake_api.sent_to(user) for user in USERS), 15)


async def test_a_failed_transaction_answers_every_post_in_it_503_and_telegram_delivers_them_again(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = inbox.store
    batches: list[int] = []

    async def full_disk(channel: str, items: Sequence[inbox.Incoming], **kwargs: Any) -> dict[str, int]:
        batches.append(len(items))
        raise OperationalError("INSERT ...", {}, sqlite3.OperationalError("database or disk is full"))

    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        service = client.app[TELEGRAM_SERVICE]
        updates = [_update(400 + i, "/start", user_id=user) for i, user in enumerate(USERS)]
        monkeypatch.setattr(inbox, "store", full_disk)
        async with WriteLock(_database(sqlite_url)):
            posting = asyncio.ensure_future(_posts(client, updates))
            await _until(lambda: service.writer.waiting == len(updates))
        assert await posting == [503] * len(updates)
        assert batches == [len(updates)]   # one transaction held them all, and none of them is stored
        assert service.writer.transactions == 0
        async with client.app[RUNTIME].services.sessionmaker() as session:
            assert all([await inbox.find("telegram", str(u["update_id"]), session=session) is None for u in updates])

        monkeypatch.setattr(inbox, "store", real)
        # Telegram delivers them again: now they are stored and answered.
        assert await _posts(client, updates) == [200] * len(updates)
        await fake_api.wait_for(lambda: all(fake_api.sent_to(user) for user in USERS), 15)


async def test_the_same_update_twice_in_one_transaction_is_stored_and_handled_once(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        service = client.app[TELEGRAM_SERVICE]
        update = _update(500, "/start", user_id=8601)
        async with WriteLock(_database(sqlite_url)):
            posting = asyncio.ensure_future(_posts(client, [update, update, update]))
            await _until(lambda: service.writer.waiting == 3)
        assert await posting == [200, 200, 200]
        assert (service.writer.transactions, service.writer.stored) == (1, 1)
        await fake_api.wait_for(lambda: bool(fake_api.sent_to(8601)), 15)
        await fake_api.wait_for(lambda: service.inbox.pending == 0, 15)
        # One turn: the welcome once, not three times.
        assert len(fake_api.sent_to(8601)) == 1


async def test_one_update_the_storage_cannot_take_does_not_fail_the_others_stored_with_it(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = inbox.store
    poison = "602"

    async def store(channel: str, items: Sequence[inbox.Incoming], **kwargs: Any) -> dict[str, int]:
        if any(item.update_key == poison for item in items):
            raise ValueError("not a fault of the storage")
        return await real(channel, items, **kwargs)

    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        writer = client.app[TELEGRAM_SERVICE].writer
        updates = [_update(600 + i, "/start", user_id=user) for i, user in enumerate(USERS)]
        monkeypatch.setattr(inbox, "store", store)
        async with WriteLock(_database(sqlite_url)):
            posting = asyncio.ensure_future(_posts(client, updates))
            await _until(lambda: writer.waiting == len(updates))
        # Tried together, then each on its own: the four others are stored; the one that can never
        # be taken is dropped with a logged reason (a 200: Telegram must not hold the line for it).
        assert await posting == [200] * len(updates)
        assert (writer.transactions, writer.stored) == (len(updates) - 1, len(updates) - 1)
        assert "update 602 could not be taken" in caplog.text
        others = [user for i, user in enumerate(USERS) if str(600 + i) != poison]
        await fake_api.wait_for(lambda: all(fake_api.sent_to(user) for user in others), 15)


async def test_a_press_by_webhook_is_acknowledged_in_the_answer_once_stored_not_by_a_call_of_its_own(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    resident = FakeUser(fake_api, 8701)
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        assert (await client.post(HOOK, json=_update(700, "/start", user_id=8701), headers=HEADERS)).status == 200
        await fake_api.wait_for(lambda: bool(resident.messages), 15)
        welcome = resident.messages[-1]
        data = next(d for row in welcome.buttons for label, d in row if label == say("privacy-agree", "sv"))
        press = {"update_id": 701, "callback_query": {
            "id": "press-701", "from": resident.user, "chat_instance": "ci-8701", "data": data,
            "message": {"message_id": welcome.message_id, "date": int(time.time()), "chat": resident.chat,
                        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Medborgardialog"}, "text": "…"}}}
        response = await client.post(HOOK, json=press, headers=HEADERS)
        # Stored, then acknowledged in the answer itself: Telegram runs the call it names.
        assert response.status == 200
        assert await response.json() == {"method": "answerCallbackQuery", "callback_query_id": "press-701"}
        await fake_api.wait_for(lambda: any(say("campaign-question", "sv") in m.text for m in resident.messages), 15)
        assert [c for c in fake_api.calls if c.method == "answerCallbackQuery"] == []
        # A message is answered with no call in the answer.
        response = await client.post(HOOK, json=_update(702, "/help", user_id=8701), headers=HEADERS)
        assert response.status == 200 and await response.text() == "ok"
