"""The web chat's deliverer for the outbox (bot/outbox/worker.py): an officer's message or a status change
for a web tipster, or an update on a promise for a web follower, is written into the resident's
chat transcript, where their browser shows it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from aiohttp import web

from bot.outbox import Destination, Sent, Undeliverable, running_outbox
from bot.server.keys import RUNTIME, SETTINGS
from handlers.delivery import Part, ReplyPart
from storage import web as web_store
from storage.models import Party

CHANNEL = "web"


class WebDeliverer:
    """Keep outbox parts for web tipsters and followers in their transcript (the way back is their resident key)."""

    def __init__(self, app: web.Application) -> None:
        self.app = app

    async def send(self, part: Part, *, to: Destination, locale: str, thread: Sequence[Sent]) -> list[Sent]:
        if to.recipient not in (Party.TIPSTER.value, Party.FOLLOWER.value) or not to.chat_id:
            raise Undeliverable("the web chat has no officer chat; officers read tips in the dashboard")
        if not isinstance(part, ReplyPart):
            raise Undeliverable(f"a {type(part).__name__} cannot be shown in the web chat")
        runtime, settings = self.app[RUNTIME], self.app[SETTINGS]
        catalogs = runtime.catalogs
        text = catalogs.render_all(part.reply.texts, locale)
        buttons = [
            [{"label": catalogs.render(b.label, locale), "data": b.data} for b in row] for row in part.reply.buttons
        ]
        async with runtime.services.sessionmaker.begin() as session:
            message = await web_store.add(
                to.chat_id, web_store.OFFICER, text, locale, session=session, batch=web_store.new_batch(),
                buttons=buttons,
            )
            await web_store.trim(to.chat_id, session=session, keep=settings.web_transcript_max_messages)
        return [Sent(CHANNEL, str(message.id))]


async def web_outbox_ctx(app: web.Application) -> AsyncIterator[None]:
    """Run an outbox worker for the web chat's channel beside the server (Telegram has its own)."""
    async with running_outbox(app[RUNTIME], {CHANNEL: WebDeliverer(app)}):
        yield
