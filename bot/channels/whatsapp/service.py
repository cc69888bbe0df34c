"""The WhatsApp channel: Cloud API webhook changes in, `Turn`s to the handlers, replies out.

Every message is stored in the inbox (storage/inbox.py), keyed by its WhatsApp message id
(hashed), and committed before Meta gets its 200; a message delivered twice is stored
once and handled once. The inbox worker (bot/inbox.py) then runs each resident's messages
in order, through `handle_turn`, like Telegram's:

- text (a "/command" typed as on Telegram), the reply buttons and list rows we sent
  (`button_reply`, `list_reply`: the id is our button data), a location;
- an image, at a tip's photo step: downloaded by its media id, decoded and encoded anew
  without its metadata (bot/images.py, as the web chat's uploads) and kept as an
  upload ("web:<id>"), which the officer chat gets as bytes; at any other step it is not
  downloaded at all;
- a picture sent as a document is refused as on Telegram (a file keeps its EXIF);
- everything else (audio, video, voice, stickers, reactions, contacts, other documents,
  what WhatsApp itself calls unsupported) goes to the handlers as a kind of media they do
  not take, and gets the same words as on Telegram;
- the quick-reply button of our template ("wa:open") is no turn: like any message, it
  reopens the 24-hour window, and the officer's words held for the resident go out.

Status webhooks (sent, delivered, read, failed) are recorded in the same transaction: a
message WhatsApp accepted and then refused as outside the window (131047) is sent again as
a template; another failure is kept as the outbox message's last error.

The resident's number is their user id: only its keyed pseudonym is stored (the conversation,
the window), the number itself only as a tip's way back and, until a message's replies are
sent, in the inbox row. It is never logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.channels.whatsapp import render
from bot.channels.whatsapp.api import CloudAPI, CloudAPIError, TooLarge, Unreachable, Verdict
from bot.inbox import Entry, InboxWorker, RetryLater, TurnReceipt, Undeliverable, current_receipt
from bot.logsafe import scrubbed_traceback
from handlers.common import visible_text
from handlers.router import AlreadyHandled, Outcome, handle_turn, resolve_locale
from handlers.states import State
from handlers.types import MediaError, Text, Turn, TurnKind
from storage import inbox, uploads
from storage import web as web_store
from storage import whatsapp as store
from storage.health import is_unavailable
from storage.models import utcnow

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.runtime import Runtime
    from bot.settings import Settings

log = logging.getLogger(__name__)

CHANNEL = "whatsapp"
# The payload of our template's quick-reply button: "show me what waits".
OPEN_PAYLOAD = "wa:open"
# Longer texts are cut here before the conversation sees them (it then says "too long").
MAX_TEXT = 8000
_COMMAND = re.compile(r"^/([A-Za-z][A-Za-z0-9_]{0,31})(?:\s|$)")
_BUTTON_DATA = re.compile(r"^[A-Za-z0-9*:_.-]{1,64}$")
_WA_ID = re.compile(r"^[0-9]{5,20}$")
_PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".dng", ".avif", ".gif")
# Messages that are no one's turn: WhatsApp's own notices.
_NO_TURN = frozenset({"system", "request_welcome", "ephemeral"})
PHOTOS_AT_ONCE = 2
PURGE_SECONDS = 3600.0
DOWNLOAD_TRIES = 3


class Unreadable(ValueError):
    """Not a webhook body of ours: the reason, never the content."""


class WhatsAppService:
    """Start and stop the WhatsApp side; the webhook hands it bodies, the outbox its deliverer."""

    def __init__(self, settings: Settings, runtime: Runtime) -> None:
        assert settings.whatsapp_token is not None and settings.whatsapp_phone_number_id is not None
        self.settings = settings
        self.runtime = runtime
        self.services = runtime.services
        self.catalogs = runtime.catalogs
        self.api = CloudAPI(settings.whatsapp_api_base_url, settings.whatsapp_phone_number_id,
                            settings.whatsapp_token.get_secret_value())
        self.inbox = InboxWorker(
            runtime.services.sessionmaker,
            _InboxChannel(self),
            concurrency=settings.whatsapp_concurrency,
            max_pending=settings.inbox_max_pending,
            retention=timedelta(hours=settings.inbox_retention_hours),
        )
        # The channel's clock (the 24-hour window); tests move it instead of waiting a day.
        self.now: Callable[[], datetime] = utcnow
        self._photo_slots = asyncio.Semaphore(PHOTOS_AT_ONCE)
        self._purger: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.api.start()
        await self.inbox.start()
        self._purger = asyncio.create_task(self._purge_forever(), name="whatsapp-window-purge")
        log.info("WhatsApp: webhook at %s", self.settings.whatsapp_webhook_path)

    async def stop(self) -> None:
        if self._purger is not None:
            self._purger.cancel()
            await asyncio.gather(self._purger, return_exceptions=True)
            self._purger = None
        await self.inbox.stop()
        await self.api.close()

    async def purge(self) -> int:
        """Delete the windows that have closed: when a resident last wrote is kept no longer than needed."""
        async with self.services.sessionmaker.begin() as session:
            return await store.purge_windows(self.now(), session=session)

    async def _purge_forever(self) -> None:
        while True:
            try:
                await self.purge()
            except Exception as exc:  # noqa: BLE001 - tried again in an hour
                log.warning("WhatsApp: closed windows not purged (%s)", type(exc).__name__)
            await asyncio.sleep(PURGE_SECONDS)

    def pseudonym(self, wa_id: str) -> str:
        return self.services.pseudonymize(CHANNEL, wa_id)

    def template_for(self, locale: str, *, update: bool = False) -> tuple[str, str] | None:
        """The approved template (name, WhatsApp language code) for a resident's language, or the default's:
        the one for a tip's news, or with `update` the one for an update on a promise."""
        template = self.runtime.campaign.whatsapp_template(locale, update=update)
        return (template.name, template.language) if template is not None else None

    # --- the webhook ----------------------------------------------------------------------

    def read(self, body: bytes) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Return the messages and statuses of a webhook body for our number; raise Unreadable."""
        try:
            payload = json.loads(body.decode("utf-8"))
        except RecursionError:
            raise Unreadable("nested too deeply") from None
        except (ValueError, UnicodeDecodeError):
            raise Unreadable("not JSON") from None
        if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
            raise Unreadable("not a WhatsApp Business Account change")
        messages: list[dict[str, Any]] = []
        statuses: list[dict[str, Any]] = []
        for entry in _list(payload.get("entry")):
            for change in _list(entry.get("changes")):
                value = change.get("value")
                if change.get("field") != "messages" or not isinstance(value, dict):
                    continue
                metadata = value.get("metadata")
                number = metadata.get("phone_number_id") if isinstance(metadata, dict) else None
                if number != self.settings.whatsapp_phone_number_id:
                    continue  # another number of the same app
                messages.extend(m for m in _list(value.get("messages")) if _well_formed(m))
                statuses.extend(s for s in _list(value.get("statuses")) if isinstance(s.get("id"), str)
                                and isinstance(s.get("status"), str))
        return messages, statuses

    async def accept_webhook(self, body: bytes) -> tuple[int, str]:
        """Take one signed webhook body: (status, short text). 200 once stored; 503 while it cannot be."""
        try:
            messages, statuses = self.read(body)
        except Unreadable as exc:
            log.warning("WhatsApp webhook: a body was refused (%s)", exc)
            return 400, "not a change"
        if messages and self.inbox.full:
            return 503, "busy"
        try:
            await self.accept(messages, statuses)
        except Exception as exc:
            if is_unavailable(exc):
                log.warning("WhatsApp webhook: not stored (%s); Meta delivers it again", type(exc).__name__)
                return 503, "storage unavailable"
            log.error("WhatsApp webhook: a change could not be taken (%s); dropped", type(exc).__name__)
            return 200, "ok"
        return 200, "ok"

    async def accept(self, messages: Sequence[dict[str, Any]], statuses: Sequence[dict[str, Any]]) -> None:
        """Store the messages in the inbox and record the statuses, in one transaction; then queue them."""
        items = [
            inbox.Incoming(store.message_key(m["id"]), self.pseudonym(m["from"]), _payload(m)) for m in messages
        ]
        reopened = False
        async with self.services.sessionmaker.begin() as session:
            stored = await inbox.store(CHANNEL, items, session=session) if items else {}
            for status in statuses:
                reopened |= await self._status(status, session=session)
        if reopened:
            self.runtime.outbox_signal()
        self.inbox.submit([
            Entry(stored[item.update_key], item.order_key or "", message, item.update_key[:12])
            for item, message in zip(items, messages, strict=True) if item.update_key in stored
        ])
        again = [item.update_key for item in items if item.update_key not in stored]
        if again:
            rows = []
            async with self.services.sessionmaker() as session:
                for key in again:
                    row = await inbox.find(CHANNEL, key, session=session)
                    if row is not None and not self.inbox.knows(row.id):
                        rows.append(row)
            log.info("WhatsApp delivered %d message(s) again; %d to pick up", len(again), len(rows))
            await self.inbox.resume(rows)

    async def _status(self, status: dict[str, Any], *, session: Any) -> bool:
        """Record one status webhook; True when an outbox message is to be sent again."""
        errors = _list(status.get("errors"))
        code = errors[0].get("code") if errors else None
        code = code if isinstance(code, int) else None
        row = await store.update_status(status["id"], status["status"], code, self.now(), session=session)
        recipient = status.get("recipient_id")
        closed = status["status"] == "failed" and code == 131047 and isinstance(recipient, str) \
            and _WA_ID.match(recipient) is not None
        if closed:
            # Refused as outside the 24-hour window (even a message whose id is not known here, a turn's
            # reply or one whose record is not committed yet): the next one goes as a template.
            await store.close_window(self.pseudonym(str(recipient)), session=session)
        if row is None or status["status"] != "failed":
            return False
        if closed:
            return await store.reopen(row.outbox_id, "WhatsApp: outside the 24-hour window (131047)",
                                      self.now(), session=session)
        log.warning("WhatsApp could not deliver outbox message %d (code %s)", row.outbox_id, code)
        await store.note_error(row.outbox_id, f"WhatsApp: not delivered (code {code})", session=session)
        return False

    # --- handling a stored message ------------------------------------------------------------

    async def handle(self, entry: Entry) -> None:
        """Run one stored message through the conversation (its turn finds the inbox's receipt)."""
        message: dict[str, Any] = entry.update
        wa_id = message["from"]
        key = self.pseudonym(wa_id)
        now = self.now()
        at = min(datetime.fromtimestamp(int(message["timestamp"]), UTC), now)
        receipt = current_receipt()
        try:
            async with self.services.sessionmaker.begin() as session:
                # Only for someone who agreed to the privacy note: before that nothing is kept, and
                # nothing can wait for them (a tip or an officer's answer comes after the consent).
                conversation = await web_store.conversation_of(key, session=session)
                released: list[int] = []
                if conversation is not None and conversation.consent_at is not None:
                    await store.touch_window(key, at, session=session)
                    released = await store.release_held(key, now, session=session)
        except Exception as exc:
            if receipt is not None and is_unavailable(exc):
                receipt.error = exc   # the inbox keeps the message and tries again
                return
            raise
        if released:
            # The resident is back within the window: what the officer wrote goes out now.
            self.runtime.outbox_signal()
        turn = await self.turn_of(message, key)
        if turn is None:
            return
        try:
            await handle_turn(turn, self.services, lambda outcome: self._deliver(wa_id, receipt, outcome),
                              receipt=receipt)
        except Exception as exc:  # noqa: BLE001 - told apart below, as Telegram's error handler does
            if receipt is not None:
                receipt.error = exc
                if receipt.outcome is not None:
                    receipt.send_error = exc
                    return
            if isinstance(exc, AlreadyHandled) or is_unavailable(exc):
                return
            log.error("WhatsApp turn failed (kind %s): %s", turn.kind, scrubbed_traceback(exc))
            await self._apologise(wa_id)

    async def _deliver(self, wa_id: str, receipt: TurnReceipt | None, outcome: Outcome) -> None:
        """Send a committed turn's replies: a failure from here on is retried by the inbox."""
        if receipt is None:
            await self.send_from(wa_id, outcome, _Count())
            return
        receipt.outcome = outcome
        try:
            await self.send_from(wa_id, outcome, receipt)
        except (CloudAPIError, Unreachable) as exc:
            receipt.send_error = exc

    async def send_from(self, wa_id: str, outcome: Outcome, progress: TurnReceipt | Entry | _Count) -> None:
        """Send the outcome's messages from `progress.sent` on, counting each one sent there."""
        for index, message in enumerate(render.messages(outcome.replies, outcome.locale, self.catalogs)):
            if index < progress.sent:
                continue
            await self.api.send(wa_id, message)
            progress.sent = index + 1

    async def _apologise(self, wa_id: str) -> None:
        locale = resolve_locale(None, None, self.services)
        try:
            await self.api.send(wa_id, render.text_messages(self.catalogs.render(Text.of("common-error"), locale))[0])
        except (CloudAPIError, Unreachable) as exc:
            log.warning("WhatsApp: could not send an apology (%s)", exc)

    async def tell_later(self, entry: Entry) -> None:
        locale = resolve_locale(None, None, self.services)
        text = self.catalogs.render(Text.of("common-answer-later"), locale)
        await self.api.send(entry.update["from"], render.text_messages(text)[0])

    async def turn_of(self, message: dict[str, Any], key: str) -> Turn | None:
        """Translate one WhatsApp message into a turn (None: nobody's turn, nothing to answer)."""
        kind = message["type"]
        content = message.get(kind)
        content = content if isinstance(content, dict) else {}
        wa_id = message["from"]
        common: dict[str, Any] = {"channel": CHANNEL, "user_id": wa_id, "chat_id": wa_id,
                                  "message_id": _number(message["id"])}
        if kind == "text":
            text = visible_text(str(content.get("body", ""))[:MAX_TEXT])
            if not text:
                return None
            match = _COMMAND.match(text)
            if match is not None:
                return Turn(kind=TurnKind.COMMAND, command=match.group(1).lower(), text=text, **common)
            return Turn(kind=TurnKind.TEXT, text=text, **common)
        if kind == "interactive":
            reply = content.get(content.get("type", "")) if content.get("type") in ("button_reply", "list_reply") \
                else None
            data = reply.get("id") if isinstance(reply, dict) else None
            if not isinstance(data, str) or not _BUTTON_DATA.match(data):
                return Turn(kind=TurnKind.MEDIA, media_type="interactive", **common)
            context = message.get("context")
            if isinstance(context, dict) and isinstance(context.get("id"), str):
                # The message the button was under: a second tap on it gets the first tap's answer.
                common["message_id"] = _number(context["id"])
            return Turn(kind=TurnKind.BUTTON, data=data, **common)
        if kind == "button":
            return None  # our template's button: the window is open again, the held words go out
        if kind == "location":
            latitude, longitude = content.get("latitude"), content.get("longitude")
            if not isinstance(latitude, int | float) or not isinstance(longitude, int | float):
                return Turn(kind=TurnKind.LOCATION, **common)
            return Turn(kind=TurnKind.LOCATION, latitude=float(latitude), longitude=float(longitude), **common)
        if kind == "image":
            media_id, error = await self._photo(content, key)
            return Turn(kind=TurnKind.MEDIA, media_type="photo", media_id=media_id, media_error=error,
                        text=str(content.get("caption", ""))[:MAX_TEXT], **common)
        if kind == "document" and _is_picture(content):
            # A photo sent as a file keeps its EXIF (the position, the device, the time): refused unread.
            return Turn(kind=TurnKind.MEDIA, media_type="document", media_error=MediaError.IMAGE_AS_FILE, **common)
        if kind in _NO_TURN:
            return None
        return Turn(kind=TurnKind.MEDIA, media_type=kind[:32], **common)

    async def _photo(self, content: dict[str, Any], key: str) -> tuple[str, MediaError]:
        """Download, clean and keep a photo for the tip being written; ("", reason) when refused."""
        from bot import images

        async with self.services.sessionmaker() as session:
            conversation = await web_store.conversation_of(key, session=session)
        if conversation is None or conversation.state != State.TIP_PHOTOS.value:
            return "", MediaError.NONE   # not asked for: the step says what it wants, nothing is fetched
        media_id = content.get("id")
        if not isinstance(media_id, str):
            return "", MediaError.NOT_AN_IMAGE
        limit = self.settings.web_photo_max_bytes
        media = None
        for attempt in range(DOWNLOAD_TRIES):
            try:
                media = await self.api.download(media_id, limit=limit)
                break
            except TooLarge:
                return "", MediaError.TOO_LARGE
            except (CloudAPIError, Unreachable) as exc:
                log.warning("WhatsApp: a photo could not be fetched (%s, try %d)", exc, attempt + 1)
                await asyncio.sleep(0.5 * 2 ** attempt)
        if media is None:
            return "", MediaError.NOT_AN_IMAGE
        try:
            async with self._photo_slots:
                photo = await asyncio.to_thread(images.clean_photo, media.data,
                                                max_pixels=self.settings.web_photo_max_pixels)
        except images.NotAPhoto as exc:
            log.info("WhatsApp photo refused: %s", exc)
            return "", MediaError.NOT_AN_IMAGE
        async with self.services.sessionmaker.begin() as session:
            return await uploads.add(key, photo.data, photo.content_type, session=session), MediaError.NONE


class _Count:
    sent = 0


class _InboxChannel:
    """How the inbox worker runs, answers and rebuilds WhatsApp messages."""

    name = CHANNEL

    def __init__(self, service: WhatsAppService) -> None:
        self.service = service

    async def handle(self, entry: Entry) -> None:
        await self.service.handle(entry)

    async def send(self, entry: Entry, outcome: Outcome) -> None:
        if not outcome.replies:
            return
        try:
            await self.service.send_from(entry.update["from"], outcome, entry)
        except CloudAPIError as exc:
            if exc.verdict is Verdict.RETRY:
                raise RetryLater(str(exc), exc.delay) from None
            raise Undeliverable(str(exc)) from None
        except Unreachable as exc:
            raise RetryLater(str(exc)) from None

    async def tell_later(self, entry: Entry) -> None:
        await self.service.tell_later(entry)

    def parse(self, row: inbox.Stored) -> Entry | None:
        try:
            message = json.loads(row.payload or "")
        except (ValueError, RecursionError):
            return None
        if not _well_formed(message):
            return None
        return Entry(row.id, row.order_key or "", message, row.update_key[:12])


def _list(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _well_formed(message: object) -> bool:
    """The fields every handler reads, of their types (WhatsApp's own, never checked by anyone else)."""
    return (
        isinstance(message, dict)
        and isinstance(message.get("id"), str) and 0 < len(message["id"]) <= 256
        and isinstance(message.get("from"), str) and _WA_ID.match(message["from"]) is not None
        and isinstance(message.get("type"), str) and 0 < len(message["type"]) <= 32
        and isinstance(message.get("timestamp"), str) and message["timestamp"].isdigit()
        and len(message["timestamp"]) <= 12
    )


def _payload(message: dict[str, Any]) -> str:
    """What the inbox keeps of a message until its replies are sent: no profile name."""
    kept = {name: message[name] for name in ("from", "id", "timestamp", "type", "context") if name in message}
    kind = message["type"]
    if kind in message:
        kept[kind] = message[kind]
    return json.dumps(kept, ensure_ascii=True, allow_nan=False, separators=(",", ":"))


def _number(message_id: str) -> int:
    """A stable number for a WhatsApp message id (the handlers know messages by numbers)."""
    return int(store.message_key(message_id)[:12], 16)


def _is_picture(document: dict[str, Any]) -> bool:
    if str(document.get("mime_type", "")).lower().startswith("image/"):
        return True
    return str(document.get("filename", "")).lower().endswith(_PICTURE_SUFFIXES)
