"""The Telegram bot as `medborgardialog run` runs it: the Application, the inbox, polling or the webhook.

Every update is stored in the inbox (storage/inbox.py) and committed before Telegram is
told it arrived:

- **polling**: our own `getUpdates` loop, not PTB's Updater (which confirms a batch, by
  asking with the next offset, as soon as it is in memory). A batch is stored in one
  transaction, and only then is the next offset asked for; while the database cannot
  take it, the loop waits and asks again for the same batch. While the inbox holds more
  than `INBOX_MAX_PENDING` unfinished updates, it stops fetching (Telegram keeps them).
- **webhook**: `accept_webhook` stores the update and answers 200; 503 while the database
  cannot take it or the inbox is full, so Telegram delivers it again later. POSTs that
  arrive together are stored in one transaction (group commit, `InboxWriter`): each is
  answered once the commit holding its row is durable, and all of them 503 if it fails.

The inbox worker (bot/inbox.py) then handles the updates in each resident's order. An
update that cannot be read (a poison update) is logged with its id only and skipped, so it
never holds the line.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, RetryAfter, TelegramError

from bot.channels.telegram.adapter import CHANNEL, TelegramChannel, build_application, order_key, sending_error
from bot.inbox import Entry, InboxWorker, InboxWriter, RetryLater
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.router import Outcome
from storage import inbox
from storage.health import is_unavailable

log = logging.getLogger(__name__)

POLL_BACKOFF_MAX_SECONDS = 30.0


@dataclass(frozen=True, slots=True)
class Received:
    """An update read from Telegram: its id, the parsed update, and the JSON to store."""

    update_id: int
    update: Update
    payload: str


class Unreadable(ValueError):
    """Not an update (not JSON, no update id, fields of the wrong type): the reason, never the content."""


class TelegramService:
    """Start and stop the Telegram side; tests use it as `run` does, so they cannot drift from it."""

    def __init__(self, settings: Settings, runtime: Runtime, *, poll_timeout: float = 10.0) -> None:
        self.settings = settings
        self.runtime = runtime
        self.channel = TelegramChannel(runtime.services, runtime.catalogs)
        self.application = build_application(settings, self.channel)
        self.inbox = InboxWorker(
            runtime.services.sessionmaker,
            _InboxChannel(self),
            concurrency=settings.telegram_concurrency,
            max_pending=settings.inbox_max_pending,
            retention=timedelta(hours=settings.inbox_retention_hours),
        )
        # Updates arriving together (webhook POSTs at once) are stored in one transaction.
        self.writer = InboxWriter(runtime.services.sessionmaker, CHANNEL)
        self.webhook = settings.telegram_mode == "webhook"
        self.poll_timeout = poll_timeout
        self._poller: asyncio.Task[None] | None = None

    @property
    def bot(self) -> Any:
        return self.application.bot

    async def start(self) -> None:
        application = self.application
        await application.initialize()
        await self.channel.publish_commands(application)
        await application.start()
        await self.inbox.start()   # first what a crash left, then new updates
        if self.webhook:
            settings = self.settings
            assert settings.webhook_url is not None and settings.webhook_secret is not None
            await application.bot.set_webhook(
                settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value(),
                allowed_updates=Update.ALL_TYPES,
                max_connections=settings.webhook_max_in_flight,
            )
            log.info("Telegram: webhook at %s", settings.effective_webhook_path)
        else:
            self._poller = asyncio.create_task(self._poll(), name="telegram-polling")
            log.info("Telegram: long polling")

    async def stop(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
            self._poller = None
        await self.inbox.stop()
        if self.writer.transactions:
            log.info("Telegram: %d updates stored in %d transactions", self.writer.stored, self.writer.transactions)
        # The webhook stays registered: Telegram keeps the updates until an instance is back.
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()

    # --- reading updates ---

    def read(self, item: object, payload: str | None = None) -> Received:
        """Parse one update as Telegram sent it (`payload`: its JSON text, when at hand); raise
        Unreadable (with the update id when there is one)."""
        if not isinstance(item, dict) or type(item.get("update_id")) is not int:
            raise Unreadable("not an update")
        update_id = item["update_id"]
        try:
            update = Update.de_json(item, self.bot)
            if payload is None:
                payload = _encode(item)
        except RecursionError:
            raise Unreadable(f"update {update_id}: nested too deeply") from None
        except Exception as exc:  # noqa: BLE001 - whatever a malformed field raises
            raise Unreadable(f"update {update_id}: {type(exc).__name__}") from None
        if update is None or not isinstance(update, Update):
            raise Unreadable(f"update {update_id}: empty")
        wrong = _wrongly_typed(update)
        if wrong:
            raise Unreadable(f"update {update_id}: {wrong} of the wrong type")
        return Received(update_id, update, payload)

    async def accept(self, received: Sequence[Received]) -> None:
        """Store the updates and queue them, once the transaction holding them is committed (with
        whatever else arrived at the same time: bot/inbox.py, `InboxWriter`); one already stored (a
        redelivery) is picked up again only if nothing here has it (its replies are sent again when
        it was handled but not finished). Raises when the database cannot take them."""
        services = self.runtime.services
        items = [inbox.Incoming(str(r.update_id), order_key(r.update, services), r.payload) for r in received]
        stored = await self.writer.store(items)
        entries = [
            Entry(stored[item.update_key], item.order_key or "", r.update, item.update_key)
            for item, r in zip(items, received, strict=True)
            if item.update_key in stored
        ]
        self.inbox.submit(entries)
        again = [item.update_key for item in items if item.update_key not in stored]
        if again:
            await self._redelivered(again)

    async def _redelivered(self, keys: list[str]) -> None:
        rows = []
        async with self.runtime.services.sessionmaker() as session:
            for key in keys:
                row = await inbox.find(CHANNEL, key, session=session)
                if row is not None and not self.inbox.knows(row.id):
                    rows.append(row)
        log.info("Telegram delivered %d update(s) again; %d to pick up", len(keys), len(rows))
        await self.inbox.resume(rows)

    # --- the webhook ---

    async def accept_webhook(self, body: bytes) -> tuple[int, str, dict[str, str] | None]:
        """Take one webhook body: (status, short text, a Bot API call for the answer's body or None).
        200 once stored (or when it can never be read: Telegram must not hold the line for it),
        with a press's acknowledgement when it is one (`TelegramChannel.acknowledge_in_answer`);
        400 for what is not JSON, 503 while it cannot be stored (at once, unparsed, while the
        inbox is full: Telegram sends it again, and it is read then)."""
        if self.inbox.full:
            return 503, "busy", None
        try:
            text = body.decode("utf-8")
            payload = _decode(text)
        except RecursionError:
            log.warning("webhook: a body nested too deeply was refused")
            return 400, "not an update", None
        except (ValueError, UnicodeDecodeError):
            return 400, "not JSON", None
        try:
            received = self.read(payload, text)
        except Unreadable as exc:
            if str(exc) == "not an update":
                return 400, "not an update", None
            log.warning("webhook: %s; it cannot be read and is dropped", exc)
            return 200, "ok", None
        try:
            await self.accept([received])
        except Exception as exc:
            if is_unavailable(exc):
                log.warning("webhook: update %d not stored (%s): Telegram will deliver it again",
                            received.update_id, type(exc).__name__)
                return 503, "storage unavailable", None
            # Not a fault of the database: trying it again would hold the line behind it.
            log.error("webhook: update %d could not be taken (%s); dropped", received.update_id,
                      type(exc).__name__)
            return 200, "ok", None
        return 200, "ok", self.channel.acknowledge_in_answer(received.update)

    # --- polling ---

    async def _poll(self) -> None:
        offset: int | None = None
        failures = 0
        while True:
            await self.inbox.wait_for_room()
            try:
                raw = await self._get_updates(offset)
            except RetryAfter as exc:
                later = sending_error(exc)
                await asyncio.sleep((later.delay or 1.0) if isinstance(later, RetryLater) else 1.0)
                continue
            except (Conflict, InvalidToken, TelegramError) as exc:
                failures += 1
                wait = min(2.0 ** failures * 0.5, POLL_BACKOFF_MAX_SECONDS)
                level = logging.ERROR if isinstance(exc, Conflict | InvalidToken) else logging.WARNING
                log.log(level, "Telegram: getUpdates failed (%s); trying again in %.0f s", type(exc).__name__, wait)
                await asyncio.sleep(wait)
                continue
            except Exception as exc:  # noqa: BLE001 - the loop must go on whatever one request does
                log.error("Telegram: getUpdates failed unexpectedly (%s)", type(exc).__name__)
                await asyncio.sleep(POLL_BACKOFF_MAX_SECONDS / 10)
                continue
            failures = 0
            if not raw:
                continue
            batch, top = self._read_batch(raw)
            await self._store_until_it_works(batch)
            if top is not None:
                # Only now: this offset tells Telegram that everything before it has arrived.
                offset = top + 1

    async def _store_until_it_works(self, batch: list[Received]) -> None:
        failures = 0
        while True:
            try:
                await self.accept(batch)
                return
            except Exception as exc:
                if not is_unavailable(exc):
                    # Not the database being down: trying again would hold every update behind these.
                    log.error("Telegram: %d update(s) could not be taken (%s); skipped", len(batch),
                              type(exc).__name__)
                    return
                failures += 1
                wait = min(0.5 * 2.0 ** failures, POLL_BACKOFF_MAX_SECONDS)
                log.warning("Telegram: %d update(s) not stored (%s); not confirmed to Telegram, trying again "
                            "in %.0f s", len(batch), type(exc).__name__, wait)
                await asyncio.sleep(wait)

    def _read_batch(self, raw: object) -> tuple[list[Received], int | None]:
        batch: list[Received] = []
        top: int | None = None
        for item in raw if isinstance(raw, list) else []:
            update_id = item.get("update_id") if isinstance(item, dict) else None
            if type(update_id) is int:
                top = update_id if top is None else max(top, update_id)
            try:
                batch.append(self.read(item))
            except Unreadable as exc:
                log.warning("Telegram: %s; it cannot be read and is skipped", exc)
        return batch, top

    async def _get_updates(self, offset: int | None) -> object:
        # The raw JSON, not Bot.get_updates: that parses the whole batch at once (one poison
        # update stops all of them) and logs the batch, resident text and all, when it fails.
        data: dict[str, Any] = {"timeout": self.poll_timeout, "limit": 100, "allowed_updates": Update.ALL_TYPES}
        if offset is not None:
            data["offset"] = offset
        return await self.bot._post("getUpdates", data, read_timeout=self.poll_timeout + 10)  # noqa: SLF001


def _wrongly_typed(update: Update) -> str:
    """Name a field the handlers read that is not of its type (PTB does not check them), or ""."""
    for name, value, kind in (
        ("user id", getattr(update.effective_user, "id", 0), int),
        ("chat id", getattr(update.effective_chat, "id", 0), int),
        ("message id", getattr(update.effective_message, "message_id", 0), int),
        ("text", getattr(update.effective_message, "text", None), str),
        ("caption", getattr(update.effective_message, "caption", None), str),
        ("button data", getattr(update.callback_query, "data", None), str),
    ):
        if value is not None and type(value) is not kind:
            return name
    return ""


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not JSON Telegram sends")


# Made once: `json.loads` and `json.dumps` with arguments of their own build a decoder or an encoder
# at every call (a third of the time of decoding an update).
_decode = json.JSONDecoder(parse_constant=_no_constants).decode
_encode = json.JSONEncoder(ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode


class _InboxChannel:
    """How the inbox worker runs, answers and rebuilds Telegram updates."""

    name = CHANNEL

    def __init__(self, service: TelegramService) -> None:
        self.service = service

    async def handle(self, entry: Entry) -> None:
        await self.service.application.process_update(entry.update)

    async def send(self, entry: Entry, outcome: Outcome) -> None:
        chat = entry.update.effective_chat
        if chat is None or not outcome.replies:
            return
        try:
            await self.service.channel.send_from(self.service.bot, chat.id, outcome, entry)
        except TelegramError as exc:
            raise sending_error(exc) from None

    async def tell_later(self, entry: Entry) -> None:
        await self.service.channel.tell_later(self.service.bot, entry.update)

    def parse(self, row: inbox.Stored) -> Entry | None:
        try:
            received = self.service.read(json.loads(row.payload or ""))
        except (ValueError, Unreadable, RecursionError):
            return None
        return Entry(row.id, row.order_key or "", received.update, row.update_key)
