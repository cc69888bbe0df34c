"""The inbox worker: handles stored updates in each resident's order, and keeps at it until they are answered.

A channel stores every update in the inbox (storage/inbox.py) and commits before telling
the platform it arrived, then hands it here (`submit`). Per update the worker

1. runs it through the channel (`InboxChannel.handle`) with a `TurnReceipt` in context: the
   turn marks the row handled, with its replies, in the turn's own transaction;
2. sends the replies; a send that fails after the commit is retried (with backoff, after
   Telegram's `retry_after`), never reported to the resident as lost;
3. when the database cannot take the turn (down, full, read-only, locked past the
   timeout), keeps the update (it is stored), tells the resident once that the answer
   comes as soon as possible, and tries again with backoff;
4. marks the row done, in batches (one statement per batch, off the hot path), which
   drops the update and its replies from the row.

A resident's updates run one at a time, in the order they were stored; different residents
run side by side (at most `concurrency` at once), taking turns, so a resident who sends a
thousand messages takes one slot, not all of them. On start it picks up what a crash left:
rows still pending are handled, rows handled but not done have their replies sent again
(at least once: a crash between sending and the done-mark sends them twice).

`pending` counts the updates taken in and not done; above `max_pending` a channel stops
taking more (polling waits, the webhook answers 503) until there is room.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from bot.logsafe import bound
from handlers import replay
from handlers.router import AlreadyHandled, Outcome
from storage import inbox
from storage.health import is_unavailable
from storage.models import InboxStatus, utcnow

if TYPE_CHECKING:
    from storage.db import Sessionmaker
    from storage.statements import Db

log = logging.getLogger(__name__)

# How often finished rows are marked done (at most), and how often old rows are purged.
FLUSH_SECONDS = 0.2
PURGE_SECONDS = 3600.0
BACKOFF_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 30.0


class RetryLater(Exception):
    """Sending failed for now; try again after `delay` seconds (None: the usual backoff)."""

    def __init__(self, reason: str, delay: float | None = None) -> None:
        super().__init__(reason)
        self.delay = delay


class Undeliverable(Exception):
    """The replies cannot be sent at all (the resident blocked the bot): give up on them."""


@dataclass(slots=True, eq=False)
class Entry:
    """An update taken in: its row, whose it is, the channel's parsed update, and how far it got."""

    row_id: int
    order_key: str
    update: Any
    label: str                                   # for log lines: the channel's update id, never content
    status: str = InboxStatus.PENDING.value
    outcome: Outcome | None = None               # once its turn is committed (or replayed)
    sent: int = 0                                # messages of the outcome sent so far
    attempts: int = 0
    told_later: bool = False
    recheck: bool = False                        # read the row before running the turn again


@dataclass(slots=True, eq=False)
class TurnReceipt:
    """What one run of an update learns: handed to its turn (handlers.router.Receipt) through
    `current_receipt()`, filled in by the channel."""

    row_id: int
    outcome: Outcome | None = None               # set when the turn's replies are to be sent (after the commit)
    sent: int = 0
    send_error: BaseException | None = None
    error: BaseException | None = None           # an exception the channel's error handler saw
    recorded: bool = False                       # the turn marked the row handled in its transaction

    async def record(self, outcome: Outcome, *, session: Db) -> None:
        if not await inbox.mark_handled(self.row_id, replay.encode(outcome), session=session):
            raise AlreadyHandled(f"inbox row {self.row_id}")
        self.recorded = True


@dataclass(frozen=True, slots=True)
class OnceReceipt:
    """The receipt of an update stored nowhere before its turn (a web-chat form post with its
    one-time token): the turn records the token, so the same post again does not run twice."""

    channel: str
    update_key: str

    async def record(self, outcome: Outcome, *, session: Db) -> None:
        if not await inbox.add_handled(self.channel, self.update_key, replay.encode(outcome), session=session):
            raise AlreadyHandled(f"{self.channel} post")


async def seen_before(sessionmaker: Sessionmaker, channel: str, update_key: str) -> bool:
    """True if an update with this key was handled already (a retried post)."""
    async with sessionmaker() as session:
        return await inbox.find(channel, update_key, session=session) is not None


_RECEIPT: ContextVar[TurnReceipt | None] = ContextVar("inbox_receipt", default=None)


def current_receipt() -> TurnReceipt | None:
    """The receipt of the update being handled in this task, if it came through the inbox."""
    return _RECEIPT.get()


class InboxChannel(Protocol):
    name: str

    async def handle(self, entry: Entry) -> None:
        """Run the update (its turn finds the receipt with `current_receipt()`)."""

    async def send(self, entry: Entry, outcome: Outcome) -> None:
        """Send the outcome's messages from `entry.sent` on, counting them in `entry.sent`;
        raise RetryLater or Undeliverable."""

    async def tell_later(self, entry: Entry) -> None:
        """Tell the resident the update is kept and will be answered as soon as possible."""

    def parse(self, row: inbox.Stored) -> Entry | None:
        """Rebuild an entry from a stored row; None if it cannot be read."""


@dataclass(slots=True)
class _Finished:
    done: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


class InboxWorker:
    def __init__(
        self,
        sessionmaker: Sessionmaker,
        channel: InboxChannel,
        *,
        concurrency: int = 4,
        max_pending: int = 5000,
        retention: timedelta = timedelta(hours=48),
    ) -> None:
        self.sessionmaker = sessionmaker
        self.channel = channel
        self.concurrency = concurrency
        self.max_pending = max_pending
        self.retention = retention
        # Called with each entry when it is done or given up (tests wait on it).
        self.on_finished: list[Callable[[Entry], object]] = []
        self._queues: dict[str, deque[Entry]] = {}
        self._known: set[int] = set()
        self._ready: asyncio.Queue[str] = asyncio.Queue()
        self._room = asyncio.Event()
        self._room.set()
        self._finished = _Finished()
        self._unmarked: set[int] = set()
        self._tasks: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.TimerHandle] = set()
        self._stopping = False
        self._last_purge = 0.0

    # --- taking updates in ---

    @property
    def pending(self) -> int:
        """Updates taken in and not done (running, queued, or waiting for a retry)."""
        return len(self._known)

    @property
    def full(self) -> bool:
        return self.pending >= self.max_pending

    async def wait_for_room(self) -> None:
        while self.full:
            self._room.clear()
            await self._room.wait()

    def knows(self, row_id: int) -> bool:
        """True while the row is taken in here, or finished and not yet marked so in the database."""
        return row_id in self._known or row_id in self._unmarked

    def submit(self, entries: Iterable[Entry]) -> None:
        """Queue stored entries behind the resident's earlier ones (an entry already queued is skipped)."""
        for entry in entries:
            if entry.row_id in self._known:
                continue
            self._known.add(entry.row_id)
            queue = self._queues.get(entry.order_key)
            if queue is None:
                self._queues[entry.order_key] = deque((entry,))
                self._ready.put_nowait(entry.order_key)
            else:
                queue.append(entry)

    async def resume(self, rows: Iterable[inbox.Stored]) -> None:
        """Take in stored rows found again (after a crash, or redelivered): pending ones are handled,
        handled ones have their replies sent."""
        entries = []
        for row in rows:
            if self.knows(row.id) or row.status not in (InboxStatus.PENDING.value, InboxStatus.HANDLED.value):
                continue
            entry = self.channel.parse(row)
            if entry is None:
                log.warning("inbox row %d cannot be read back: given up", row.id)
                self._finish_row(row.id, InboxStatus.FAILED, "unreadable")
                continue
            if row.status == InboxStatus.HANDLED.value and row.replies is not None:
                entry.status = InboxStatus.HANDLED.value
                entry.outcome = replay.decode(row.replies)
            entries.append(entry)
        self.submit(entries)

    async def recover(self) -> int:
        """Take in everything this channel's inbox still holds; return how many rows."""
        after, count = 0, 0
        while True:
            async with self.sessionmaker() as session:
                rows = await inbox.unfinished(self.channel.name, after=after, session=session)
            if not rows:
                break
            await self.resume(rows)
            count += len(rows)
            after = rows[-1].id
        if count:
            log.info("inbox: %d %s updates left from before are being finished", count, self.channel.name)
        return count

    # --- lifecycle ---

    async def start(self) -> None:
        self._stopping = False
        await self.recover()
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self._work(), name=f"inbox-worker-{n}") for n in range(self.concurrency)]
        self._tasks.append(loop.create_task(self._flusher(), name="inbox-flusher"))

    async def stop(self, timeout: float = 10.0) -> None:
        """Let the updates being handled finish (up to `timeout`), mark what is done, and stop.
        What is still queued stays in the inbox for the next start."""
        self._stopping = True
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        workers, flusher = self._tasks[:-1], self._tasks[-1:]
        for _ in workers:
            self._ready.put_nowait("")  # wakes an idle worker, which sees it is stopping
        if workers:
            _, late = await asyncio.wait(workers, timeout=timeout)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        for task in flusher:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._flush()
        self._tasks = []

    # --- handling ---

    async def _work(self) -> None:
        while not self._stopping:
            key = await self._ready.get()
            if self._stopping:
                break
            queue = self._queues.get(key)
            if not queue:
                continue
            entry = queue[0]
            with bound(update_id=entry.label):  # every log line of this update's turn names it
                delay = await self._run(entry)
            if delay is not None:
                if not self._stopping:
                    self._later(delay, key)
                continue
            queue.popleft()
            self._known.discard(entry.row_id)
            if not self.full:
                self._room.set()
            if queue:
                self._ready.put_nowait(key)   # to the back of the line: residents take turns
            else:
                del self._queues[key]
            for hook in self.on_finished:
                hook(entry)

    def _later(self, delay: float, key: str) -> None:
        loop = asyncio.get_running_loop()
        timer: asyncio.TimerHandle | None = None

        def fire() -> None:
            self._timers.discard(timer)
            self._ready.put_nowait(key)

        timer = loop.call_later(delay, fire)
        self._timers.add(timer)

    async def _run(self, entry: Entry) -> float | None:
        """Handle one entry; None when it is finished, else the seconds to wait before trying again."""
        try:
            if entry.recheck and entry.outcome is None and not await self._still_pending(entry):
                return None
            if entry.outcome is None:
                delay = await self._turn(entry)
                if delay is not None or entry.outcome is None:
                    return delay
            return await self._send(entry)
        except asyncio.CancelledError:
            raise
        except _StillDown:
            return self._backoff(entry)
        except Exception as exc:
            # Outside the turn and the sending (the channel itself failed): given up, not retried for ever.
            log.exception("inbox: %s update %s failed outside its turn; given up", self.channel.name, entry.label)
            self._finish(entry, InboxStatus.FAILED, type(exc).__name__)
            return None

    async def _still_pending(self, entry: Entry) -> bool:
        """Before a retry: the turn may have been committed after all (the commit's answer was lost)."""
        try:
            async with self.sessionmaker() as session:
                row = await inbox.get(entry.row_id, session=session)
        except Exception as exc:
            if is_unavailable(exc):
                raise _StillDown() from exc
            raise
        entry.recheck = False
        if row is None or row.status not in (InboxStatus.PENDING.value, InboxStatus.HANDLED.value):
            self._finish(entry, InboxStatus.DONE)
            return False
        if row.status == InboxStatus.HANDLED.value and row.replies is not None:
            entry.status = InboxStatus.HANDLED.value
            entry.outcome = replay.decode(row.replies)
        return True

    async def _turn(self, entry: Entry) -> float | None:
        receipt = TurnReceipt(entry.row_id)
        token = _RECEIPT.set(receipt)
        try:
            await self.channel.handle(entry)
        finally:
            _RECEIPT.reset(token)
        error = receipt.error
        if receipt.outcome is None and error is not None:
            if isinstance(error, AlreadyHandled):
                # Another worker or instance committed this turn first: its replies are its to send.
                log.info("inbox: %s update %s was handled elsewhere", self.channel.name, entry.label)
                self._forget(entry)
                return None
            if is_unavailable(error):
                return await self._park(entry, error)
            # A bug in a handler: the channel has apologised; the update is not tried again.
            self._finish(entry, InboxStatus.FAILED, type(error).__name__)
            return None
        if receipt.outcome is None:
            # No turn ran (the officer chat, a group, a resident over the flood limit, a kind of
            # update no handler takes): nothing is left to do.
            self._finish(entry, InboxStatus.DONE)
            return None
        entry.status = InboxStatus.HANDLED.value
        entry.outcome, entry.sent = receipt.outcome, receipt.sent
        if receipt.send_error is None:
            self._finish(entry, InboxStatus.DONE)
            entry.outcome = None
            return None
        log.warning("inbox: the replies to %s update %s were not sent (%s); retrying", self.channel.name,
                    entry.label, type(receipt.send_error).__name__)
        return self._backoff(entry)

    async def _park(self, entry: Entry, error: BaseException) -> float:
        entry.recheck = True
        delay = self._backoff(entry)
        log.warning("inbox: the database cannot take %s update %s (%s); it is kept and tried again in %.1f s",
                    self.channel.name, entry.label, type(error).__name__, delay)
        if not entry.told_later:
            entry.told_later = True
            try:
                await self.channel.tell_later(entry)
            except Exception as exc:  # noqa: BLE001 - a courtesy: the update is safe either way
                log.info("inbox: could not say an answer is coming (%s)", type(exc).__name__)
        return delay

    async def _send(self, entry: Entry) -> float | None:
        assert entry.outcome is not None
        try:
            await self.channel.send(entry, entry.outcome)
        except RetryLater as exc:
            delay = exc.delay if exc.delay is not None else self._backoff(entry)
            log.warning("inbox: the replies to %s update %s were not sent (%s); next try in %.1f s",
                        self.channel.name, entry.label, exc, delay)
            return delay
        except Undeliverable as exc:
            log.info("inbox: the replies to %s update %s cannot be delivered (%s)", self.channel.name,
                     entry.label, exc)
        self._finish(entry, InboxStatus.DONE)
        return None

    def _backoff(self, entry: Entry) -> float:
        entry.attempts += 1
        base = min(BACKOFF_SECONDS * 2.0 ** min(entry.attempts - 1, 10), BACKOFF_MAX_SECONDS)
        return base * random.uniform(0.8, 1.0)  # noqa: S311 - spreading retries, not a secret

    # --- marking done ---

    def _forget(self, entry: Entry) -> None:
        entry.outcome = None

    def _finish(self, entry: Entry, status: InboxStatus, error: str | None = None) -> None:
        entry.status = status.value
        self._finish_row(entry.row_id, status, error)

    def _finish_row(self, row_id: int, status: InboxStatus, error: str | None = None) -> None:
        self._unmarked.add(row_id)
        if status is InboxStatus.FAILED:
            self._finished.failed.append((row_id, error or "failed"))
        else:
            self._finished.done.append(row_id)

    async def _flusher(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(FLUSH_SECONDS)
            try:
                await self._flush()
                if loop.time() - self._last_purge >= PURGE_SECONDS:
                    self._last_purge = loop.time()
                    await self.purge()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - kept for the next round
                log.warning("inbox: could not mark updates done (%s); trying again", type(exc).__name__)

    async def _flush(self) -> None:
        finished, self._finished = self._finished, _Finished()
        if not finished.done and not finished.failed:
            return
        try:
            async with self.sessionmaker.transaction() as tx:
                await inbox.finish(finished.done, InboxStatus.DONE, session=tx)
                for row_id, error in finished.failed:
                    await inbox.finish([row_id], InboxStatus.FAILED, error=error, session=tx)
        except BaseException:
            self._finished.done[:0] = finished.done
            self._finished.failed[:0] = finished.failed
            raise
        self._unmarked.difference_update(finished.done)
        self._unmarked.difference_update(row_id for row_id, _ in finished.failed)

    async def purge(self) -> int:
        """Delete the rows done longer ago than the retention period."""
        async with self.sessionmaker.begin() as session:
            count = await inbox.purge(utcnow() - self.retention, session=session)
        if count:
            log.info("inbox: deleted %d old update ids", count)
        return count


class _StillDown(Exception):
    """The database still does not answer: wait before trying the update again."""


# --- storing what comes in: one transaction for what arrives together ---


@dataclass(slots=True, eq=False)
class _Waiting:
    """One caller's updates waiting to be stored, and the future that tells it they are."""

    items: list[inbox.Incoming]
    future: asyncio.Future[dict[str, int]]


class InboxWriter:
    """Group commit for a channel's incoming updates: what arrives together is stored in one transaction.

    `store(items)` queues the items and returns once the transaction holding them is
    committed and durable: {update_key: row id} of those inserted (one already in the inbox,
    a redelivery, is left out). There is no timer and no added wait: when no transaction is
    open, the first caller's arrival opens one; everything queued by the time it has the
    database (a connection, on SQLite the write lock) goes into it, up to `max_batch`
    updates, and what arrives while it commits goes into the next. So one update alone is
    stored at once, and twenty webhook POSTs arriving together cost one commit (one fsync)
    instead of twenty. Each caller hears only of its own transaction: a failed one raises
    in every caller whose updates were in it, and none of them is told its updates are
    stored. When a transaction fails for a reason that is not the database being
    unavailable (a fault of one update, not of the storage), each caller's updates are
    tried again in a transaction of their own, so one bad update does not fail the others.

    The same update twice in one transaction (Telegram redelivering while the first POST
    is still being stored) is stored once: the first caller gets its row id, the second
    sees it as already stored.
    """

    def __init__(self, sessionmaker: Sessionmaker, channel: str, *, max_batch: int = 100) -> None:
        self.sessionmaker = sessionmaker
        self.channel = channel
        self.max_batch = max_batch
        self.transactions = 0        # committed so far (tests, and what one transaction holds on average)
        self.stored = 0              # updates inserted by them
        self._queue: deque[_Waiting] = deque()
        self._flushing: asyncio.Task[None] | None = None

    @property
    def waiting(self) -> int:
        """Callers whose updates are queued and not yet in a transaction."""
        return len(self._queue)

    async def store(self, items: Sequence[inbox.Incoming]) -> dict[str, int]:
        loop = asyncio.get_running_loop()
        waiting = _Waiting(list(items), loop.create_future())
        if not waiting.items:
            return {}
        self._queue.append(waiting)
        if self._flushing is None:
            self._flushing = loop.create_task(self._flush_queued(), name=f"inbox-writer-{self.channel}")
        # Cancelled (the POST's client went away): its updates are still stored if they were taken
        # into a transaction already, or skipped if not; either way the platform delivers them again.
        return await waiting.future

    async def _flush_queued(self) -> None:
        try:
            while self._queue:
                await self._transaction()
        finally:
            self._flushing = None

    def _take(self) -> list[_Waiting]:
        batch: list[_Waiting] = []
        size = 0
        while self._queue and (not batch or size + len(self._queue[0].items) <= self.max_batch):
            waiting = self._queue.popleft()
            if waiting.future.done():   # its caller gave up before it was stored
                continue
            batch.append(waiting)
            size += len(waiting.items)
        return batch

    async def _transaction(self, batch: list[_Waiting] | None = None) -> None:
        """Store one batch (the queue's head once the database is ours, unless given) and tell its callers."""
        taken = batch or []
        try:
            async with self.sessionmaker.transaction() as tx:
                if batch is None:
                    # The database is ours (a connection; on SQLite the write lock): take all that queued meanwhile.
                    taken = self._take()
                keys: dict[str, _Waiting] = {}
                items = []
                for waiting in taken:
                    for item in waiting.items:
                        if item.update_key not in keys:
                            keys[item.update_key] = waiting
                            items.append(item)
                stored = await inbox.store(self.channel, items, session=tx) if items else {}
        except asyncio.CancelledError:
            for waiting in taken or self._take():
                waiting.future.cancel()
            raise
        except Exception as exc:
            if batch is None and not taken:
                taken = self._take()   # the database was not reached: those waiting fail with it
            if len(taken) > 1 and not is_unavailable(exc):
                for waiting in taken:
                    await self._transaction([waiting])
                return
            for waiting in taken:
                if not waiting.future.done():
                    waiting.future.set_exception(exc)
            return
        self.transactions += 1
        self.stored += len(stored)
        for waiting in taken:
            if not waiting.future.done():
                waiting.future.set_result({key: row_id for key, row_id in stored.items() if keys[key] is waiting})
