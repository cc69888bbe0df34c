"""Can the database take a write? The health check's probe, and which errors mean "storage is down".

`SELECT 1` answers on a full disk and a read-only file system alike; a turn then fails.
The probe writes and commits one row instead, bounded by its timeout. On SQLite it uses a
connection of its own, so it never waits in, or holds, the engine's connection, and holds
the write lock only for its one-row commit. When another process holds the lock (a
command, an export), it does not wait for it: the lock is not a fault (turns wait for it,
up to their busy timeout); it then checks that the place still takes writes (not
read-only, free space).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import utcnow

_PROBE_SQL = "INSERT INTO storage_probe (id, at) VALUES (1, :at) ON CONFLICT (id) DO UPDATE SET at = excluded.at"


class StorageUnavailable(Exception):
    """The database cannot take a write now; the message says why, in a word or two."""


def is_unavailable(exc: BaseException) -> bool:
    """True for a failure of the storage itself (down, full, read-only, locked past the timeout), as
    opposed to a fault of the statement or the program (a constraint, a bug)."""
    if isinstance(exc, StorageUnavailable | TimeoutError | ConnectionError):
        return True
    if isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError | sa_exc.TimeoutError):
        return True
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    if isinstance(exc, sqlite3.OperationalError):
        return True
    # asyncpg's own errors when SQLAlchemy's pool connects (PostgreSQL down or restarting).
    if isinstance(exc, OSError):
        return True
    cause = exc.__cause__ or exc.__context__
    return cause is not None and cause is not exc and _is_connection_error(cause)


def _is_connection_error(exc: BaseException) -> bool:
    name = type(exc).__module__ + "." + type(exc).__name__
    return name.startswith("asyncpg.") and ("Connection" in name or "CannotConnect" in name)


async def write_probe(engine: AsyncEngine, timeout: float = 3.0) -> None:
    """Write and commit one row within `timeout` seconds; raise StorageUnavailable when that fails."""
    try:
        if engine.dialect.name == "sqlite":
            database = engine.url.database or ":memory:"
            if database == ":memory:":
                return
            await asyncio.wait_for(asyncio.to_thread(_sqlite_probe, database, timeout), timeout + 1)
            return
        async with asyncio.timeout(timeout):
            async with engine.begin() as conn:
                await conn.execute(text(f"SET LOCAL statement_timeout = {int(timeout * 1000)}"))
                await conn.execute(text(_PROBE_SQL), {"at": utcnow()})
    except StorageUnavailable:
        raise
    except Exception as exc:
        if is_unavailable(exc) or isinstance(exc, sa_exc.DBAPIError):
            raise StorageUnavailable(_reason(exc)) from exc
        raise


# How long the SQLite probe waits for another process's write lock before it stops trying to
# write: a lock held by a command (an export) is "busy", not a fault; turns wait for it.
LOCK_WAIT_SECONDS = 0.2
# Less free space than this where the database lives counts as a full disk.
MIN_FREE_BYTES = 1024 * 1024


def _open(database: str, timeout: float) -> sqlite3.Connection:
    """The probe's own connection (never the engine's one); tests open it read-only to inject a fault."""
    return sqlite3.connect(database, timeout=timeout, isolation_level=None)


def _sqlite_probe(database: str, timeout: float) -> None:
    path = Path(database)
    if not path.exists():
        raise StorageUnavailable("no database file")
    connection = _open(database, min(timeout, LOCK_WAIT_SECONDS))
    try:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_BUSY:
                raise
            # Another process writes now: the lock is not a fault, but the place must still take writes.
            _check_writable_place(path)
            return
        try:
            connection.execute(_PROBE_SQL.replace(":at", "?"), (utcnow().isoformat(),))
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise StorageUnavailable(_reason(exc)) from exc
    finally:
        connection.close()


def _check_writable_place(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise StorageUnavailable("read-only")
    if shutil.disk_usage(path.parent).free < MIN_FREE_BYTES:
        raise StorageUnavailable("disk full")


def _reason(exc: BaseException) -> str:
    """A short reason without any of the statement's parameters."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, sqlite3.Error):
        return str(original).split("\n", 1)[0][:120]
    if isinstance(original, TimeoutError):
        return "timed out"
    return type(original).__name__
