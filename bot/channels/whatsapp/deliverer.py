"""The WhatsApp deliverer for the outbox: an officer's words or a tip's new status to a WhatsApp tipster.

Within 24 hours of the tipster's last message it is sent as any reply (text and buttons).
Outside that window WhatsApp takes only an approved template: the message is held
(storage/whatsapp.py), and the tipster gets the campaign's template for their language,
with the tip's reference as its parameter and a button. Their tap, or any message of
theirs, opens the window again and the held message goes out (bot/channels/whatsapp/service.py
makes it due). At most one template per tipster a day, however many messages wait.

Rate limits (HTTP 429, 130429 throughput, 131056 pair rate) and an API that cannot be
reached go back to the outbox's backoff; a message WhatsApp will never take (a number not on
WhatsApp, a bad request) is given up. Officers are not on WhatsApp: a message for the
officer chat is not this deliverer's.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.channels.whatsapp import render
from bot.channels.whatsapp.api import CloudAPIError, Unreachable, Verdict
from bot.channels.whatsapp.service import CHANNEL, OPEN_PAYLOAD
from bot.outbox import Destination, RetryLater, Sent, Undeliverable
from handlers.delivery import Part, ReplyPart
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


class WhatsAppDeliverer:
    """Send outbox parts for WhatsApp tipsters (the way back is their number, from `TipReturnPath`)."""

    def __init__(self, service: WhatsAppService) -> None:
        self.service = service

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
            sent = await self._send(part, to.chat_id, locale, key, to.message_id)
            if sent is not None:
                return sent
        if to.recipient == Party.FOLLOWER.value:
            # An update on a promise outside the window would need an approved template of its own,
            # which the campaign does not name: this follower misses this one (and stays a follower).
            raise Undeliverable("outside WhatsApp's 24-hour window; an update needs a template of its own")
        await self._hold(part, to, locale, key)
        raise RetryLater("outside WhatsApp's 24-hour window: held until the tipster writes", HOLD_SECONDS)

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

    async def _hold(self, part: ReplyPart, to: Destination, locale: str, key: str) -> None:
        """Keep the message for the tipster's next message; tell them by template (once a day at most)."""
        service = self.service
        outbox_id = to.message_id
        now = service.now()
        async with service.services.sessionmaker() as session:
            held = await store.held(outbox_id, session=session) if outbox_id is not None else None
            told = (held is not None and held.template_sent_at is not None) or await store.template_sent_since(
                key, now - store.WINDOW, session=session)
        sent_at = None
        if not told:
            template = service.template_for(locale)
            reference = _reference(part)
            if template is None:
                log.warning("no WhatsApp template for %s in the campaign file: a held message waits for the "
                            "tipster to write", locale)
            else:
                name, language = template
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


def _reference(part: ReplyPart) -> str:
    """The tip's reference, as the message's texts name it."""
    for text in part.reply.texts:
        value = text.params.get("reference")
        if isinstance(value, str) and value:
            return value
    return "-"
