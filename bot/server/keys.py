"""Typed state of the web application (aiohttp `AppKey`s and request keys)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:  # the keys name these types as strings, for type checkers
    from telegram.ext import Application  # noqa: F401

    from bot.channels.telegram.service import TelegramService  # noqa: F401
    from bot.channels.web.flood import ClientLimiter  # noqa: F401
    from bot.runtime import Runtime  # noqa: F401
    from bot.server.security import Secrets  # noqa: F401
    from bot.settings import Settings  # noqa: F401
    from storage.models import Officer, OfficerSession  # noqa: F401

SETTINGS = web.AppKey("settings", "Settings")
RUNTIME = web.AppKey("runtime", "Runtime")
SECRETS = web.AppKey("secrets", "Secrets")
# The PTB Application when a token is set, else absent.
TELEGRAM = web.AppKey("telegram", "Application")
# The Telegram side (Application, inbox, polling or webhook) when a token is set.
TELEGRAM_SERVICE = web.AppKey("telegram_service", "TelegramService")
# Bounds the webhook updates stored at once (back-pressure instead of a queue).
WEBHOOK_SLOTS = web.AppKey("webhook_slots", asyncio.Semaphore)
# The web chat's per-client limits (bot/channels/web/flood.py).
CLIENT_LIMITER = web.AppKey("client_limiter", "ClientLimiter")
# Photos decoded and re-encoded at once (bot/images.py): each may take hundreds of MB.
PHOTO_SLOTS = web.AppKey("photo_slots", asyncio.Semaphore)
# One officer login at a time checks and records its attempt (the throttle), bot/dashboard/views.py.
LOGIN_LOCK = web.AppKey("login_lock", asyncio.Lock)

# Who guards which paths, (prefix, gate), and which paths take a larger form (path: bytes), as the
# dashboard and the web chat register them (bot/server/app.py `_guard`).
GATES = web.AppKey("gates", list)
FORM_LIMITS = web.AppKey("form_limits", dict)

# Set by the officer middleware on a request that carries a live session.
OFFICER = web.RequestKey("officer", "Officer")
OFFICER_SESSION = web.RequestKey("officer_session", "OfficerSession")
# Set on the original request when a trusted proxy says the browser came over HTTPS.
FORWARDED_HTTPS = web.RequestKey("forwarded_https", bool)
