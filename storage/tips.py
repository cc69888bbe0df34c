"""Queries on tips, their ways back to the tipster, the officer-tipster thread and blocks."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime

from sqlalchemy import func, update
from sqlalchemy import select as core_select
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import uploads
from storage.models import (
    BlockedResident,
    Conversation,
    OutboxMessage,
    OutboxStatus,
    Party,
    Tip,
    TipForOfficer,
    TipMessage,
    TipOfficerMessage,
    TipPublic,
    TipReturnPath,
    TipStatus,
    utcnow,
)

# No 0/O, 1/I/L: a reference read out over the phone or copied by hand stays right.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
REFERENCE_LENGTH = 5  # 31**5, about 28.6 million: not guessable among a municipality's tips


def new_reference(prefix: str) -> str:
    """Return a random reference such as `DE-7K3QX` (from `secrets`: neither guessable nor sequential)."""
    return f"{prefix}-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def normalize_reference(text: str) -> str:
    """Read a reference as people type it: any case, spaces around it."""
    return text.strip().upper()


async def add(tip: Tip, *, prefix: str, channel: str, chat_id: str, session: AsyncSession) -> Tip:
    """Store a new tip under a fresh reference, with its way back kept apart (flushed, not committed).

    The reference is drawn until unused; the unique constraint is the last guard: in the
    unlikely race of two identical draws the later transaction fails instead of sharing one.
    """
    for _ in range(20):
        reference = new_reference(prefix)
        if await by_reference(reference, session=session) is None:
            break
    else:  # pragma: no cover - 20 collisions in a space of 28 million
        raise RuntimeError("could not draw an unused tip reference")
    tip.reference = reference
    session.add(tip)
    await session.flush()
    assert tip.id is not None
    session.add(TipReturnPath(tip_id=tip.id, channel=channel, chat_id=chat_id))
    # Photos uploaded in the web chat become part of the tip, like its text.
    await uploads.attach(tip.photos, tip.id, tip.resident_key, session=session)
    await session.flush()
    return tip


async def by_reference(reference: str, *, session: AsyncSession, for_update: bool = False) -> Tip | None:
    statement = select(Tip).where(Tip.reference == normalize_reference(reference))
    if for_update:
        statement = statement.with_for_update()
    return (await session.exec(statement)).one_or_none()


async def get(tip_id: int, *, session: AsyncSession) -> Tip | None:
    return await session.get(Tip, tip_id)


async def of_resident(resident_key: str, *, session: AsyncSession) -> Sequence[Tip]:
    """Return the resident's tips, newest first."""
    statement = select(Tip).where(Tip.resident_key == resident_key).order_by(col(Tip.id).desc())
    return (await session.exec(statement)).all()


async def count_of_resident(resident_key: str, *, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(Tip).where(Tip.resident_key == resident_key)
    return (await session.exec(statement)).one()


async def count_since(resident_key: str, since: datetime, *, session: AsyncSession) -> int:
    """Count the resident's tips sent since `since` (for the hourly limit)."""
    statement = (
        select(func.count())
        .select_from(Tip)
        .where(Tip.resident_key == resident_key, col(Tip.created_at) >= since)
    )
    return (await session.exec(statement)).one()


def for_officer(tip: Tip) -> TipForOfficer:
    """Return what an officer may see of a tip: never the resident key or the way back."""
    return TipForOfficer.model_validate(tip, from_attributes=True)


def set_status(tip: Tip, status: TipStatus) -> None:
    now = utcnow()
    tip.status = status.value
    tip.updated_at = now
    tip.closed_at = now if status is TipStatus.CLOSED else None


# --- the way back -----------------------------------------------------------------------


async def return_path(tip_id: int, *, session: AsyncSession) -> TipReturnPath | None:
    return await session.get(TipReturnPath, tip_id)


async def purge_return_paths(closed_before: datetime, *, session: AsyncSession) -> int:
    """Delete the ways back (and given contact details) of tips closed before `closed_before`."""
    closed = select(Tip.id).where(Tip.status == TipStatus.CLOSED.value, col(Tip.closed_at) < closed_before)
    result = await session.exec(delete(TipReturnPath).where(col(TipReturnPath.tip_id).in_(closed)))
    await session.exec(
        update(Tip)
        .where(col(Tip.id).in_(closed), col(Tip.contact_name).is_not(None) | col(Tip.contact_phone).is_not(None))
        .values(contact_name=None, contact_phone=None)
    )
    await _drop_pending_to_tipster(closed, session=session)
    return result.rowcount or 0


async def forget_resident(resident_key: str, *, session: AsyncSession) -> int:
    """Unlink the resident from their tips: the ways back, contact details and pseudonym go.

    The tip texts and photos stay: a tip an authority has received is a public record
    (allmän handling). Photos uploaded for a tip never sent are deleted.
    """
    await uploads.delete_unattached(resident_key=resident_key, session=session)
    theirs = select(Tip.id).where(Tip.resident_key == resident_key)
    await session.exec(delete(TipReturnPath).where(col(TipReturnPath.tip_id).in_(theirs)))
    await _drop_pending_to_tipster(theirs, session=session)
    result = await session.exec(
        update(Tip)
        .where(col(Tip.resident_key) == resident_key)
        .values(resident_key=None, contact_name=None, contact_phone=None)
    )
    return result.rowcount or 0


async def _drop_pending_to_tipster(tip_ids: object, *, session: AsyncSession) -> None:
    await session.exec(
        delete(OutboxMessage).where(
            col(OutboxMessage.recipient) == Party.TIPSTER.value,
            col(OutboxMessage.status) == OutboxStatus.PENDING.value,
            col(OutboxMessage.tip_id).in_(tip_ids),  # type: ignore[arg-type]
        )
    )


async def tipster_locale(tip: Tip, *, session: AsyncSession) -> str:
    """Return the language the tipster chats in now (they may have switched since the tip)."""
    if tip.resident_key is not None:
        conversation = await session.get(Conversation, tip.resident_key)
        if conversation is not None and conversation.locale:
            return conversation.locale
    return tip.locale


# --- the thread between officer and tipster ------------------------------------------------


async def add_message(message: TipMessage, *, session: AsyncSession) -> TipMessage:
    session.add(message)
    await session.flush()
    return message


async def tipster_messages_since(resident_key: str, since: datetime, *, session: AsyncSession) -> int:
    """Count the answers the resident sent to officers since `since` (for the hourly limit)."""
    statement = (
        select(func.count())
        .select_from(TipMessage)
        .join(Tip, col(Tip.id) == col(TipMessage.tip_id))
        .where(
            Tip.resident_key == resident_key,
            TipMessage.sender == Party.TIPSTER.value,
            col(TipMessage.created_at) >= since,
        )
    )
    return (await session.exec(statement)).one()


async def messages_of(tip_id: int, *, session: AsyncSession) -> Sequence[TipMessage]:
    statement = select(TipMessage).where(TipMessage.tip_id == tip_id).order_by(col(TipMessage.id))
    return (await session.exec(statement)).all()


async def by_officer_message(channel: str, chat_id: str, message_id: str, *, session: AsyncSession) -> Tip | None:
    """Return the tip a message the bot sent to an officer chat was about, or None."""
    statement = (
        select(Tip)
        .join(TipOfficerMessage, col(TipOfficerMessage.tip_id) == col(Tip.id))
        .where(
            TipOfficerMessage.channel == channel,
            TipOfficerMessage.chat_id == chat_id,
            TipOfficerMessage.message_id == message_id,
        )
    )
    return (await session.exec(statement)).first()


# --- blocks -----------------------------------------------------------------------------------


async def is_blocked(resident_key: str, *, session: AsyncSession) -> bool:
    return await session.get(BlockedResident, resident_key) is not None


async def block(resident_key: str, blocked_by: str, *, session: AsyncSession) -> bool:
    """Block the resident from sending tips; False if they already were."""
    if await is_blocked(resident_key, session=session):
        return False
    session.add(BlockedResident(resident_key=resident_key, blocked_by=blocked_by[:80]))
    await session.flush()
    return True


async def unblock(resident_key: str, *, session: AsyncSession) -> bool:
    result = await session.exec(delete(BlockedResident).where(col(BlockedResident.resident_key) == resident_key))
    return bool(result.rowcount)


# --- export -------------------------------------------------------------------------------------


async def export_chunks(
    sessions: Callable[[], AsyncSession], *, campaign_id: str | None = None, size: int = 200
) -> AsyncIterator[list[tuple[TipPublic, list[TipMessage]]]]:
    """Yield every tip, oldest first, as the public model (no tipster identity) with its thread,
    `size` tips at a time, each chunk read in a transaction of its own (`sessions()`)."""
    table = Tip.__table__  # type: ignore[attr-defined]
    public = [table.c[name] for name in TipPublic.model_fields]
    after = 0
    while True:
        statement = core_select(*public).where(table.c.id > after).order_by(table.c.id).limit(size)
        if campaign_id is not None:
            statement = statement.where(table.c.campaign_id == campaign_id)
        async with sessions() as session:
            rows = (await session.exec(statement)).mappings().all()  # type: ignore[call-overload]
            threads: dict[int, list[TipMessage]] = {}
            if rows:
                ids = [row["id"] for row in rows]
                thread = select(TipMessage).where(col(TipMessage.tip_id).in_(ids)).order_by(col(TipMessage.id))
                for message in (await session.exec(thread)).all():
                    threads.setdefault(message.tip_id, []).append(message)
        if not rows:
            return
        yield [(TipPublic.model_validate(dict(row)), threads.get(row["id"], [])) for row in rows]
        if len(rows) < size:
            return
        after = rows[-1]["id"]
