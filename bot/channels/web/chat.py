"""The resident web chat: the same conversation as on Telegram, through `handlers.router.handle_turn`.

A browser is a resident: a random id in an HttpOnly, SameSite=Strict cookie is the
turn's user id (only its keyed hash is stored, as for Telegram ids). Each post is one
turn; the replies are rendered in the turn's language and kept in the transcript
(storage/web.py), so a reload, or a visit weeks later, shows the conversation and the
officer's answers to a tip. Works without JavaScript (forms and real buttons);
static/chat.js only makes it feel like a chat.

At a tip's photo step the page offers a file input (a multipart form, `/chat/photo`): the
bytes are decoded as a JPEG, PNG or WebP and encoded anew without their metadata
(bot/images.py), kept through storage/ and handed to the conversation as a photo
"web:<id>". At the place step it offers "Share my location" (the browser's Geolocation
API, from static/chat.js); the place can also be written as text, which works without
JavaScript.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import secrets
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypedDict

from aiohttp import web
from multidict import MultiMapping

from bot import images
from bot.inbox import OnceReceipt, seen_before
from bot.logsafe import scrubbed_traceback
from bot.server.keys import FORM_LIMITS, PHOTO_SLOTS, RUNTIME, SECRETS, SETTINGS
from bot.server.render import accept_language, browser_locale, page
from bot.server.security import BROWSER_COOKIE, LANG_COOKIE, set_cookie
from handlers.common import visible_text
from handlers.context import LOCAL_TIME
from handlers.router import COMMANDS, MENU_COMMANDS, AlreadyHandled, Outcome, handle_turn
from handlers.states import State
from handlers.types import Capabilities, InputStyle, MediaError, Reply, Text, Turn, TurnKind
from storage import uploads
from storage import web as web_store
from storage.models import WebMessage

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

CHANNEL = "web"
COOKIE = BROWSER_COOKIE
# Longer texts are cut here before the conversation sees them (it then says "too long").
MAX_TEXT = 8000
_BROWSER_ID = re.compile(r"^[A-Za-z0-9_-]{43}$")
_COMMAND = re.compile(r"^/([A-Za-z][A-Za-z0-9_]{0,31})(?:@\S+)?(?:\s|$)")
_BUTTON_DATA = re.compile(r"^[A-Za-z0-9*:_.-]{1,64}$")
# Every form post carries a one-time token (the page's, or a fresh one from chat.js): the same
# post again (a retry after a lost answer, the back button) does not run its turn twice.
NONCE_FIELD = "nonce"
_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
# The page shows a file picker and a "Share my location" button: prompts say so.
CAPABILITIES = Capabilities(photos=InputStyle.FORM, location_share=InputStyle.FORM)
PHOTO_PATH = "/chat/photo"
PHOTO_FIELD = "photo"
# Form fields around the photo, and a file somewhat over the limit still gets a
# message in the chat; anything larger is refused whole (413) before it is read.
_PHOTO_SLACK = 64 * 1024
# Uploaded photos decoded at once, each in a thread: bounds the memory a burst of them takes.
PHOTOS_AT_ONCE = 2


def photo_request_limit(max_photo_bytes: int) -> int:
    """Return the largest photo request read at all (the multipart body)."""
    return 2 * max_photo_bytes + _PHOTO_SLACK


def setup_routes(app: web.Application) -> None:
    """Add the web chat's pages to the server, and its one larger form (the photo)."""
    app[PHOTO_SLOTS] = asyncio.Semaphore(PHOTOS_AT_ONCE)
    app[FORM_LIMITS][PHOTO_PATH] = photo_request_limit(app[SETTINGS].web_photo_max_bytes)
    app.router.add_get("/", chat_page, name="chat")
    app.router.add_post("/chat", post_turn, name="chat-post")
    app.router.add_post(PHOTO_PATH, post_photo, name="chat-photo")
    app.router.add_post("/language", choose_language, name="chat-language")


def browser_id(request: web.Request) -> str | None:
    value = request.cookies.get(COOKIE)
    return value if value is not None and _BROWSER_ID.match(value) else None


def resident_key(request: web.Request, browser: str) -> str:
    return request.app[RUNTIME].services.pseudonymize(CHANNEL, browser)


@dataclass(frozen=True, slots=True)
class ShownMessage:
    id: int
    sender: str
    text: str
    lang: str
    dir: str
    time: str
    buttons: Sequence[Sequence[tuple[str, str]]]   # (label, data); only on the latest turn
    latest: bool


async def chat_page(request: web.Request) -> web.Response:
    """Show the conversation so far (or a welcome), the message box and the buttons of the last turn."""
    runtime, settings = request.app[RUNTIME], request.app[SETTINGS]
    browser = browser_id(request)
    messages: Sequence[WebMessage] = []
    locale: str | None = None
    state: str | None = None
    if browser is not None:
        key = resident_key(request, browser)
        async with runtime.services.sessionmaker() as session:
            messages = await web_store.recent(key, session=session, limit=settings.web_transcript_max_messages)
            conversation = await web_store.conversation_of(key, session=session)
            locale = conversation.locale if conversation is not None else None
            state = conversation.state if conversation is not None else None
    else:
        browser = _new_browser_id()
    locale = locale or browser_locale(request, LANG_COOKIE)
    shown = _shown(request, messages)
    response = page(
        request,
        "chat.html",
        locale,
        {
            "messages": shown,
            "csrf": request.app[SECRETS].csrf_for(browser),
            "nonce": secrets.token_urlsafe(16),
            "commands": [(name, f"command-{name}") for name in MENU_COMMANDS],
            "retention_days": settings.web_transcript_days,
            # The tip's photo and place steps get their own controls under the prompt.
            "photo_step": state == State.TIP_PHOTOS.value,
            "location_step": state == State.TIP_LOCATION.value,
            "photo_max_bytes": settings.web_photo_max_bytes,
            "photo_limit_mb": max(1, settings.web_photo_max_bytes // (1024 * 1024)),
        },
    )
    # Refreshed on every visit: a resident who comes back within the retention period
    # finds the conversation (and an officer's answer to a tip) again.
    set_cookie(response, request, COOKIE, browser, max_age=settings.web_transcript_days * 86400)
    return response


def _shown(request: web.Request, messages: Sequence[WebMessage]) -> list[ShownMessage]:
    catalogs = request.app[RUNTIME].catalogs
    live_batch = next((m.batch for m in reversed(messages) if m.sender == web_store.BOT), None)
    last_id = messages[-1].id if messages else None
    return [
        ShownMessage(
            id=m.id or 0,
            sender=m.sender,
            text=m.text,
            lang=m.locale,
            dir=catalogs.direction(m.locale),
            time=m.created_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M"),
            # The latest turn's buttons; an officer's message keeps its "answer" button for good.
            buttons=[[(b["label"], b["data"]) for b in row] for row in m.buttons]
            if (m.batch == live_batch and m.sender == web_store.BOT) or m.sender == web_store.OFFICER
            else [],
            latest=m.id == last_id,
        )
        for m in messages
    ]


def _new_browser_id() -> str:
    return secrets.token_urlsafe(32)


async def post_turn(request: web.Request) -> web.StreamResponse:
    """Take what the resident typed or pressed as one turn, keep the replies, show the page again."""
    form = await request.post()
    browser = browser_id(request)
    if browser is None:  # the guard has checked the token against this very cookie
        raise web.HTTPForbidden(text="no chat cookie")
    nonce = _nonce(form)
    if nonce is not None and await seen_before(request.app[RUNTIME].services.sessionmaker, CHANNEL, nonce):
        return _back_to_chat(request)  # this very post was handled: show what it got
    turn = _turn_of(form, browser, request)
    if turn is not None:
        await run_turn(request, browser, turn, nonce=nonce)
    return _back_to_chat(request)


def _close_uploads(form: MultiMapping[object]) -> None:
    for value in form.values():
        if isinstance(value, web.FileField):
            value.file.close()


def _nonce(form: MultiMapping[object]) -> str | None:
    value = form.get(NONCE_FIELD)
    return value if isinstance(value, str) and _NONCE.match(value) else None


def _turn_of(form: MultiMapping[object], browser: str, request: web.Request) -> Turn | None:
    language_code = request.cookies.get(LANG_COOKIE) or accept_language(request)
    key = resident_key(request, browser)
    common = _common(browser, key, language_code)
    data, command, text = (form.get(name) for name in ("data", "command", "text"))
    latitude, longitude = _coordinate(form.get("latitude")), _coordinate(form.get("longitude"))
    if latitude is not None and longitude is not None:
        return Turn(kind=TurnKind.LOCATION, latitude=latitude, longitude=longitude, **common)
    if isinstance(data, str) and data:
        if not _BUTTON_DATA.match(data):
            return None
        return Turn(kind=TurnKind.BUTTON, data=data, **common)
    if isinstance(command, str) and command in COMMANDS:
        return Turn(kind=TurnKind.COMMAND, command=command, text=f"/{command}", **common)
    if not isinstance(text, str):
        return None
    # Cleaned as every channel's text is (handlers/common.py); nothing visible is no message.
    text = visible_text(text[:MAX_TEXT])
    if not text:
        return None
    match = _COMMAND.match(text)
    if match is not None:
        return Turn(kind=TurnKind.COMMAND, command=match.group(1).lower(), text=text, **common)
    return Turn(kind=TurnKind.TEXT, text=text, **common)


class _Common(TypedDict):
    """The fields of every web chat turn besides what the resident did."""

    channel: str
    user_id: str
    chat_id: str
    language_code: str | None
    capabilities: Capabilities


def _common(browser: str, key: str, language_code: str | None) -> _Common:
    return {"channel": CHANNEL, "user_id": browser, "chat_id": key, "language_code": language_code,
            "capabilities": CAPABILITIES}


def _coordinate(value: object) -> float | None:
    """Read a latitude or longitude the page's script filled in; anything else is no coordinate."""
    if not isinstance(value, str) or not 0 < len(value) <= 32:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


async def post_photo(request: web.Request) -> web.StreamResponse:
    """Take a photo for the tip: check its size and type, keep it, hand it to the conversation."""
    form = await request.post()
    browser = browser_id(request)
    if browser is None:  # the guard has checked the token against this very cookie
        raise web.HTTPForbidden(text="no chat cookie")
    runtime, settings = request.app[RUNTIME], request.app[SETTINGS]
    nonce = _nonce(form)
    if nonce is not None and await seen_before(runtime.services.sessionmaker, CHANNEL, nonce):
        _close_uploads(form)
        return _back_to_chat(request)  # this very upload was taken already
    key = resident_key(request, browser)
    language_code = request.cookies.get(LANG_COOKIE) or accept_language(request)
    common = _common(browser, key, language_code)
    field = form.get(PHOTO_FIELD)
    limit = settings.web_photo_max_bytes
    # Never the file name or the browser's content type: the first bytes say what it is.
    data = field.file.read(limit + 1) if isinstance(field, web.FileField) else b""
    _close_uploads(form)
    if not data:
        return _back_to_chat(request)
    if len(data) > limit:
        log.info("web photo refused: over %d bytes", limit)
        turn = Turn(kind=TurnKind.MEDIA, media_type="photo", media_error=MediaError.TOO_LARGE, **common)
        await run_turn(request, browser, turn)
        return _back_to_chat(request)
    try:
        # Decoded and written anew, off the event loop: no EXIF position, device or time is kept.
        # A few at a time: a 40-million-pixel photo takes hundreds of MB while it is decoded.
        async with request.app[PHOTO_SLOTS]:
            photo = await asyncio.to_thread(images.clean_photo, data, max_pixels=settings.web_photo_max_pixels)
    except images.NotAPhoto as exc:
        log.info("web photo refused: %s", exc)
        turn = Turn(kind=TurnKind.MEDIA, media_type="photo", media_error=MediaError.NOT_AN_IMAGE, **common)
        await run_turn(request, browser, turn)
        return _back_to_chat(request)
    media_id = ""
    async with runtime.services.sessionmaker.begin() as session:
        conversation = await web_store.conversation_of(key, session=session)
        # Kept only for a tip being written; an upload no tip is sent with is deleted after a day.
        if conversation is not None and conversation.state == State.TIP_PHOTOS.value:
            media_id = await uploads.add(key, photo.data, photo.content_type, session=session)
    turn = Turn(kind=TurnKind.MEDIA, media_type="photo", media_id=media_id, **common)
    await run_turn(request, browser, turn, nonce=nonce)
    return _back_to_chat(request)


async def run_turn(request: web.Request, browser: str, turn: Turn, *, nonce: str | None = None) -> None:
    """Handle the turn through the shared conversation, then keep it in the transcript.

    With the post's one-time token, the turn records it in its transaction: the same post
    again is not run a second time."""
    runtime = request.app[RUNTIME]
    key = resident_key(request, browser)
    echo = await _echo(request, key, turn)

    async def keep(outcome: Outcome) -> None:
        # Called after the turn's commit, still under the resident's lock: kept in order.
        await _keep(request, key, turn, echo, outcome)

    try:
        await handle_turn(turn, runtime.services, keep, receipt=OnceReceipt(CHANNEL, nonce) if nonce else None)
    except AlreadyHandled:
        return  # the same post, handled meanwhile by another request: its replies are in the transcript
    except Exception as exc:
        # The turn's transaction was rolled back; nothing of it is stored. No exception message:
        # a database error quotes its parameters, the resident's words.
        log.error("web turn failed (kind %s): %s", turn.kind, scrubbed_traceback(exc))
        await _keep(request, key, turn, None, Outcome([Reply.of("common-error")], await _locale_of(request, key)))


async def _keep(request: web.Request, key: str, turn: Turn, echo: str | None, outcome: Outcome) -> None:
    runtime, settings = request.app[RUNTIME], request.app[SETTINGS]
    async with runtime.services.sessionmaker.begin() as session:
        conversation = await web_store.conversation_of(key, session=session)
        if conversation is None:
            # /forget erased the conversation: the transcript goes with it.
            await web_store.delete_of_resident(key, session=session)
        elif echo is not None and (conversation.consent_at is not None or turn.kind is not TurnKind.TEXT):
            # A resident's own words are kept only after consent, like everything else of theirs.
            await web_store.add(
                key, web_store.RESIDENT, echo, outcome.locale, session=session, batch=web_store.new_batch()
            )
        await store_outcome(request, key, outcome, session=session)
        await web_store.trim(key, session=session, keep=settings.web_transcript_max_messages)


async def store_outcome(request: web.Request, key: str, outcome: Outcome, *, session: AsyncSession) -> None:
    """Render each reply in the outcome's language and append it to the transcript."""
    catalogs = request.app[RUNTIME].catalogs
    batch = web_store.new_batch()
    for reply in outcome.replies:
        text = catalogs.render_all(reply.texts, outcome.locale)
        buttons = [
            [{"label": catalogs.render(b.label, outcome.locale), "data": b.data} for b in row] for row in reply.buttons
        ]
        await web_store.add(key, web_store.BOT, text, outcome.locale, session=session, batch=batch, buttons=buttons)


async def _echo(request: web.Request, key: str, turn: Turn) -> str | None:
    """Return what the transcript shows as the resident's message: the text, or the pressed button's label."""
    if turn.kind is TurnKind.TEXT:
        return turn.text
    runtime = request.app[RUNTIME]
    if turn.kind is TurnKind.COMMAND:
        name = f"command-{turn.command}"
        if turn.command in MENU_COMMANDS and runtime.catalogs.has(name):
            locale = await _locale_of(request, key)
            return runtime.catalogs.render(Text.of(name), locale)
        return f"/{turn.command}"
    async with runtime.services.sessionmaker() as session:
        for message in reversed(await web_store.recent(key, session=session, limit=20)):
            for row in message.buttons:
                for button in row:
                    if button.get("data") == turn.data:
                        return button.get("label", "")
    return None


async def _locale_of(request: web.Request, key: str) -> str:
    async with request.app[RUNTIME].services.sessionmaker() as session:
        conversation = await web_store.conversation_of(key, session=session)
    if conversation is not None and conversation.locale:
        return conversation.locale
    return browser_locale(request, LANG_COOKIE)


async def choose_language(request: web.Request) -> web.StreamResponse:
    """Switch the page (and a started conversation, through its own handler) to the chosen language."""
    form = await request.post()
    runtime = request.app[RUNTIME]
    code = form.get("lang")
    if not isinstance(code, str) or code not in runtime.services.locales:
        raise web.HTTPBadRequest(text="unknown language")
    browser = browser_id(request)
    response = _back_to_chat(request)
    set_cookie(response, request, LANG_COOKIE, code, max_age=365 * 86400)
    if browser is None:
        return response
    key = resident_key(request, browser)
    async with runtime.services.sessionmaker() as session:
        conversation = await web_store.conversation_of(key, session=session)
    if conversation is not None and conversation.state != State.NEW:
        turn = Turn(channel=CHANNEL, user_id=browser, chat_id=key, kind=TurnKind.BUTTON, data=f"*:lang:{code}",
                    language_code=code, capabilities=CAPABILITIES)
        await run_turn(request, browser, turn)
    return response


def _back_to_chat(request: web.Request) -> web.Response:
    # After a post, a redirect (so a reload does not send it again) to the newest message.
    return web.Response(status=303, headers={"Location": "/#latest"})
