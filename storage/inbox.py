"""The inbox: every update a channel delivers, stored before the channel is told it arrived.

A row is written (and committed) when an update comes in, marked `handled` together with
the replies in the transaction of its turn, and `done` once the replies are sent. Only one
transaction can mark a row handled (the update is conditional on `pending`), so a turn
never runs twice, whatever redelivers the update. What a row says about a resident (the
update itself, the replies, the ordering key) is cleared when it is done; the bare update
id stays for the retention period so that a redelivery is recognised.

The hot path is three statements: the insert (one per batch when polling), the mark in the
turn's own transaction, and the finish once the replies are sent. They are compiled once
(per batch size) and run on the driver connection, as the turn's own (storage/statements.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect, RowMapping
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import InboxStatus, InboxUpdate, utcnow
from storage.statements import Db, Statements, driver, orm

_TABLE: Table = InboxUpdate.__table__  # type: ignore[attr-defined]
_C = _TABLE.c
_UNFINISHED = (InboxStatus.PENDING.value, InboxStatus.HANDLED.value)
# Batches up to this size get statements of their own, compiled once; larger ones are built per call.
_COMPILED_BATCH = 100
# The sizes those statements come in: a batch is padded up to the next (its last row or id again,
# which the statement takes as a duplicate), so a connection prepares a handful of statements,
# not one per size. (asyncpg keeps 100 prepared statements per connection, and Python's sqlite3
# 128: a hundred sizes each of the insert and the finish pushed the turn's own out, and every
# batch was parsed and planned again: PostgreSQL polling at ~0.6 of the echo bot.)
_BATCH_SIZES = (1, 2, 4, 8, 16, 32, 64, _COMPILED_BATCH)


def _padded(size: int) -> int:
    return next(n for n in _BATCH_SIZES if n >= size)
_STORED_FIELDS = ("channel", "update_key", "order_key", "status", "payload", "attempts", "received_at")


def _bind(name: str, column: str) -> Any:
    return bindparam(name, type_=_C[column].type)


_MARK = Statements(
    lambda _dialect: update(_TABLE)
    .where(_C.id == _bind("row_id", "id"), _C.status == InboxStatus.PENDING.value)
    .values(status=InboxStatus.HANDLED.value, replies=_bind("replies", "replies"))
)


def _store_statement(dialect: Dialect, size: int) -> Any:
    insert = postgresql_insert if dialect.name == "postgresql" else sqlite_insert
    rows = [{name: _bind(f"v{i}_{name}", name) for name in _STORED_FIELDS} for i in range(size)]
    return (insert(_TABLE).values(rows).on_conflict_do_nothing(index_elements=["channel", "update_key"])
            .returning(_C.id, _C.update_key))


_STORE = Statements(_store_statement, returns=(_C.id, _C.update_key))


def _finish_statement(_dialect: Dialect, size: int) -> Any:
    return (
        update(_TABLE)
        .where(_C.id.in_([_bind(f"id{i}", "id") for i in range(size)]),
               _C.status.in_([bindparam(f"u{i}", value, type_=_C.status.type) for i, value in enumerate(_UNFINISHED)]))
        .values(status=_bind("v_status", "status"), payload=None, replies=None, order_key=None,
                finished_at=_bind("v_finished_at", "finished_at"), error=_bind("v_error", "error"))
    )


_FINISH = Statements(_finish_statement)


@dataclass(frozen=True, slots=True)
class Incoming:
    """An update to store: the channel's id of it, whose it is (a pseudonym), and the update itself."""

    update_key: str
    order_key: str | None
    payload: str | None


@dataclass(frozen=True, slots=True)
class Stored:
    """A row of the inbox as a worker needs it."""

    id: int
    update_key: str
    order_key: str | None
    status: str
    payload: str | None
    replies: Mapping[str, Any] | None


def _insert(session: AsyncSession) -> Any:
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    return postgresql_insert if dialect == "postgresql" else sqlite_insert



async def store(channel: str, items: Sequence[Incoming], *, session: Db) -> dict[str, int]:
    """Insert the updates not stored yet, in one statement; return {update_key: row id} of those inserted.

    An update already in the inbox (a redelivery) is left as it is and not returned.
    """
    if not items:
        return {}
    now = utcnow()
    if len(items) <= _COMPILED_BATCH:
        tx = await driver(session)
        size = _padded(len(items))
        values = {}
        for i in range(size):
            # The last item again up to the padded size: ON CONFLICT DO NOTHING skips the repeats.
            item = items[min(i, len(items) - 1)]
            values.update({f"v{i}_channel": channel, f"v{i}_update_key": item.update_key,
                           f"v{i}_order_key": item.order_key, f"v{i}_status": InboxStatus.PENDING.value,
                           f"v{i}_payload": item.payload, f"v{i}_attempts": 0, f"v{i}_received_at": now})
        rows = await tx.fetchall(_STORE.get(tx.dialect, size), values)
        return {key: row_id for row_id, key in rows}
    session = orm(session)
    statement = (
        _insert(session)(_TABLE)
        .values([
            {"channel": channel, "update_key": item.update_key, "order_key": item.order_key,
             "status": InboxStatus.PENDING.value, "payload": item.payload, "attempts": 0, "received_at": now}
            for item in items
        ])
        .on_conflict_do_nothing(index_elements=["channel", "update_key"])
        .returning(_C.id, _C.update_key)
    )
    connection = await session.connection()
    return {key: row_id for row_id, key in (await connection.execute(statement)).all()}


async def add_handled(
    channel: str, update_key: str, replies: Mapping[str, Any], *, session: Db
) -> bool:
    """Record, in a turn's transaction, an update that was stored nowhere before (a web form post) as
    handled; False if it is there already (a retried post), and nothing changes."""
    session = orm(session)
    statement = (
        _insert(session)(_TABLE)
        .values(channel=channel, update_key=update_key, order_key=None, status=InboxStatus.DONE.value,
                payload=None, replies=None, attempts=1, received_at=utcnow(), finished_at=utcnow())
        .on_conflict_do_nothing(index_elements=["channel", "update_key"])
        .returning(_C.id)
    )
    connection = await session.connection()
    return (await connection.execute(statement)).first() is not None


async def mark_handled(row_id: int, replies: Mapping[str, Any], *, session: Db) -> bool:
    """In the turn's transaction: mark the row handled, with its replies; False if it was not pending
    (another worker or instance handled it first): the caller must then roll its turn back."""
    tx = await driver(session)
    return await tx.execute(_MARK.get(tx.dialect), {"row_id": row_id, "replies": dict(replies)}) == 1


async def finish(
    row_ids: Iterable[int], status: InboxStatus, *, error: str | None = None, session: Db
) -> int:
    """Mark rows done (or failed), dropping everything of the resident's: the update, the replies,
    the ordering key. Returns how many rows changed."""
    ids = list(row_ids)
    if not ids:
        return 0
    if len(ids) <= _COMPILED_BATCH:
        tx = await driver(session)
        size = _padded(len(ids))
        values: dict[str, Any] = {f"id{i}": ids[min(i, len(ids) - 1)] for i in range(size)}
        values.update(v_status=status.value, v_finished_at=utcnow(), v_error=error[:200] if error else None)
        return await tx.execute(_FINISH.get(tx.dialect, size), values)
    result = await orm(session).exec(
        update(_TABLE)
        .where(_C.id.in_(ids), _C.status.in_(_UNFINISHED))
        .values(status=status.value, payload=None, replies=None, order_key=None, finished_at=utcnow(),
                error=error[:200] if error else None)
    )
    return result.rowcount or 0


async def find(channel: str, update_key: str, *, session: AsyncSession) -> Stored | None:
    """Return the row of this update, if it was stored."""
    statement = select(_TABLE).where(_C.channel == channel, _C.update_key == update_key)
    row = (await (await session.connection()).execute(statement)).mappings().first()
    return _stored(row) if row is not None else None


async def get(row_id: int, *, session: AsyncSession) -> Stored | None:
    row = (await (await session.connection()).execute(select(_TABLE).where(_C.id == row_id))).mappings().first()
    return _stored(row) if row is not None else None


async def unfinished(channel: str, *, session: AsyncSession, after: int = 0, limit: int = 500) -> list[Stored]:
    """Return the rows of `channel` not done yet (pending, or handled with replies not sent), oldest first."""
    statement = (
        select(_TABLE)
        .where(_C.channel == channel, _C.status.in_(_UNFINISHED), _C.id > after)
        .order_by(_C.id)
        .limit(limit)
    )
    rows = (await (await session.connection()).execute(statement)).mappings().all()
    return [_stored(row) for row in rows]


async def count_unfinished(*, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(_TABLE).where(_C.status.in_(_UNFINISHED))
    return int((await (await session.connection()).execute(statement)).scalar_one())


async def purge(before: datetime, *, session: AsyncSession) -> int:
    """Delete the rows finished before `before` (only bare update ids are left in them)."""
    result = await session.exec(
        delete(_TABLE).where(_C.finished_at < before, _C.status.not_in(_UNFINISHED))
    )
    return result.rowcount or 0


def _stored(row: RowMapping) -> Stored:
    return Stored(row["id"], row["update_key"], row["order_key"], row["status"], row["payload"], row["replies"])
