"""Storage on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import OperationalError

from storage import answers, conversations, db, results
from storage.models import Answer, AnswerPublic
from tests.conftest import BotHarness, make_settings
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_dialogue import complete_dialogue, say, stored_answers


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


async def _all_answers(sessionmaker: db.Sessionmaker) -> list[AnswerPublic]:
    async with sessionmaker() as session:
        return await results.answer_page(results.AnswerFilter(), session=session, limit=1000)


def _answer(resident: str, text: str, **fields: object) -> Answer:
    return Answer(resident_key=resident, campaign_id="dals-ed-2017", channel="telegram", text=text,
                  text_language="sv", locale="sv", **fields)  # type: ignore[arg-type]


async def test_answers_round_trip_with_utc_times_and_follow_ups(sessionmaker: db.Sessionmaker) -> None:
    async with sessionmaker.begin() as session:
        stored = await answers.add(_answer("a" * 64, "Mer ljus", follow_ups={"area": "ed"}), session=session)
        assert stored.id is not None
    [row] = await _all_answers(sessionmaker)
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
    assert [a.text for a in await _all_answers(sessionmaker)] == ["ditt"]


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
    assert await _all_answers(sessionmaker) == []


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
        [stored] = await _all_answers(sessionmaker)
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


# --- the dashboard's reads: in SQL, on the reader, never stalling the loop ------------------------


async def _seeded(database_url: str, answers_count: int, tips_count: int) -> tuple[Any, db.Sessionmaker]:
    from benchmarks.dialogue.seed import seed
    from bot.settings import BUNDLED_CAMPAIGN
    from handlers.campaign import load_campaign

    campaign = load_campaign(BUNDLED_CAMPAIGN)
    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    await seed(engine, campaign, answers=answers_count, tips=tips_count)
    await engine.dispose()
    return campaign, db.create_sessionmaker(db.create_read_engine(database_url))


async def test_results_are_counted_filtered_paged_and_exported_in_sql_as_python_would(database_url: str) -> None:
    """Each count, filter (follow-ups in JSON, a search in any script) and page agrees with the rows themselves."""
    campaign, reads = await _seeded(database_url, 600, 0)
    questions = [q.id for q in campaign.follow_up_questions]
    try:
        async with reads() as session:
            rows = [dict(r) for r in (await session.exec(select(Answer.__table__))).mappings().all()]  # type: ignore[attr-defined]
        relation = questions[0]
        cases = [
            results.AnswerFilter(campaign_id=campaign.id),
            results.AnswerFilter(campaign_id=campaign.id, focus_area="traffic-safety", locale="ar"),
            results.AnswerFilter(campaign_id=campaign.id, focus_area=results.NONE),
            results.AnswerFilter(campaign_id=campaign.id, follow_ups={relation: "lives", questions[1]: results.NONE}),
            results.AnswerFilter(campaign_id=campaign.id, search="ПОЛІЦІЇ"),   # upper case, Cyrillic
            results.AnswerFilter(campaign_id=campaign.id, search="100%_"),     # LIKE's wildcards are literal
            results.AnswerFilter(campaign_id=campaign.id, since=datetime.now(UTC) - timedelta(days=30),
                                 until=datetime.now(UTC) - timedelta(days=10)),
        ]

        def matches(row: dict[str, Any], flt: results.AnswerFilter) -> bool:
            return (
                (flt.focus_area is None or (row["focus_area"] or "") == flt.focus_area)
                and (flt.locale is None or row["locale"] == flt.locale)
                and all(row["follow_ups"].get(q, "") == v for q, v in flt.follow_ups.items())
                and (flt.search is None or flt.search.lower() in row["text"].lower())
                and (flt.since is None or row["created_at"] >= flt.since)
                and (flt.until is None or row["created_at"] < flt.until)
            )

        for flt in cases:
            expected = sorted((r for r in rows if matches(r, flt)), key=lambda r: (r["created_at"], r["id"]),
                              reverse=True)
            async with reads() as session:
                assert await results.count(flt, session=session) == len(expected), flt
                page = await results.answer_page(flt, session=session, limit=50, offset=50)
                counts = await results.breakdown(flt, questions, lambda m: m.date().isoformat(), session=session)
            assert [a.id for a in page] == [r["id"] for r in expected[50:100]]
            assert expected or flt.search == "100%_", flt  # every other case finds answers
            assert counts.total == len(expected)
            assert counts.focus_area == Counter(r["focus_area"] or results.NONE for r in expected)
            assert counts.locale == Counter(r["locale"] for r in expected)
            for q in questions:
                assert counts.follow_ups[q] == Counter(r["follow_ups"].get(q, results.NONE) for r in expected)
            assert counts.by_day == Counter(r["created_at"].date().isoformat() for r in expected)
            exported = [row async for chunk in results.export_chunks(flt, questions, reads, size=64) for row in chunk]
            assert [row[0] for row in exported] == sorted(r["id"] for r in expected)
    finally:
        await reads.kw["bind"].dispose()


async def test_dashboard_pages_and_exports_over_100000_answers_never_hold_the_event_loop(tmp_path: Path) -> None:
    """Results, answer pages (first, last, filtered, searched), the CSV, the tip inbox and the CLI
    export over 100,000 answers and 10,000 tips: no callback holds the loop for 50 ms.

    Measured as the CPU time of the loop's thread per callback (benchmarks/dialogue/looplag.py),
    which a busy shared machine does not inflate; the wall-clock figures are printed beside it.
    """
    from aiohttp.test_utils import TestClient, TestServer

    from benchmarks.dialogue.looplag import LoopStalls
    from bot.app import create_app
    from bot.server.keys import RUNTIME
    from tests.test_web import Officer, add_officer, web_settings

    url = f"sqlite+aiosqlite:///{tmp_path / 'big.db'}"
    await _seeded(url, 100_000, 10_000)
    async with TestClient(TestServer(create_app(web_settings(url, tmp_path / "data")))) as client:
        await add_officer(client)
        officer = Officer(client)
        await officer.login()
        gc.collect()
        gc.freeze()  # as `serve` does after start-up: the seeding's objects are not the pages' garbage
        with LoopStalls() as stalls:
            page = await officer.get("/officer/results")
            assert page.status == 200 and say("officer-results-total", "sv", count=100_000) in page.html
            page = await officer.get("/officer/answers?page=2000")  # the last page, counted in SQL
            assert say("officer-page-of", "sv", page=2000, pages=2000) in page.html
            for path in ("/officer/answers", "/officer/answers?fu-relation=lives&q=polis",
                         "/officer/tips", "/officer/tips?status=new&page=50"):
                assert (await officer.get(path)).status == 200, path
            response = await client.get("/officer/answers.csv")
            assert response.status == 200
            lines = 0
            async for _ in response.content:
                lines += 1
            from bot.dashboard.export import tip_records

            exported = sum([1 async for _ in tip_records(client.app[RUNTIME], "csv")])
        gc.unfreeze()
        print(f"\nloop held at most {stalls.report()}")
    assert lines >= 100_001 and exported == 10_000
    assert stalls.longest_cpu_ms < 50, stalls.slowest


# --- locks: reads never take the write lock; health and the write probe are bounded -------------

_HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@contextlib.asynccontextmanager
async def _another_process_holds_the_write_lock(path: Path) -> AsyncIterator[None]:
    """As `medborgardialog export` did, or a second instance in the middle of a turn."""
    import sys

    process = await asyncio.create_subprocess_exec(sys.executable, "-c", _HOLD_LOCK, str(path),
                                                   stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    assert process.stdout is not None and process.stdin is not None
    try:
        assert await asyncio.wait_for(process.stdout.readline(), 30) == b"locked\n"
        yield
    finally:
        process.stdin.write(b"\n")
        await process.stdin.drain()
        await asyncio.wait_for(process.wait(), 30)


def _lock_is_free(path: Path) -> bool:
    with contextlib.closing(sqlite3.connect(path, timeout=0, isolation_level=None)) as probe:
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return False
        probe.execute("ROLLBACK")
        return True


async def test_healthz_answers_at_once_while_another_process_holds_the_write_lock(tmp_path: Path) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    from bot.app import create_app
    from tests.test_web import web_settings

    path = tmp_path / "data" / "health.db"
    async with TestClient(TestServer(create_app(web_settings(f"sqlite:///{path}", tmp_path / "data")))) as client:
        async with _another_process_holds_the_write_lock(path):
            started = time.monotonic()
            response = await client.get("/healthz")
            took = time.monotonic() - started
            assert response.status == 200 and (await response.json())["database"] == "ok"
            assert took < 2.0  # before: waited for the other process, up to the 30 s busy timeout


async def test_a_session_that_only_reads_takes_no_lock_and_waits_for_none(tmp_path: Path) -> None:
    path = tmp_path / "reads.db"
    engine = db.create_engine(f"sqlite+aiosqlite:///{path}")
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    reads = db.create_sessionmaker(db.create_read_engine(f"sqlite+aiosqlite:///{path}"))
    try:
        for maker in (sessionmaker, reads):
            async with maker() as session:  # the writer's plain session too: deferred
                assert await answers.count_of_resident("a" * 64, session=session) == 0
                assert _lock_is_free(path)  # another process could write meanwhile
        async with _another_process_holds_the_write_lock(path):
            for maker in (sessionmaker, reads):
                started = time.monotonic()
                async with maker() as session:
                    assert await answers.count_of_resident("a" * 64, session=session) == 0
                assert time.monotonic() - started < 1.0
        async with sessionmaker.begin() as session:  # a writing one takes the lock up front
            await session.exec(text("SELECT 1"))  # type: ignore[call-overload]
            assert not _lock_is_free(path)
        assert _lock_is_free(path)
        with pytest.raises(OperationalError, match="readonly|read-only|query_only"):
            async with reads() as session:
                await session.exec(text("DELETE FROM answer"))  # type: ignore[call-overload]
    finally:
        await reads.kw["bind"].dispose()
        await engine.dispose()


async def test_the_readers_ping_on_this_engine(database_url: str) -> None:
    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    reader = db.create_read_engine(database_url, engine)
    try:
        await db.ping(reader, timeout=2.0)
    finally:
        await reader.dispose()
        await engine.dispose()


# --- the SQLite layer (storage/sqlite.py): cancellation, checkpoints beside a reader, no WAL -------


def _writing(sessionmaker: db.Sessionmaker, how: str) -> Any:
    """A write transaction of either kind: an ORM session's (`begin`), or on the driver (`transaction`)."""
    return sessionmaker.begin() if how == "begin" else sessionmaker.transaction()


@pytest.mark.parametrize("how", ["begin", "transaction"])
async def test_a_turn_cancelled_while_it_waits_for_the_lock_leaves_a_usable_connection(
    tmp_path: Path, how: str
) -> None:
    """A turn given up (a timeout, a shutdown) mid-statement: the lock is not kept, the next turn works."""
    path = tmp_path / "cancel.db"
    engine = db.create_engine(f"sqlite+aiosqlite:///{path}")
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    try:
        async with _another_process_holds_the_write_lock(path):
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.3), _writing(sessionmaker, how) as session:
                    await answers.add(_answer("g" * 64, "avbruten"), session=session)
        # The cancelled BEGIN IMMEDIATE may still have got the lock on the thread: it must not keep it.
        deadline = time.monotonic() + 5
        while not _lock_is_free(path):
            assert time.monotonic() < deadline, "the cancelled turn kept the write lock"
            await asyncio.sleep(0.05)
        async with asyncio.timeout(5), _writing(sessionmaker, how) as session:
            await answers.add(_answer("g" * 64, "nästa tur"), session=session)
        assert [a.text for a in await _all_answers(sessionmaker)] == ["nästa tur"]
    finally:
        await engine.dispose()


async def test_a_checkpoint_while_another_process_reads_neither_waits_nor_loses_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from storage import sqlite as sqlite_storage

    monkeypatch.setattr(sqlite_storage, "CHECKPOINT_EVERY", 3)
    path = tmp_path / "reader.db"
    engine = db.create_engine(f"sqlite+aiosqlite:///{path}")
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        async with sessionmaker.begin() as session:
            await answers.add(_answer("h" * 64, "före läsaren"), session=session)
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM answer").fetchone() == (1,)  # holds its snapshot
        started = time.monotonic()
        for i in range(7):  # two checkpoints while the reader holds the log
            async with sessionmaker.begin() as session:
                await answers.add(_answer("h" * 64, f"svar {i}"), session=session)
        assert time.monotonic() - started < 2.0
        assert reader.execute("SELECT count(*) FROM answer").fetchone() == (1,)  # its snapshot, unchanged
        reader.execute("COMMIT")
        assert reader.execute("SELECT count(*) FROM answer").fetchone() == (8,)
        for i in range(3):  # the next checkpoint copies everything
            async with sessionmaker.begin() as session:
                await answers.add(_answer("h" * 64, f"efter {i}"), session=session)
        with contextlib.closing(sqlite3.connect(f"file:{path}?immutable=1", uri=True)) as file_only:
            assert file_only.execute("SELECT count(*) FROM answer").fetchone() == (11,)
    finally:
        reader.close()
        await engine.dispose()


async def test_a_database_where_wal_cannot_be_set_says_so_once_and_still_commits(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An in-memory database (as a filesystem without shared memory) refuses WAL: one warning, then it works."""
    engine = db.create_engine("sqlite+aiosqlite:///:memory:")
    try:
        with caplog.at_level("WARNING", logger="storage.sqlite"):
            await db.upgrade(engine)
            sessionmaker = db.create_sessionmaker(engine)
            for i in range(3):
                async with sessionmaker.begin() as session:
                    await answers.add(_answer("i" * 64, f"utan wal {i}"), session=session)
        warnings = [r for r in caplog.records if "write-ahead log" in r.getMessage()]
        assert len(warnings) == 1 and "'memory'" in warnings[0].getMessage()
        assert len(await _all_answers(sessionmaker)) == 3
        async with engine.connect() as conn:
            raw = conn.sync_connection.connection.driver_connection  # type: ignore[union-attr]
            assert raw.wal is False and raw.commit_on_loop is False  # commits wait for the disk off the loop
    finally:
        await engine.dispose()


async def test_a_transaction_returns_once_its_commit_is_on_disk_and_one_sync_serves_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Group durability: `begin()` returns after an fsync of the log that followed its commit;
    transactions committing meanwhile share the next fsync."""
    import os

    path = tmp_path / "durable.db"
    engine = db.create_engine(f"sqlite+aiosqlite:///{path}")
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    synced: list[tuple[int, float]] = []   # (answers in the log when synced, time)
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        with contextlib.closing(sqlite3.connect(path)) as peek:
            (count,) = peek.execute("SELECT count(*) FROM answer").fetchone()
        time.sleep(0.02)  # a slow disk, so that commits pile up behind one sync
        real_fsync(fd)
        synced.append((count, time.monotonic()))

    monkeypatch.setattr(os, "fsync", fsync)
    try:
        async def one(i: int) -> float:
            async with sessionmaker.begin() as session:
                await answers.add(_answer("j" * 64, f"svar {i}"), session=session)
            return time.monotonic()

        returned = await one(0)
        assert synced and synced[-1][0] == 1 and synced[-1][1] <= returned  # synced after its commit
        done = await asyncio.gather(*(one(i) for i in range(1, 21)))
        assert synced[-1][0] == 21 and max(at for _, at in synced) <= max(done)
        assert len(synced) < 1 + 20  # not one fsync per commit: they were grouped
    finally:
        await engine.dispose()


# --- the turn's statements: compiled once, run on the driver ------------------------------------


async def test_a_dialogue_turn_runs_its_statements_on_the_driver_not_through_the_orm(
    database_url: str, tmp_path: Path, fake_api: FakeBotAPI
) -> None:
    """No turn of the whole dialogue sends a statement through SQLAlchemy's execution machinery:
    the transaction is begun and committed on the driver (`Sessionmaker.transaction`), its
    statements go to the driver precompiled, and the conversation is a plain dataclass, not an
    ORM object."""
    from sqlalchemy import event

    from bot.app import build_runtime
    from handlers.router import Outcome, handle_turn
    from handlers.types import Turn, TurnKind

    runtime = await build_runtime(make_settings(fake_api, database_url, tmp_path / "data"))
    through_sqlalchemy: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        through_sqlalchemy.append(statement.split(None, 1)[0].upper())

    event.listen(runtime.engine.sync_engine, "before_cursor_execute", seen)
    try:
        async def turn(**fields: object) -> Outcome:
            through_sqlalchemy.clear()
            outcome = await handle_turn(Turn(channel="telegram", user_id="4711", chat_id="4711", language_code="sv",
                                             **fields), runtime.services)  # type: ignore[arg-type]
            assert through_sqlalchemy == []
            return outcome

        def button(outcome: Outcome, part: str) -> str:
            return next(b.data for r in outcome.replies for row in r.buttons for b in row if part in b.data)

        outcome = await turn(kind=TurnKind.COMMAND, command="start")
        outcome = await turn(kind=TurnKind.BUTTON, data=button(outcome, ":consent:yes"))
        outcome = await turn(kind=TurnKind.TEXT, text="Mer belysning vid busshållplatsen på kvällarna")
        outcome = await turn(kind=TurnKind.BUTTON, data=button(outcome, ":focus:"))
        for _ in range(3):
            outcome = await turn(kind=TurnKind.BUTTON, data=button(outcome, ":fq"))
        async with runtime.services.sessionmaker() as session:
            key = runtime.services.pseudonymize("telegram", "4711")
            [stored] = await answers.of_resident(key, session=session)
            state = await conversations.load_for_update(key, session=session)
        assert stored.focus_area and len(stored.follow_ups) == 3 and stored.created_at.tzinfo is not None
        assert type(state) is conversations.ConversationState and state.consent_at is not None
        assert state.consent_at.tzinfo is not None and state.data["profile"] == stored.follow_ups
    finally:
        event.remove(runtime.engine.sync_engine, "before_cursor_execute", seen)
        await runtime.close()


@pytest.mark.parametrize("how", ["begin", "transaction"])
async def test_without_pre_ping_a_dropped_connection_fails_one_transaction_and_the_next_one_works(
    database_url: str, how: str
) -> None:
    """The writer does not ping PostgreSQL before each checkout (a round trip per turn): when the
    server drops its connections, one transaction fails (the inbox handles that update again)
    and the pool starts afresh."""
    from sqlalchemy.exc import DBAPIError

    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to drop the connection")
    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    try:
        async with sessionmaker.begin() as session:
            await answers.add(_answer("k" * 64, "före"), session=session)
        admin = db.create_engine(database_url)
        async with admin.connect() as conn:
            await conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        await admin.dispose()
        with pytest.raises(DBAPIError) as failed:  # a pre-ping would have hidden this, at a round trip a turn
            async with _writing(sessionmaker, how) as session:
                await answers.add(_answer("k" * 64, "förlorad"), session=session)
        assert failed.value.connection_invalidated
        async with _writing(sessionmaker, how) as session:
            await answers.add(_answer("k" * 64, "efter"), session=session)
        assert [a.text for a in await _all_answers(sessionmaker)] == ["efter", "före"]  # newest first
    finally:
        await engine.dispose()


@pytest.mark.parametrize("how", ["begin", "transaction"])
async def test_an_error_on_the_turns_driver_path_is_sqlalchemys_and_quotes_no_resident_words(
    database_url: str, how: str
) -> None:
    """The turn's statements bypass SQLAlchemy's execution, not its errors: callers (the inbox's
    retry, the error handler) see SQLAlchemy's classes, without the parameters (residents' words)."""
    from sqlalchemy.exc import DBAPIError

    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    try:
        with pytest.raises(DBAPIError) as failed:
            async with _writing(sessionmaker, how) as session:
                # NOT NULL violated on the driver path: an answer without a campaign.
                answer = _answer("l" * 64, "hemlig mening från en invånare")
                answer.campaign_id = None  # type: ignore[assignment]
                await answers.add(answer, session=session)
        assert "hemlig mening" not in str(failed.value)
        async with _writing(sessionmaker, how) as session:  # the connection is still usable
            await answers.add(_answer("l" * 64, "nästa"), session=session)
    finally:
        await engine.dispose()


async def test_a_transaction_on_the_driver_is_one_transaction_with_its_orm_session(
    sessionmaker: db.Sessionmaker,
) -> None:
    """`Sessionmaker.transaction`: what goes to the driver and what goes through the ORM session
    are committed together, or rolled back together (an exception, a cancellation); after-commit
    callbacks run once, only after a commit; the pool gets its connection back out of any
    transaction, so the next one works."""
    committed: list[str] = []
    async with sessionmaker.transaction() as tx:
        await answers.add(_answer("t" * 64, "på drivern"), session=tx)
        tx.session.add(_answer("t" * 64, "genom ORM"))
        tx.after_commit(lambda: committed.append("first"))
        assert committed == []
    assert committed == ["first"]
    assert sorted(a.text for a in await _all_answers(sessionmaker)) == ["genom ORM", "på drivern"]

    with pytest.raises(RuntimeError):
        async with sessionmaker.transaction() as tx:
            await answers.add(_answer("t" * 64, "ångras 1"), session=tx)
            tx.session.add(_answer("t" * 64, "ångras 2"))
            await tx.session.flush()
            tx.after_commit(lambda: committed.append("rolled back"))
            raise RuntimeError("the turn failed")

    async def forever() -> None:
        async with sessionmaker.transaction() as tx:
            tx.session.add(_answer("t" * 64, "avbryts"))
            await tx.session.flush()
            await answers.add(_answer("t" * 64, "avbryts också"), session=tx)
            await asyncio.sleep(3600)

    task = asyncio.create_task(forever())
    await asyncio.sleep(0.2)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert committed == ["first"]
    assert sorted(a.text for a in await _all_answers(sessionmaker)) == ["genom ORM", "på drivern"]

    for n in range(3):   # the pool's connections are clean: every later transaction works
        async with sessionmaker.transaction() as tx:
            await answers.add(_answer("t" * 64, f"sedan {n}"), session=tx)
    async with sessionmaker.begin() as session:
        session.add(_answer("t" * 64, "och med ORM"))
    assert len(await _all_answers(sessionmaker)) == 6


def test_the_fast_pseudonym_is_the_keyed_hash_it_always_was() -> None:
    """The runtime's pseudonymizer (the key's HMAC state made once) gives the same hashes as
    `pseudonymize`, so residents stored before keep their rows, per channel, and only the key
    links them."""
    from bot.app import pseudonymize, pseudonymizer

    secret = b"test-pseudonym-secret-0123456789"
    fast = pseudonymizer(secret)
    for channel, user in [("telegram", "4711"), ("whatsapp", "46700000000"), ("web", "ö-ñ-ع")]:
        assert fast(channel, user) == pseudonymize(secret, channel, user)
    assert fast("telegram", "4711") != fast("web", "4711") != pseudonymizer(b"another key")("web", "4711")


async def test_inbox_batches_are_padded_to_a_few_statement_sizes_and_count_each_row_once(
    sessionmaker: db.Sessionmaker,
) -> None:
    """A batch of any size runs one of a handful of prepared statements (its last row repeated up
    to the next size): every update is stored once, its id returned once, and finishing counts
    each row once."""
    from storage import inbox
    from storage.models import InboxStatus

    for size in (1, 3, 5, 17, 100):
        items = [inbox.Incoming(f"pad-{size}-{i}", "k" * 64, "{}") for i in range(size)]
        async with sessionmaker.transaction() as tx:
            stored = await inbox.store("telegram", items, session=tx)
        assert sorted(stored) == sorted(item.update_key for item in items)
        async with sessionmaker.transaction() as tx:
            again = await inbox.store("telegram", items, session=tx)
            finished = await inbox.finish(list(stored.values()), InboxStatus.DONE, session=tx)
        assert again == {} and finished == size
