"""Telegram beside the web server: long polling (default) or a webhook on a configurable path.

Either way every update is stored in the inbox and committed before Telegram is told it
arrived (bot/channels/telegram/service.py). The webhook answers 200 once the update is stored, not
after it is handled, so a resident waiting for their own earlier message never holds one
of Telegram's connections; 503 while the database cannot take it or the inbox is full, so
Telegram delivers it again later. A semaphore bounds the bodies being stored at once.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator

from aiohttp import web

from bot.channels.telegram.service import TelegramService
from bot.server.keys import RUNTIME, SETTINGS, TELEGRAM, TELEGRAM_SERVICE, WEBHOOK_SLOTS

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def telegram_ctx(app: web.Application) -> AsyncIterator[None]:
    """Start the Telegram side with the server and stop it with the server."""
    settings, runtime = app[SETTINGS], app[RUNTIME]
    service = TelegramService(settings, runtime)
    app[TELEGRAM_SERVICE] = service
    app[TELEGRAM] = service.application
    app[WEBHOOK_SLOTS] = asyncio.Semaphore(settings.webhook_max_in_flight)
    await service.start()
    try:
        yield
    finally:
        await service.stop()


async def receive(request: web.Request) -> web.Response:
    """Take one update from Telegram: 403 without the right secret; 200 once it is stored."""
    settings = request.app[SETTINGS]
    expected = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    given = request.headers.get(SECRET_HEADER, "")
    if not expected or not secrets.compare_digest(expected.encode(), given.encode()):
        return web.Response(status=403, text="forbidden")
    try:
        body = await request.read()
    except web.HTTPException:
        raise
    except Exception as exc:  # noqa: BLE001 - a body aiohttp cannot read (a broken gzip stream, ...)
        log.warning("webhook: a body that cannot be read was refused (%s)", type(exc).__name__)
        return web.Response(status=400, text="unreadable body")
    service = request.app[TELEGRAM_SERVICE]
    async with request.app[WEBHOOK_SLOTS]:
        try:
            status, text, call = await service.accept_webhook(body)
        except Exception as exc:  # noqa: BLE001 - never a 500 that Telegram would repeat for hours
            log.error("webhook: an update could not be taken (%s)", type(exc).__name__)
            status, text, call = 400, "not taken", None
    if call is not None:
        return web.json_response(call)   # Telegram runs it (a press's acknowledgement)
    headers = {"Retry-After": "5"} if status == 503 else None
    return web.Response(status=status, text=text, headers=headers)
