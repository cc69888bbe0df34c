"""Queries of the WhatsApp channel: the 24-hour window, messages held outside it, message statuses.

Nothing here holds a phone number: residents are their keyed pseudonyms, WhatsApp's message
ids are kept as their SHA-256 (a status webhook names the id; the hash finds the row).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import OutboxMessage, OutboxStatus, Tip, WhatsAppHeld, WhatsAppSent, WhatsAppWindow

# WhatsApp lets a business write freely for 24 hours after the resident's last message.
WINDOW = timedelta(hours=24)


def message_key(message_id: str) -> str:
    """Return the stored form of a WhatsApp message id (its SHA-256 in hex)."""
    return hashlib.sha256(message_id.encode()).hexdigest()


# --- the window -------------------------------------------------------------------------------


async def touch_window(resident_key: str, at: datetime, *, session: AsyncSession) -> None:
    """Record that the resident wrote at `at` (a later time wins)."""
    row = await session.get(WhatsAppWindow, resident_key)
    if row is None:
        session.add(WhatsAppWindow(resident_key=resident_key, last_inbound_at=at))
    elif row.last_inbound_at < at:
        row.last_inbound_at = at
        session.add(row)
    await session.flush()


async def last_inbound(resident_key: str, *, session: AsyncSession) -> datetime | None:
    row = await session.get(WhatsAppWindow, resident_key)
    return row.last_inbound_at if row is not None else None


async def close_window(resident_key: str, *, session: AsyncSession) -> None:
    """Forget the window (WhatsApp said a message came too late): the next one goes as a template."""
    await session.exec(delete(WhatsAppWindow).where(col(WhatsAppWindow.resident_key) == resident_key))


async def open_windows(resident_keys: Iterable[str], now: datetime, *, session: AsyncSession) -> set[str]:
    """Return which of these residents wrote within the last 24 hours."""
    keys = list({k for k in resident_keys if k})
    if not keys:
        return set()
    statement = select(WhatsAppWindow.resident_key).where(
        col(WhatsAppWindow.resident_key).in_(keys), col(WhatsAppWindow.last_inbound_at) > now - WINDOW
    )
    return set((await session.exec(statement)).all())


async def outside_window(tip_ids: Iterable[int | None], now: datetime, *, session: AsyncSession) -> set[int]:
    """Return which of these WhatsApp tips' tipsters last wrote more than 24 hours ago (or never since
    the window was purged); the pseudonym is joined here and never leaves."""
    ids = [i for i in tip_ids if i is not None]
    if not ids:
        return set()
    open_keys = select(WhatsAppWindow.resident_key).where(col(WhatsAppWindow.last_inbound_at) > now - WINDOW)
    statement = select(Tip.id).where(
        col(Tip.id).in_(ids), col(Tip.channel) == "whatsapp", col(Tip.resident_key).is_not(None),
        col(Tip.resident_key).not_in(open_keys),
    )
    return {i for i in (await session.exec(statement)).all() if i is not None}


async def purge_windows(now: datetime, *, session: AsyncSession) -> int:
    """Delete windows that closed (they tell nothing any more)."""
    result = await session.exec(delete(WhatsAppWindow).where(col(WhatsAppWindow.last_inbound_at) <= now - WINDOW))
    return result.rowcount or 0


async def delete_of_resident(resident_key: str, *, session: AsyncSession) -> None:
    """Erase the resident's window and held messages (/forget)."""
    await session.exec(delete(WhatsAppWindow).where(col(WhatsAppWindow.resident_key) == resident_key))
    await session.exec(delete(WhatsAppHeld).where(col(WhatsAppHeld.resident_key) == resident_key))


# --- messages held outside the window -----------------------------------------------------------


async def held(outbox_id: int, *, session: AsyncSession) -> WhatsAppHeld | None:
    return await session.get(WhatsAppHeld, outbox_id)


async def hold(outbox_id: int, resident_key: str, *, template_sent_at: datetime | None,
               session: AsyncSession) -> None:
    """Keep the outbox message for the resident's next message (with when a template said so)."""
    row = await session.get(WhatsAppHeld, outbox_id)
    if row is None:
        session.add(WhatsAppHeld(outbox_id=outbox_id, resident_key=resident_key, template_sent_at=template_sent_at))
    elif template_sent_at is not None:
        row.template_sent_at = template_sent_at
        session.add(row)
    await session.flush()


async def template_sent_since(resident_key: str, since: datetime, *, session: AsyncSession) -> bool:
    """Whether a template already told this resident, since `since`, that something waits."""
    statement = select(WhatsAppHeld.outbox_id).where(
        col(WhatsAppHeld.resident_key) == resident_key, col(WhatsAppHeld.template_sent_at) > since
    ).limit(1)
    return (await session.exec(statement)).first() is not None


async def release_held(resident_key: str, now: datetime, *, only: Iterable[int] | None = None,
                       session: AsyncSession) -> list[int]:
    """Make the resident's held outbox messages (or `only` these of them) due now (they wrote: the window
    is open); return their ids."""
    statement = select(WhatsAppHeld.outbox_id).where(col(WhatsAppHeld.resident_key) == resident_key)
    if only is not None:
        statement = statement.where(col(WhatsAppHeld.outbox_id).in_(list(only)))
    ids = list((await session.exec(statement)).all())
    if ids:
        await session.exec(
            update(OutboxMessage)
            .where(col(OutboxMessage.id).in_(ids), col(OutboxMessage.status) == OutboxStatus.PENDING.value)
            .values(next_attempt_at=now)
        )
    return ids


async def earlier_held(resident_key: str, outbox_id: int, *, session: AsyncSession) -> list[int]:
    """Return the resident's held outbox messages queued before this one and not sent yet."""
    statement = (
        select(WhatsAppHeld.outbox_id)
        .join(OutboxMessage, col(OutboxMessage.id) == col(WhatsAppHeld.outbox_id))
        .where(col(WhatsAppHeld.resident_key) == resident_key, col(WhatsAppHeld.outbox_id) < outbox_id,
               col(OutboxMessage.status) == OutboxStatus.PENDING.value)
    )
    return list((await session.exec(statement)).all())


async def unhold(outbox_id: int, *, session: AsyncSession) -> None:
    await session.exec(delete(WhatsAppHeld).where(col(WhatsAppHeld.outbox_id) == outbox_id))


async def held_count(*, session: AsyncSession) -> int:
    return len((await session.exec(select(WhatsAppHeld.outbox_id))).all())


# --- statuses -----------------------------------------------------------------------------------


async def record_sent(message_id: str, outbox_id: int, now: datetime, *, session: AsyncSession) -> None:
    """Remember which outbox message a WhatsApp message id belongs to."""
    key = message_key(message_id)
    if await session.get(WhatsAppSent, key) is None:
        session.add(WhatsAppSent(message_key=key, outbox_id=outbox_id, updated_at=now))
        await session.flush()


_ORDER = {"accepted": 0, "sent": 1, "delivered": 2, "read": 3, "failed": 4}


async def update_status(message_id: str, status: str, error_code: int | None, now: datetime, *,
                        session: AsyncSession) -> WhatsAppSent | None:
    """Record a status webhook (statuses only move forward; a duplicate changes nothing); return
    the row when it changed, None for a message the outbox did not send or a status seen before."""
    row = await session.get(WhatsAppSent, message_key(message_id))
    if row is None or status not in _ORDER or _ORDER[status] <= _ORDER.get(row.status, 0):
        return None
    row.status, row.error_code, row.updated_at = status, error_code, now
    session.add(row)
    await session.flush()
    return row


async def statuses_of(outbox_id: int, *, session: AsyncSession) -> list[WhatsAppSent]:
    statement = select(WhatsAppSent).where(col(WhatsAppSent.outbox_id) == outbox_id)
    return list((await session.exec(statement)).all())


async def reopen(outbox_id: int, error: str, now: datetime, *, session: AsyncSession) -> bool:
    """Send an outbox message again from its first part (WhatsApp refused it after accepting it)."""
    result = await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == outbox_id)
        .values(status=OutboxStatus.PENDING.value, parts_done=0, next_attempt_at=now, sent_at=None,
                locked_until=None, lock_owner=None, last_error=error[:200])
    )
    return bool(result.rowcount)


async def note_error(outbox_id: int, error: str, *, session: AsyncSession) -> None:
    """Keep why WhatsApp could not deliver a message it had accepted (the dashboard shows it)."""
    await session.exec(
        update(OutboxMessage).where(col(OutboxMessage.id) == outbox_id).values(last_error=error[:200])
    )
