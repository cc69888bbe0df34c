"""A fake WhatsApp Business Cloud API (aiohttp) and people who chat through it.

The bot under test talks to it over real HTTP exactly as to the Graph API:
`POST /{version}/{phone_number_id}/messages` (text, interactive buttons and lists,
templates), `GET /{version}/{media_id}` (the media's URL) and a download of that URL with
the bearer token. It refuses what the Cloud API refuses (a text over 4,096 characters, more
than 3 reply buttons, a button title over 20 characters, more than 10 list rows, a row
title over 24, an interactive body over 1,024; a free-form message to someone whose last
message is more than 24 hours old, which the real API accepts and then reports as failed
with 131047), with error bodies shaped as the real ones, and can be told to fail
(`fail(...)`: HTTP 429 with code 130429 or 131056, HTTP 500).

A `FakeWhatsAppUser` posts webhooks to our server the way Meta does, signed with
X-Hub-Signature-256 over the raw body, and reads what the bot sent them:
`await resident.send("hej")`, `await resident.press("Trafiksäkerhet")`.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

VERSION = "v21.0"
PHONE_NUMBER_ID = "109876543210987"
TOKEN = "EAAtest-token-for-the-fake-cloud-api-only"
APP_SECRET = "fake-app-secret-0123456789abcdef"
VERIFY_TOKEN = "verify-token-0123456789"
WABA_ID = "102290129340398"
WINDOW_SECONDS = 24 * 3600


@dataclass
class Sent:
    """One message the bot sent through the API."""

    to: str
    type: str
    body: dict[str, Any]
    id: str
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        """The message's words: a text's body, an interactive message's body, a template's parameters."""
        if self.type == "text":
            return str(self.body["text"]["body"])
        if self.type == "interactive":
            return str(self.body["interactive"]["body"]["text"])
        if self.type == "template":
            return " ".join(
                str(p.get("text", "")) for c in self.body["template"].get("components", []) for p in
                c.get("parameters", []) if p.get("type") == "text"
            )
        return ""

    @property
    def choices(self) -> list[tuple[str, str]]:
        """(title, id) of the reply buttons or list rows under an interactive message."""
        if self.type != "interactive":
            return []
        interactive = self.body["interactive"]
        if interactive["type"] == "button":
            return [(b["reply"]["title"], b["reply"]["id"]) for b in interactive["action"]["buttons"]]
        return [(r["title"], r["id"]) for s in interactive["action"]["sections"] for r in s["rows"]]


@dataclass
class Fault:
    status: int
    code: int
    times: int
    to: str | None = None


def graph_error(status: int, code: int, message: str, *, details: str = "") -> web.Response:
    """An error as the Graph API answers it."""
    error: dict[str, Any] = {
        "message": f"(#{code}) {message}",
        "type": "OAuthException",
        "code": code,
        "fbtrace_id": secrets.token_urlsafe(12),
    }
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    return web.json_response({"error": error}, status=status)


class FakeCloudAPI:
    """The server. `await api.start()`; `api.base_url` goes into WHATSAPP_API_BASE_URL."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self.requests: list[tuple[str, str]] = []   # (method, path) of every request
        self.faults: list[Fault] = []
        self.media: dict[str, tuple[bytes, str]] = {}   # media id -> (bytes, mime type)
        # When each user last wrote (the fake's clock, `now`): free-form messages only within 24 h.
        self.last_inbound: dict[str, float] = {}
        self.now: Callable[[], float] = time.time
        self.enforce_window = True
        self.templates: set[str] = set()   # approved template names; empty: any name
        # While set and not yet fired, every send waits for it (a bot whose messages are in flight).
        self.stalled: asyncio.Event | None = None
        self._ids = itertools.count(1)
        self.in_flight = 0   # requests being answered (a test waiting for quiet counts them)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024, middlewares=[self._count])
        app.router.add_post("/{version}/{phone}/messages", self._messages)
        app.router.add_get("/{version}/{media_id}", self._media_url)
        app.router.add_get("/media-download/{media_id}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/{VERSION}"

    @web.middleware
    async def _count(self, request: web.Request, handler: Any) -> web.StreamResponse:
        self.in_flight += 1
        try:
            return await handler(request)
        finally:
            self.in_flight -= 1

    # --- faults ---------------------------------------------------------------------------

    def fail(self, *, status: int = 429, code: int = 130429, times: int = 1, to: str | None = None) -> None:
        """Refuse the next `times` sends (to `to`, or anyone) with this HTTP status and error code."""
        self.faults.append(Fault(status, code, times, to))

    def stall(self) -> asyncio.Event:
        """Hold every send until the returned event is set."""
        self.stalled = asyncio.Event()
        return self.stalled

    def _fault_for(self, to: str) -> Fault | None:
        for fault in self.faults:
            if fault.times > 0 and (fault.to is None or fault.to == to):
                fault.times -= 1
                return fault
        return None

    # --- the API --------------------------------------------------------------------------

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {TOKEN}"

    async def _messages(self, request: web.Request) -> web.Response:
        self.requests.append((request.method, request.path))
        if not self._authorized(request):
            return graph_error(401, 190, "Invalid OAuth access token - Cannot parse access token")
        if request.match_info["phone"] != PHONE_NUMBER_ID:
            return graph_error(400, 100, "Unsupported post request.")
        try:
            body = await request.json()
        except ValueError:
            return graph_error(400, 100, "Invalid parameter", details="body is not JSON")
        to, kind = str(body.get("to", "")), body.get("type", "text")
        if body.get("messaging_product") != "whatsapp" or not to.isdigit():
            return graph_error(400, 100, "Invalid parameter", details="messaging_product or to")
        if self.stalled is not None:
            await self.stalled.wait()
        fault = self._fault_for(to)
        if fault is not None:
            names = {130429: "Rate limit hit", 131056: "(Business Account, Consumer Account) pair rate limit hit"}
            return graph_error(fault.status, fault.code, names.get(fault.code, "Service unavailable"),
                               details="try again later")
        problem = _check(kind, body)
        if problem:
            return graph_error(400, 131009, "Parameter value is not valid", details=problem)
        if (kind != "template" and self.enforce_window
                and self.now() - self.last_inbound.get(to, -1e12) > WINDOW_SECONDS):
            return graph_error(400, 131047, "Re-engagement message",
                               details="more than 24 hours have passed since the recipient last replied")
        if kind == "template" and self.templates and body["template"]["name"] not in self.templates:
            return graph_error(404, 132001, "Template name does not exist in the translation")
        message_id = f"wamid.{secrets.token_urlsafe(30)}"
        async with self._changed:
            self.sent.append(Sent(to, kind, body, message_id))
            self._changed.notify_all()
        return web.json_response({
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": to}],
            "messages": [{"id": message_id}],
        })

    async def _media_url(self, request: web.Request) -> web.Response:
        self.requests.append((request.method, request.path))
        if not self._authorized(request):
            return graph_error(401, 190, "Invalid OAuth access token")
        media_id = request.match_info["media_id"]
        if media_id == PHONE_NUMBER_ID:
            return web.json_response({"id": PHONE_NUMBER_ID, "display_phone_number": "+46 70 123 45 67",
                                      "verified_name": "Dals-Eds kommun"})
        if media_id not in self.media:
            return graph_error(400, 100, "Unsupported get request. Object with ID does not exist")
        data, mime = self.media[media_id]
        return web.json_response({
            "messaging_product": "whatsapp",
            "url": f"http://127.0.0.1:{self.port}/media-download/{media_id}?ext=1",
            "mime_type": mime,
            "sha256": hashlib.sha256(data).hexdigest(),
            "file_size": len(data),
            "id": media_id,
        })

    async def _download(self, request: web.Request) -> web.Response:
        self.requests.append((request.method, request.path))
        if not self._authorized(request):
            return web.Response(status=401)
        data, mime = self.media.get(request.match_info["media_id"], (b"", ""))
        if not data:
            return web.Response(status=404)
        return web.Response(body=data, content_type=mime)

    # --- reading what was sent --------------------------------------------------------------

    def sent_to(self, to: str) -> list[Sent]:
        return [s for s in self.sent if s.to == to]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        async def wait() -> None:
            async with self._changed:
                await self._changed.wait_for(predicate)

        await asyncio.wait_for(wait(), timeout)

    def add_media(self, data: bytes, mime: str) -> str:
        media_id = str(900000000000000 + next(self._ids))
        self.media[media_id] = (data, mime)
        return media_id


def _check(kind: str, body: dict[str, Any]) -> str:
    """The Cloud API's limits on what is sent; the reason it refuses, or ""."""
    if kind == "text":
        text = body.get("text", {}).get("body", "")
        if not text or len(text) > 4096:
            return f"text body of {len(text)} characters (1-4096)"
        return ""
    if kind == "interactive":
        interactive = body.get("interactive", {})
        text = interactive.get("body", {}).get("text", "")
        if not text or len(text) > 1024:
            return f"interactive body of {len(text)} characters (1-1024)"
        action = interactive.get("action", {})
        if interactive.get("type") == "button":
            buttons = action.get("buttons", [])
            if not 1 <= len(buttons) <= 3:
                return f"{len(buttons)} buttons (1-3)"
            ids = [b["reply"]["id"] for b in buttons]
            if len(set(ids)) != len(ids):
                return "button ids must be unique"
            for b in buttons:
                if not 1 <= len(b["reply"]["title"]) <= 20 or len(b["reply"]["id"]) > 256:
                    return f"button title {len(b['reply']['title'])} characters (1-20)"
            return ""
        if interactive.get("type") == "list":
            label = action.get("button", "")
            if not 1 <= len(label) <= 20:
                return f"list button label of {len(label)} characters (1-20)"
            sections = action.get("sections", [])
            rows = [r for s in sections for r in s.get("rows", [])]
            if not 1 <= len(rows) <= 10 or not 1 <= len(sections) <= 10:
                return f"{len(rows)} rows (1-10)"
            if len(sections) > 1 and any(not 1 <= len(s.get("title", "")) <= 24 for s in sections):
                return "section titles (1-24) are needed with more than one section"
            ids = [r["id"] for r in rows]
            if len(set(ids)) != len(ids):
                return "row ids must be unique"
            for r in rows:
                if not 1 <= len(r["title"]) <= 24 or len(r["id"]) > 200 or len(r.get("description", "")) > 72:
                    return f"row title {len(r['title'])} characters (1-24), description up to 72"
            return ""
        return f"interactive type {interactive.get('type')!r}"
    if kind == "template":
        template = body.get("template", {})
        if not template.get("name") or not template.get("language", {}).get("code"):
            return "template name and language"
        return ""
    return f"type {kind!r} is not faked"


# --- the people ------------------------------------------------------------------------------


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class FakeWhatsAppUser:
    """A person on WhatsApp: posts webhooks to the bot's server, reads what the bot sent them."""

    def __init__(self, api: FakeCloudAPI, webhook_url: str, wa_id: str, *, name: str = "Test Person") -> None:
        self.api = api
        self.webhook_url = webhook_url
        self.wa_id = wa_id
        self.name = name
        self.secret = APP_SECRET
        self.last_status = 0
        self._seen = 0
        # Waits until the bot is quiet (set by the test's harness); without it, until nothing new
        # has arrived for a moment.
        self.quiet: Callable[[], Awaitable[None]] | None = None

    def envelope(self, value: dict[str, Any]) -> dict[str, Any]:
        return {
            "object": "whatsapp_business_account",
            "entry": [{"id": WABA_ID, "changes": [{"field": "messages", "value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "46701234567", "phone_number_id": PHONE_NUMBER_ID},
                **value,
            }}]}],
        }

    def message(self, kind: str, content: dict[str, Any] | None = None, *, context: str | None = None,
                message_id: str | None = None, **extra: Any) -> dict[str, Any]:
        message: dict[str, Any] = {
            "from": self.wa_id,
            "id": message_id or f"wamid.{secrets.token_urlsafe(30)}",
            "timestamp": str(int(self.api.now())),
            "type": kind,
            **extra,
        }
        if content is not None:
            message[kind] = content
        if context is not None:
            message["context"] = {"from": "46701234567", "id": context}
        return message

    async def post(self, payload: dict[str, Any] | bytes, *, signature: str | None = None) -> int:
        """Post a webhook body as Meta does; return the HTTP status our server answered."""
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json",
                   "X-Hub-Signature-256": signature if signature is not None else sign(body, self.secret)}
        async with aiohttp.ClientSession() as session, session.post(self.webhook_url, data=body,
                                                                    headers=headers) as response:
            self.last_status = response.status
            return response.status

    async def deliver(self, message: dict[str, Any], *, wait: bool = True, timeout: float = 10.0) -> int:
        """Post one message; with `wait`, wait until the bot has sent something after it."""
        before = len(self.api.sent_to(self.wa_id))
        self.api.last_inbound[self.wa_id] = self.api.now()
        status = await self.post(self.envelope({
            "contacts": [{"profile": {"name": self.name}, "wa_id": self.wa_id}],
            "messages": [message],
        }))
        if wait and status == 200:
            await self.api.wait_for(lambda: len(self.api.sent_to(self.wa_id)) > before, timeout)
            await self.settle()
        return status

    async def settle(self, quiet: float = 0.15, timeout: float = 10.0) -> None:
        """Wait until the bot is quiet (the harness's check), or nothing new has come for `quiet` seconds."""
        if self.quiet is not None:
            await self.quiet()
            return
        deadline = time.monotonic() + timeout
        count = -1
        while time.monotonic() < deadline:
            now = len(self.api.sent_to(self.wa_id))
            if now == count:
                return
            count = now
            await asyncio.sleep(quiet)

    async def send(self, text: str, **kwargs: Any) -> int:
        return await self.deliver(self.message("text", {"body": text}), **kwargs)

    async def press(self, label: str, **kwargs: Any) -> int:
        """Tap the reply button or list row with this title (or whose id starts with it) under the latest
        message that has one."""
        for sent in reversed(self.api.sent_to(self.wa_id)):
            for title, ident in sent.choices:
                if title == label or ident == label or title.rstrip("…") and label.startswith(title.rstrip("…")):
                    kind = sent.body["interactive"]["type"]
                    reply = {"type": "button_reply", "button_reply": {"id": ident, "title": title}} if kind == "button" \
                        else {"type": "list_reply", "list_reply": {"id": ident, "title": title}}
                    return await self.deliver(self.message("interactive", reply, context=sent.id), **kwargs)
        raise AssertionError(f"no button {label!r} in {[s.choices for s in self.api.sent_to(self.wa_id)][-3:]}")

    async def tap_template(self, payload: str, text: str = "Visa", **kwargs: Any) -> int:
        """Tap the quick-reply button of a template message."""
        templates = [s for s in self.api.sent_to(self.wa_id) if s.type == "template"]
        context = templates[-1].id if templates else None
        return await self.deliver(self.message("button", {"payload": payload, "text": text}, context=context),
                                  **kwargs)

    def texts(self) -> list[str]:
        return [s.text for s in self.api.sent_to(self.wa_id)]

    def new_texts(self) -> list[str]:
        """What arrived since the last call."""
        texts = self.texts()
        new, self._seen = texts[self._seen:], len(texts)
        return new

    def last(self) -> Sent:
        return self.api.sent_to(self.wa_id)[-1]

    def status(self, message_id: str, status: str, *, error_code: int | None = None) -> dict[str, Any]:
        """A status webhook about a message the bot sent this person."""
        item: dict[str, Any] = {"id": message_id, "status": status, "timestamp": str(int(self.api.now())),
                                "recipient_id": self.wa_id}
        if error_code is not None:
            item["errors"] = [{"code": error_code, "title": "Re-engagement message" if error_code == 131047
                               else "Message undeliverable"}]
        return self.envelope({"statuses": [item]})
