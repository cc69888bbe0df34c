"""Queries on conversation state."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Conversation, utcnow


async def load_for_update(resident_key: str, *, session: AsyncSession) -> Conversation | None:
    """Return the resident's conversation, locked for this transaction where the engine can."""
    statement = select(Conversation).where(Conversation.resident_key == resident_key).with_for_update()
    return (await session.exec(statement)).one_or_none()


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
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(Conversation)
        .values(resident_key=resident_key, channel=channel, state=state, step=0, data={}, created_at=now,
                updated_at=now)
        .on_conflict_do_nothing(index_elements=["resident_key"])
    )
    await session.exec(statement)
    conversation = await load_for_update(resident_key, session=session)
    assert conversation is not None  # inserted above, or by the instance that won
    return conversation


def touch(conversation: Conversation) -> None:
    conversation.updated_at = utcnow()


async def delete_conversation(resident_key: str, *, session: AsyncSession) -> None:
    await session.exec(delete(Conversation).where(Conversation.resident_key == resident_key))
