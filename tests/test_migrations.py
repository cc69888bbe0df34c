"""Several instances starting at once on one PostgreSQL apply the migrations once; a deployment can
leave migrating to a step of its own (RUN_MIGRATIONS=false) and then never runs on an old schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.app import build_runtime
from bot.settings import Settings
from storage import db
from tests.conftest import TEST_DATABASE_URL, _postgres_database

INSTANCES = 6


@pytest.mark.postgres
@pytest.mark.skipif(TEST_DATABASE_URL is None, reason="needs TEST_DATABASE_URL pointing at PostgreSQL")
async def test_instances_starting_at_once_on_one_postgresql_apply_the_migrations_once() -> None:
    url, drop = await _postgres_database()
    engines = [db.create_engine(url) for _ in range(INSTANCES)]
    try:
        # Each instance on its own connection, all at once, as replicas of a deployment start.
        # (Without the lock they deadlock on PostgreSQL's catalog or fail on a duplicate table.)
        results = await asyncio.wait_for(
            asyncio.gather(*(db.upgrade(engine) for engine in engines), return_exceptions=True), 60
        )
        assert [r for r in results if isinstance(r, BaseException)] == []
        async with engines[0].connect() as conn:
            versions = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalars().all()
        current, head = await db.schema_revisions(engines[0])
        assert versions == [head] and current == head
    finally:
        for engine in engines:
            await engine.dispose()
        await drop()  # type: ignore[misc]


async def test_with_run_migrations_false_start_up_refuses_an_old_schema_until_db_upgrade(
    database_url: str, tmp_path: Path
) -> None:
    settings = Settings(_env_file=None, database_url=database_url, data_dir=tmp_path,  # type: ignore[call-arg]
                        pseudonym_secret="test-pseudonym-secret-0123456789", run_migrations=False)
    with pytest.raises(db.SchemaNotCurrent, match="db upgrade"):
        await build_runtime(settings)
    engine = db.create_engine(settings.effective_database_url)
    try:
        assert (await db.schema_revisions(engine))[0] is None  # nothing was migrated behind the setting
        await db.upgrade(engine)  # the deployment's separate step
    finally:
        await engine.dispose()
    runtime = await build_runtime(settings)
    await runtime.close()
