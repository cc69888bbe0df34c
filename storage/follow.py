"""Queries on followers (residents who chose to hear what is done), their ways back, and the
officers' updates on the promises, with the broadcast that queues an update for every follower.

A follower is only a pseudonym; what they follow and the way back to their chat are rows of
their own (storage/models.py), all deleted at once by `unfollow` (/unfollow, /forget, and a
resident who blocked the bot). The way back is read only by the outbox worker when sending.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import JSON, Integer, String, Table, and_, bindparam, exists, func, insert, literal, or_, update
from sqlalchemy import select as core_select
from sqlalchemy import text as text_clause
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import (
    ALL_AREAS,
    Conversation,
    FollowedArea,
    Follower,
    FollowerReturnPath,
    OutboxMessage,
    OutboxStatus,
    Party,
    PromiseUpdate,
    UTCDateTime,
    WhatsAppHeld,
    utcnow,
)
from storage.statements import Db, Statements, driver

# The outbox kind of a promise update to a follower, and its priority (below every other kind).
KIND_UPDATE = "promise-update"
BROADCAST_PRIORITY = 0


async def _follower(resident_key: str, *, session: AsyncSession) -> Follower | None:
    return (await session.exec(select(Follower).where(Follower.resident_key == resident_key))).one_or_none()


async def follow(resident_key: str, area: str, *, channel: str, chat_id: str, session: AsyncSession) -> bool:
    """Follow `area` (or `ALL_AREAS`); keep the way back current. False if it was followed already.

    Following every area replaces the single ones; a single area is already followed by one
    who follows them all.
    """
    follower = await _follower(resident_key, session=session)
    if follower is None:
        follower = Follower(resident_key=resident_key)
        session.add(follower)
        await session.flush()
    assert follower.id is not None
    path = await session.get(FollowerReturnPath, follower.id)
    if path is None:
        session.add(FollowerReturnPath(follower_id=follower.id, channel=channel, chat_id=chat_id))
    elif (path.channel, path.chat_id) != (channel, chat_id):
        path.channel, path.chat_id = channel, chat_id
    followed = set(await areas_of_follower(follower.id, session=session))
    if ALL_AREAS in followed or area in followed:
        await session.flush()
        return False
    if area == ALL_AREAS:
        await session.exec(delete(FollowedArea).where(col(FollowedArea.follower_id) == follower.id))
    session.add(FollowedArea(follower_id=follower.id, focus_area=area))
    await session.flush()
    return True


async def areas_of_follower(follower_id: int, *, session: AsyncSession) -> list[str]:
    statement = select(FollowedArea.focus_area).where(FollowedArea.follower_id == follower_id)
    return sorted((await session.exec(statement)).all())


_AREAS: Table = FollowedArea.__table__  # type: ignore[attr-defined]
_FOLLOWERS: Table = Follower.__table__  # type: ignore[attr-defined]
# Asked at the end of every answer (the offer to follow): compiled once, run on the driver.
_AREAS_OF = Statements(
    lambda _dialect: core_select(_AREAS.c.focus_area)
    .join(_FOLLOWERS, _FOLLOWERS.c.id == _AREAS.c.follower_id)
    .where(_FOLLOWERS.c.resident_key == bindparam("key", type_=_FOLLOWERS.c.resident_key.type))
    .order_by(_AREAS.c.focus_area),
    returns=(_AREAS.c.focus_area,),
)


async def areas_of(resident_key: str, *, session: Db) -> list[str]:
    """Return the areas the resident follows (`ALL_AREAS` for all), or [] when they follow nothing."""
    tx = await driver(session)
    return [row[0] for row in await tx.fetchall(_AREAS_OF.get(tx.dialect), {"key": resident_key})]


async def unfollow(resident_key: str, *, session: AsyncSession) -> bool:
    """Stop everything the resident follows and delete their way back; False if they followed nothing."""
    follower = await _follower(resident_key, session=session)
    if follower is None or follower.id is None:
        return False
    await drop(follower.id, session=session)
    return True


async def drop(follower_id: int, *, session: AsyncSession) -> None:
    """Delete a follower, what they follow, their way back and the updates not yet sent to them.

    Rows already sent keep their count for the update's progress, without the follower.
    """
    await session.exec(
        delete(OutboxMessage).where(
            col(OutboxMessage.follower_id) == follower_id, col(OutboxMessage.status) == OutboxStatus.PENDING.value
        )
    )
    await session.exec(
        update(OutboxMessage).where(col(OutboxMessage.follower_id) == follower_id).values(follower_id=None)
    )
    await session.exec(delete(FollowedArea).where(col(FollowedArea.follower_id) == follower_id))
    await session.exec(delete(FollowerReturnPath).where(col(FollowerReturnPath.follower_id) == follower_id))
    await session.exec(delete(Follower).where(col(Follower.id) == follower_id))


async def return_path(follower_id: int, *, session: AsyncSession) -> FollowerReturnPath | None:
    return await session.get(FollowerReturnPath, follower_id)


async def follower_locale(follower_id: int, *, session: AsyncSession) -> str | None:
    """Return the language the follower chats in now (they may have switched since the update was queued)."""
    statement = (
        select(Conversation.locale)
        .join(Follower, col(Follower.resident_key) == col(Conversation.resident_key))
        .where(Follower.id == follower_id)
    )
    return (await session.exec(statement)).first()


async def count_by_area(*, session: AsyncSession) -> dict[str, int]:
    """Return how many follow each area (`ALL_AREAS`: those who follow every one)."""
    statement = select(FollowedArea.focus_area, func.count()).group_by(FollowedArea.focus_area)
    return {area: count for area, count in (await session.exec(statement)).all()}


# --- updates and their broadcast ----------------------------------------------------------------


async def add_update(update_: PromiseUpdate, *, default_locale: str, session: AsyncSession) -> PromiseUpdate:
    """Store an update and queue it, in the same transaction, for every follower of its area.

    One INSERT ... SELECT writes an outbox row per follower (of the area, or of all areas),
    each in the follower's language: every follower gets the update once, and a restart
    carries on with the rows not yet sent.
    """
    session.add(update_)
    await session.flush()
    assert update_.id is not None
    now = utcnow()
    table = OutboxMessage.__table__  # type: ignore[attr-defined]
    follows = exists().where(
        col(FollowedArea.follower_id) == col(FollowerReturnPath.follower_id),
        or_(col(FollowedArea.focus_area) == update_.focus_area, col(FollowedArea.focus_area) == ALL_AREAS),
    )
    rows = (
        core_select(
            literal(Party.FOLLOWER.value, String()),
            col(FollowerReturnPath.channel),
            literal(KIND_UPDATE, String()),
            literal(update_.id, Integer()),
            col(FollowerReturnPath.follower_id),
            literal(BROADCAST_PRIORITY, Integer()),
            literal({}, JSON()),
            func.coalesce(col(Conversation.locale), literal(default_locale, String())),
            literal(OutboxStatus.PENDING.value, String()),
            literal(0, Integer()),
            literal(0, Integer()),
            literal(now, UTCDateTime()),
            literal(now, UTCDateTime()),
        )
        .select_from(FollowerReturnPath)
        .join(Follower, col(Follower.id) == col(FollowerReturnPath.follower_id))
        .join(Conversation, col(Conversation.resident_key) == col(Follower.resident_key), isouter=True)
        .where(follows)
        .order_by(col(FollowerReturnPath.follower_id))
    )
    names = ["recipient", "channel", "kind", "update_id", "follower_id", "priority", "payload", "locale", "status",
             "attempts", "parts_done", "next_attempt_at", "created_at"]
    result = await session.exec(insert(table).from_select(names, rows))
    update_.recipients = result.rowcount or 0
    await session.flush()
    return update_


# PostgreSQL: the advisory lock that makes "is this update sent already?" and sending it one step.
_POST_LOCK_KEY = 0x6D64_0014


async def same_update_since(
    campaign_id: str, area: str, text: str, since: datetime, *, session: AsyncSession
) -> PromiseUpdate | None:
    """Return an update of `area` with the same Swedish text sent since `since` (a second press of
    the send button), or None. Call it in the transaction that would add the update: on SQLite
    that transaction holds the write lock already, on PostgreSQL it takes an advisory lock here."""
    if session.bind is not None and session.bind.dialect.name == "postgresql":
        connection = await session.connection()
        await connection.execute(text_clause("SELECT pg_advisory_xact_lock(:key)"), {"key": _POST_LOCK_KEY})
    statement = (
        select(PromiseUpdate)
        .where(
            PromiseUpdate.campaign_id == campaign_id,
            PromiseUpdate.focus_area == area,
            col(PromiseUpdate.created_at) >= since,
        )
        .order_by(col(PromiseUpdate.id).desc())
    )
    return next((u for u in (await session.exec(statement)).all() if u.text == text), None)


async def get_update(update_id: int, *, session: AsyncSession) -> PromiseUpdate | None:
    return await session.get(PromiseUpdate, update_id)


async def latest_updates(
    campaign_id: str, *, per_area: int, session: AsyncSession, areas: Iterable[str] | None = None
) -> dict[str, list[PromiseUpdate]]:
    """Return each area's newest updates, newest first, at most `per_area` of each."""
    statement = select(PromiseUpdate).where(PromiseUpdate.campaign_id == campaign_id)
    if areas is not None:
        statement = statement.where(col(PromiseUpdate.focus_area).in_(list(areas)))
    statement = statement.order_by(col(PromiseUpdate.created_at).desc(), col(PromiseUpdate.id).desc())
    found: dict[str, list[PromiseUpdate]] = {}
    for row in (await session.exec(statement)).all():
        bucket = found.setdefault(row.focus_area, [])
        if len(bucket) < per_area:
            bucket.append(row)
    return found


async def progress(update_ids: Sequence[int], *, session: AsyncSession) -> dict[int, dict[str, int]]:
    """Return, per update, how many of its outbox rows are sent, pending and failed, and how many of the
    pending ones are held ("held": WhatsApp followers outside the 24-hour window, sent when they write)."""
    if not update_ids:
        return {}
    statement = (
        select(OutboxMessage.update_id, OutboxMessage.status, func.count())
        .where(col(OutboxMessage.update_id).in_(list(update_ids)))
        .group_by(col(OutboxMessage.update_id), col(OutboxMessage.status))
    )
    out: dict[int, dict[str, int]] = {
        update_id: {status.value: 0 for status in OutboxStatus} for update_id in update_ids
    }
    for update_id, status, count in (await session.exec(statement)).all():
        if update_id is not None:
            out[update_id][status] = count
    held = (
        select(OutboxMessage.update_id, func.count())
        .join(WhatsAppHeld, col(WhatsAppHeld.outbox_id) == col(OutboxMessage.id))
        .where(col(OutboxMessage.update_id).in_(list(update_ids)),
               col(OutboxMessage.status) == OutboxStatus.PENDING.value)
        .group_by(col(OutboxMessage.update_id))
    )
    for update_id, count in (await session.exec(held)).all():
        if update_id is not None:
            out[update_id]["held"] = count
    for counts in out.values():
        counts.setdefault("held", 0)
    return out


async def pending_of(update_id: int, *, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(OutboxMessage).where(
        and_(col(OutboxMessage.update_id) == update_id, col(OutboxMessage.status) == OutboxStatus.PENDING.value)
    )
    return (await session.exec(statement)).one()

