"""Queries on the web chat's transcript: what a resident's browser shows again after a reload."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Conversation, WebMessage, utcnow

RESIDENT = "resident"
BOT = "bot"
OFFICER = "officer"

# Stored text is cut here; the conversation caps what it accepts well below.
MAX_STORED_TEXT = 8000


def new_batch() -> str:
    return uuid.uuid4().hex


async def add(
    resident_key: str,
    sender: str,
    text: str,
    locale: str,
    *,
    session: AsyncSession,
    batch: str,
    buttons: list[list[dict[str, str]]] | None = None,
) -> WebMessage:
    """Append a message to the resident's transcript (flushed, not committed)."""
    message = WebMessage(
        resident_key=resident_key,
        sender=sender,
        text=text[:MAX_STORED_TEXT],
        locale=locale,
        buttons=buttons or [],
        batch=batch,
    )
    session.add(message)
    await session.flush()
    return message


async def recent(resident_key: str, *, session: AsyncSession, limit: int) -> Sequence[WebMessage]:
    """Return the resident's latest `limit` messages, oldest first."""
    statement = (
        select(WebMessage)
        .where(WebMessage.resident_key == resident_key)
        .order_by(col(WebMessage.id).desc())
        .limit(limit)
    )
    rows = list((await session.exec(statement)).all())
    rows.reverse()
    return rows


async def trim(resident_key: str, *, session: AsyncSession, keep: int) -> int:
    """Delete all but the resident's latest `keep` messages."""
    statement = (
        select(WebMessage.id)
        .where(WebMessage.resident_key == resident_key)
        .order_by(col(WebMessage.id).desc())
        .offset(keep)
        .limit(1)
    )
    cutoff = (await session.exec(statement)).first()
    if cutoff is None:
        return 0
    result = await session.exec(
        delete(WebMessage).where(col(WebMessage.resident_key) == resident_key, col(WebMessage.id) <= cutoff)
    )
    return result.rowcount or 0


async def delete_of_resident(resident_key: str, *, session: AsyncSession) -> int:
    result = await session.exec(delete(WebMessage).where(col(WebMessage.resident_key) == resident_key))
    return result.rowcount or 0


async def delete_older_than(days: int, *, session: AsyncSession, now: datetime | None = None) -> int:
    """Delete every message older than `days` (the retention period)."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    result = await session.exec(delete(WebMessage).where(col(WebMessage.created_at) < cutoff))
    return result.rowcount or 0


async def conversation_of(resident_key: str, *, session: AsyncSession) -> Conversation | None:
    """Return the resident's conversation to read (not to change: the turn handler does that)."""
    return await session.get(Conversation, resident_key)
