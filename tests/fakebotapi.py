"""A fake Telegram Bot API server (aiohttp) and people who chat through it.

The bot under test talks to it over real HTTP exactly as to api.telegram.org: long
polling `getUpdates`, `sendMessage`, `answerCallbackQuery`, ... The server records
every call, can be told to fail (HTTP 500, 429 with retry_after), refuses what Telegram
refuses (a text over 4,096 UTF-16 code units, callback data over 64 bytes), can enforce
Telegram's flood limits (`api.cap = Cap()`: 30 messages a second, one a second per private
chat, 20 a minute per group; 429 with retry_after past them), and hands out
updates that `FakeUser`s create: `await resident.send("/start")`,
`await resident.press("Trafiksäkerhet")`.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT_ID = 7000001
BOT_USERNAME = "medborgardialog_test_bot"
TOKEN = "7000001:TEST-token-for-the-fake-bot-api-only"

# Parameters PTB sends JSON-encoded inside form fields; everything else stays a string.
_JSON_PARAMS = {
    "chat_id", "from_chat_id", "message_id", "offset", "limit", "timeout", "allowed_updates",
    "reply_markup", "commands", "media", "latitude", "longitude", "reply_parameters",
    "reply_to_message_id", "show_alert", "disable_notification", "protect_content",
    "drop_pending_updates", "max_connections", "scope", "link_preview_options", "entities",
    "message_thread_id", "message_ids", "cache_time",
}

@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    at: float = field(default_factory=time.monotonic)
    result: Any = None

@dataclass
class Fault:
    method: str
    status: int
    times: int
    chat_id: int | None = None
    retry_after: int | None = None

@dataclass
class Cap:
    """Telegram's flood limits, as the fake enforces them on every call that puts a message in a chat.

    A call that would be the `per_second + 1`-th to arrive within one second, the second to one
    private chat within `chat_interval`, or the `group_per_minute + 1`-th to one group within a
    minute is answered 429 with `retry_after` and not delivered.
    """

    per_second: int = 30
    chat_interval: float = 1.0
    group_per_minute: int = 20
    retry_after: int = 1


# The methods that put a message in a chat: what Telegram's flood limits count.
SENDING = ("send", "copy", "forward")


class FakeBotAPI:
    """The server. Start it with `await api.start()`; `api.base_url` goes into TELEGRAM_API_BASE_URL."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        # Methods whose calls wait until the event is set (a send in flight when a process dies).
        self.stalls: dict[str, asyncio.Event] = {}
        self._updates: list[dict[str, Any]] = []
        self._closing = False
        self.in_flight = 0
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Condition()
        self._acknowledged = 0  # the highest update id the bot has confirmed it received
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0
        # Set by an in-process harness: resolves when the bot has handled an update.
        self.processed: set[int] = set()
        self.track_processing = False
        self._notes: set[asyncio.Task[None]] = set()
        # Telegram's flood limits, when set; what they refused, and when each message arrived.
        self.cap: Cap | None = None
        self.throttled: list[Call] = []
        self.arrivals: list[float] = []
        self._recent: deque[float] = deque()
        self._chat_arrivals: dict[Any, deque[float]] = {}

    # --- server ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/file/bot{token}/{path:.*}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        # A long poll in progress returns at once: the server is going away, as Telegram's
        # would close the connection, and the teardown does not wait out its timeout.
        self._closing = True
        async with self._new_update:
            self._new_update.notify_all()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def _file(self, request: web.Request) -> web.Response:
        return web.Response(body=b"\x89PNG\r\n\x1a\n fake", content_type="image/png")

    async def _handle(self, request: web.Request) -> web.Response:
        # Calls being answered now (not long polls): a test waits for none before "nothing more".
        polling = request.match_info["method"] == "getUpdates"
        self.in_flight += not polling
        try:
            return await self._answer(request)
        finally:
            self.in_flight -= not polling

    async def _answer(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        params = await _params(request)
        stall = self.stalls.get(method)
        if stall is not None:
            self.calls.append(Call(method, params, result="stalled"))
            async with self._changed:
                self._changed.notify_all()
            await stall.wait()
        if self.cap is not None and method.startswith(SENDING):
            refused_429 = self._over_cap(params.get("chat_id"))
            if refused_429 is not None:
                self.throttled.append(Call(method, params, result="cap 429"))
                body = {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {refused_429}",
                        "parameters": {"retry_after": refused_429}}
                return web.json_response(body, status=429)
        fault = self._fault_for(method, params)
        if fault is not None:
            self.calls.append(Call(method, params, result=f"fault {fault.status}"))
            body: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": "injected fault"}
            if fault.retry_after is not None:
                body["description"] = f"Too Many Requests: retry after {fault.retry_after}"
                body["parameters"] = {"retry_after": fault.retry_after}
            return web.json_response(body, status=fault.status)
        refused = _refusal(method, params)
        if refused is not None:
            # As Telegram answers a request it will never accept (a retry does not help).
            self.calls.append(Call(method, params, result="refused 400"))
            body = {"ok": False, "error_code": 400, "description": f"Bad Request: {refused}"}
            return web.json_response(body, status=400)
        handler = getattr(self, f"_m_{method}", None)
        result = await handler(params) if handler is not None else self._generic(method, params)
        if method != "getUpdates":
            self.calls.append(Call(method, params, result=result))
            async with self._changed:
                self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    def fail(self, method: str, *, status: int = 500, times: int = 1, chat_id: int | None = None,
             retry_after: int | None = None) -> None:
        """Make the next `times` calls of `method` (to `chat_id`, if given) fail with `status`."""
        self.faults.append(Fault(method, status, times, chat_id, retry_after))

    def stall(self, method: str) -> asyncio.Event:
        """Hold every call of `method` until the returned event is set."""
        return self.stalls.setdefault(method, asyncio.Event())

    def _over_cap(self, chat_id: Any) -> int | None:
        """Count a message arriving now; return the retry_after of a 429 if it breaks a limit."""
        cap = self.cap
        assert cap is not None
        now = time.monotonic()
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()
        if len(self._recent) >= cap.per_second:
            return cap.retry_after
        group = not isinstance(chat_id, int) or chat_id < 0
        period, most = (60.0, cap.group_per_minute) if group else (cap.chat_interval, 1)
        chat = self._chat_arrivals.setdefault(chat_id, deque())
        while chat and chat[0] <= now - period:
            chat.popleft()
        if len(chat) >= most:
            return cap.retry_after
        self._recent.append(now)
        chat.append(now)
        self.arrivals.append(now)
        return None

    def most_in_a_second(self) -> int:
        """The most messages that arrived within any one second (under a cap)."""
        times = self.arrivals
        return max((bisect.bisect_left(times, t + 1.0) - i for i, t in enumerate(times)), default=0)

    def _fault_for(self, method: str, params: dict[str, Any]) -> Fault | None:
        for fault in self.faults:
            if fault.method == method and fault.times > 0 and (
                fault.chat_id is None or params.get("chat_id") == fault.chat_id
            ):
                fault.times -= 1
                return fault
        return None

    # --- Bot API methods ------------------------------------------------------------------

    async def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Medborgardialog", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 2.0)
        if offset:
            # As Telegram does: an offset confirms every update before it, which is then gone.
            self._acknowledged = max(self._acknowledged, offset - 1)
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            async with self._changed:
                self._changed.notify_all()
        deadline = time.monotonic() + timeout
        async with self._new_update:
            while True:
                pending = [u for u in self._updates if u["update_id"] >= offset]
                if pending or self._closing or time.monotonic() >= deadline:
                    return pending[: int(params.get("limit") or 100)]
                try:
                    await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())
                except TimeoutError:
                    pass

    async def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, text=params.get("text", ""))

    async def _m_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, photo=[{"file_id": str(params.get("photo")), "file_unique_id": "u",
                                             "width": 1, "height": 1}], caption=params.get("caption"))

    async def _m_sendLocation(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, location={"latitude": params["latitude"], "longitude": params["longitude"]})

    async def _m_sendMediaGroup(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return [self._message(params, photo=[{"file_id": m.get("media"), "file_unique_id": "u", "width": 1,
                                              "height": 1}]) for m in params.get("media", [])]

    async def _m_copyMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"message_id": next(self._message_ids)}

    async def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        return self._message(params, text=params.get("text", ""))

    def _generic(self, method: str, params: dict[str, Any]) -> Any:
        return True

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        chat_id = params["chat_id"]
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if int(chat_id) > 0 else "group"},
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Medborgardialog", "username": BOT_USERNAME},
            **{k: v for k, v in content.items() if v is not None},
        }
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        return message

    # --- updates --------------------------------------------------------------------------

    async def push(self, payload: dict[str, Any]) -> int:
        """Queue an update (without its id) for the bot; return its update id."""
        update_id = next(self._update_ids)
        async with self._new_update:
            self._updates.append({"update_id": update_id, **payload})
            self._new_update.notify_all()
        return update_id

    def new_message_id(self) -> int:
        return next(self._message_ids)

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Wait until `predicate()` holds after some call to the server; fail after `timeout`."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)

    async def mark_processed(self, update_id: int) -> None:
        self.processed.add(update_id)
        async with self._changed:
            self._changed.notify_all()

    def note_processed(self, update_id: int) -> None:
        """`mark_processed` from a plain callback (the inbox's `on_finished`)."""
        task = asyncio.get_running_loop().create_task(self.mark_processed(update_id))
        self._notes.add(task)
        task.add_done_callback(self._notes.discard)

    async def wait_handled(self, update_ids: list[int], timeout: float = 15.0) -> None:
        """Wait until the bot has handled these updates (in process) or gone quiet after them."""
        if self.track_processing:
            await self.wait_for(lambda: all(u in self.processed for u in update_ids), timeout)
            return
        # A bot in another process: wait until it took the updates, then for a quiet spell.
        await self.wait_for(lambda: self._acknowledged >= max(update_ids), timeout)
        quiet = 0.3
        while True:
            last = self.calls[-1].at if self.calls else 0.0
            await asyncio.sleep(quiet)
            if (self.calls[-1].at if self.calls else 0.0) == last:
                return

    def sent_to(self, chat_id: int, method: str = "sendMessage") -> list[Call]:
        return [c for c in self.calls if c.method == method and c.params.get("chat_id") == chat_id]

# Telegram's limits: text and captions count UTF-16 code units, callback data bytes.
MAX_TEXT_UNITS = 4096
MAX_CAPTION_UNITS = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_CALLBACK_ANSWER_CHARS = 200


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _refusal(method: str, params: dict[str, Any]) -> str | None:
    """Return Telegram's reason to refuse this call outright, or None."""
    if method in ("sendMessage", "editMessageText"):
        text = str(params.get("text", ""))
        if not text.strip():
            return "message text is empty"
        if utf16_units(text) > MAX_TEXT_UNITS:
            return "message is too long"
    captions = [params.get("caption")] + [m.get("caption") for m in params.get("media", []) if isinstance(m, dict)]
    if any(isinstance(c, str) and utf16_units(c) > MAX_CAPTION_UNITS for c in captions):
        return "message caption is too long"
    if method == "answerCallbackQuery" and len(str(params.get("text", ""))) > MAX_CALLBACK_ANSWER_CHARS:
        return "MESSAGE_TOO_LONG"
    markup = params.get("reply_markup")
    rows = markup.get("inline_keyboard", []) if isinstance(markup, dict) else []
    for row in rows:
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                return "BUTTON_DATA_INVALID"
    return None


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return await request.json()
    form = await request.post()
    params: dict[str, Any] = {}
    for key, value in form.items():
        if not isinstance(value, str):
            params[key] = value.filename if hasattr(value, "filename") else str(value)
            if hasattr(value, "file"):
                # A multipart upload (sendPhoto with the bytes): kept as sent, under "_uploads".
                params.setdefault("_uploads", {})[key] = value.file.read()
        elif key in _JSON_PARAMS:
            try:
                params[key] = json.loads(value)
            except ValueError:
                params[key] = value
        else:
            params[key] = value
    return params

@dataclass
class BotMessage:
    """A message the bot sent to a chat, as a person sees it."""

    text: str
    buttons: list[list[tuple[str, str]]]
    message_id: int
    method: str = "sendMessage"

    @property
    def labels(self) -> list[str]:
        return [label for row in self.buttons for label, _ in row]

class FakeUser:
    """A person on Telegram, chatting with the bot through the fake server."""

    def __init__(self, api: FakeBotAPI, user_id: int, *, first_name: str = "Test", username: str | None = None,
                 language_code: str | None = "sv", chat_id: int | None = None, chat_type: str = "private") -> None:
        self.api = api
        self.user_id = user_id
        self.first_name = first_name
        self.username = username
        self.language_code = language_code
        self.chat_id = chat_id if chat_id is not None else user_id
        self.chat_type = chat_type
        self._seen = 0

    @property
    def user(self) -> dict[str, Any]:
        user: dict[str, Any] = {"id": self.user_id, "is_bot": False, "first_name": self.first_name}
        if self.username:
            user["username"] = self.username
        if self.language_code:
            user["language_code"] = self.language_code
        return user

    @property
    def chat(self) -> dict[str, Any]:
        if self.chat_type == "private":
            return {"id": self.chat_id, "type": "private", "first_name": self.first_name}
        return {"id": self.chat_id, "type": self.chat_type, "title": "A group"}

    def _message(self, **content: Any) -> dict[str, Any]:
        return {"message_id": self.api.new_message_id(), "date": int(time.time()), "chat": self.chat,
                "from": self.user, **content}

    # --- what a person does ---------------------------------------------------------------

    async def send(self, text: str, **extra: Any) -> list[BotMessage]:
        """Send a text (a command if it starts with /) and return what the bot answered."""
        content: dict[str, Any] = {"text": text, **extra}
        if text.startswith("/"):
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self._push({"message": self._message(**content)})

    async def reply_to(self, message_id: int, text: str) -> list[BotMessage]:
        """Reply (Telegram's reply feature) to one of the bot's messages."""
        return await self.send(text, reply_to_message={
            "message_id": message_id, "date": int(time.time()), "chat": self.chat,
            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Medborgardialog"}, "text": "…"})

    async def send_photo(self, caption: str | None = None, file_id: str = "AgACAgQAAx-photo") -> list[BotMessage]:
        photo = [{"file_id": file_id + "-small", "file_unique_id": "s", "width": 90, "height": 90},
                 {"file_id": file_id, "file_unique_id": "b", "width": 1280, "height": 960}]
        content: dict[str, Any] = {"photo": photo}
        if caption:
            content["caption"] = caption
        return await self._push({"message": self._message(**content)})

    async def send_sticker(self) -> list[BotMessage]:
        return await self._push({"message": self._message(sticker={
            "file_id": "CAACAgIAAx-sticker", "file_unique_id": "st", "type": "regular", "width": 512,
            "height": 512, "is_animated": False, "is_video": False})})

    async def send_voice(self) -> list[BotMessage]:
        return await self._push({"message": self._message(voice={
            "file_id": "AwACAgQAAx-voice", "file_unique_id": "v", "duration": 3})})

    async def send_document(self, file_name: str = "tips.pdf", mime_type: str | None = None,
                            file_id: str = "BQACAgQAAx-doc") -> list[BotMessage]:
        """Send a file (Telegram's "send as file", which keeps a photo's EXIF)."""
        document: dict[str, Any] = {"file_id": file_id, "file_unique_id": "d", "file_name": file_name}
        if mime_type is not None:
            document["mime_type"] = mime_type
        return await self._push({"message": self._message(document=document)})

    async def send_location(self, latitude: float, longitude: float) -> list[BotMessage]:
        return await self._push({"message": self._message(location={"latitude": latitude, "longitude": longitude})})

    async def edit(self, message_id: int, text: str) -> list[BotMessage]:
        edited = self._message(text=text, edit_date=int(time.time()))
        edited["message_id"] = message_id
        return await self._push({"edited_message": edited})

    async def press(self, label: str, message: BotMessage | None = None) -> list[BotMessage]:
        """Press the button with this label on the latest message that has it (or on `message`)."""
        target = message or next((m for m in reversed(self.messages) if label in m.labels), None)
        if target is None:
            raise AssertionError(f"no button {label!r}; the last buttons were {self.last_buttons()}")
        data = next(d for row in target.buttons for lbl, d in row if lbl == label)
        return await self.press_data(data, target.message_id)

    async def press_data(self, data: str, message_id: int) -> list[BotMessage]:
        query = {
            "id": str(self.api.new_message_id()),
            "from": self.user,
            "chat_instance": f"ci-{self.chat_id}",
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()), "chat": self.chat,
                        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Medborgardialog"}, "text": "…"},
        }
        return await self._push({"callback_query": query})

    async def send_nowait(self, text: str) -> int:
        """Send a text (a command if it starts with /) without waiting for the bot; return the update id."""
        content: dict[str, Any] = {"text": text}
        if text.startswith("/"):
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
        return await self.api.push({"message": self._message(**content)})

    async def press_nowait(self, data: str, message_id: int = 1) -> int:
        """Press a button with this data without waiting for the bot; return the update id."""
        query = {"id": str(self.api.new_message_id()), "from": self.user, "chat_instance": f"ci-{self.chat_id}",
                 "data": data, "message": {"message_id": message_id, "date": int(time.time()), "chat": self.chat,
                                           "from": {"id": BOT_ID, "is_bot": True, "first_name": "Medborgardialog"},
                                           "text": "…"}}
        return await self.api.push({"callback_query": query})

    async def send_many(self, texts: list[str]) -> list[BotMessage]:
        """Send several messages at once, without waiting in between."""
        ids = [await self.api.push({"message": self._message(text=t)}) for t in texts]
        await self.api.wait_handled(ids)
        return self._new()

    async def _push(self, payload: dict[str, Any]) -> list[BotMessage]:
        update_id = await self.api.push(payload)
        await self.api.wait_handled([update_id])
        return self._new()

    # --- what a person sees ---------------------------------------------------------------

    @property
    def messages(self) -> list[BotMessage]:
        out = []
        for call in self.api.calls:
            if call.params.get("chat_id") != self.chat_id or not isinstance(call.result, dict):
                continue
            if call.method not in ("sendMessage", "sendPhoto", "sendLocation", "copyMessage"):
                continue
            markup = call.params.get("reply_markup") or {}
            buttons = [[(b.get("text", ""), b.get("callback_data", "")) for b in row]
                       for row in markup.get("inline_keyboard", [])]
            text = call.params.get("text") or call.params.get("caption") or ""
            out.append(BotMessage(text, buttons, call.result["message_id"], call.method))
        return out

    def _new(self) -> list[BotMessage]:
        all_messages = self.messages
        new = all_messages[self._seen:]
        self._seen = len(all_messages)
        return new

    def last_buttons(self) -> list[str]:
        return next((m.labels for m in reversed(self.messages) if m.buttons), [])


class WebhookPoster:
    """Telegram's side of a webhook: posts each pushed update to the bot, up to `connections` at
    once, in order, and again (after a pause) until the bot answers 2xx; a 2xx confirms it."""

    def __init__(self, api: FakeBotAPI, url: str, secret: str, connections: int = 8) -> None:
        self.api = api
        self.url = url
        self.secret = secret
        self.connections = connections
        self.statuses: list[int] = []
        self._in_flight: set[int] = set()
        self._tasks: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        import aiohttp

        self._session = aiohttp.ClientSession()
        self._tasks = [asyncio.create_task(self._post_forever()) for _ in range(self.connections)]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._session.close()

    def _next(self) -> dict[str, Any] | None:
        # In order within a chat, as Telegram delivers them; chats side by side.
        busy = {_sender(u) for u in self.api._updates if u["update_id"] in self._in_flight}  # noqa: SLF001
        for update in self.api._updates:  # noqa: SLF001 - the fake's own queue
            sender = _sender(update)
            if update["update_id"] not in self._in_flight and sender not in busy:
                self._in_flight.add(update["update_id"])
                return update
            busy.add(sender)
        return None

    async def _post_forever(self) -> None:
        import aiohttp

        while True:
            update = self._next()
            if update is None:
                await asyncio.sleep(0.05)
                continue
            ok = False
            try:
                async with self._session.post(self.url, json=update, timeout=aiohttp.ClientTimeout(total=30),
                                              headers={"X-Telegram-Bot-Api-Secret-Token": self.secret}) as response:
                    self.statuses.append(response.status)
                    ok = 200 <= response.status < 300
            except (aiohttp.ClientError, TimeoutError):
                ok = False
            if ok:
                self.api._updates = [u for u in self.api._updates if u["update_id"] != update["update_id"]]  # noqa: SLF001
                self.api._acknowledged = max(self.api._acknowledged, update["update_id"])  # noqa: SLF001
                async with self.api._changed:  # noqa: SLF001
                    self.api._changed.notify_all()  # noqa: SLF001
            self._in_flight.discard(update["update_id"])
            if not ok:
                await asyncio.sleep(0.3)


def _sender(update: dict[str, Any]) -> object:
    for kind in ("message", "edited_message", "callback_query"):
        if isinstance(update.get(kind), dict):
            return (update[kind].get("from") or {}).get("id")
    return None
