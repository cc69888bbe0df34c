"""A consistent copy of a SQLite database while the bot writes to it, and a check of the copy.

SQLite's online backup API (`sqlite3.Connection.backup`) copies the database page by page
under a read transaction, so the copy is one committed state even while turns commit: every
write in the write-ahead log that was committed when a step began is in it. The copy is then
checked with `PRAGMA integrity_check` before anyone relies on it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

# Pages copied per step; between steps the bot's writers go on (a write restarts the copy of a
# changed page set, which the API handles by itself).
PAGES_PER_STEP = 1024
BUSY_TIMEOUT_MS = 10_000


class BackupError(Exception):
    """The copy could not be made or does not check out."""


def sqlite_file(url: str) -> Path | None:
    """Return the database file of a SQLite URL, or None for another engine (or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def copy_sqlite(source: Path, target: Path) -> None:
    """Copy the database at `source` to a new file `target` (consistent while others write), and check it."""
    if not source.exists():
        raise BackupError(f"{source}: no such database")
    if target.exists():
        raise BackupError(f"{target}: already exists")
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as src, \
                closing(sqlite3.connect(target)) as dst:
            src.backup(dst, pages=PAGES_PER_STEP)
            # The copy is a plain file (no write-ahead log beside it), so it travels as one file.
            dst.execute("PRAGMA journal_mode=DELETE")
        check_sqlite(target)
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise BackupError(f"{source}: the copy failed: {exc}") from None


def check_sqlite(path: Path) -> None:
    """Raise BackupError unless `path` is a whole SQLite database."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            result = conn.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(f"{path}: not a readable SQLite database: {exc}") from None
    if result is None or result[0] != "ok":
        raise BackupError(f"{path}: the integrity check failed: {result}")


def schema_revision(path: Path) -> str | None:
    """Return the Alembic revision a SQLite database file is at (None before any migration)."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None
