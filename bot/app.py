"""The assembly: build the product from settings (catalogs, campaign, database, services), wire the
web server, the channels and the dashboard together, and serve them.

Nothing under bot/channels, bot/server, bot/dashboard or bot/outbox imports this module
(tests/test_layout.py): they expose `setup_routes` and cleanup contexts that `create_app` calls.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import hashlib
import hmac
import logging
import signal
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING

from bot.i18n import FALLBACK_LOCALE, Catalogs
from bot.metrics import Metrics
from bot.outbox import OutboxSignal
from bot.runtime import Runtime
from bot.settings import Settings
from bot.textlang import LanguageDetector
from handlers.campaign import Campaign, load_campaign
from handlers.context import Services, TipRules
from handlers.locks import FloodGate
from storage import db

if TYPE_CHECKING:
    from aiohttp import web

__all__ = ["Runtime", "ServeError", "build_runtime", "create_app", "load_catalogs_and_campaign", "serve"]

log = logging.getLogger(__name__)

# gc.set_threshold after start-up (serve): young generation, then how many of each pass make the next.
GC_THRESHOLDS = (20_000, 20, 100)


def pseudonymize(secret: bytes, channel: str, user_id: str) -> str:
    """Return the resident's keyed hash: stable per channel and user, unlinkable without the secret."""
    return hmac.new(secret, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()


def pseudonymizer(secret: bytes) -> Callable[[str, str], str]:
    """`pseudonymize` with the key's HMAC state made once and copied for each call (the same
    hashes; every update is hashed two or three times, and the key's set-up is half the work)."""
    keyed = hmac.new(secret, digestmod=hashlib.sha256)

    def pseudonym(channel: str, user_id: str) -> str:
        mac = keyed.copy()
        mac.update(f"{channel}:{user_id}".encode())
        return mac.hexdigest()

    return pseudonym


def load_catalogs_and_campaign(settings: Settings) -> tuple[Catalogs, Campaign]:
    """Load the catalogs and the campaign; a campaign fault raises CampaignError."""
    catalogs = Catalogs()
    # Every campaign text must be in the Swedish catalog, which every language falls back
    # to; that each language has its own is checked by the locale tests.
    campaign = load_campaign(settings.campaign_file, known_keys=catalogs.keys(FALLBACK_LOCALE))
    return catalogs, campaign


async def build_runtime(settings: Settings, *, migrate: bool = True) -> Runtime:
    """Build everything but the channels; apply the migrations unless told not to."""
    catalogs, campaign = load_catalogs_and_campaign(settings)
    url = settings.effective_database_url
    engine = db.create_engine(url, durability=settings.sqlite_durability)
    if migrate and settings.run_migrations:
        await db.upgrade(engine)
    elif migrate:  # RUN_MIGRATIONS=false: a separate `db upgrade` step migrates; never run on an old schema
        current, head = await db.schema_revisions(engine)
        if current != head:
            await engine.dispose()
            raise db.SchemaNotCurrent(
                f"the database schema is at {current or 'nothing'}, this version needs {head}; "
                "run `medborgardialog db upgrade` first (RUN_MIGRATIONS=false)"
            )
    read_engine = db.create_read_engine(url, engine)
    outbox_signal = OutboxSignal()
    metrics = Metrics()
    services = Services(
        campaign=campaign,
        sessionmaker=db.create_sessionmaker(engine),
        pseudonymize=pseudonymizer(settings.resolve_pseudonym_secret()),
        detect_language=LanguageDetector(),
        locales=tuple(code for code in campaign.locales if code in catalogs.locales),
        max_answer_length=settings.max_answer_length,
        tips=tip_rules(settings),
        outbox_wakeup=outbox_signal,
        flood=FloodGate(settings.resident_messages_per_minute),
        public_base_url=settings.effective_public_base_url,
        observe_turn=metrics.observe_turn,
    )
    return Runtime(settings, catalogs, campaign, engine, services, outbox_signal, read_engine, metrics=metrics)


def tip_rules(settings: Settings) -> TipRules:
    """Return how tips are taken: limits, retention, and the Telegram officers and officer chat."""
    telegram_officers = settings.officer_chat_id is not None and settings.telegram_bot_token is not None
    return TipRules(
        max_length=settings.max_tip_length,
        per_hour=settings.tips_per_hour,
        retention_days=settings.tip_retention_days,
        officer_user_ids=frozenset(f"telegram:{user_id}" for user_id in settings.officer_user_ids),
        officer_channels=("telegram",) if telegram_officers else (),
        max_photo_bytes=settings.web_photo_max_bytes,
    )


def create_app(settings: Settings, *, runtime: Runtime | None = None) -> web.Application:
    """Build the web application: the server, the web chat, the dashboard, the Telegram webhook;
    pass `runtime` to share one already built (its owner closes it)."""
    from bot.channels.telegram import webhook
    from bot.channels.web import chat, flood
    from bot.channels.web.deliverer import web_outbox_ctx
    from bot.dashboard import second_factor, themes_page, tips, updates, views
    from bot.server import legal, results
    from bot.server.app import create_server, sweeper_ctx

    app = create_server(settings, before_guard=[flood.limit_clients])
    app.cleanup_ctx.append(_runtime_ctx(runtime))
    if settings.metrics_port is not None:
        app.cleanup_ctx.append(_metrics_ctx)
    app.cleanup_ctx.append(flood.limiter_ctx)
    if settings.telegram_bot_token is not None:
        app.cleanup_ctx.append(webhook.telegram_ctx)
    app.cleanup_ctx.append(sweeper_ctx)
    # Officers' answers and status changes for web tipsters, from the outbox into their chat.
    app.cleanup_ctx.append(web_outbox_ctx)
    chat.setup_routes(app)
    views.setup_routes(app)
    second_factor.setup_routes(app)
    tips.setup_routes(app)
    updates.setup_routes(app)
    legal.setup_routes(app)
    results.setup_routes(app)
    themes_page.setup_routes(app)
    if settings.telegram_bot_token is not None and settings.telegram_mode == "webhook":
        app.router.add_post(settings.effective_webhook_path, webhook.receive)
    if settings.whatsapp_enabled:
        from bot.channels.whatsapp import webhook as whatsapp

        # The channel (its inbox), then the outbox worker for WhatsApp tipsters, which needs it.
        app.cleanup_ctx.append(whatsapp.whatsapp_ctx)
        app.cleanup_ctx.append(whatsapp.whatsapp_outbox_ctx)
        whatsapp.setup_routes(app)
    return app


async def _metrics_ctx(app: web.Application) -> AsyncIterator[None]:
    """Serve /metrics on METRICS_HOST:METRICS_PORT, a listener of its own (bot/metrics.py says why)."""
    from bot.metrics import serving
    from bot.server.keys import RUNTIME, SETTINGS

    settings, runtime = app[SETTINGS], app[RUNTIME]
    assert settings.metrics_port is not None
    async with contextlib.AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(
                serving(runtime.metrics, runtime.reads, settings.metrics_host, settings.metrics_port))
        except OSError as exc:
            raise ServeError(
                f"cannot listen on {settings.metrics_host}:{settings.metrics_port} for /metrics ({exc.strerror}); "
                "set METRICS_PORT to a free port"
            ) from None
        yield


def _runtime_ctx(shared: Runtime | None) -> Callable[[web.Application], AsyncIterator[None]]:
    """An aiohttp cleanup context: the runtime (`shared`, else one built for the app) and the secrets."""
    from bot.server.keys import RUNTIME, SECRETS, SETTINGS
    from bot.server.security import Secrets

    async def ctx(app: web.Application) -> AsyncIterator[None]:
        runtime = shared or await build_runtime(app[SETTINGS])
        app[RUNTIME] = runtime
        app[SECRETS] = Secrets.derive(app[SETTINGS].resolve_pseudonym_secret())
        try:
            yield
        finally:
            if shared is None:
                await runtime.close()

    return ctx


async def serve(settings: Settings, *, announce: Callable[[str], object] = print) -> None:
    """Run the web server until SIGINT or SIGTERM: web chat, officer dashboard, /healthz, and
    Telegram beside them when a token is set (long polling, or the webhook)."""
    from aiohttp import web

    from bot.channels.telegram.deliverer import outbox_ctx

    app = create_app(settings)
    # After the Telegram context: tips to the officer chat, messages to Telegram tipsters
    # (bot/channels/telegram/deliverer.py, run by the worker of bot/outbox/).
    app.cleanup_ctx.append(outbox_ctx)
    runner = web.AppRunner(app)
    try:
        await runner.setup()  # runs the startup half of every cleanup_ctx: database, Telegram, ...
    except ServeError:
        await runner.cleanup()
        raise
    except Exception as exc:
        from storage.health import is_unavailable

        if not is_unavailable(exc):
            raise
        await runner.cleanup()
        raise ServeError(
            f"cannot open the database for writing ({_fault(exc)}); check that DATA_DIR "
            f"({settings.data_dir}) or DATABASE_URL points at a writable place with free space"
        ) from None
    # Everything built so far lives as long as the process: keep it out of the garbage
    # collector's full passes, which otherwise stop the event loop for ~80 ms each
    # (benchmarks/README.md).
    gc.freeze()
    # What is allocated afterwards is mostly a turn's short-lived objects: collect the young
    # generation every 20,000 allocations instead of 700: fewer passes, and no full pass (each
    # of which held the loop 25-50 ms, ~7 per 5,600 updates) in a benchmark run; 1-5 % less CPU
    # per update, peak RSS unchanged (benchmarks/README.md, "Garbage collection").
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        site = web.TCPSite(runner, settings.http_host, settings.http_port)
        try:
            await site.start()
        except OSError as exc:
            raise ServeError(
                f"cannot listen on {settings.http_host}:{settings.http_port} ({exc.strerror}); "
                "set HTTP_PORT to a free port"
            ) from None
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        for line in await _welcome_lines(app, settings):
            announce(line)
        await stop.wait()
        log.info("stopping")
    finally:
        await runner.cleanup()


def _fault(exc: BaseException) -> str:
    """The cause in a few words, without a statement or its parameters."""
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, OSError) and original.strerror:
        return original.strerror
    return str(original).split("\n", 1)[0][:120] or type(original).__name__


class ServeError(Exception):
    """The server cannot start; the message says why and what to change."""


async def _welcome_lines(app: web.Application, settings: Settings) -> list[str]:
    from bot.server.keys import RUNTIME
    from storage import officers

    runtime = app[RUNTIME]
    async with runtime.services.sessionmaker() as session:
        officer_count = await officers.count_active(session=session)
    host = settings.http_host
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else f"[{host}]" if ":" in host and host != "::" else host
    if host == "::":
        shown = "[::1]"
    base = f"http://{shown}:{settings.http_port}"
    lines = [
        "medborgardialog is running. Ctrl+C stops it.",
        f"  Web chat for residents:  {base}/",
        f"  Officer dashboard:       {base}/officer",
    ]
    if officer_count == 0:
        lines.append("    (no officer account yet: `python3 tasks.py cli officer add NAME`, or")
        lines.append("     `medborgardialog officer add NAME` where it is installed, creates one)")
    if settings.telegram_bot_token is None:
        lines.append("  Telegram: off (set TELEGRAM_BOT_TOKEN to run the bot beside the web chat)")
    elif settings.telegram_mode == "webhook":
        lines.append(f"  Telegram: webhook at {settings.webhook_url}")
    else:
        lines.append("  Telegram: on (long polling)")
    if settings.whatsapp_enabled:
        lines.append(f"  WhatsApp: webhook at {settings.effective_public_base_url}{settings.whatsapp_webhook_path}")
    else:
        lines.append("  WhatsApp: off (set WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_APP_SECRET and "
                     "WHATSAPP_VERIFY_TOKEN to take residents' messages from the Cloud API)")
    if settings.metrics_port is not None:
        host = settings.metrics_host
        shown = "127.0.0.1" if host in ("0.0.0.0", "") else "[::1]" if host == "::" else f"[{host}]" if ":" in host \
            else host
        lines.append(f"  Metrics (Prometheus):    http://{shown}:{settings.metrics_port}/metrics")
    return lines
