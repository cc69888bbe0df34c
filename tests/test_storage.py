"""Storage on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import OperationalError

from storage import answers, conversations, db
from storage.models import Answer
from tests.conftest import BotHarness, make_settings
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_dialogue import complete_dialogue, stored_answers


@pytest.fixture
async def sessionmaker(database_url: str) -> AsyncIterator[db.Sessionmaker]:
    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    try:
        yield db.create_sessionmaker(engine)
    finally:
        await engine.dispose()


async def test_migrations_create_the_tables_and_can_run_again(database_url: str) -> None:
    engine = db.create_engine(database_url)
    try:
        await db.upgrade(engine)
        await db.upgrade(engine)  # nothing to do the second time
        async with engine.connect() as conn:
            tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
        assert {"conversation", "answer", "alembic_version"} <= tables
    finally:
        await engine.dispose()


def _answer(resident: str, text: str, **fields: object) -> Answer:
    return Answer(resident_key=resident, campaign_id="dals-ed-2017", channel="telegram", text=text,
                  text_language="sv", locale="sv", **fields)  # type: ignore[arg-type]


async def test_answers_round_trip_with_utc_times_and_follow_ups(sessionmaker: db.Sessionmaker) -> None:
    async with sessionmaker.begin() as session:
        stored = await answers.add(_answer("a" * 64, "Mer ljus", follow_ups={"area": "ed"}), session=session)
        assert stored.id is not None
    async with sessionmaker() as session:
        [row] = await answers.for_export(session=session)
    assert row.text == "Mer ljus" and row.follow_ups == {"area": "ed"}
    assert row.created_at.tzinfo is not None
    assert abs(row.created_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert not hasattr(row, "resident_key")


async def test_a_residents_answers_are_theirs_alone(sessionmaker: db.Sessionmaker) -> None:
    async with sessionmaker.begin() as session:
        mine = await answers.add(_answer("a" * 64, "mitt"), session=session)
        await answers.add(_answer("b" * 64, "ditt"), session=session)
    async with sessionmaker.begin() as session:
        assert mine.id is not None
        assert not await answers.update_own(mine.id, "b" * 64, session=session, focus_area="other")
        assert await answers.update_own(mine.id, "a" * 64, session=session, focus_area="traffic-safety")
        assert [(a.text, a.focus_area) for a in await answers.of_resident("a" * 64, session=session)] == [
            ("mitt", "traffic-safety")
        ]
        assert [a.focus_area for a in await answers.of_resident("b" * 64, session=session)] == [None]
        assert await answers.count_of_resident("a" * 64, session=session) == 1
        assert await answers.delete_of_resident("a" * 64, session=session) == 1
    async with sessionmaker() as session:
        assert [a.text for a in await answers.for_export(session=session)] == ["ditt"]


async def test_conversation_state_is_stored_locked_and_erased(sessionmaker: db.Sessionmaker) -> None:
    key = "c" * 64
    async with sessionmaker.begin() as session:
        assert await conversations.load_for_update(key, session=session) is None
        conversation = await conversations.load_or_create_for_update(key, "telegram", "new", session=session)
        before = conversations.snapshot(conversation)
        conversation.data = {"profile": {"area": "ed"}}
        await conversations.save(conversation, before, session=session)
    async with sessionmaker.begin() as session:
        # A second create finds the row instead of failing on the key.
        again = await conversations.load_or_create_for_update(key, "telegram", "menu", session=session)
        assert again.state == "new"
    async with sessionmaker.begin() as session:
        loaded = await conversations.load_for_update(key, session=session)
        assert loaded is not None and loaded.data == {"profile": {"area": "ed"}} and loaded.state == "new"
        assert loaded.updated_at > loaded.created_at and loaded.updated_at.tzinfo is not None
        await conversations.delete_conversation(key, session=session)
    async with sessionmaker() as session:
        assert await conversations.load_for_update(key, session=session) is None


async def test_a_transaction_that_fails_stores_nothing(sessionmaker: db.Sessionmaker) -> None:
    with pytest.raises(RuntimeError):
        async with sessionmaker.begin() as session:
            await answers.add(_answer("d" * 64, "halvt"), session=session)
            raise RuntimeError("the turn failed")
    async with sessionmaker() as session:
        assert await answers.for_export(session=session) == []


async def test_the_whole_dialogue_works_on_this_engine(
    fake_api: FakeBotAPI, database_url: str, tmp_path: Path, person: Callable[..., FakeUser]
) -> None:
    harness = BotHarness(fake_api, make_settings(fake_api, database_url, tmp_path / "data"))
    await harness.start()
    try:
        resident = person(language_code="uk")
        await complete_dialogue(resident, "uk", "Більше освітлення на вулицях вечорами", "campaign-focus-other")
        await harness.restart()
        [answer] = await stored_answers(harness)
        assert (answer.text_language, answer.focus_area) == ("uk", "other")
    finally:
        await harness.stop()


async def test_sqlite_waits_for_another_processs_lock_without_stopping_the_event_loop(tmp_path: Path) -> None:
    """A command holding the write lock delays a turn, not everybody: the wait happens off the loop."""
    path = tmp_path / "locked.db"
    engine = db.create_engine(f"sqlite+aiosqlite:///{path}")
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")  # as `medborgardialog export` or a second instance would
        loop = asyncio.get_running_loop()
        loop.call_later(0.5, other.execute, "COMMIT")
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.01)
                ticks += 1

        ticker = asyncio.create_task(tick())
        started = time.monotonic()
        async with sessionmaker.begin() as session:
            await answers.add(_answer("e" * 64, "väntade på låset"), session=session)
        waited = time.monotonic() - started
        ticker.cancel()
        assert waited >= 0.45
        assert ticks >= 20  # the loop kept running while the turn waited
        async with sessionmaker() as session:
            [stored] = await answers.for_export(session=session)
        assert stored.text == "väntade på låset"
    finally:
        other.close()
        await engine.dispose()


async def test_sqlite_errors_other_than_a_busy_lock_are_raised(tmp_path: Path) -> None:
    engine = db.create_engine(f"sqlite+aiosqlite:///{tmp_path / 'errors.db'}")
    try:
        with pytest.raises(OperationalError, match="no such table"):
            async with engine.connect() as conn:
                await conn.execute(text("SELECT * FROM no_such_table"))
        async with engine.connect() as conn:  # the connection is still usable
            assert (await conn.execute(text("SELECT 41 + 1"))).scalar_one() == 42
    finally:
        await engine.dispose()


async def test_sqlite_copies_its_log_into_the_database_file_every_so_many_commits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage import sqlite as sqlite_storage

    monkeypatch.setattr(sqlite_storage, "CHECKPOINT_EVERY", 4)
    path = tmp_path / "wal.db"
    engine = db.create_engine(f"sqlite+aiosqlite:///{path}")

    def in_database_file() -> list[str] | None:
        # `immutable` reads the database file alone, without the write-ahead log.
        with contextlib.closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as reader:
            try:
                return [text for (text,) in reader.execute("SELECT text FROM answer ORDER BY id")]
            except sqlite3.OperationalError:  # not even the tables have been copied yet
                return None

    try:
        await db.upgrade(engine)
        async with engine.connect() as conn:
            commits_so_far = conn.sync_connection.connection.dbapi_connection._connection._commits  # type: ignore[union-attr]
        sessionmaker = db.create_sessionmaker(engine)
        texts = []
        while True:
            async with sessionmaker.begin() as session:
                texts.append(f"svar {len(texts)}")
                await answers.add(_answer("f" * 64, texts[-1]), session=session)
            commits_so_far += 1
            if commits_so_far % 4 == 0:
                break
            assert in_database_file() != texts  # still only in the log
        assert in_database_file() == texts
    finally:
        await engine.dispose()
