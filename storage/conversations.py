"""Queries on conversation state.

A turn reads the resident's row, the handlers change the `ConversationState` it gets (a
plain dataclass, not an ORM object), and the router saves what changed. The row is read
and written once per turn by every turn: the statements are compiled once and run on the
driver connection (storage/statements.py), which costs what the driver costs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect
from sqlmodel import col, delete
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Conversation, utcnow
from storage.statements import Db, Statements, driver

_TABLE: Table = Conversation.__table__  # type: ignore[attr-defined]
_FIELDS = tuple(column.name for column in _TABLE.columns)
_KEY = _TABLE.c.resident_key


@dataclass(slots=True)
class ConversationState:
    """Where one resident is in the conversation (the `conversation` row)."""

    resident_key: str
    channel: str
    locale: str | None
    state: str
    step: int
    data: dict[str, Any]
    consent_at: datetime | None
    created_at: datetime
    updated_at: datetime


assert tuple(f.name for f in fields(ConversationState)) == _FIELDS, "ConversationState follows the table"

_LOAD = Statements(
    lambda _dialect: select(*_TABLE.columns).where(_KEY == bindparam("key", type_=_KEY.type)).with_for_update(),
    returns=tuple(_TABLE.columns),
)


def _insert(dialect: Dialect) -> Any:
    insert = postgresql_insert if dialect.name == "postgresql" else sqlite_insert
    values = {name: bindparam(f"v_{name}", type_=_TABLE.c[name].type) for name in _FIELDS}
    return insert(_TABLE).values(values).on_conflict_do_nothing(index_elements=["resident_key"])


_INSERT = Statements(_insert)


def _save(_dialect: Dialect, names: tuple[str, ...]) -> Any:
    values = {name: bindparam(f"v_{name}", type_=_TABLE.c[name].type) for name in names}
    return _TABLE.update().where(_KEY == bindparam("key", type_=_KEY.type)).values(values)


_SAVE = Statements(_save)

Snapshot = Mapping[str, Any]


async def load_for_update(resident_key: str, *, session: Db) -> ConversationState | None:
    """Return the resident's conversation, locked for this transaction where the engine can."""
    tx = await driver(session)
    row = await tx.fetchone(_LOAD.get(tx.dialect), {"key": resident_key})
    return ConversationState(*row) if row is not None else None


async def load_or_create_for_update(
    resident_key: str, channel: str, state: str, *, session: Db
) -> ConversationState:
    """Return the resident's conversation, locked; create it in `state` if there is none.

    Two instances may see a new resident's first two messages at once: the insert does
    nothing when the other one won, and both then read (and lock) the same row.
    """
    conversation = await load_for_update(resident_key, session=session)
    if conversation is not None:
        return conversation
    now = utcnow()
    tx = await driver(session)
    values: dict[str, Any] = {
        "resident_key": resident_key, "channel": channel, "locale": None, "state": state, "step": 0,
        "data": {}, "consent_at": None, "created_at": now, "updated_at": now,
    }
    await tx.execute(_INSERT.get(tx.dialect), {f"v_{name}": value for name, value in values.items()})
    conversation = await load_for_update(resident_key, session=session)
    assert conversation is not None  # inserted above, or by the instance that won
    return conversation


def snapshot(conversation: ConversationState) -> Snapshot:
    """The conversation's values now, for `save` to see what a turn changed."""
    return {name: getattr(conversation, name) for name in _FIELDS}


async def save(conversation: ConversationState, before: Snapshot, *, session: Db) -> None:
    """Write what changed since `before` (a data dict is replaced, never changed in place), and the time."""
    changes = {name: value for name in _FIELDS if (value := getattr(conversation, name)) != before[name]}
    changes.pop("resident_key", None)
    changes["updated_at"] = conversation.updated_at = utcnow()
    tx = await driver(session)
    names = tuple(sorted(changes))
    await tx.execute(_SAVE.get(tx.dialect, names),
                     {"key": conversation.resident_key, **{f"v_{name}": changes[name] for name in names}})


async def delete_conversation(resident_key: str, *, session: AsyncSession) -> None:
    await session.exec(delete(Conversation).where(col(Conversation.resident_key) == resident_key))
