"""Can the database take a write? The health check's probe, and which errors mean "storage is down".

`SELECT 1` answers on a full disk, a read-only file system and a database locked by
another process alike; a turn then fails. The probe writes and commits one row instead,
bounded by its timeout. On SQLite it uses a connection of its own with that timeout as its
busy timeout, so it never waits in, or holds, the engine's one connection, and holds the
write lock only for its one-row commit.
"""

from __future__ import annotations

import asyncio
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


def _sqlite_probe(database: str, timeout: float) -> None:
    if not Path(database).exists():
        raise StorageUnavailable("no database file")
    connection = sqlite3.connect(database, timeout=timeout, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
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


def _reason(exc: BaseException) -> str:
    """A short reason without any of the statement's parameters."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, sqlite3.Error):
        return str(original).split("\n", 1)[0][:120]
    if isinstance(original, TimeoutError):
        return "timed out"
    return type(original).__name__
