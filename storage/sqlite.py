"""SQLite under the async engine: the work on the event loop, the waiting on aiosqlite's thread.

SQLAlchemy's aiosqlite adapter sends every cursor call to aiosqlite's worker thread and
waits for it: creating the cursor, executing, fetching, closing. That is ~17 round trips
between the event loop and the thread for one turn of the dialogue (4-5 statements), and
they cost more CPU than the statements themselves (benchmarks/README.md).

Here a statement runs where SQLAlchemy asks for it, on the event loop, and returns its rows
at once: with the write-ahead log and `synchronous=NORMAL` a statement touches only memory
and the page cache, tens of microseconds. Two things can wait, and those go to aiosqlite's
thread, where waiting blocks nobody:

- **a lock held by another process** (a `medborgardialog` command, a second instance):
  the connection's busy timeout on the event loop is zero, so the statement fails at once
  with SQLITE_BUSY, without effect, and is run again on the thread with the configured
  timeout (`BEGIN IMMEDIATE`, the first statement of every transaction, is the one that
  meets it);
- **the disk**: a commit only appends to the log, but a WAL checkpoint copies the log
  into the database file and waits for the disk (fsync). SQLite's automatic checkpoint,
  which would run inside some commit, is off on this connection; instead every
  `CHECKPOINT_EVERY` commits, that commit and a checkpoint run on the thread, with the
  connection to themselves. Rollbacks, rare, run there too.

Everything else is aiosqlite's own `Connection`: its thread opens and closes the
connection, and SQLAlchemy's `sqlite+aiosqlite` dialect drives it through `async_creator`.

This reaches into aiosqlite (`_conn`, `_execute`, `_thread`) and relies on how SQLAlchemy's
adapter calls a cursor, so pyproject.toml pins both to the ranges it is tested on
(tests/test_storage.py: cancellation, checkpoints beside a reader, a database without WAL).
Only the writer engine uses it; dashboard pages, exports and /healthz read through the stock
dialect on their own connections (`storage.db.create_read_engine`).

A transaction that has changed nothing (a read, or a turn that only looked) commits and
rolls back on the event loop: there is nothing to write or undo. Without the write-ahead
log (a filesystem or URL where WAL cannot be set, reported once in the log) every commit
runs on the thread, because there a commit waits for the disk.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, cast

import aiosqlite

log = logging.getLogger(__name__)

DURABILITY = ("group", "full", "normal")

# Commits between two checkpoints: a dialogue turn writes 3-5 pages, so the log stays near
# SQLite's own automatic-checkpoint size (1,000 pages).
CHECKPOINT_EVERY = 250

# Rows come back as a list, fetched in one go; the connection's queries are small.
_Rows = list[Any]
_Result = tuple[Any, int, int | None, _Rows]


# A wait for another process's lock tries again this often, and stops when the turn is given up.
LOCK_POLL_MS = 50


def _is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY: another connection holds the lock (SQLITE_LOCKED, a conflict within this
    connection's own shared cache, does not pass by waiting)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == sqlite3.SQLITE_BUSY


class Cursor:
    """A DB-API cursor with aiosqlite's async methods, whose `execute` also fetches the rows."""

    __slots__ = ("_connection", "description", "rowcount", "lastrowid", "arraysize", "_rows")

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.arraysize = 1
        self._rows: _Rows = []

    async def __aenter__(self) -> Cursor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] = ()) -> Cursor:
        self._take(await self._connection.run(sql, parameters, many=False))
        return self

    async def executemany(self, sql: str, parameters: Sequence[Any]) -> Cursor:
        self._take(await self._connection.run(sql, parameters, many=True))
        return self

    def _take(self, result: _Result) -> None:
        self.description, self.rowcount, self.lastrowid, self._rows = result

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def fetchmany(self, size: int | None = None) -> _Rows:
        size = size or self.arraysize
        rows, self._rows = self._rows[:size], self._rows[size:]
        return rows

    async def fetchall(self) -> _Rows:
        rows, self._rows = self._rows, []
        return rows

    async def close(self) -> None:
        self._rows = []


class Connection(aiosqlite.Connection):
    """aiosqlite's connection, with statements run on the calling (event loop) thread."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], busy_timeout_ms: int) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self.busy_timeout_ms = busy_timeout_ms
        self._commits = 0
        # Set by the connector on the thread, before the connection is used: a commit waits
        # for nothing but memory (and can run on the event loop) only in WAL with NORMAL.
        self.wal = True
        self.commit_on_loop = True
        self.group: GroupSync | None = None
        # `total_changes` when the open transaction began: equal at its end means it wrote nothing.
        self._changes_at_begin = 0

    def cursor(self) -> Cursor:  # type: ignore[override]
        return Cursor(self)

    async def _on_thread(self, function: Callable[..., Any], *args: Any) -> Any:
        """Run `function(*args)` on aiosqlite's thread (its private, untyped `_execute`)."""
        run_there = cast(Callable[..., Awaitable[Any]], self._execute)
        return await run_there(function, *args)

    async def run(self, sql: str, parameters: Any, *, many: bool) -> _Result:
        """Run a statement here; when another process holds the lock, wait for it on the thread."""
        conn = self._conn
        if sql.startswith("BEGIN"):
            self._changes_at_begin = conn.total_changes
        outside = not conn.in_transaction
        try:
            return self._statement(sql, parameters, many)
        except sqlite3.OperationalError as exc:
            # Run again only what failed without effect: a statement outside a transaction
            # (BEGIN above all). Within one, SQLite may have rolled it back: the error stands.
            if not (_is_busy(exc) and outside and not conn.in_transaction):
                raise
        given_up = threading.Event()
        try:
            return cast(_Result, await self._on_thread(self._statement_waiting, sql, parameters, many, given_up))
        except asyncio.CancelledError:
            given_up.set()  # the thread stops waiting within LOCK_POLL_MS, and gets no lock after
            raise

    def _statement(self, sql: str, parameters: Any, many: bool) -> _Result:
        cursor = self._conn.cursor()
        try:
            if many:
                cursor.executemany(sql, parameters)
            else:
                cursor.execute(sql, parameters)
            rows = cursor.fetchall() if cursor.description else []
            return cursor.description, cursor.rowcount, cursor.lastrowid, rows
        finally:
            cursor.close()

    @contextmanager
    def _waiting_for_locks(self, timeout_ms: int | None = None) -> Iterator[sqlite3.Connection]:
        """On the thread: the connection with a busy timeout, which is zero again afterwards."""
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms if timeout_ms is None else timeout_ms)}")
        try:
            yield conn
        finally:
            conn.execute("PRAGMA busy_timeout = 0")

    def _statement_waiting(self, sql: str, parameters: Any, many: bool, given_up: threading.Event) -> _Result:
        """On the thread: try again for up to the busy timeout, in steps, until the turn is given up."""
        deadline = time.monotonic() + self.busy_timeout_ms / 1000
        with self._waiting_for_locks(LOCK_POLL_MS):
            while True:
                try:
                    return self._statement(sql, parameters, many)
                except sqlite3.OperationalError as exc:
                    if not _is_busy(exc) or given_up.is_set() or time.monotonic() >= deadline:
                        raise

    def wrote(self) -> bool:
        """Whether the open transaction has changed anything."""
        return self._conn.total_changes != self._changes_at_begin

    async def commit(self) -> None:
        conn = self._conn
        if not conn.in_transaction:
            return
        if not self.wrote():
            conn.commit()  # a read: nothing to write, nothing to wait for
            return
        self._commits += 1
        if self.commit_on_loop and self._commits % CHECKPOINT_EVERY:
            try:
                conn.commit()
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
            else:
                if self.group is not None:
                    self.group.committed()
                return
        await self._on_thread(self._commit_and_checkpoint)
        if self.group is not None:
            self.group.committed()

    def _commit_and_checkpoint(self) -> None:
        """On the thread: commit (waiting for a busy lock), then copy the log into the database."""
        with self._waiting_for_locks() as conn:
            if conn.in_transaction:
                conn.commit()
            if self.wal and self._commits % CHECKPOINT_EVERY == 0:
                # PASSIVE: copies what no reader still needs, and never waits for anybody.
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").close()

    async def rollback(self) -> None:
        # The pool rolls back every connection it gets back, mostly with nothing to undo.
        if not self._conn.in_transaction:
            return
        if not self.wrote():
            self._conn.rollback()  # ends a read: no page to undo
            return
        await self._on_thread(self._conn.rollback)


def connect(path: str, *, busy_timeout: float = 30.0, durability: str = "group",
            group: GroupSync | None = None) -> Connection:
    """Open `path` (an awaitable, as `aiosqlite.connect`); `busy_timeout` in seconds.

    `durability` (README, "Durability"): "full" syncs the log at every commit, on the
    thread; "group" commits on the event loop and `group` (a `GroupSync`) syncs the log for
    all commits made meanwhile before their transactions' callers go on; "normal" syncs only
    at checkpoints, so an OS crash or power cut may lose the last commits.
    """
    if durability not in DURABILITY:
        raise ValueError(f"durability must be one of {DURABILITY}, not {durability!r}")
    synchronous = "FULL" if durability == "full" else "NORMAL"
    connection: Connection

    def connector() -> sqlite3.Connection:
        # Used from the event loop and from aiosqlite's thread, one at a time (the engine's
        # pool holds one connection, and SQLAlchemy's adapter serialises its use).
        # timeout=0: a busy lock fails at once on the event loop (see Connection.run).
        conn = sqlite3.connect(path, timeout=0, check_same_thread=False, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {connection.busy_timeout_ms}")  # for the set-up below
        connection.wal = set_wal(conn, path)
        connection.commit_on_loop = connection.wal and synchronous == "NORMAL"
        connection.group = group if connection.wal and durability == "group" else None
        conn.execute(f"PRAGMA synchronous = {synchronous}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA wal_autocheckpoint = 0")  # see Connection.commit
        conn.execute("PRAGMA busy_timeout = 0")
        return conn

    connection = Connection(connector, busy_timeout_ms=int(busy_timeout * 1000))
    # As SQLAlchemy's dialect does: never hold up the interpreter's exit. (aiosqlite 0.22
    # keeps its thread in `_thread`; pyproject.toml pins the versions this is tested on.)
    connection._thread.daemon = True
    return connection


class GroupSync:
    """Commits made durable in groups: one fsync of the write-ahead log covers every commit before it.

    With `synchronous=NORMAL` a commit writes its pages to the log (the operating system's
    cache) and returns; `wait()` returns once the log is on disk up to the last commit made
    before it was called. The fsync runs on a thread, and whoever commits while it runs
    waits for the next one: under load one fsync serves many turns, and no connection is
    held while waiting (storage.db.Sessionmaker.begin waits after giving it back).
    """

    def __init__(self, path: str) -> None:
        self.log_path = path + "-wal"
        self.commits = 0
        self.synced = 0
        self.syncs = 0
        self._running: asyncio.Future[None] | None = None

    def committed(self) -> None:
        self.commits += 1

    async def wait(self) -> None:
        target = self.commits
        while self.synced < target:
            if self._running is None or self._running.done():
                self._running = asyncio.ensure_future(self._sync())
            await asyncio.shield(self._running)

    async def _sync(self) -> None:
        upto = self.commits
        try:
            await asyncio.to_thread(_fsync, self.log_path)
        except OSError as exc:  # the commit stands; say that its durability is not known
            log.error("could not sync the SQLite log %s to disk: %s", self.log_path, exc)
        self.syncs += 1
        self.synced = max(self.synced, upto)


def _fsync(path: str) -> None:
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:  # no log yet, so nothing committed into one
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_warned: set[str] = set()


def set_wal(conn: sqlite3.Connection, path: str) -> bool:
    """Switch `conn` to the write-ahead log; log once per database when SQLite refuses, and say so."""
    (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if str(mode).lower() == "wal":
        return True
    if path not in _warned:
        _warned.add(path)
        log.warning(
            "SQLite could not use the write-ahead log for %s (journal mode is %r): readers now wait for "
            "writers and every commit waits for the disk; put the database on a local filesystem",
            path, mode,
        )
    return False
