"""A per-client limit in front of the web chat, so a flood is stopped by where it comes from.

The web chat's own limits (tips an hour, answers) count per browser cookie, and a new
cookie costs one GET /: a script that drops its cookies would meet none of them. This
limit counts per client address instead: the chat's posts (`/chat`, `/chat/photo`,
`/language`) and the first visits that get a new cookie, each in a moving window
(`limits`, in memory: per process, gone on restart, nothing written anywhere).

The address itself is never kept: the key is an HMAC of it under a random key made when
the process starts, so not even the process's memory holds a list of addresses, and the
key cannot be recomputed later. IPv6 clients are counted by their /64 (one household or
phone usually holds a whole /64). A resident typing and pressing buttons never comes near
the defaults; behind one shared address (a school, a workplace, a mobile operator's NAT)
several residents share one budget, which is why the defaults are generous.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import ipaddress
import math
import secrets
import time
from collections.abc import AsyncIterator

from aiohttp import web
from limits import RateLimitItem, parse_many
from limits.aio.storage import MemoryStorage
from limits.aio.strategies import MovingWindowRateLimiter

from bot.channels.web import chat
from bot.server.keys import CLIENT_LIMITER, SETTINGS
from bot.server.security import Handler, client_address

POSTS = "post"
NEW_BROWSERS = "new-browser"
# The resident's side of the web chat that a script would flood; /officer has its own throttle.
LIMITED_POSTS = frozenset({"/chat", chat.PHOTO_PATH, "/language"})


class TooManyFromClient(web.HTTPTooManyRequests):
    """The per-client limit applies: a page in the resident's language, with Retry-After."""

    message_key = "web-error-flood"  # the error page's text (bot/server/app.py `_errors`)


class ClientLimiter:
    """Moving-window limits per client, keyed by a keyed hash of the client's address."""

    def __init__(self, posts: str, new_browsers: str) -> None:
        self._key = secrets.token_bytes(32)  # this process's only: never stored, never logged
        self._storage = MemoryStorage()
        self._limiter = MovingWindowRateLimiter(self._storage)
        self._limits: dict[str, list[RateLimitItem]] = {
            POSTS: parse_many(posts), NEW_BROWSERS: parse_many(new_browsers),
        }

    def client_key(self, address: str) -> str:
        """Return the key the client is counted under: never the address itself."""
        try:
            parsed = ipaddress.ip_address(address)
        except ValueError:
            network = address
        else:
            prefix = 64 if parsed.version == 6 else 32
            network = str(ipaddress.ip_network(f"{parsed}/{prefix}", strict=False))
        return hmac.new(self._key, network.encode(), hashlib.sha256).hexdigest()[:32]

    async def hit(self, kind: str, address: str) -> int | None:
        """Count one request of `kind`; return the seconds to wait when it is over a limit
        (the request is then not counted), else None."""
        key = self.client_key(address)
        items = self._limits[kind]
        for item in items:
            if not await self._limiter.test(item, kind, key):
                stats = await self._limiter.get_window_stats(item, kind, key)
                return max(1, math.ceil(stats.reset_time - time.time()))
        for item in items:
            await self._limiter.hit(item, kind, key)
        return None

    async def close(self) -> None:
        timer = getattr(self._storage, "timer", None)  # the storage's own expiry task, if running
        if timer is not None and not timer.done():
            timer.cancel()
            with contextlib.suppress(BaseException):
                await timer


async def limiter_ctx(app: web.Application) -> AsyncIterator[None]:
    """Hold the per-client limits for as long as the app runs."""
    settings = app[SETTINGS]
    limiter = ClientLimiter(settings.web_client_post_limit, settings.web_client_new_browser_limit)
    app[CLIENT_LIMITER] = limiter
    try:
        yield
    finally:
        await limiter.close()


@web.middleware
async def limit_clients(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer 429, with Retry-After, to a client over the web chat's per-client limits."""
    kind: str | None = None
    if request.method == "POST" and request.path in LIMITED_POSTS:
        kind = POSTS
    elif request.method in ("GET", "HEAD") and request.path == "/" and chat.browser_id(request) is None:
        kind = NEW_BROWSERS  # this visit gets a new cookie: what a script would ask for over and over
    if kind is not None:
        wait = await request.app[CLIENT_LIMITER].hit(kind, client_address(request))
        if wait is not None:
            raise TooManyFromClient(headers={"Retry-After": str(wait)})
    return await handler(request)
