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
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import aiosqlite

# Commits between two checkpoints: a dialogue turn writes 3-5 pages, so the log stays near
# SQLite's own automatic-checkpoint size (1,000 pages).
CHECKPOINT_EVERY = 250

# Rows come back as a list, fetched in one go; the connection's queries are small.
_Rows = list[Any]
_Result = tuple[Any, int, int | None, _Rows]


def _is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


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

    def cursor(self) -> Cursor:  # type: ignore[override]
        return Cursor(self)

    async def run(self, sql: str, parameters: Any, *, many: bool) -> _Result:
        """Run a statement here; when another process holds the lock, wait for it on the thread."""
        try:
            return self._statement(sql, parameters, many)
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise
        return await self._execute(self._statement_waiting, sql, parameters, many)

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
    def _waiting_for_locks(self) -> Iterator[sqlite3.Connection]:
        """On the thread: the connection with the busy timeout, which is zero again afterwards."""
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        try:
            yield conn
        finally:
            conn.execute("PRAGMA busy_timeout = 0")

    def _statement_waiting(self, sql: str, parameters: Any, many: bool) -> _Result:
        with self._waiting_for_locks():
            return self._statement(sql, parameters, many)

    async def commit(self) -> None:
        conn = self._conn
        if not conn.in_transaction:
            return
        self._commits += 1
        if self._commits % CHECKPOINT_EVERY:
            try:
                conn.commit()
                return
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc):
                    raise
        await self._execute(self._commit_and_checkpoint)

    def _commit_and_checkpoint(self) -> None:
        """On the thread: commit (waiting for a busy lock), then copy the log into the database."""
        with self._waiting_for_locks() as conn:
            if conn.in_transaction:
                conn.commit()
            # PASSIVE: copies what no reader still needs, and never waits for anybody.
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").close()

    async def rollback(self) -> None:
        # The pool rolls back every connection it gets back, mostly with nothing to undo.
        if self._conn.in_transaction:
            await self._execute(self._conn.rollback)


def connect(path: str, *, busy_timeout: float = 30.0) -> Connection:
    """Open `path` (an awaitable, as `aiosqlite.connect`); `busy_timeout` in seconds."""

    def connector() -> sqlite3.Connection:
        # Used from the event loop and from aiosqlite's thread, one at a time (the engine's
        # pool holds one connection, and SQLAlchemy's adapter serialises its use).
        # timeout=0: a busy lock fails at once on the event loop (see Connection.run).
        connection = sqlite3.connect(path, timeout=0, check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA wal_autocheckpoint = 0")  # see Connection.commit
        return connection

    connection = Connection(connector, busy_timeout_ms=int(busy_timeout * 1000))
    connection._thread.daemon = True  # as SQLAlchemy's dialect does: never hold up the interpreter's exit
    return connection
