"""Typed state of the web application (aiohttp `AppKey`s and request keys).

Each key names the type of what it holds, so mypy checks every `app[KEY]` and `request[KEY]`
(tests/test_types.py). A key is given its class where importing it here is free: the runtime,
the settings, the models. The classes of a channel (bot/channels/) and of the modules of
bot/server that read these keys themselves are named in the key's annotation only, under
`TYPE_CHECKING`: importing them would pull a channel into the server, or go round in a circle.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiohttp import web
from aiohttp.typedefs import Middleware

from bot.runtime import Runtime
from bot.settings import Settings
from storage.models import Officer, OfficerSession

if TYPE_CHECKING:
    from bot.channels.telegram.adapter import TelegramApplication
    from bot.channels.telegram.service import TelegramService
    from bot.channels.web.flood import ClientLimiter
    from bot.dashboard.themes import ThemeCache
    from bot.server.security import Secrets

SETTINGS = web.AppKey("settings", Settings)
RUNTIME = web.AppKey("runtime", Runtime)
SECRETS: web.AppKey[Secrets] = web.AppKey("secrets")
# The PTB Application when a token is set, else absent.
TELEGRAM: web.AppKey[TelegramApplication] = web.AppKey("telegram")
# The Telegram side (Application, inbox, polling or webhook) when a token is set.
TELEGRAM_SERVICE: web.AppKey[TelegramService] = web.AppKey("telegram_service")
# Bounds the webhook updates stored at once (back-pressure instead of a queue).
WEBHOOK_SLOTS = web.AppKey("webhook_slots", asyncio.Semaphore)
# The platforms' webhook paths (Telegram's, WhatsApp's when it is on), from the settings.
WEBHOOK_PATHS: web.AppKey[frozenset[str]] = web.AppKey("webhook_paths")
# The web chat's per-client limits (bot/channels/web/flood.py).
CLIENT_LIMITER: web.AppKey[ClientLimiter] = web.AppKey("client_limiter")
# Photos decoded and re-encoded at once (bot/images.py): each may take hundreds of MB.
PHOTO_SLOTS = web.AppKey("photo_slots", asyncio.Semaphore)
# One officer login at a time checks and records its attempt (the throttle), bot/dashboard/views.py.
LOGIN_LOCK = web.AppKey("login_lock", asyncio.Lock)
# The themes of each focus area, worked out in a thread and kept (bot/dashboard/themes.py).
THEMES: web.AppKey[ThemeCache] = web.AppKey("themes")

# Who guards which paths, (prefix, gate), and which paths take a larger form (path: bytes), as the
# dashboard and the web chat register them (bot/server/app.py `_guard`). A gate is called as a
# middleware is, with the request and the handler it would reach.
GATES: web.AppKey[list[tuple[str, Middleware]]] = web.AppKey("gates", list)
FORM_LIMITS: web.AppKey[dict[str, int]] = web.AppKey("form_limits", dict)

# Set by the officer middleware on a request that carries a live session.
OFFICER = web.RequestKey("officer", Officer)
OFFICER_SESSION = web.RequestKey("officer_session", OfficerSession)
# Set on the original request when a trusted proxy says the browser came over HTTPS.
FORWARDED_HTTPS = web.RequestKey("forwarded_https", bool)
