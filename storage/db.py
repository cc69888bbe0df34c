"""The engines, the session factories, health probes, and migrations applied on start.

Two engines per database:

- the **writer** (`create_engine`), for turns and everything that changes data. On SQLite
  its one connection runs statements on the event loop (storage/sqlite.py); a session from
  `Sessionmaker.begin()` starts with `BEGIN IMMEDIATE` (it will write: take the lock up
  front), a plain `Sessionmaker()` session with a deferred `BEGIN`, which takes no lock
  until it writes and so never waits for, or blocks, another process's writer. The
  transactions on the hot path (a turn, storing what comes in, marking it done) are
  `Sessionmaker.transaction()`: begun and committed on the driver itself, with an ORM
  session only when a statement needs one (storage/statements.py, `Transaction`).
- the **reader** (`create_read_engine`), for dashboard pages, exports and /healthz: its own
  connections (on SQLite: the stock aiosqlite dialect, statements on its threads, deferred
  transactions, `PRAGMA query_only`; on PostgreSQL: read-only transactions), so a slow
  page never holds the event loop or the writer, and a turn never queues behind a page.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import sqlite
from storage.statements import Transaction

log = logging.getLogger(__name__)

# How long a transaction waits for another process's write lock (a CLI command, a second instance).
BUSY_TIMEOUT_SECONDS = 30.0
# How long a read waits for SQLite to let it in (in WAL only while the log is being reset).
READ_BUSY_TIMEOUT_SECONDS = 5.0
# Connections of the reader: pages and exports of a few officers at once.
READ_POOL_SIZE = 3

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The execution option that says how an SQLite transaction begins (see `Sessionmaker`).
BEGIN_OPTION = "storage_sqlite_begin"


# The SQLite writers whose commits are synced in groups (storage/sqlite.py, `GroupSync`).
_GROUPS: weakref.WeakKeyDictionary[Any, sqlite.GroupSync] = weakref.WeakKeyDictionary()


class Sessionmaker(async_sessionmaker[AsyncSession]):
    """`begin()` for a transaction that writes (IMMEDIATE on SQLite), `()` for one that reads
    (deferred), `transaction()` for a write transaction on the driver (the hot path).

    A `begin()` or `transaction()` block returns once its commit is durable: on SQLite with
    group durability it waits, after giving the connection back, for the fsync that covers
    its commit.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine.execution_options(**{BEGIN_OPTION: "DEFERRED"}), class_=AsyncSession,
                         expire_on_commit=False)
        self.engine = engine
        self.writing = async_sessionmaker(engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}),
                                          class_=AsyncSession, expire_on_commit=False)
        self._joined = async_sessionmaker(class_=AsyncSession, expire_on_commit=False)
        self.group = _GROUPS.get(engine.sync_engine)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        """A write transaction begun on the driver connection (`BEGIN IMMEDIATE` on SQLite):
        committed when the block ends, rolled back when it raises (or is cancelled)."""
        async with self.engine.connect() as connection:
            transaction = Transaction(connection, self._joined)
            try:
                await transaction.begin()
                yield transaction
                await transaction.commit()
            except asyncio.CancelledError:
                # BEGIN (waiting for the lock), a statement or the commit may still be under way
                # on SQLite's thread, and get the lock there: the connection is closed after it
                # (which lets the lock go), never reused.
                await transaction.discard()
                raise
            except BaseException:
                await transaction.rollback()   # after a failed BEGIN there is nothing to undo: a no-op
                raise
            finally:
                await transaction.close()
        transaction.committed()
        if self.group is not None:
            await self.group.wait()

    @asynccontextmanager
    async def begin(self) -> AsyncIterator[AsyncSession]:  # type: ignore[override]
        async with self.writing.begin() as session:
            yield session
        if self.group is not None:
            await self.group.wait()


async def durable(engine: AsyncEngine) -> None:
    """Return once every commit made so far on `engine` is on disk (at once where commits sync themselves)."""
    group = _GROUPS.get(engine.sync_engine)
    if group is not None:
        await group.wait()


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


def _sqlite_path(url: str) -> str:
    return make_url(url).database or ":memory:"


def create_engine(url: str, *, durability: str = "group", **kwargs: Any) -> AsyncEngine:
    """Create the writer; SQLite gets WAL and one writer at a time, so no turn sees 'database is locked'.

    `durability` (SQLite only, README "Durability"): "group", a transaction from
    `Sessionmaker.begin()` returns once its commit is on disk, one fsync for all commits
    made meanwhile; "full", every commit syncs on its own; "normal", the last commits
    before an OS crash or power cut may be lost.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # No pre-ping: a statement on a connection the server dropped fails, SQLAlchemy throws
        # the pool's connections away, and the update is handled again (the inbox keeps it).
        return create_async_engine(url, pool_pre_ping=False, pool_size=10, max_overflow=10, hide_parameters=True,
                                   **kwargs)
    database = _sqlite_path(url)
    if database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    # One connection: SQLite has one writer anyway, and a queue in the pool is cheaper than
    # busy-waiting in the file lock. Its statements run on the event loop (storage/sqlite.py).
    group = sqlite.GroupSync(database)
    # (In memory: SQLAlchemy's one static connection, the database itself.)
    pool: dict[str, Any] = {} if database == ":memory:" else {"pool_size": 1, "max_overflow": 0}
    engine = create_async_engine(
        url,
        hide_parameters=True,  # an error never quotes a statement's values: they hold residents' words
        **pool,
        async_creator=partial(sqlite.connect, database, busy_timeout=BUSY_TIMEOUT_SECONDS, durability=durability,
                              group=group),
        **kwargs,
    )
    if durability == "group" and database != ":memory:":
        _GROUPS[engine.sync_engine] = group
    _register_functions(engine)

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front; a deferred transaction that reads and
        # then writes can fail at once when another process wrote meanwhile. A session that
        # only reads begins deferred and takes no lock at all (WAL: readers never block writers).
        # A transaction begun on the driver (`Sessionmaker.transaction`) is left as it is.
        driver = conn.connection.driver_connection
        if driver is not None and driver.in_transaction:
            return
        mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")

    return engine


def create_read_engine(url: str, writer: AsyncEngine | None = None) -> AsyncEngine:
    """Create the reader for pages, exports and health (see the module's docstring).

    An in-memory SQLite database has one connection only: there the writer is returned.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(
            url, pool_pre_ping=True, pool_size=READ_POOL_SIZE, max_overflow=2, hide_parameters=True,
            execution_options={"postgresql_readonly": True},
        )
    if _sqlite_path(url) == ":memory:" and writer is not None:
        return writer
    engine = create_async_engine(
        parsed.set(drivername="sqlite+aiosqlite"),
        hide_parameters=True,
        pool_size=READ_POOL_SIZE,
        max_overflow=0,
        connect_args={"timeout": READ_BUSY_TIMEOUT_SECONDS},
    )
    _register_functions(engine)

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions as below, not the driver's own
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA query_only = ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Deferred: one consistent snapshot for the page's queries, and no lock.
        conn.exec_driver_sql("BEGIN")

    return engine


def _register_functions(engine: AsyncEngine) -> None:
    """SQL functions the queries use that SQLite lacks (storage/results.py: `unicode_lower`)."""
    if not is_sqlite(engine):
        return

    @event.listens_for(engine.sync_engine, "connect")
    def _functions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.create_function("unicode_lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


async def ping(engine: AsyncEngine, timeout: float = 3.0) -> None:
    """Read from the database in a deferred transaction (no lock); raises when it does not answer
    within `timeout` seconds. Give it the reader: it never waits behind a turn or the write lock."""
    async with asyncio.timeout(timeout), engine.connect() as conn:
        await conn.execute(text("SELECT count(*) FROM alembic_version"))


def create_sessionmaker(engine: AsyncEngine) -> Sessionmaker:
    return Sessionmaker(engine)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


# PostgreSQL: one advisory lock key for "migrating medborgardialog's schema" (any fixed bigint).
MIGRATION_LOCK_KEY = 0x6D65646469616C6F  # "meddialo"


class SchemaNotCurrent(Exception):
    """The database is not at the code's migration head (and this process may not migrate it)."""


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Apply the migrations up to `revision` on the engine's database.

    On PostgreSQL the transaction first takes an advisory lock, so instances starting at once
    migrate one after another: the first applies the migrations, the others then find the
    schema current and apply nothing. The lock is the transaction's: released at its end,
    also when the process dies.
    """

    def _run(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as conn:
        if not is_sqlite(engine):
            await conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
        await conn.run_sync(_run)
    log.info("database schema is at %s", revision)


async def schema_revisions(engine: AsyncEngine) -> tuple[str | None, str]:
    """Return (the database's migration revision, or None before any; the code's head)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    async with engine.connect() as conn:
        current = await conn.run_sync(lambda sync: MigrationContext.configure(sync).get_current_revision())
    return current, head
