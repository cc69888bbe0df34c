"""A lean fake Bot API for the dialogue benchmark: just enough for all three bots, counters only.

It serves `getUpdates` with Telegram's offset semantics (polling) or, after `setWebhook`,
POSTs each update to the bot over up to `max_connections` connections, retrying a failed
delivery as Telegram does, and running a Bot API call given in the answer (as Telegram
does: `{"method": "answerCallbackQuery", ...}`); `sendMessage` and `answerCallbackQuery`
go to the driver.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import Counter, deque
from collections.abc import Callable
from typing import Any, TypeAlias
from urllib.parse import parse_qsl

from aiohttp import web

# A sendMessage's keyboard: a JSON string from a form (PTB's default), an object from a JSON body (ours).
Markup: TypeAlias = str | dict[str, Any]

TOKEN = "7000001:BENCH-token-for-the-fake-bot-api-only"
BOT_ID = 7000001

# --- the lean fake Bot API -----------------------------------------------------------------

_OK_TRUE = b'{"ok":true,"result":true}'
_GET_ME = json.dumps({"ok": True, "result": {
    "id": BOT_ID, "is_bot": True, "first_name": "Bench", "username": "medborgardialog_bench_bot",
    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
}}).encode()


class LeanBotAPI:
    """Just enough of the Bot API for both bots, with no per-call bookkeeping but counters.

    Updates wait in a deque until the bot acknowledges them (a later `offset`), as on
    Telegram; a `getUpdates` with nothing to return waits until an update is offered.
    Every `sendMessage` is handed to `on_message(chat_id, message_id, reply_markup, t)` and
    every `answerCallbackQuery` to `on_answer(callback_query_id, t)`, with `t` taken when
    the request reached the server.
    """

    def __init__(self, on_message: Callable[[int, int, Markup | None, float], None],
                 on_answer: Callable[[str, float], None]) -> None:
        self.on_message = on_message
        self.on_answer = on_answer
        self.calls: Counter[str] = Counter()
        self.polling = asyncio.Event()      # the bot is ready: it polls, or it set its webhook
        # Webhook mode (after `setWebhook`): updates are POSTed to the bot, as Telegram does,
        # over up to `max_connections` connections at once.
        self.webhook: tuple[str, str, int] | None = None
        self._outgoing: asyncio.Queue[bytes] = asyncio.Queue()
        self._pushers: list[asyncio.Task[None]] = []
        self.webhook_errors = 0
        self._pending: deque[tuple[int, bytes]] = deque()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._wake = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001

    async def stop(self) -> None:
        self._wake.set()
        for pusher in self._pushers:
            pusher.cancel()
        await asyncio.gather(*self._pushers, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()

    def offer(self, update: dict[str, Any]) -> None:
        """Queue an update (its id is added here) and wake a waiting getUpdates, or push it to the webhook."""
        update_id = next(self._update_ids)
        body = json.dumps({"update_id": update_id, **update}).encode()
        if self.webhook is not None:
            self._outgoing.put_nowait(body)
            return
        self._pending.append((update_id, body))
        self._wake.set()

    def _set_webhook(self, params: dict[str, Any]) -> None:
        import aiohttp

        connections = int(params.get("max_connections") or 40)
        self.webhook = (params["url"], params.get("secret_token", ""), connections)
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections))
        self._pushers = [asyncio.create_task(self._push(session, i == 0)) for i in range(connections)]
        self.polling.set()

    async def _push(self, session: Any, owner: bool) -> None:
        """POST queued updates to the bot, one at a time per connection; retried on a failure, as Telegram does."""
        assert self.webhook is not None
        url, secret, _ = self.webhook
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
        try:
            while True:
                body = await self._outgoing.get()
                while True:
                    try:
                        async with session.post(url, data=body, headers=headers) as response:
                            answer = await response.read()
                            if response.status == 200:
                                if answer.startswith(b"{"):
                                    self._answered_in_reply(answer)
                                break
                    except Exception:  # noqa: BLE001 - the bot is starting or stopping: try again
                        pass
                    self.webhook_errors += 1
                    await asyncio.sleep(0.05)
        finally:
            if owner:
                await session.close()

    def _answered_in_reply(self, answer: bytes) -> None:
        """A Bot API call in the answer to a webhook POST, which Telegram runs as if it were made
        (only answerCallbackQuery is needed here)."""
        now = time.perf_counter()
        call = json.loads(answer)
        method = call.get("method") if isinstance(call, dict) else None
        if method:
            self.calls[method] += 1
        if method == "answerCallbackQuery":
            self.on_answer(str(call.get("callback_query_id", "")), now)

    async def _handle(self, request: web.Request) -> web.Response:
        now = time.perf_counter()
        method = request.match_info["method"]
        self.calls[method] += 1
        body = await request.read()
        params = _params(body, request.content_type)
        if method == "sendMessage":
            message_id = next(self._message_ids)
            chat_id = int(params["chat_id"])
            self.on_message(chat_id, message_id, params.get("reply_markup"), now)
            return _json(b'{"ok":true,"result":{"message_id":%d,"date":%d,"chat":{"id":%d,"type":"private"},'
                         b'"text":"."}}' % (message_id, int(time.time()), chat_id))
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "answerCallbackQuery":
            self.on_answer(params.get("callback_query_id", ""), now)
            return _json(_OK_TRUE)
        if method == "getMe":
            return _json(_GET_ME)
        if method == "setWebhook" and params.get("url"):
            self._set_webhook(params)
        return _json(_OK_TRUE)  # setMyCommands, deleteWebhook, ...

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        self.polling.set()
        offset = int(params.get("offset") or 0)
        pending = self._pending
        while pending and pending[0][0] < offset:
            pending.popleft()
        if not pending:
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), float(params.get("timeout") or 0))
            while pending and pending[0][0] < offset:
                pending.popleft()
        limit = int(params.get("limit") or 100)
        batch = b",".join(body for _, body in itertools.islice(pending, limit))
        return _json(b'{"ok":true,"result":[' + batch + b"]}")


def _params(body: bytes, content_type: str) -> dict[str, Any]:
    """A call's parameters, from a JSON body (ours) or a form (PTB's default): a form's nested
    values stay JSON strings (the driver reads a keyboard either way)."""
    if not body:
        return {}
    if content_type == "application/json":
        params = json.loads(body)
        return params if isinstance(params, dict) else {}
    return dict(parse_qsl(body.decode()))


def _json(body: bytes) -> web.Response:
    return web.Response(body=body, content_type="application/json")
