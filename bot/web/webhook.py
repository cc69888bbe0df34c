"""Telegram beside the web server: long polling (default) or a webhook on a configurable path.

Telegram redelivers an update only when the webhook does not answer 200, so the update
is handled (its turn committed, its replies sent) before the 200; a semaphore bounds
the updates in flight, so a flood waits at the door (back-pressure: Telegram holds and
retries them) instead of piling up in memory where a crash would lose them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from collections.abc import AsyncIterator

from aiohttp import web
from telegram import Update

from bot.telegram import TelegramChannel, build_application
from bot.web.typedefs import RUNTIME, SETTINGS, TELEGRAM, WEBHOOK_SLOTS

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def telegram_ctx(app: web.Application) -> AsyncIterator[None]:
    """Start the PTB Application with the server and stop it with the server."""
    settings, runtime = app[SETTINGS], app[RUNTIME]
    webhook = settings.telegram_mode == "webhook"
    channel = TelegramChannel(runtime.services, runtime.catalogs)
    application = build_application(settings, channel, polling=not webhook)
    app[TELEGRAM] = application
    app[WEBHOOK_SLOTS] = asyncio.Semaphore(settings.webhook_max_in_flight)
    await application.initialize()
    await channel.publish_commands(application)
    await application.start()
    if webhook:
        assert settings.webhook_url is not None and settings.webhook_secret is not None
        await application.bot.set_webhook(
            settings.webhook_url,
            secret_token=settings.webhook_secret.get_secret_value(),
            allowed_updates=Update.ALL_TYPES,
            max_connections=settings.webhook_max_in_flight,
        )
        log.info("Telegram: webhook at %s", settings.effective_webhook_path)
    else:
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        log.info("Telegram: long polling")
    try:
        yield
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        # The webhook stays registered: Telegram keeps the updates until an instance is back.
        await application.stop()
        await application.shutdown()


async def receive(request: web.Request) -> web.Response:
    """Handle one update from Telegram: 403 without the right secret; 200 once it is handled."""
    settings = request.app[SETTINGS]
    expected = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    given = request.headers.get(SECRET_HEADER, "")
    if not expected or not secrets.compare_digest(expected.encode(), given.encode()):
        return web.Response(status=403, text="forbidden")
    try:
        payload = await request.json()
    except (json.JSONDecodeError, UnicodeDecodeError):
        return web.Response(status=400, text="not JSON")
    application = request.app[TELEGRAM]
    if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
        return web.Response(status=400, text="not an update")
    async with request.app[WEBHOOK_SLOTS]:
        update = Update.de_json(payload, application.bot)
        # Handler errors reach the Application's error handler (which apologises to the
        # resident); an error outside them propagates, gets a 500, and Telegram retries.
        await application.process_update(update)
    return web.Response(text="ok")
