"""The Telegram deliverer for the outbox (bot/outbox/worker.py): tips to the officer chat, officers'
messages to Telegram tipsters."""

from __future__ import annotations

import logging
import warnings
from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.channels.telegram.ratelimit import SEND_PRIORITY
from bot.outbox.worker import Blocked, Deliverer, Destination, RetryLater, Sent, Undeliverable, running_outbox
from handlers.delivery import LocationPart, Part, PhotosPart, ReplyPart
from storage import uploads
from storage.models import Party

if TYPE_CHECKING:
    from aiohttp import web
    from telegram import Bot, InputFile, Message
    from telegram.error import RetryAfter

    from bot.channels.telegram.adapter import TelegramChannel
    from bot.settings import Settings

log = logging.getLogger(__name__)


class TelegramDeliverer:
    """Send outbox parts with the PTB bot: plain text, photos by file id (a web chat upload as its
    bytes), places. Never a forward, which would carry its sender; the officer chat is `OFFICER_CHAT_ID`."""

    def __init__(self, bot: Bot, channel: TelegramChannel, officer_chat_id: int | None) -> None:
        self.bot = bot
        self.channel = channel
        self.officer_chat_id = officer_chat_id

    async def send(self, part: Part, *, to: Destination, locale: str, thread: Sequence[Sent]) -> list[Sent]:
        from telegram import InputMediaPhoto, ReplyParameters
        from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

        officer = to.recipient == Party.OFFICER.value
        chat_id = self.officer_chat_id if officer else int(to.chat_id) if to.chat_id else None
        if chat_id is None:
            if officer:
                raise RetryLater("OFFICER_CHAT_ID is not set")
            raise Undeliverable("no chat to send to")
        reply_to = (
            ReplyParameters(message_id=int(thread[0].message_id), allow_sending_without_reply=True)
            if thread
            else None
        )
        # The rate limiter (ratelimit.py) sends the most urgent first: a broadcast's rows wait for a
        # tip or an officer's words to a tipster.
        SEND_PRIORITY.set(to.priority)
        try:
            messages: Sequence[Message]
            if isinstance(part, ReplyPart):
                messages = await self.channel.send_reply(self.bot, chat_id, part.reply, locale)
            elif isinstance(part, PhotosPart):
                caption = self.channel.catalogs.render(part.caption, locale)
                photos = await self._photos(part)
                if not photos:  # only uploads, and all gone: nothing to show
                    messages = []
                elif len(photos) == 1:
                    messages = [
                        await self.bot.send_photo(chat_id, photos[0], caption=caption, reply_parameters=reply_to)
                    ]
                else:
                    media = [
                        InputMediaPhoto(photo, caption=caption if i == 0 else None)
                        for i, photo in enumerate(photos)
                    ]
                    messages = await self.bot.send_media_group(chat_id, media, reply_parameters=reply_to)
            elif isinstance(part, LocationPart):
                messages = [
                    await self.bot.send_location(
                        chat_id, latitude=part.latitude, longitude=part.longitude, reply_parameters=reply_to
                    )
                ]
            else:  # pragma: no cover - a new kind of part without a way to send it
                raise Undeliverable(f"cannot send a {type(part).__name__} on Telegram")
        except RetryAfter as exc:
            raise RetryLater("429 Too Many Requests", _seconds(exc)) from None
        except ChatMigrated as exc:
            log.error("the officer chat became a supergroup: set OFFICER_CHAT_ID=%s", exc.new_chat_id)
            raise RetryLater("chat migrated") from None
        except (Forbidden, BadRequest) as exc:
            if not officer:
                # Forbidden: the resident blocked the bot (a follower is dropped); BadRequest: no such chat.
                gone = Blocked if isinstance(exc, Forbidden) else Undeliverable
                raise gone(f"{type(exc).__name__}: {exc.message}") from None
            log.error("cannot send to the officer chat %s: %s", chat_id, exc.message)
            raise RetryLater(f"{type(exc).__name__}: {exc.message}") from None
        except TelegramError as exc:
            raise RetryLater(f"{type(exc).__name__}: {exc.message}") from None
        return [Sent(str(chat_id), str(message.message_id)) for message in messages]

    async def _photos(self, part: PhotosPart) -> list[str | InputFile]:
        """Return what to send for each photo: Telegram's file id, or an upload's bytes (a photo
        uploaded in the web chat). An upload that is gone, or not this tip's, is left out."""
        from telegram import InputFile

        found: list[str | tuple[bytes, str]] = []
        for number, media_id in enumerate(part.file_ids, start=1):
            if uploads.upload_id(media_id) is None:
                found.append(media_id)
                continue
            if part.tip_id is None:
                continue
            async with self.channel.services.sessionmaker() as session:
                upload = await uploads.of_tip(media_id, part.tip_id, session=session)
            if upload is None:
                log.warning("photo %d of tip id %d is no longer stored; sent without it", number, part.tip_id)
                continue
            found.append((upload.data, f"photo-{number}.{upload.content_type.rpartition('/')[2]}"))
        # In an album each upload is named by an attach:// reference; alone it is the photo field itself.
        album = len(found) > 1
        return [
            entry if isinstance(entry, str) else InputFile(entry[0], filename=entry[1], attach=album)
            for entry in found
        ]


def _seconds(exc: RetryAfter) -> float:
    """Return a RetryAfter's wait in seconds (PTB 22 warns on reading it as an int)."""
    from telegram.warnings import PTBDeprecationWarning

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def telegram_deliverers(bot: Bot, channel: TelegramChannel, settings: Settings) -> dict[str, Deliverer]:
    """Return the deliverers a process running the Telegram bot registers."""
    if settings.officer_chat_id is None:
        log.warning("OFFICER_CHAT_ID is not set: tips are stored, but none reaches a Telegram officer chat")
    return {"telegram": TelegramDeliverer(bot, channel, settings.officer_chat_id)}


async def outbox_ctx(app: web.Application) -> AsyncIterator[None]:
    """An aiohttp cleanup context: run the outbox worker beside the web server.

    Appended after the Telegram context, so the bot is there to deliver with.
    """
    from bot.channels.telegram.adapter import TelegramChannel
    from bot.server.keys import RUNTIME, TELEGRAM

    runtime = app[RUNTIME]
    deliverers: dict[str, Deliverer] = {}
    application = app.get(TELEGRAM)
    if application is not None:
        channel = TelegramChannel(runtime.services, runtime.catalogs)
        deliverers.update(telegram_deliverers(application.bot, channel, runtime.settings))
    async with running_outbox(runtime, deliverers):
        yield
