"""Queries on conversation state."""

from __future__ import annotations

from sqlmodel import delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Conversation, utcnow


async def load_for_update(resident_key: str, *, session: AsyncSession) -> Conversation | None:
    """Return the resident's conversation, locked for this transaction where the engine can."""
    statement = select(Conversation).where(Conversation.resident_key == resident_key).with_for_update()
    return (await session.exec(statement)).one_or_none()


async def create(resident_key: str, channel: str, state: str, *, session: AsyncSession) -> Conversation:
    conversation = Conversation(resident_key=resident_key, channel=channel, state=state)
    session.add(conversation)
    return conversation


def touch(conversation: Conversation) -> None:
    conversation.updated_at = utcnow()


async def delete_conversation(resident_key: str, *, session: AsyncSession) -> None:
    await session.exec(delete(Conversation).where(Conversation.resident_key == resident_key))
