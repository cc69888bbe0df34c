"""What /metrics reads from the database on each scrape: counts and one age, never a row's content.

Three small aggregate queries, each on an index the worker's or the dashboard's queries use
already (`ix_outbox_message_due` starts with the status, so do the inbox's and the tips'
lookups), run on the read-only engine: a scrape never takes the writer's lock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import inbox
from storage.models import OutboxMessage, OutboxStatus, Tip, TipStatus


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The database's part of /metrics at one moment."""

    # Messages waiting to be sent, by recipient ("officer", "tipster", "follower").
    outbox_pending: dict[str, int] = field(default_factory=dict)
    # When the oldest of them was written; None when none waits.
    outbox_oldest_pending: datetime | None = None
    # Tips by status; every status is present (0 when none).
    tips: dict[str, int] = field(default_factory=dict)
    # Updates taken into the inbox and not finished, on every channel and instance.
    inbox_unfinished: int = 0


async def snapshot(*, session: AsyncSession) -> Snapshot:
    """Count the outbox's pending messages (and find the oldest), the tips by status, the open inbox rows."""
    pending = (await session.exec(
        select(OutboxMessage.recipient, func.count(), func.min(OutboxMessage.created_at))
        .where(col(OutboxMessage.status) == OutboxStatus.PENDING.value)
        .group_by(OutboxMessage.recipient)
    )).all()
    tips = {status.value: 0 for status in TipStatus}
    for status, count in (await session.exec(select(Tip.status, func.count()).group_by(Tip.status))).all():
        tips[str(status)] = int(count)
    oldest = [at for _, _, at in pending if at is not None]
    return Snapshot(
        outbox_pending={str(recipient): int(count) for recipient, count, _ in pending},
        outbox_oldest_pending=min(oldest, default=None),
        tips=tips,
        inbox_unfinished=await inbox.count_unfinished(session=session),
    )
