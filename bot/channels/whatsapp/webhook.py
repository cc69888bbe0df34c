"""WhatsApp's webhook on the web server: the verification handshake, and signed changes.

`GET` answers Meta's subscription check: `hub.mode=subscribe` with our verify token gets
`hub.challenge` back, anything else 403. Every `POST` must carry `X-Hub-Signature-256`,
the HMAC-SHA256 of the raw body with the app secret, compared in constant time; without it
the answer is 403 and nothing is read further or stored. A signed body is stored in the
inbox before the 200 (503 while the database cannot take it or the inbox is full: Meta
delivers it again), a few at a time (a semaphore).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
from collections.abc import AsyncIterator

from aiohttp import web

from bot.channels.whatsapp.service import WhatsAppService
from bot.server.keys import RUNTIME, SETTINGS

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"
WHATSAPP = web.AppKey("whatsapp", WhatsAppService)
WHATSAPP_SLOTS = web.AppKey("whatsapp_slots", asyncio.Semaphore)
WHATSAPP_OUTBOX = web.AppKey("whatsapp_outbox", object)
_CHALLENGE_MAX = 256


async def whatsapp_ctx(app: web.Application) -> AsyncIterator[None]:
    """Start the WhatsApp side with the server and stop it with the server."""
    settings = app[SETTINGS]
    service = WhatsAppService(settings, app[RUNTIME])
    app[WHATSAPP] = service
    app[WHATSAPP_SLOTS] = asyncio.Semaphore(settings.webhook_max_in_flight)
    await service.start()
    try:
        yield
    finally:
        await service.stop()


def setup_routes(app: web.Application) -> None:
    path = app[SETTINGS].whatsapp_webhook_path
    app.router.add_get(path, verify, name="whatsapp-verify")
    app.router.add_post(path, receive, name="whatsapp-webhook")


async def verify(request: web.Request) -> web.Response:
    """Answer Meta's subscription check with the challenge, if the verify token is ours."""
    settings = request.app[SETTINGS]
    expected = settings.whatsapp_verify_token.get_secret_value() if settings.whatsapp_verify_token else ""
    mode = request.query.get("hub.mode", "")
    given = request.query.get("hub.verify_token", "")
    challenge = request.query.get("hub.challenge", "")
    if (mode != "subscribe" or not expected or not secrets.compare_digest(expected.encode(), given.encode())
            or not challenge or len(challenge) > _CHALLENGE_MAX or not challenge.isprintable()):
        return web.Response(status=403, text="forbidden")
    log.info("WhatsApp: the webhook subscription was verified")
    return web.Response(text=challenge, content_type="text/plain")


def signature_ok(secret: str, body: bytes, header: str) -> bool:
    """Whether `header` is "sha256=" and the HMAC-SHA256 of `body` with `secret` (constant time)."""
    expected = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return bool(secret) and secrets.compare_digest(expected.encode(), header.strip().lower().encode())


async def receive(request: web.Request) -> web.Response:
    """Take one change from Meta: 403 unless signed with our app secret; 200 once it is stored."""
    settings = request.app[SETTINGS]
    secret = settings.whatsapp_app_secret.get_secret_value() if settings.whatsapp_app_secret else ""
    try:
        body = await request.read()
    except web.HTTPException:
        raise
    except Exception as exc:  # noqa: BLE001 - a body aiohttp cannot read (a broken stream, ...)
        log.warning("WhatsApp webhook: a body that cannot be read was refused (%s)", type(exc).__name__)
        return web.Response(status=400, text="unreadable body")
    if not signature_ok(secret, body, request.headers.get(SIGNATURE_HEADER, "")):
        return web.Response(status=403, text="forbidden")
    async with request.app[WHATSAPP_SLOTS]:
        try:
            status, text = await request.app[WHATSAPP].accept_webhook(body)
        except Exception as exc:  # noqa: BLE001 - never a 500 that Meta would repeat for days
            log.error("WhatsApp webhook: a change could not be taken (%s)", type(exc).__name__)
            status, text = 400, "not taken"
    headers = {"Retry-After": "5"} if status == 503 else None
    return web.Response(status=status, text=text, headers=headers)


async def whatsapp_outbox_ctx(app: web.Application) -> AsyncIterator[None]:
    """Run an outbox worker for WhatsApp tipsters beside the server."""
    from bot.channels.whatsapp.deliverer import WhatsAppDeliverer
    from bot.outbox import running_outbox

    async with running_outbox(app[RUNTIME], {"whatsapp": WhatsAppDeliverer(app[WHATSAPP])}) as worker:
        app[WHATSAPP_OUTBOX] = worker
        yield
