"""Queries on conversation state.

A turn reads the resident's row, the handlers change the `Conversation` it gets, and the
router saves what changed. Both go straight to SQLAlchemy Core: the row is read and
written once per turn by every turn, and the ORM's identity map and unit of work cost
more CPU there than the two statements themselves (benchmarks/README.md). The object is
never added to the session.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import delete
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Conversation, utcnow

_TABLE: Table = Conversation.__table__  # type: ignore[attr-defined]
_FIELDS = tuple(column.name for column in _TABLE.columns)
_KEY = _TABLE.c.resident_key
# Built once: building a statement costs more than running it.
_LOAD = select(*_TABLE.columns).where(_KEY == bindparam("key")).with_for_update()
_SAVE = _TABLE.update().where(_KEY == bindparam("key"))

Snapshot = Mapping[str, Any]


async def load_for_update(resident_key: str, *, session: AsyncSession) -> Conversation | None:
    """Return the resident's conversation, locked for this transaction where the engine can."""
    connection = await session.connection()
    row = (await connection.execute(_LOAD, {"key": resident_key})).mappings().one_or_none()
    return Conversation(**row) if row is not None else None


async def load_or_create_for_update(
    resident_key: str, channel: str, state: str, *, session: AsyncSession
) -> Conversation:
    """Return the resident's conversation, locked; create it in `state` if there is none.

    Two instances may see a new resident's first two messages at once: the insert does
    nothing when the other one won, and both then read (and lock) the same row.
    """
    conversation = await load_for_update(resident_key, session=session)
    if conversation is not None:
        return conversation
    now = utcnow()
    connection = await session.connection()
    insert = postgresql_insert if connection.dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(_TABLE)
        .values(resident_key=resident_key, channel=channel, state=state, step=0, data={}, created_at=now,
                updated_at=now)
        .on_conflict_do_nothing(index_elements=["resident_key"])
    )
    await connection.execute(statement)
    conversation = await load_for_update(resident_key, session=session)
    assert conversation is not None  # inserted above, or by the instance that won
    return conversation


def snapshot(conversation: Conversation) -> Snapshot:
    """The conversation's values now, for `save` to see what a turn changed."""
    return {name: getattr(conversation, name) for name in _FIELDS}


async def save(conversation: Conversation, before: Snapshot, *, session: AsyncSession) -> None:
    """Write what changed since `before` (a data dict is replaced, never changed in place), and the time."""
    changes = {name: value for name in _FIELDS if (value := getattr(conversation, name)) != before[name]}
    changes.pop("resident_key", None)
    changes["updated_at"] = conversation.updated_at = utcnow()
    connection = await session.connection()
    await connection.execute(_SAVE, {"key": conversation.resident_key, **changes})


async def delete_conversation(resident_key: str, *, session: AsyncSession) -> None:
    await session.exec(delete(Conversation).where(Conversation.resident_key == resident_key))
