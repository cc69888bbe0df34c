"""The Telegram channel: python-telegram-bot updates in, `Turn`s to the handlers, replies out.

Thin on purpose: it translates and sends; the conversation lives in `handlers/`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from typing import Any, NamedTuple, Protocol, TypeAlias, TypedDict, Unpack

from telegram import (
    Bot,
    BotCommand,
    Document,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatType, MessageLimit
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ContextTypes,
    ExtBot,
    JobQueue,
    MessageHandler,
    filters,
)

from bot.channels.telegram.http import AiohttpRequest
from bot.channels.telegram.ratelimit import TelegramRateLimiter
from bot.i18n import Catalogs
from bot.inbox import RetryLater, TurnReceipt, Undeliverable, current_receipt
from bot.settings import Settings
from bot.text import split_text
from handlers import officer
from handlers.context import Services
from handlers.router import MENU_COMMANDS, AlreadyHandled, Outcome, handle_turn, resolve_locale
from handlers.types import Button, MediaError, Reply, Text, Turn, TurnKind
from storage.health import is_unavailable

log = logging.getLogger(__name__)

CHANNEL = "telegram"
# Longer replies are split at paragraph breaks below Telegram's limit of 4,096, which counts
# UTF-16 code units: an emoji or another character beyond U+FFFF counts twice.
_CHUNK = MessageLimit.MAX_TEXT_LENGTH - 96
# Presses acknowledged in a webhook's answer, remembered until their turn runs (a bound, should
# some never run: a flood limit, a crash before the turn).
_ACKNOWLEDGED_KEPT = 10_000
# Keyboards kept built, by their buttons and language (the oldest forgotten past this): the same
# few (consent, focus areas, each question's options) in seven languages, and some with a tip's
# reference in their data.
_KEYBOARDS_KEPT = 2_048

# The Application `build_application` makes, with PTB's default context types (user, chat and bot
# data are PTB's own `dict[Any, Any]`). Its bot takes a rate limiter's arguments (TelegramRateLimiter's
# are an int) when TELEGRAM_RATE_LIMIT is on, none when it is off: PTB types the two apart.
_Default: TypeAlias = ContextTypes.DEFAULT_TYPE
TelegramApplication: TypeAlias = (
    Application[ExtBot[None], _Default, dict[Any, Any], dict[Any, Any], dict[Any, Any], JobQueue[_Default]]
    | Application[ExtBot[int], _Default, dict[Any, Any], dict[Any, Any], dict[Any, Any], JobQueue[_Default]]
)


class _What(TypedDict, total=False):
    """What a resident did, as the fields of their `Turn` (the rest comes from the update)."""

    text: str
    command: str
    data: str
    media_type: str
    media_id: str
    media_error: MediaError
    latitude: float
    longitude: float


class Keyboard(NamedTuple):
    """The buttons under a message: PTB's object (for `bot.send_message`) and the same as the
    Bot API's JSON value, made once (PTB makes it again at every call with the object)."""

    markup: InlineKeyboardMarkup
    wire: dict[str, Any]


class TelegramChannel:
    """Turns Telegram updates into turns, and outcomes into Telegram messages."""

    def __init__(self, services: Services, catalogs: Catalogs) -> None:
        self.services = services
        self.catalogs = catalogs
        # Presses acknowledged in the answer to the webhook POST that brought them (by callback
        # query id; the oldest forgotten past _ACKNOWLEDGED_KEPT): `on_button` sends no
        # answerCallbackQuery of its own for them.
        self._acknowledged: dict[str, bool] = {}
        # Built keyboards, by `_keyboard_key` (their labels rendered, their PTB objects made: as much
        # CPU as the rest of a reply's sending).
        self._keyboards: dict[tuple[object, ...], Keyboard] = {}

    def acknowledge_in_answer(self, update: Update) -> dict[str, str] | None:
        """The Bot API call to put in the answer to the webhook POST that brought `update`, once it
        is stored: a resident's press acknowledged there, Telegram runs it (`method` in a webhook's
        answer, Bot API "Making requests when getting updates"), and `on_button` does not send it
        again, saving a request and its round trip before the turn. None for anything else (an
        officer's press is acknowledged by its handler, which may have to refuse it)."""
        query = update.callback_query
        if query is None or (query.data or "").startswith(f"{officer.PREFIX}:"):
            return None
        self._acknowledged[query.id] = True
        if len(self._acknowledged) > _ACKNOWLEDGED_KEPT:
            del self._acknowledged[next(iter(self._acknowledged))]
        return {"method": "answerCallbackQuery", "callback_query_id": query.id}

    # --- incoming ---------------------------------------------------------------------

    async def on_group_message(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Tell a group that the dialogue happens in a private chat."""
        await self._turn(update, TurnKind.GROUP)

    async def on_edited_message(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Tell the resident that edits are not picked up."""
        await self._turn(update, TurnKind.EDITED)

    async def on_button(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Acknowledge the press at once, then handle it as a turn.

        The inbox runs a resident's updates one after another, so a message sent after the
        press waits for this turn even while the acknowledgement is on its way.
        """
        query = update.callback_query
        if query is None:
            return
        if not self._acknowledged.pop(query.id, False):   # not already in the webhook's answer
            try:
                # `query.answer()` without PTB's two answer_callback_query layers (their arguments,
                # defaults and shortcut checks): the same call through the same Bot (rate limiter, errors).
                await update.get_bot()._post(  # noqa: SLF001 - answer_callback_query, lighter
                    "answerCallbackQuery", {"callback_query_id": query.id})
            except TelegramError as exc:
                # Only the spinner on the button: the turn goes on, and nothing is reported as lost.
                log.info("could not acknowledge a press (update %s): %s", update.update_id, type(exc).__name__)
        await self._turn(update, TurnKind.BUTTON, data=query.data or "")

    async def on_command(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle /start, /help and the other commands."""
        message = update.effective_message
        if message is None or message.text is None:
            return
        word = message.text.split(maxsplit=1)[0][1:]
        command = word.partition("@")[0]  # without the bot's name in "/start@name"
        await self._turn(update, TurnKind.COMMAND, command=command.lower())

    async def on_text(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle a text message: an answer, mostly."""
        message = update.effective_message
        await self._turn(update, TurnKind.TEXT, text=message.text or "" if message else "")

    async def on_location(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle a shared location."""
        message = update.effective_message
        if message is None or message.location is None:
            return
        await self._turn(
            update,
            TurnKind.LOCATION,
            latitude=message.location.latitude,
            longitude=message.location.longitude,
        )

    async def on_media(self, update: Update, _: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle a photo, sticker, voice note, file or anything else that is not text."""
        message = update.effective_message
        if message is None:
            return
        media_type, media_id = _media_of(message)
        error = MediaError.NONE
        if media_type == "document" and _is_picture(message.document):
            # A photo sent as a file keeps its EXIF (the GPS position, the device, the time), which
            # Telegram strips from a photo: refused, its file id not even passed on.
            media_id, error = "", MediaError.IMAGE_AS_FILE
        await self._turn(update, TurnKind.MEDIA, media_type=media_type, media_id=media_id, media_error=error,
                         text=message.caption or "")

    async def _turn(self, update: Update, kind: TurnKind, **fields: Unpack[_What]) -> None:
        user, chat = update.effective_user, update.effective_chat
        if user is None or chat is None:
            return
        message = update.effective_message
        reply_to = message.reply_to_message if message is not None else None
        turn = Turn(
            channel=CHANNEL,
            user_id=str(user.id),
            chat_id=str(chat.id),
            kind=kind,
            language_code=user.language_code,
            message_id=message.message_id if message is not None else None,
            reply_to_message_id=reply_to.message_id if reply_to is not None else None,
            **fields,
        )
        bot = update.get_bot()
        receipt = current_receipt()
        if receipt is None:
            await handle_turn(turn, self.services, lambda outcome: self.send(bot, chat.id, outcome))
            return
        await handle_turn(turn, self.services, partial(self._deliver_recorded, bot, chat.id, receipt),
                          receipt=receipt)

    async def _deliver_recorded(self, bot: Bot, chat_id: int, receipt: TurnReceipt, outcome: Outcome) -> None:
        """Send a committed turn's replies: a failure from here on is retried by the inbox, never an apology."""
        receipt.outcome = outcome
        try:
            await self.send_from(bot, chat_id, outcome, receipt)
        except TelegramError as exc:
            receipt.send_error = exc

    # --- the officer chat -------------------------------------------------------------

    async def on_officer_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle a message in the officer chat: a reply to a tip's message goes to its tipster."""
        message, user, chat = update.effective_message, update.effective_user, update.effective_chat
        if message is None or user is None or chat is None:
            return
        text = message.text or ""
        if update.edited_message is not None:
            kind = TurnKind.EDITED
        elif text.startswith("/"):
            kind = TurnKind.COMMAND
        else:
            kind = TurnKind.TEXT if message.text is not None else TurnKind.MEDIA
        reply_to = message.reply_to_message
        # Only a reply to one of the bot's own messages can concern a tip: officers talk to each other too.
        to_bot = reply_to is not None and reply_to.from_user is not None and reply_to.from_user.id == context.bot.id
        turn = Turn(
            channel=CHANNEL,
            user_id=str(user.id),
            chat_id=str(chat.id),
            kind=kind,
            text=text,
            command=text.split(maxsplit=1)[0][1:].partition("@")[0].lower() if kind is TurnKind.COMMAND else "",
            language_code=user.language_code,
            message_id=message.message_id,
            reply_to_message_id=reply_to.message_id if to_bot and reply_to is not None else None,
        )
        receipt = current_receipt()
        outcome = await officer.handle_turn(turn, self.services, receipt=receipt)
        if receipt is not None and receipt.recorded:
            # The words for the tipster are queued and the update marked with them: the
            # confirmation is the inbox's to send (and to send again after a crash).
            await self._deliver_recorded(context.bot, chat.id, receipt, outcome)
            return
        await self.send(context.bot, chat.id, outcome)

    async def on_officer_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Handle a button under a tip in the officer chat: status, block."""
        query, user = update.callback_query, update.effective_user
        if query is None or user is None or query.message is None:
            return
        if not officer.is_officer(self.services, CHANNEL, str(user.id)):
            # Told privately (a toast to the one who pressed), not in front of the whole group.
            locale = self.services.campaign.default_locale
            await query.answer(self.catalogs.render(Text.of("officer-chat-not-allowed"), locale), show_alert=True)
            return
        await query.answer()
        chat_id = query.message.chat.id
        turn = Turn(
            channel=CHANNEL,
            user_id=str(user.id),
            chat_id=str(chat_id),
            kind=TurnKind.BUTTON,
            data=query.data or "",
            language_code=user.language_code,
            message_id=query.message.message_id,
        )
        outcome = await officer.handle_turn(turn, self.services)
        await self.send(context.bot, chat_id, outcome)

    # --- outgoing ---------------------------------------------------------------------

    async def send(self, bot: Bot, chat_id: int | str, outcome: Outcome) -> list[Message]:
        """Render the replies in the outcome's language and send them, in order.

        A reply without buttons is sent together with the one after it, as one message
        when the two fit: "Saved." and the next question are one notification on the
        resident's phone, and one Bot API call instead of two.
        """
        sent: list[Message] = []
        for text, keyboard in self.messages(outcome.replies, outcome.locale):
            sent.extend(await self._send_text(bot, chat_id, text, keyboard.markup if keyboard else None))
        return sent

    async def send_from(self, bot: Bot, chat_id: int | str, outcome: Outcome, progress: _Progress) -> None:
        """Send the outcome's messages from `progress.sent` on, counting each one sent there."""
        for index, (text, keyboard) in enumerate(self.messages(outcome.replies, outcome.locale)):
            if index < progress.sent:
                continue
            await self._post_text(bot, chat_id, text, keyboard)
            progress.sent = index + 1

    async def send_reply(self, bot: Bot, chat_id: int | str, reply: Reply, locale: str) -> list[Message]:
        """Send one reply as its own message (split when it is too long for one)."""
        return await self._send_text(bot, chat_id, self.catalogs.render_all(reply.texts, locale),
                                     self.keyboard(reply, locale))

    def messages(self, replies: Sequence[Reply], locale: str) -> list[tuple[str, Keyboard | None]]:
        """The Telegram messages for `replies`: texts, and the buttons under each."""
        messages: list[tuple[str, Keyboard | None]] = []
        pending = ""
        for i, reply in enumerate(replies):
            text = self.catalogs.render_all(reply.texts, locale)
            if pending:
                joined = f"{pending}\n\n{text}"
                if len(joined) <= _CHUNK:
                    text = joined
                else:
                    messages.append((pending, None))
            pending = ""
            if not reply.buttons and i < len(replies) - 1:
                pending = text
                continue
            messages.append((text, self._keyboard(reply.buttons, locale)))
        return messages

    async def _send_text(
        self, bot: Bot, chat_id: int | str, text: str, markup: InlineKeyboardMarkup | None
    ) -> list[Message]:
        chunks = split_text(text, _CHUNK)
        sent = []
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            # Plain text, no parse mode: resident words can never become markup.
            sent.append(await bot.send_message(chat_id, chunk, reply_markup=markup if last else None))
        return sent

    async def _post_text(self, bot: Bot, chat_id: int | str, text: str, keyboard: Keyboard | None) -> None:
        """`_send_text` for a turn's replies, whose sent messages nobody reads: the same
        sendMessage calls through the same Bot (rate limiter, errors), without building a
        `Message` of each answer (PTB's parsing of the response), the keyboard as its ready
        JSON value."""
        chunks = split_text(text, _CHUNK)
        for i, chunk in enumerate(chunks):
            data: dict[str, object] = {"chat_id": chat_id, "text": chunk}
            if keyboard is not None and i == len(chunks) - 1:
                data["reply_markup"] = keyboard.wire   # read, never changed, on its way out
            await bot._post("sendMessage", data)  # noqa: SLF001 - send_message without its Message

    def keyboard(self, reply: Reply, locale: str) -> InlineKeyboardMarkup | None:
        """The buttons under `reply` in `locale`, None without buttons."""
        keyboard = self._keyboard(reply.buttons, locale)
        return keyboard.markup if keyboard is not None else None

    def _keyboard(self, buttons: tuple[tuple[Button, ...], ...], locale: str) -> Keyboard | None:
        if not buttons:
            return None
        key = _keyboard_key(buttons, locale)
        found = self._keyboards.get(key) if key is not None else None
        if found is not None:
            return found
        markup = InlineKeyboardMarkup(
            [[InlineKeyboardButton(self.catalogs.render(b.label, locale), callback_data=b.data) for b in row]
             for row in buttons]
        )
        keyboard = Keyboard(markup, markup.to_dict())
        if key is not None:
            if len(self._keyboards) >= _KEYBOARDS_KEPT:
                del self._keyboards[next(iter(self._keyboards))]
            self._keyboards[key] = keyboard
        return keyboard

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log an unexpected error with its update id and apologise to the resident.

        Through the inbox, the apology ("could not be saved") is only for what was not saved:
        a failure after the turn's commit is retried by the inbox, and a storage fault keeps
        the update for another try (the inbox tells the resident the answer is coming).
        """
        update_id = update.update_id if isinstance(update, Update) else None
        receipt = current_receipt()
        if receipt is not None:
            receipt.error = context.error
            if receipt.outcome is not None:
                log.error("update %s failed after its turn was saved; its replies are retried", update_id,
                          exc_info=context.error)
                receipt.send_error = context.error
                return
            if isinstance(context.error, AlreadyHandled) or (
                context.error is not None and is_unavailable(context.error)
            ):
                return
        log.error("update %s failed", update_id, exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        if update.effective_chat.type != ChatType.PRIVATE:
            return
        user = update.effective_user
        locale = resolve_locale(None, user.language_code if user else None, self.services)
        try:
            await context.bot.send_message(
                update.effective_chat.id, self.catalogs.render(Text.of("common-error"), locale)
            )
        except TelegramError:
            log.warning("could not send the apology for update %s", update_id)

    async def tell_later(self, bot: Bot, update: Update) -> None:
        """Tell a resident whose update is kept (the database cannot take it now) that the answer comes."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or chat.type != ChatType.PRIVATE:
            return
        locale = resolve_locale(None, user.language_code if user else None, self.services)
        await bot.send_message(chat.id, self.catalogs.render(Text.of("common-answer-later"), locale))

    async def publish_commands(self, application: TelegramApplication) -> None:
        """Set the command menu in every language (best effort: a failure is only logged)."""
        bot = application.bot
        for code in (None, *self.services.locales):
            locale = code or self.services.campaign.default_locale
            commands = [
                BotCommand(name, self.catalogs.render(Text.of(f"command-{name}"), locale)) for name in MENU_COMMANDS
            ]
            try:
                await bot.set_my_commands(commands, language_code=code)
            except TelegramError as exc:
                log.warning("could not set the command menu (%s): %s", code or "default", exc)


_PICTURE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".dng", ".avif", ".gif")


def _is_picture(document: Document | None) -> bool:
    """Tell whether a file is a picture, by its type or its name."""
    if document is None:
        return False
    if (document.mime_type or "").lower().startswith("image/"):
        return True
    return (document.file_name or "").lower().endswith(_PICTURE_SUFFIXES)


def _keyboard_key(buttons: tuple[tuple[Button, ...], ...], locale: str) -> tuple[object, ...] | None:
    """What a keyboard's rendering depends on: its labels, its data and the language. None for one
    not kept (see `_label_key`)."""
    labels: list[object] = [locale]
    for row in buttons:
        for button in row:
            label = _label_key(button.label)
            if label is None:
                return None
            labels.append((label, button.data))
        labels.append(None)   # the end of a row
    return tuple(labels)


_PLAIN_TYPES = frozenset({str, int, float, bool})


def _label_key(text: Text) -> tuple[object, ...] | None:
    """A label as a key: its catalog key, pinned language, words and parameters (a parameter that
    is a text by its own key). None for a label with a resident's words (not held in memory past
    their turn) or with a parameter that is not a plain value."""
    if text.isolated:
        return None
    params: list[tuple[str, object]] = []
    for name, value in text.params.items():
        if isinstance(value, Text):
            inner = _label_key(value)
            if inner is None:
                return None
            params.append((name, inner))
        elif type(value) in _PLAIN_TYPES:
            params.append((name, value))
        else:   # a resident's words (`Resident`), or anything else
            return None
    return (text.key, text.locale, text.literal, tuple(params))


class _Progress(Protocol):
    sent: int


def sending_error(exc: TelegramError) -> RetryLater | Undeliverable:
    """What a failed send means for the inbox: try again (when), or give up (the chat is gone)."""
    if isinstance(exc, RetryAfter):
        after = exc._retry_after  # noqa: SLF001 - the public property warns in PTB 22 (a timedelta soon)
        seconds = after.total_seconds() if isinstance(after, timedelta) else float(after)
        return RetryLater("429 Too Many Requests", seconds)
    if isinstance(exc, Forbidden | BadRequest):
        return Undeliverable(f"{type(exc).__name__}: {exc.message}")
    return RetryLater(type(exc).__name__)


def order_key(update: Update, services: Services) -> str:
    """Whose update this is, as the inbox orders them: the sender's keyed pseudonym (as the
    conversation is stored under), else the chat's; never a Telegram id."""
    user = update.effective_user
    if user is not None:
        return services.pseudonymize(CHANNEL, str(user.id))
    chat = update.effective_chat
    return services.pseudonymize(CHANNEL, f"chat:{chat.id}") if chat is not None else ""


def _media_of(message: Message) -> tuple[str, str]:
    if message.photo:
        return "photo", message.photo[-1].file_id
    kinds = ("sticker", "voice", "video", "video_note", "audio", "document", "animation", "contact", "poll", "dice")
    for kind in kinds:
        attachment = getattr(message, kind, None)
        if attachment is not None:
            return kind, getattr(attachment, "file_id", "")
    return "other", ""


def file_base_url(base_url: str) -> str:
    """Derive the file URL from the API URL, as Telegram lays them out (`/bot` -> `/file/bot`)."""
    head, sep, tail = base_url.rpartition("/bot")
    return f"{head}/file/bot{tail}" if sep else base_url


def build_application(settings: Settings, channel: TelegramChannel) -> TelegramApplication:
    """Build the PTB Application with our handlers, in the order they are tried.

    It has no Updater: updates come through the inbox (bot/channels/telegram/service.py), which stores
    them before Telegram is told they arrived, and hands them to `process_update`.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    proxy = settings.telegram_proxy.get_secret_value() if settings.telegram_proxy is not None else None
    builder = (
        Application.builder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(file_base_url(settings.telegram_api_base_url))
        .updater(None)
        # aiohttp rather than PTB's httpx: about half the CPU per Bot API call (bot/channels/telegram/http.py).
        # Both through TELEGRAM_PROXY when set (else HTTPS_PROXY/NO_PROXY from the environment).
        .request(AiohttpRequest(connection_pool_size=256, proxy=proxy))
        .get_updates_request(AiohttpRequest(connection_pool_size=1, proxy=proxy))
    )
    application: TelegramApplication
    if settings.telegram_rate_limit:
        # Telegram's caps (30 a second, one a second per chat, 20 a minute per group), counted so that
        # none is passed however long a call takes, and the most urgent message first (a broadcast last).
        application = builder.rate_limiter(TelegramRateLimiter()).build()
    else:
        application = builder.build()

    private = filters.ChatType.PRIVATE
    if settings.officer_chat_id is not None:
        # 0. The officer chat (a group, or an officer's private chat) before anything else: its
        #    messages are officers' (replies to tips), never a resident's or "a group".
        officer_chat = filters.Chat(chat_id=settings.officer_chat_id)
        application.add_handler(MessageHandler(officer_chat & filters.UpdateType.MESSAGES, channel.on_officer_message))
        #    Buttons under a tip in the officer chat (data "off:..."); the handler checks who pressed.
        application.add_handler(CallbackQueryHandler(channel.on_officer_button, pattern=f"^{officer.PREFIX}:"))
    # 1. Anything in a group or channel: the dialogue is private.
    application.add_handler(MessageHandler(~private & filters.UpdateType.MESSAGE, channel.on_group_message))
    # 2. Edits of earlier messages are not picked up; say so.
    application.add_handler(MessageHandler(private & filters.UpdateType.EDITED, channel.on_edited_message))
    # 3. Button presses (the data names the step and action; never matched on a label).
    application.add_handler(CallbackQueryHandler(channel.on_button))
    # 4. Commands, then text, then a location, then any other kind of message.
    application.add_handler(MessageHandler(private & filters.COMMAND, channel.on_command))
    application.add_handler(MessageHandler(private & filters.TEXT, channel.on_text))
    application.add_handler(MessageHandler(private & filters.LOCATION, channel.on_location))
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE, channel.on_media))
    application.add_error_handler(channel.on_error)
    return application
