"""The outbox: messages to third parties (the officer chat, tipsters), committed with their cause.

A worker (bot/outbox/worker.py) claims due rows with a lease, sends them, and records what it
sent. Claiming is a conditional UPDATE that only one transaction can win, so two workers,
in one process or in several instances, never send the same row. The lease is renewed
while a row is being sent, and a worker releases at once the leases of a process it can
tell is gone (`leased_by`, `release`).

An officer message's payload also keeps, under `THREAD`, the chat and message ids its
parts got so far, so a delivery resumed after a retry or a restart replies to the same
first message. A tipster's chat id is never written here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, event, func, literal, or_, update
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import OutboxMessage, OutboxStatus, TipOfficerMessage, UTCDateTime
from storage.statements import transaction_of

# The payload key of the (chat id, message id) pairs an officer message's sent parts got.
THREAD = "_thread"
# A message's priority unless it says otherwise (storage/models.py); a broadcast's rows are below it.
DEFAULT_PRIORITY = 10


def enqueue(message: OutboxMessage, *, session: AsyncSession, wakeup: Callable[[], None] | None = None) -> None:
    """Add a message to the outbox; once the transaction commits, call `wakeup` (the worker's kick)."""
    session.add(message)
    if wakeup is not None:
        wake_after_commit(session, wakeup)


def wake_after_commit(session: AsyncSession, wakeup: Callable[[], None]) -> None:
    """Call `wakeup` (the worker's kick) once the session's transaction commits."""
    transaction = transaction_of(session)
    if transaction is not None:   # the session of a transaction on the driver, which commits it
        transaction.after_commit(wakeup)
        return

    def _committed(_session: Any) -> None:
        wakeup()

    event.listen(session.sync_session, "after_commit", _committed, once=True)


async def due(now: datetime, *, channels: Iterable[str], limit: int, session: AsyncSession) -> list[int]:
    """Return the ids of pending messages for these channels that are due and not leased: the most
    urgent first (a broadcast's rows have the lowest priority), then oldest first."""
    statement = (
        select(OutboxMessage.id)
        .where(
            OutboxMessage.status == OutboxStatus.PENDING.value,
            col(OutboxMessage.channel).in_(list(channels)),
            col(OutboxMessage.next_attempt_at) <= now,
            or_(col(OutboxMessage.locked_until).is_(None), col(OutboxMessage.locked_until) < now),
        )
        .order_by(col(OutboxMessage.priority).desc(), col(OutboxMessage.id))
        .limit(limit)
    )
    return [row for row in (await session.exec(statement)).all() if row is not None]


async def due_rows(
    now: datetime, *, channels: Iterable[str], limit: int, session: AsyncSession
) -> list[tuple[int, int]]:
    """As `due`, with each message's priority: (id, priority), the most urgent first."""
    statement = (
        select(OutboxMessage.id, OutboxMessage.priority)
        .where(
            OutboxMessage.status == OutboxStatus.PENDING.value,
            col(OutboxMessage.channel).in_(list(channels)),
            col(OutboxMessage.next_attempt_at) <= now,
            or_(col(OutboxMessage.locked_until).is_(None), col(OutboxMessage.locked_until) < now),
        )
        .order_by(col(OutboxMessage.priority).desc(), col(OutboxMessage.id))
        .limit(limit)
    )
    return [(row_id, priority) for row_id, priority in (await session.exec(statement)).all() if row_id is not None]


async def next_due(*, channels: Iterable[str], session: AsyncSession) -> datetime | None:
    """Return when the next pending message for these channels may be tried (after any lease on it)."""
    statement = select(OutboxMessage.next_attempt_at, OutboxMessage.locked_until).where(
        OutboxMessage.status == OutboxStatus.PENDING.value, col(OutboxMessage.channel).in_(list(channels))
    )
    times = [max(at, leased) if leased is not None else at for at, leased in (await session.exec(statement)).all()]
    return min(times, default=None)


async def busy(now: datetime, soon: datetime, *, session: AsyncSession) -> int:
    """Count pending messages being sent now (leased) or due before `soon`: zero means the outbox
    has nothing to do until `soon` (for waiting until the bot is quiet, not for delivery)."""
    statement = select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.status == OutboxStatus.PENDING.value,
        or_(col(OutboxMessage.locked_until) > now, col(OutboxMessage.next_attempt_at) <= soon),
    )
    return (await session.exec(statement)).one()


async def claim(message_id: int, owner: str, now: datetime, lease: timedelta, *, session: AsyncSession) -> bool:
    """Lease the message to `owner` until now + lease; False if it is gone, sent or leased by another."""
    result = await session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.id) == message_id,
            col(OutboxMessage.status) == OutboxStatus.PENDING.value,
            or_(col(OutboxMessage.locked_until).is_(None), col(OutboxMessage.locked_until) < now),
        )
        .values(locked_until=now + lease, lock_owner=owner)
    )
    return result.rowcount == 1


async def get(message_id: int, *, session: AsyncSession) -> OutboxMessage | None:
    return await session.get(OutboxMessage, message_id)


async def record_part(
    message_id: int,
    owner: str,
    *,
    parts_done: int,
    finished: bool,
    now: datetime,
    lease: timedelta,
    officer_messages: Iterable[tuple[str, str, str]] = (),
    thread: Iterable[tuple[str, str]] | None = None,
    session: AsyncSession,
) -> bool:
    """Record that a part was sent (and the message ids it got), and the row as sent when it was the last.

    The same transaction records the ids and the progress, so a retry resumes after the
    last part sent; `thread` (every part's ids so far) goes into the payload, so the
    resumed parts reply to the same first message. False if the lease was lost (another
    worker took the row over).
    """
    values: dict[str, Any] = {"parts_done": parts_done, "locked_until": now + lease}
    if thread is not None:
        current = await session.get(OutboxMessage, message_id)
        if current is None:
            return False
        values["payload"] = {**current.payload, THREAD: [list(pair) for pair in thread]}
    if finished:
        values.update(status=OutboxStatus.SENT.value, sent_at=now, locked_until=None, lock_owner=None,
                      last_error=None)
    result = await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.lock_owner) == owner)
        .values(**values)
    )
    if result.rowcount != 1:
        return False
    row = await session.get(OutboxMessage, message_id)
    if row is not None and row.tip_id is not None:
        for channel, chat_id, sent_id in officer_messages:
            session.add(TipOfficerMessage(channel=channel, chat_id=chat_id, message_id=sent_id, tip_id=row.tip_id))
    await session.flush()
    return True


def thread_of(message: OutboxMessage) -> list[tuple[str, str]]:
    """Return the (chat id, message id) pairs the message's parts sent so far got, in order."""
    pairs = message.payload.get(THREAD, [])
    return [(str(pair[0]), str(pair[1])) for pair in pairs if isinstance(pair, list) and len(pair) == 2]


async def renew(message_id: int, owner: str, *, until: datetime, session: AsyncSession) -> bool:
    """Extend the owner's lease on a message it is still sending; False if the lease is lost."""
    result = await session.exec(
        update(OutboxMessage)
        .where(
            col(OutboxMessage.id) == message_id,
            col(OutboxMessage.lock_owner) == owner,
            col(OutboxMessage.status) == OutboxStatus.PENDING.value,
        )
        .values(locked_until=until)
    )
    return result.rowcount == 1


async def leased_by(prefix: str, now: datetime, *, session: AsyncSession) -> list[str]:
    """Return the owners whose names begin with `prefix` that hold a lease on a pending message now."""
    statement = (
        select(OutboxMessage.lock_owner)
        .where(
            OutboxMessage.status == OutboxStatus.PENDING.value,
            col(OutboxMessage.lock_owner).startswith(prefix, autoescape=True),
            col(OutboxMessage.locked_until) >= now,
        )
        .distinct()
    )
    return [owner for owner in (await session.exec(statement)).all() if owner is not None]


async def release(owners: Iterable[str], *, session: AsyncSession) -> int:
    """Release the leases of these owners (a process that is gone): their messages are due again."""
    result = await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.lock_owner).in_(list(owners)), col(OutboxMessage.status) == OutboxStatus.PENDING.value)
        .values(locked_until=None, lock_owner=None)
    )
    return result.rowcount or 0


async def retry_later(
    message_id: int, owner: str, *, at: datetime, error: str, taken_due: datetime | None = None,
    session: AsyncSession,
) -> None:
    """Release the lease and schedule another attempt at `at` — unless, while it was being sent, it was
    made due sooner (a WhatsApp resident wrote and their held messages were released): `taken_due` is
    its `next_attempt_at` when the worker took it, and a sooner time written since then stands. The
    worker's attempt may have decided on what it read before that change (the window still closed);
    postponing over it would lose the change."""
    when: Any = at
    if taken_due is not None:
        due = col(OutboxMessage.next_attempt_at)
        later = literal(at, UTCDateTime)
        when = case((due == literal(taken_due, UTCDateTime), later), (due < later, due), else_=later)
    await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.lock_owner) == owner)
        .values(
            attempts=OutboxMessage.attempts + 1,
            next_attempt_at=when,
            locked_until=None,
            lock_owner=None,
            last_error=error[:200],
        )
    )


async def give_up(message_id: int, owner: str, *, error: str, session: AsyncSession) -> None:
    """Mark the message as undeliverable: the recipient cannot be reached."""
    await session.exec(
        update(OutboxMessage)
        .where(col(OutboxMessage.id) == message_id, col(OutboxMessage.lock_owner) == owner)
        .values(
            status=OutboxStatus.FAILED.value,
            attempts=OutboxMessage.attempts + 1,
            locked_until=None,
            lock_owner=None,
            last_error=error[:200],
        )
    )


async def delete_finished(before: datetime, *, session: AsyncSession) -> int:
    """Delete sent and failed messages created before `before`: the words they carried go with them."""
    result = await session.exec(
        delete(OutboxMessage).where(
            col(OutboxMessage.status).in_([OutboxStatus.SENT.value, OutboxStatus.FAILED.value]),
            col(OutboxMessage.created_at) < before,
        )
    )
    return result.rowcount or 0


async def of_tip(tip_id: int, *, session: AsyncSession) -> list[OutboxMessage]:
    statement = select(OutboxMessage).where(OutboxMessage.tip_id == tip_id).order_by(col(OutboxMessage.id))
    return list((await session.exec(statement)).all())


async def pending_count(*, session: AsyncSession, now: datetime | None = None) -> int:
    """Count the messages still waiting to be sent (for a health check)."""
    statement = select(func.count()).select_from(OutboxMessage).where(
        OutboxMessage.status == OutboxStatus.PENDING.value
    )
    if now is not None:
        statement = statement.where(col(OutboxMessage.created_at) <= now)
    return (await session.exec(statement)).one()

