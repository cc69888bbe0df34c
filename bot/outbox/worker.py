"""The outbox worker: sends what must reach a third party (the officer chat, a tipster) until it has.

A tip is committed together with its outbox message before the resident is thanked;
this worker delivers it afterwards. It is woken the moment such a transaction commits
(`OutboxSignal`), and looks for due messages every `outbox_poll_seconds` anyway (another
instance, or a retry, may have made one due). Per message it

1. claims it with a lease (`locked_until`), a conditional UPDATE only one worker wins,
   so two workers or instances never send the same message; the lease is renewed while
   the message is being sent (`lease_seconds / 3`), so it can be short;
2. asks `handlers/` what the message says (parts: a text with buttons, photos, a place);
3. hands each part not yet sent to the deliverer of the message's channel, and records
   the part as sent in the same transaction as the message ids it got, so a retry resumes
   after the last part sent, replying to the same first message, and the message is
   marked delivered with its last part;
4. on a failure, releases it for a retry with exponential backoff, or after Telegram's
   `retry_after` on a 429 — but not later than a time written while it was being sent (a
   WhatsApp resident's message made their held messages due); when the recipient is gone
   (a tipster blocked the bot, or their way back was deleted) it gives up on it.

A lease names its process (`Instance`: the host, hashed, the pid and a token drawn at
start). A worker that starts releases at once the leases of a process on its host that
is gone (its pid no longer runs, or is this process's own pid with another token, as
after a restart in a container), so after a crash the rest of a tip goes out within
seconds; a lease of another host runs out after `lease_seconds` without its heartbeat.

Delivery is at least once at the level of one API call: a crash between Telegram
accepting a message and the commit that records it sends that one part again (the Bot
API has no idempotency key). Every part before it is recorded, and none after it was sent.

Deliverers are per channel and live with it (bot/channels/telegram/deliverer.py,
bot/channels/web/deliverer.py); the assembly (bot/app.py) hands them to the worker. A worker
only claims messages of the channels it has a deliverer for, so a process may run several workers.

It also purges, every `tip_purge_interval_seconds`, the ways back to tipsters of tips
closed more than `tip_retention_days` ago, and old sent outbox messages.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import random
import secrets
import socket
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from bot import logsafe
from handlers.context import Services
from handlers.delivery import Part
from handlers.follow import follower_parts
from handlers.officer import parts_for
from storage import follow, outbox, tips
from storage.models import OutboxMessage, Party, utcnow

if TYPE_CHECKING:
    from bot.runtime import Runtime
    from bot.settings import Settings

log = logging.getLogger(__name__)


class OutboxSignal:
    """Wakes this process's outbox workers; called after a transaction that added to the outbox commits."""

    def __init__(self) -> None:
        self._events: set[asyncio.Event] = set()

    def __call__(self) -> None:
        for event in self._events:
            event.set()

    def subscribe(self) -> asyncio.Event:
        event = asyncio.Event()
        self._events.add(event)
        return event

    def unsubscribe(self, event: asyncio.Event) -> None:
        self._events.discard(event)


@dataclass(frozen=True, slots=True)
class OutboxConfig:
    backoff_seconds: float = 2.0
    backoff_max_seconds: float = 600.0
    poll_seconds: float = 30.0
    lease_seconds: float = 30.0
    retention_days: int = 90
    purge_interval_seconds: float = 3600.0
    batch: int = 20
    # A broadcast's rows in flight at once (the channel's rate limiter sets the pace).
    bulk_concurrency: int = 8

    @classmethod
    def from_settings(cls, settings: Settings) -> OutboxConfig:
        return cls(
            backoff_seconds=settings.outbox_backoff_seconds,
            backoff_max_seconds=settings.outbox_backoff_max_seconds,
            poll_seconds=settings.outbox_poll_seconds,
            lease_seconds=settings.outbox_lease_seconds,
            retention_days=settings.tip_retention_days,
            purge_interval_seconds=settings.tip_purge_interval_seconds,
        )


# --- what a deliverer is ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Destination:
    """Who a message goes to: the officer chat (the deliverer knows it), a tipster's or a follower's chat."""

    recipient: str                 # Party.OFFICER, Party.TIPSTER or Party.FOLLOWER
    chat_id: str | None = None     # the tipster's or follower's chat, from the way back; never stored in the outbox
    message_id: int | None = None  # the outbox message's id (a deliverer that tracks what it sent)
    # The row's priority: a channel whose platform limits its pace sends the higher first
    # (a broadcast's rows are the lowest, storage/follow.py).
    priority: int = outbox.DEFAULT_PRIORITY


@dataclass(frozen=True, slots=True)
class Sent:
    """A message a deliverer sent: an officer's reply to it is matched to its tip."""

    chat_id: str
    message_id: str


class RetryLater(Exception):
    """The part could not be sent now; try again after `delay` seconds (None: the usual backoff)."""

    def __init__(self, reason: str, delay: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.delay = delay


class Undeliverable(Exception):
    """The recipient cannot be reached at all (a tipster left or blocked the bot): give up."""


class Blocked(Undeliverable):
    """The recipient blocked the bot: give up, and a follower follows no more (their way back goes)."""


class Deliverer(Protocol):
    async def send(
        self, part: Part, *, to: Destination, locale: str, thread: Sequence[Sent]
    ) -> list[Sent]:
        """Send one part; `thread` holds what this message's earlier parts got (to reply to)."""
        ...


# --- who holds a lease ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Instance:
    """This process as a lease owner: its host (hashed: a name is not needed, only equality), pid, token."""

    host: str
    pid: int
    token: str

    @classmethod
    def current(cls) -> Instance:
        return _THIS_PROCESS

    @property
    def prefix(self) -> str:
        """The start of every owner name of a process on this host."""
        return f"{self.host}:"

    def owner(self, worker: str) -> str:
        return f"{self.host}:{self.pid}:{self.token}:{worker}"

    def is_gone(self, owner: str) -> bool:
        """Whether the process that wrote `owner` has certainly stopped (not merely gone quiet)."""
        host, _, rest = owner.partition(":")
        pid_text, _, rest = rest.partition(":")
        token, _, _worker = rest.partition(":")
        if host != self.host or not pid_text.isdigit():
            return False  # another machine: only its lease running out tells
        pid = int(pid_text)
        if pid == self.pid:
            return token != self.token  # this pid, another process: one before this one
        return not _runs(pid)


def _runs(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it runs, as another user
        return True
    return True


def _this_process() -> Instance:
    host = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]
    return Instance(host=host, pid=os.getpid(), token=secrets.token_hex(4))


_THIS_PROCESS = _this_process()


def _after_fork() -> None:
    global _THIS_PROCESS
    _THIS_PROCESS = _this_process()


os.register_at_fork(after_in_child=_after_fork)


# --- the worker ------------------------------------------------------------------------------------


class OutboxWorker:
    """Deliver due outbox messages through the deliverers, one at a time, in the order written."""

    def __init__(
        self,
        services: Services,
        deliverers: Mapping[str, Deliverer],
        config: OutboxConfig,
        signal: OutboxSignal | None = None,
        instance: Instance | None = None,
        observe: Callable[[str, str, str], None] | None = None,
    ) -> None:
        self.services = services
        # Told of every send: recipient, kind, "delivered" / "retried" / "failed" (bot/metrics.py).
        self.observe: Callable[[str, str, str], None] = observe or _no_observer
        self.deliverers = dict(deliverers)
        self.config = config
        self.signal = signal
        self.instance = instance or Instance.current()
        self.owner = self.instance.owner(secrets.token_hex(3))
        # The worker's clock; tests move it forward instead of sleeping.
        self.now: Callable[[], datetime] = utcnow
        self._event = signal.subscribe() if signal is not None else asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._bulk: set[int] = set()     # a broadcast's rows being delivered in tasks of their own
        self._last_purge: datetime | None = None
        self._last_reclaim: datetime | None = None

    # --- lifecycle ---

    def start(self) -> None:
        """Run the worker as a supervised task: an error is logged and the loop goes on."""
        if self._task is None:
            self._stopping = False
            self._task = asyncio.create_task(self._run(), name="outbox-worker")
            self._task.add_done_callback(_log_crash)

    async def stop(self, timeout: float = 10.0) -> None:
        """Let the message being sent finish (up to `timeout`), then stop."""
        task, self._task = self._task, None
        if task is None:
            return
        self._stopping = True
        self._event.set()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        finally:
            if self.signal is not None:
                self.signal.unsubscribe(self._event)

    def kick(self) -> None:
        """Look for due messages now."""
        self._event.set()

    async def reclaim(self) -> int:
        """Release the leases of processes on this host that are gone; return how many messages were freed."""
        async with self.services.sessionmaker.begin() as session:
            owners = await outbox.leased_by(self.instance.prefix, self.now(), session=session)
            gone = [owner for owner in owners if self.instance.is_gone(owner)]
            freed = await outbox.release(gone, session=session) if gone else 0
        if freed:
            log.warning("%d outbox messages were being sent by a process that stopped; sending them now", freed)
        return freed

    async def _reclaim_when_due(self) -> None:
        """Reclaim at start, then once per poll interval (another process on this host may stop)."""
        now = self.now()
        if self._last_reclaim is not None and now - self._last_reclaim < timedelta(seconds=self.config.poll_seconds):
            return
        self._last_reclaim = now
        try:
            await self.reclaim()
        except Exception:
            log.exception("could not release the leases of stopped processes; they run out by themselves")

    async def _run(self) -> None:
        while not self._stopping:
            self._event.clear()
            try:
                await self._reclaim_when_due()
                await self.run_once()
                await self._purge_when_due()
                wait = await self._until_next()
            except Exception:
                log.exception("the outbox worker failed; it tries again")
                wait = min(self.config.backoff_seconds, self.config.poll_seconds)
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), wait)

    async def _until_next(self) -> float:
        channels = list(self.deliverers)
        async with self.services.sessionmaker() as session:
            when = await outbox.next_due(channels=channels, session=session)
        if when is None:
            return self.config.poll_seconds
        seconds = (when - self.now()).total_seconds()
        return min(max(seconds, 0.01), self.config.poll_seconds)

    # --- delivering ---

    async def run_once(self) -> int:
        """Deliver every message that is due now, the most urgent first; return how many were tried.

        A broadcast's rows (priority below the default) go several at a time
        (`bulk_concurrency`), since each waits for the platform's pace (the channel's rate
        limiter) and for its own two commits; every other row is sent one after another, in
        order. When something is queued meanwhile (a tip, an officer's words to a tipster),
        the worker looks again at once instead of finishing the batch it read.
        """
        if not self.deliverers:
            return 0
        tried = 0
        bulk: set[asyncio.Task[None]] = set()
        slots = asyncio.Semaphore(self.config.bulk_concurrency)
        try:
            while not self._stopping:
                async with self.services.sessionmaker() as session:
                    rows = await outbox.due_rows(self.now(), channels=list(self.deliverers),
                                                 limit=self.config.batch, session=session)
                look_again = False
                for message_id, priority in rows:
                    if self._stopping:
                        break
                    if message_id in self._bulk:
                        continue  # on its way in a task of its own
                    if priority < outbox.DEFAULT_PRIORITY:
                        await slots.acquire()
                        self._bulk.add(message_id)
                        task = asyncio.create_task(self._deliver_bulk(message_id, slots),
                                                   name=f"outbox-bulk-{message_id}")
                        bulk.add(task)
                        task.add_done_callback(bulk.discard)
                    else:
                        await self.deliver(message_id)
                    tried += 1
                    if self._event.is_set():
                        self._event.clear()
                        look_again = True
                        break
                if not look_again and len(rows) < self.config.batch:
                    break
        finally:
            if bulk:
                await asyncio.gather(*bulk, return_exceptions=True)
        return tried

    async def _deliver_bulk(self, message_id: int, slots: asyncio.Semaphore) -> None:
        try:
            await self.deliver(message_id)
        except Exception:
            log.exception("outbox message %d could not be delivered", message_id)
        finally:
            self._bulk.discard(message_id)
            slots.release()

    async def deliver(self, message_id: int) -> None:
        """Claim one message and send its parts not sent yet (its log lines carry the tip's reference)."""
        with logsafe.bound():
            await self._deliver(message_id)

    async def _deliver(self, message_id: int) -> None:
        lease = timedelta(seconds=self.config.lease_seconds)
        sessionmaker = self.services.sessionmaker
        async with sessionmaker.begin() as session:
            if not await outbox.claim(message_id, self.owner, self.now(), lease, session=session):
                return  # another worker has it, or it is done
        async with sessionmaker() as session:
            message = await outbox.get(message_id, session=session)
            if message is None:
                return
            tip = await tips.get(message.tip_id, session=session) if message.tip_id is not None else None
            view = tips.for_officer(tip) if tip is not None else None
            logsafe.bind(reference=view.reference if view is not None else None)
            path: object = (
                await tips.return_path(message.tip_id, session=session)
                if message.recipient == Party.TIPSTER.value and message.tip_id is not None
                else None
            )
            following = message.recipient == Party.FOLLOWER.value
            update = locale = None
            if following and message.follower_id is not None:
                path = await follow.return_path(message.follower_id, session=session)
                update = await follow.get_update(message.update_id, session=session) if message.update_id else None
                # The language the follower chats in now, as for a tipster.
                locale = await follow.follower_locale(message.follower_id, session=session)
        what = f"outbox message {message_id} ({message.kind} to the {message.recipient})"
        labels = (message.recipient, message.kind)
        if message.recipient in (Party.TIPSTER.value, Party.FOLLOWER.value) and path is None:
            await self._give_up(message_id, f"no way back to the {message.recipient} any more", what, labels)
            return
        deliverer = self.deliverers[message.channel]
        destination = Destination(message.recipient, getattr(path, "chat_id", None), message_id, message.priority)
        locale = locale or message.locale
        try:
            if following:
                parts = follower_parts(update, self.services.campaign, locale)
            else:
                parts = parts_for(message, view, self.services.campaign)
        except ValueError:
            log.exception("%s cannot be put into words", what)
            await self._give_up(message_id, "cannot be rendered", what, labels)
            return
        # What the parts sent before a retry or a restart got: the rest replies to the same first message.
        thread = [Sent(chat_id, sent_id) for chat_id, sent_id in outbox.thread_of(message)]
        async with self._renewing(message_id, lease, what):
            for index in range(message.parts_done, len(parts)):
                try:
                    sent = await deliverer.send(parts[index], to=destination, locale=locale, thread=thread)
                except RetryLater as exc:
                    await self._retry(message_id, message, exc.reason, exc.delay, what, labels)
                    return
                except Undeliverable as exc:
                    # A follower who blocked the bot follows no more.
                    blocked = following and isinstance(exc, Blocked)
                    await self._give_up(message_id, str(exc), what, labels,
                                        drop_follower=message.follower_id if blocked else None)
                    return
                except Exception as exc:  # noqa: BLE001 - a bug in a deliverer must not stop the others
                    log.exception("%s: the deliverer failed", what)
                    await self._retry(message_id, message, type(exc).__name__, None, what, labels)
                    return
                thread.extend(sent)
                if not await self._record(message, index + 1, len(parts), sent, thread, lease):
                    log.warning("%s: the lease ran out while sending; another worker carries on", what)
                    return
            if not parts:
                await self._record(message, 0, 0, [], [], lease)
        self.observe(*labels, "delivered")
        # A broadcast's thousands of rows are not a line each above DEBUG.
        log.log(logging.DEBUG if following else logging.INFO, "%s delivered", what)

    @contextlib.asynccontextmanager
    async def _renewing(self, message_id: int, lease: timedelta, what: str) -> AsyncIterator[None]:
        """Renew the lease on the message every third of it while the block runs (a slow upload)."""

        async def heartbeat() -> None:
            while True:
                await asyncio.sleep(lease.total_seconds() / 3)
                async with self.services.sessionmaker.begin() as session:
                    if not await outbox.renew(message_id, self.owner, until=self.now() + lease, session=session):
                        log.warning("%s: the lease could not be renewed", what)
                        return

        task = asyncio.create_task(heartbeat(), name=f"outbox-lease-{message_id}")
        task.add_done_callback(_log_crash)
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _record(
        self, message: OutboxMessage, done: int, total: int, sent: list[Sent], thread: list[Sent], lease: timedelta
    ) -> bool:
        assert message.id is not None
        officer = message.recipient == Party.OFFICER.value
        # A tipster's chat id is never written down here.
        officer_messages = [(message.channel, s.chat_id, s.message_id) for s in sent] if officer else []
        async with self.services.sessionmaker.begin() as session:
            return await outbox.record_part(
                message.id,
                self.owner,
                parts_done=done,
                finished=done >= total,
                now=self.now(),
                lease=lease,
                officer_messages=officer_messages,
                thread=[(s.chat_id, s.message_id) for s in thread] if officer and done < total else None,
                session=session,
            )

    def backoff(self, attempts: int) -> float:
        """Return the wait before retry number `attempts + 1`: doubling, capped, with some jitter."""
        base = min(self.config.backoff_seconds * 2.0 ** min(attempts, 30), self.config.backoff_max_seconds)
        return base * random.uniform(0.8, 1.0)  # noqa: S311 - spreading retries, not a secret

    async def _retry(
        self, message_id: int, message: OutboxMessage, reason: str, delay: float | None, what: str,
        labels: tuple[str, str],
    ) -> None:
        wait = delay if delay is not None else self.backoff(message.attempts)
        async with self.services.sessionmaker.begin() as session:
            # Not over a sooner time written while it was being sent (a WhatsApp resident's message
            # released it after the deliverer had found the window closed).
            await outbox.retry_later(
                message_id, self.owner, at=self.now() + timedelta(seconds=wait), error=reason,
                taken_due=message.next_attempt_at, session=session,
            )
        self.observe(*labels, "retried")
        log.warning("%s not sent (attempt %d: %s); next try in %.1f s", what, message.attempts + 1, reason, wait)

    async def _give_up(
        self, message_id: int, reason: str, what: str, labels: tuple[str, str], *, drop_follower: int | None = None
    ) -> None:
        async with self.services.sessionmaker.begin() as session:
            await outbox.give_up(message_id, self.owner, error=reason, session=session)
            if drop_follower is not None:
                await follow.drop(drop_follower, session=session)
        self.observe(*labels, "failed")
        if drop_follower is not None:
            log.info("%s given up (the recipient blocked the bot): the follower is dropped", what)
        else:
            log.warning("%s given up: %s", what, reason)

    # --- retention ---

    async def _purge_when_due(self) -> None:
        now = self.now()
        interval = timedelta(seconds=self.config.purge_interval_seconds)
        if self._last_purge is None or now - self._last_purge >= interval:
            self._last_purge = now
            await self.purge(now)

    async def purge(self, now: datetime | None = None) -> tuple[int, int]:
        """Delete ways back of tips closed longer ago than the retention period, and old sent messages."""
        cutoff = (now or self.now()) - timedelta(days=self.config.retention_days)
        async with self.services.sessionmaker.begin() as session:
            paths = await tips.purge_return_paths(cutoff, session=session)
            messages = await outbox.delete_finished(cutoff, session=session)
        if paths or messages:
            log.info("retention: deleted %d ways back to tipsters and %d old outbox messages", paths, messages)
        return paths, messages


def _no_observer(recipient: str, kind: str, result: str) -> None:
    return None


def _log_crash(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("%s stopped", task.get_name(), exc_info=task.exception())


@contextlib.asynccontextmanager
async def running_outbox(runtime: Runtime, deliverers: Mapping[str, Deliverer]) -> AsyncIterator[OutboxWorker]:
    """Run an outbox worker with these deliverers (by channel) for as long as the block runs."""
    worker = OutboxWorker(
        runtime.services, deliverers, OutboxConfig.from_settings(runtime.settings), runtime.outbox_signal,
        observe=runtime.metrics.observe_delivery,
    )
    worker.start()
    try:
        yield worker
    finally:
        await worker.stop()
