"""The one web server, without its channels: middlewares, logging, templates, static files,
/healthz and the clean-up sweeper.

`create_server(settings)` builds it; the assembly (bot/app.py `create_app`) adds the web chat,
the dashboard, the Telegram webhook and everything with a lifetime (the database, the Telegram
Application) in `cleanup_ctx`. Nothing here imports a channel or the dashboard: they register
their gate (`GATES`) and their larger forms (`FORM_LIMITS`) on the app.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import AsyncIterator, Sequence
from datetime import timedelta
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.typedefs import Middleware
from multidict import MultiMapping

from bot.i18n import bcp47, text_direction
from bot.logsafe import scrubbed_traceback
from bot.metrics import Metrics, request_counter
from bot.server.keys import FORM_LIMITS, GATES, RUNTIME, SECRETS, SETTINGS, WEBHOOK_PATHS
from bot.server.render import browser_locale, page
from bot.server.security import (
    BROWSER_COOKIE,
    CSRF_FIELD,
    LANG_COOKIE,
    Handler,
    add_security_headers,
    forwarded_middleware,
    read_form,
    same_origin,
    tokens_match,
)
from bot.settings import Settings
from storage import db, health, uploads
from storage import officers as officer_store
from storage import web as web_store
from storage.models import utcnow

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
# Forms carry a few thousand characters at most; Telegram updates are small too.
MAX_REQUEST_BYTES = 256 * 1024
SWEEP_EVERY_SECONDS = 3600
# A photo uploaded for a tip that was never sent is deleted after this long.
UNSENT_UPLOAD_HOURS = 24


def create_server(settings: Settings, *, before_guard: Sequence[Middleware] = ()) -> web.Application:
    """Build the bare web application; `before_guard` run after the proxy headers and before any form is read."""
    # Behind trusted proxies, their headers first: every check after sees the real client.
    forwarded = forwarded_middleware(settings)
    app = web.Application(
        client_max_size=MAX_REQUEST_BYTES,
        # The per-client limit before any form is read: a flood costs as little as possible.
        # Counting first: it sees every request's final status, the error pages' included (bot/metrics.py).
        middlewares=[request_counter(_metrics_of), _errors, *([forwarded] if forwarded is not None else []),
                     *before_guard, _guard],
        # Whichever runner serves the app (`serve`, the tests, the benchmark), these override its
        # logging: nothing that names a resident's address, device or cookie is ever written.
        handler_args={"access_log_class": OfficerAccessLogger, "logger": ServerLog(_server_log)},
    )
    app[SETTINGS] = settings
    app[WEBHOOK_PATHS] = _webhook_paths(settings)
    app[GATES] = []
    app[FORM_LIMITS] = {}
    env = aiohttp_jinja2.setup(
        app,
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,  # every template: resident text is hostile input
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["bcp47"] = bcp47                  # lang="{{ code|bcp47 }}" (our fa is Dari: fa-AF)
    env.filters["text_dir"] = text_direction      # dir="{{ code|text_dir }}" for a tagged text
    app.on_response_prepare.append(add_security_headers)
    app.router.add_get("/healthz", healthz)
    app.router.add_static("/static/", HERE / "static", name="static", append_version=True)
    return app


def _metrics_of(request: web.Request) -> Metrics | None:
    runtime = request.app.get(RUNTIME)
    return runtime.metrics if runtime is not None else None


async def sweeper_ctx(app: web.Application) -> AsyncIterator[None]:
    """Delete, every hour, what has outlived its retention: transcripts, sessions, login attempts,
    photos uploaded for tips that were never sent."""

    async def sweep_forever() -> None:
        while True:
            try:
                await sweep(app)
            except Exception:
                log.exception("the clean-up sweep failed; trying again in an hour")
            await asyncio.sleep(SWEEP_EVERY_SECONDS)

    task = asyncio.create_task(sweep_forever(), name="web-sweeper")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def sweep(app: web.Application) -> None:
    settings, runtime = app[SETTINGS], app[RUNTIME]
    async with runtime.services.sessionmaker.begin() as session:
        messages = await web_store.delete_older_than(settings.web_transcript_days, session=session)
        sessions = await officer_store.delete_expired_sessions(session=session)
        attempts = await officer_store.delete_old_attempts(session=session)
        unsent = await uploads.delete_unattached(
            before=utcnow() - timedelta(hours=UNSENT_UPLOAD_HOURS), session=session
        )
    log.info("swept %d old web messages, %d expired sessions, %d old login attempts, %d unsent photos",
             messages, sessions, attempts, unsent)


async def healthz(request: web.Request) -> web.Response:
    """Answer 200 when the process runs and the database takes a write, 503 otherwise."""
    runtime = request.app[RUNTIME]
    try:
        await health.write_probe(runtime.engine, timeout=3)
        # On the reader (the writer when there is none): no lock taken, never queued behind a
        # turn, bounded by its timeout.
        await db.ping(runtime.read_engine or runtime.engine, timeout=3)
    except Exception as exc:  # noqa: BLE001 - any failure means "not healthy"
        log.warning("health check: the database cannot take a write: %s", exc if isinstance(
            exc, health.StorageUnavailable) else type(exc).__name__)
        return web.json_response({"status": "error", "database": "unavailable"}, status=503)
    return web.json_response({"status": "ok", "database": "ok"})


# --- logging: who sent a request is never written -----------------------------------------------

_server_log = logging.getLogger("aiohttp.server")


def _is_officer_path(path: str) -> bool:
    return path == "/officer" or path.startswith("/officer/")


class OfficerAccessLogger(AbstractAccessLogger):
    """aiohttp's access log, officer side only: method, path, status and time.

    Never a client address, a User-Agent, a cookie, a referrer or a query string (a search
    term). A resident's request is not logged at all: matched by time against a tip, any
    line about it would point at the tipster.
    """

    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        if not _is_officer_path(request.path):
            return
        # The raw path is percent-encoded: no line breaks or other control characters.
        self.logger.info("%s %s %d %.1f ms", request.method, request.rel_url.raw_path[:200], response.status,
                         time * 1000)

    @property
    def enabled(self) -> bool:
        return self.logger.isEnabledFor(logging.INFO)


class ServerLog(logging.LoggerAdapter[logging.Logger]):
    """aiohttp's server log without the client's address or bytes.

    aiohttp logs a request it could not parse (a line too long, a bad header) at ERROR, as
    "Error handling request from <address>" with the exception, whose message quotes the
    request. Here a malformed request is one INFO line naming the error's type; any other
    failure keeps its level and stack, without messages or arguments.
    """

    def log(self, level: int, msg: object, *args: object, exc_info: object = None,
            **kwargs: object) -> None:
        if not self.isEnabledFor(level):
            return
        exc: BaseException | None = None
        if isinstance(exc_info, BaseException):
            exc = exc_info
        elif exc_info:
            exc = sys.exc_info()[1]
        if isinstance(exc, HttpProcessingError):
            self.logger.log(min(level, logging.INFO), "refused a malformed request: %s (%d)",
                            type(exc).__name__, exc.code)
            return
        text = msg if isinstance(msg, str) else type(msg).__name__
        # Only the message's constant part: its arguments may be an address.
        text = text.split(" from %s")[0].replace("%s", "-").replace("%r", "-").replace("%d", "-")
        if exc is not None:
            text = f"{text}: {scrubbed_traceback(exc)}"
        self.logger.log(level, "%s", text)


# --- middleware -------------------------------------------------------------------------------

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


@web.middleware
async def _guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse cross-site and token-less writes; keep the dashboard behind its login (its gate)."""
    form: MultiMapping[object] | None = None
    if request.method not in _SAFE_METHODS and not _is_webhook(request):
        if not same_origin(request):
            raise web.HTTPForbidden(text="cross-site request refused")
        limit = request.app[FORM_LIMITS].get(request.path)
        if limit is not None:
            # A form that carries a file (the web chat's photo): a larger body, still bounded, is read here.
            request = request.clone(client_max_size=limit)
        # Read here, once, for every form: a malformed body is a 400 before any handler runs.
        form = await read_form(request)
    for prefix, gate in request.app[GATES]:
        if request.path == prefix or request.path.startswith(prefix + "/"):
            return await gate(request, handler)
    if form is not None:
        browser = request.cookies.get(BROWSER_COOKIE)
        expected = request.app[SECRETS].csrf_for(browser) if browser else None
        if not tokens_match(expected, _field(form, CSRF_FIELD)):
            _close_files(form)
            raise web.HTTPForbidden(text="the form has expired; reload the page")
    return await handler(request)


def _is_webhook(request: web.Request) -> bool:
    """A platform's webhook (Telegram's, WhatsApp's): it proves itself by its secret, not by a form."""
    return request.path in request.app[WEBHOOK_PATHS]


def _webhook_paths(settings: Settings) -> frozenset[str]:
    """The paths of the platforms' webhooks, worked out once (not at every request)."""
    paths = {settings.effective_webhook_path}
    if settings.whatsapp_enabled:
        paths.add(settings.whatsapp_webhook_path)
    return frozenset(paths)


def _close_files(form: MultiMapping[object]) -> None:
    """Let go of the temporary files of an uploaded form that is refused unread."""
    for value in form.values():
        if isinstance(value, web.FileField):
            value.file.close()


def _field(form: MultiMapping[object], name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


@web.middleware
async def _errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Show errors as a page in the visitor's language; log what was unexpected."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400 or _is_webhook(request):
            raise
        if request.path == "/healthz" or request.path.startswith("/static/"):
            raise
        key = getattr(exc, "message_key", None)  # an error with a page of its own (the web chat's flood limit)
        if key is not None:
            response = _error_page(request, exc.status, key=key)
            if "Retry-After" in exc.headers:
                response.headers["Retry-After"] = exc.headers["Retry-After"]
            return response
        return _error_page(request, exc.status)
    except asyncio.CancelledError:
        raise
    except Exception as exc:
        # Never the exception's message or the request's headers: they may carry a resident's bytes.
        log.error("request %s %s failed: %s", request.method, _route_of(request), scrubbed_traceback(exc))
        return _error_page(request, 500)


def _route_of(request: web.Request) -> str:
    """Return the route's pattern (`/officer/tips/{reference}`), never what the request filled in."""
    resource = request.match_info.route.resource
    return resource.canonical if resource is not None else "-"


_ERROR_KEYS = {403: "web-error-forbidden", 404: "web-error-not-found", 413: "web-error-too-large",
               429: "web-error-too-many"}


def _error_page(request: web.Request, status: int, *, key: str | None = None) -> web.Response:
    locale = browser_locale(request, LANG_COOKIE)
    key = key or _ERROR_KEYS.get(status, "web-error-general")
    return page(request, "error.html", locale, {"message_key": key, "status": status}, status=status)
