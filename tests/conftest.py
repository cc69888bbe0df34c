"""Fixtures: databases (SQLite, and PostgreSQL when TEST_DATABASE_URL is set), the fake Bot API,
and the real Application running against it."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import make_url
from telegram.ext import Application

from bot.app import Runtime, build_runtime
from bot.channels.telegram.deliverer import telegram_deliverers
from bot.channels.telegram.service import TelegramService
from bot.inbox import Entry
from bot.outbox import OutboxWorker, running_outbox
from bot.settings import Settings, normalize_database_url
from storage import inbox, outbox
from storage.models import utcnow
from tests.fakebotapi import TOKEN, FakeBotAPI, FakeUser

TEST_DATABASE_URL = os.environ.get("TEST_DATABASE_URL")
# The officer chat (a group) and the one officer allowed to act in it.
OFFICER_CHAT_ID = -100777
OFFICER_USER_ID = 4242
ENGINES = ["sqlite"] + (["postgresql"] if TEST_DATABASE_URL else [])


@pytest.fixture(autouse=True)
def _no_env_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep a developer's own .env and environment out of the tests."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DATABASE_URL", "PSEUDONYM_", "OFFICER_", "CAMPAIGN_FILE", "HTTP_")):
            monkeypatch.delenv(name, raising=False)
        # The Bot API client honours proxy variables (trust_env): none may reroute the fakes.
        if name.lower() in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ws_proxy", "wss_proxy"):
            monkeypatch.delenv(name, raising=False)


async def _postgres_database() -> tuple[str, Callable[[], object]]:
    import asyncpg

    assert TEST_DATABASE_URL is not None
    admin = make_url(normalize_database_url(TEST_DATABASE_URL))
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()

    async def drop() -> None:
        conn = await asyncpg.connect(dsn)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()

    return admin.set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(params=ENGINES)
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh, empty database: a SQLite file, and a PostgreSQL database when configured."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
        return
    url, drop = await _postgres_database()
    try:
        yield url
    finally:
        await drop()  # type: ignore[misc]


@pytest.fixture
async def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    api = FakeBotAPI()
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


def make_settings(api: FakeBotAPI, database_url: str, data_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "telegram_bot_token": TOKEN,
        "telegram_api_base_url": api.base_url,
        "telegram_rate_limit": False,
        "database_url": database_url,
        "data_dir": data_dir,
        "pseudonym_secret": "test-pseudonym-secret-0123456789",
        "officer_chat_id": OFFICER_CHAT_ID,
        "officer_user_ids": frozenset({OFFICER_USER_ID}),
        # The outbox retries within fractions of a second, so tests never sleep long.
        "outbox_backoff_seconds": 0.05,
        "outbox_backoff_max_seconds": 0.2,
        "outbox_poll_seconds": 0.5,
        # Officers log in with their password alone here; tests/test_totp.py drives the second factor.
        "officer_totp_required": False,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def settle(sessionmaker: Callable[[], Any], api: FakeBotAPI, timeout: float = 10.0) -> None:
    """Wait until nothing more happens without a new input: every update finished, no outbox
    message being sent or due within a second, no Bot API call being answered — twice in a row,
    a few loop turns apart. A test that checks that nothing more was sent waits for this, not for
    a fixed time."""
    quiet = 0
    async with asyncio.timeout(timeout):
        while quiet < 2:
            now = utcnow()
            async with sessionmaker() as session:
                busy = await inbox.count_unfinished(session=session)
                busy += await outbox.busy(now, now + timedelta(seconds=1), session=session)
            busy += api.in_flight
            quiet = quiet + 1 if not busy else 0
            await asyncio.sleep(0.02)


class BotHarness:
    """The real Telegram side, wired by the product's own `TelegramService` (as `run` does:
    the inbox, our getUpdates loop), polling the fake Bot API, with the outbox beside it."""

    def __init__(self, api: FakeBotAPI, settings: Settings) -> None:
        self.api = api
        self.settings = settings
        self.runtime: Runtime | None = None
        self.service: TelegramService | None = None
        self.application: Application | None = None
        self.outbox: OutboxWorker | None = None
        self._background = AsyncExitStack()

    async def start(self) -> None:
        self.runtime = await build_runtime(self.settings)
        self.service = TelegramService(self.settings, self.runtime, poll_timeout=1)
        self.application = self.service.application
        # Tell the fake server when an update is finished (handled and answered, or given up):
        # the inbox's public hook, so the tests wait exactly as long as needed.
        self.service.inbox.on_finished.append(self._processed)
        self.api.track_processing = True
        await self.service.start()
        deliverers = telegram_deliverers(self.application.bot, self.service.channel, self.settings)
        self.outbox = await self._background.enter_async_context(running_outbox(self.runtime, deliverers))

    def _processed(self, entry: Entry) -> None:
        self.api.note_processed(int(entry.label))

    async def stop(self) -> None:
        await self._background.aclose()
        self.outbox = None
        if self.service is not None:
            await self.service.stop()
            self.service = None
            self.application = None
        if self.runtime is not None:
            await self.runtime.close()
            self.runtime = None

    async def restart(self) -> None:
        await self.stop()
        await self.start()

    async def settled(self, timeout: float = 10.0) -> None:
        """Wait until nothing more happens without a new input (see `settle`)."""
        assert self.runtime is not None
        await settle(self.runtime.services.sessionmaker, self.api, timeout)


@pytest.fixture
async def bot(fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(fake_api, make_settings(fake_api, sqlite_url, tmp_path / "data"))
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


@pytest.fixture
def person(fake_api: FakeBotAPI) -> Callable[..., FakeUser]:
    """Make a person on Telegram: `person(1001, language_code="ar")`."""
    ids = iter(range(5001, 9999))

    def make(user_id: int | None = None, **kwargs: object) -> FakeUser:
        return FakeUser(fake_api, user_id if user_id is not None else next(ids), **kwargs)  # type: ignore[arg-type]

    return make
