"""The WhatsApp deliverer for the outbox: an officer's words or a tip's new status to a WhatsApp tipster,
an update on a promise to a WhatsApp follower.

Within 24 hours of the resident's last message it is sent as any reply (text and buttons).
Outside that window WhatsApp takes only an approved template: the message is held
(storage/whatsapp.py), and the resident gets the campaign's template for their language —
for a tip, with the tip's reference as its parameter; for an update, the update template
with the focus area's name — and a button. Their tap, or any message of theirs, opens the
window again and what is held goes out (bot/channels/whatsapp/service.py makes it due), in
the order it was queued: a message waits while an earlier one held for the same resident has
not gone. At most one template per resident a day, however many messages wait. Without an
update template an update waits, unannounced, until the follower writes.

Rate limits (HTTP 429, 130429 throughput, 131056 pair rate) and an API that cannot be
reached go back to the outbox's backoff; a message WhatsApp will never take (a number not on
WhatsApp, a bad request) is given up. Officers are not on WhatsApp: a message for the
officer chat is not this deliverer's.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.channels.whatsapp import render
from bot.channels.whatsapp.api import CloudAPIError, Unreachable, Verdict
from bot.channels.whatsapp.service import CHANNEL, OPEN_PAYLOAD
from bot.outbox import Destination, RetryLater, Sent, Undeliverable
from handlers.campaign import LOCALE_CODES
from handlers.delivery import Part, ReplyPart
from handlers.types import Text
from storage import whatsapp as store
from storage.models import Party

if TYPE_CHECKING:
    from bot.channels.whatsapp.service import WhatsAppService

log = logging.getLogger(__name__)

# Free-form messages stop a little before the 24 hours are over: a message in flight then
# would be refused after it was accepted.
MARGIN = timedelta(minutes=10)
# A held message is looked at again this often (the tipster's message makes it due at once).
HOLD_SECONDS = 6 * 3600.0
# A message behind an earlier one held for the same resident tries again this soon.
BEHIND_SECONDS = 1.0
# A template's parameter: one line, short (WhatsApp refuses new lines and long runs of spaces in it).
MAX_PARAMETER = 60


class WhatsAppDeliverer:
    """Send outbox parts for WhatsApp tipsters (the way back is their number, from `TipReturnPath`)."""

    def __init__(self, service: WhatsAppService) -> None:
        self.service = service
        self._said_no_update_template = False
        # One resident's held messages are looked at one at a time (a broadcast's rows go several at
        # once): two updates held together must not both find that no template went out today.
        self._holding: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    async def send(self, part: Part, *, to: Destination, locale: str, thread: Sequence[Sent]) -> list[Sent]:
        if to.recipient not in (Party.TIPSTER.value, Party.FOLLOWER.value) or not to.chat_id:
            raise Undeliverable("officers are not on WhatsApp: they read tips in the officer chat or the dashboard")
        if not isinstance(part, ReplyPart):
            raise Undeliverable(f"a {type(part).__name__} is not sent to a WhatsApp tipster")
        service = self.service
        key = service.pseudonym(to.chat_id)
        now = service.now()
        async with service.services.sessionmaker() as session:
            last = await store.last_inbound(key, session=session)
        if last is not None and now - last < store.WINDOW - MARGIN:
            if to.message_id is not None:
                await self._after_earlier(key, to.message_id)
            sent = await self._send(part, to.chat_id, locale, key, to.message_id)
            if sent is not None:
                return sent
        await self._hold(part, to, locale, key, update=to.recipient == Party.FOLLOWER.value)
        raise RetryLater("outside WhatsApp's 24-hour window: held until the resident writes", HOLD_SECONDS)

    async def _after_earlier(self, key: str, outbox_id: int) -> None:
        """Raise RetryLater while a message queued earlier for this resident is still held: what waited
        goes out in order (the broadcast's rows are sent several at a time). The earlier ones are made
        due now, so none of them waits out its hold behind an open window; this one not (its own retry
        would then keep that sooner time, and it would look again at once, and again)."""
        service = self.service
        async with service.services.sessionmaker() as session:
            earlier = await store.earlier_held(key, outbox_id, session=session)
        if earlier:
            async with service.services.sessionmaker.begin() as session:
                await store.release_held(key, service.now(), only=earlier, session=session)
            service.runtime.outbox_signal()
            raise RetryLater("an earlier message held for this resident goes first", BEHIND_SECONDS)

    async def _send(
        self, part: ReplyPart, wa_id: str, locale: str, key: str, outbox_id: int | None
    ) -> list[Sent] | None:
        """Send the part as free-form messages; None when WhatsApp says the window has closed."""
        service = self.service
        ids: list[str] = []
        for message in render.messages([part.reply], locale, service.catalogs):
            try:
                ids.append(await service.api.send(wa_id, message))
            except CloudAPIError as exc:
                if exc.verdict is Verdict.WINDOW_CLOSED:
                    async with service.services.sessionmaker.begin() as session:
                        await store.close_window(key, session=session)
                    return None
                if exc.verdict is Verdict.RETRY:
                    raise RetryLater(f"WhatsApp: {exc}", exc.delay) from None
                raise Undeliverable(f"WhatsApp refused it ({exc})") from None
            except Unreachable as exc:
                raise RetryLater(f"WhatsApp cannot be reached ({exc})") from None
        async with service.services.sessionmaker.begin() as session:
            if outbox_id is not None:
                for message_id in ids:
                    await store.record_sent(message_id, outbox_id, service.now(), session=session)
                await store.unhold(outbox_id, session=session)
        return [Sent(CHANNEL, message_id) for message_id in ids]

    async def _hold(self, part: ReplyPart, to: Destination, locale: str, key: str, *, update: bool) -> None:
        """Keep the message for the resident's next message; tell them by template (once a day at most)."""
        lock = self._holding.get(key)
        if lock is None:
            lock = self._holding[key] = asyncio.Lock()
        async with lock:
            await self._hold_now(part, to, locale, key, update=update)

    async def _hold_now(self, part: ReplyPart, to: Destination, locale: str, key: str, *, update: bool) -> None:
        service = self.service
        outbox_id = to.message_id
        now = service.now()
        async with service.services.sessionmaker() as session:
            held = await store.held(outbox_id, session=session) if outbox_id is not None else None
            told = (held is not None and held.template_sent_at is not None) or await store.template_sent_since(
                key, now - store.WINDOW, session=session)
        sent_at = None
        if not told:
            template = service.template_for(locale, update=update)
            if template is None:
                if not update:
                    log.warning("no WhatsApp template for %s in the campaign file: a held message waits for the "
                                "tipster to write", locale)
                elif not self._said_no_update_template:
                    self._said_no_update_template = True
                    log.info("no WhatsApp update template in the campaign file: updates wait for each follower "
                             "to write")
            else:
                name, language = template
                reference = self._area(part, language, locale) if update else _reference(part)
                try:
                    await service.api.send(to.chat_id or "", render.template(name, language, reference, OPEN_PAYLOAD))
                    sent_at = now
                except CloudAPIError as exc:
                    if exc.verdict is Verdict.RETRY:
                        raise RetryLater(f"WhatsApp template: {exc}", exc.delay) from None
                    log.error("WhatsApp refused the template %s (%s): check its name and language", name, exc)
                except Unreachable as exc:
                    raise RetryLater(f"WhatsApp cannot be reached ({exc})") from None
        if outbox_id is None:
            return
        async with service.services.sessionmaker.begin() as session:
            await store.hold(outbox_id, key, template_sent_at=sent_at, session=session)


    def _area(self, part: ReplyPart, language: str, locale: str) -> str:
        """The update's focus area, named in the template's language (or the follower's, when the
        template's is not one of ours): the update template's one parameter."""
        catalogs = self.service.catalogs
        base = language.split("_")[0]
        for text in part.reply.texts:
            area = text.params.get("area")
            if isinstance(area, Text | str):
                named = catalogs.render(area, base if base in LOCALE_CODES else locale)
                return " ".join(named.split())[:MAX_PARAMETER] or "-"
        return "-"


def _reference(part: ReplyPart) -> str:
    """The tip's reference, as the message's texts name it."""
    for text in part.reply.texts:
        value = text.params.get("reference")
        if isinstance(value, str) and value:
            return value
    return "-"
