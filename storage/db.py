"""The async engine, the session factory, and migrations applied on start."""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)

# How long a transaction waits for another process's write lock (a CLI command, a second instance).
BUSY_TIMEOUT_SECONDS = 30.0

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

Sessionmaker = async_sessionmaker[AsyncSession]


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create the engine; SQLite gets WAL and one writer at a time, so no turn sees 'database is locked'."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_async_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, **kwargs)
    database = parsed.database or ":memory:"
    if database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    # One connection: SQLite has one writer anyway, and a queue in the pool is cheaper than
    # busy-waiting in the file lock. Its statements run on the event loop (storage/sqlite.py).
    engine = create_async_engine(
        url,
        pool_size=1,
        max_overflow=0,
        async_creator=partial(sqlite.connect, database, busy_timeout=BUSY_TIMEOUT_SECONDS),
        **kwargs,
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # IMMEDIATE takes the write lock up front; a deferred transaction that reads and
        # then writes can fail at once when another process (an export) holds it.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


async def ping(engine: AsyncEngine) -> None:
    """Run the cheapest query there is; raises when the database does not answer."""
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))


def create_sessionmaker(engine: AsyncEngine) -> Sessionmaker:
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Apply the migrations up to `revision` on the engine's database."""

    def _run(connection: Connection) -> None:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)

    async with engine.begin() as conn:
        await conn.run_sync(_run)
    log.info("database schema is at %s", revision)
