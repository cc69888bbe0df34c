"""The bots themselves, each in its own interpreter (`--child`): ours as `medborgardialog run`
starts it, or the bare python-telegram-bot echo bot; both time their own garbage collections."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import resource
import signal
import sys
import time
from pathlib import Path

from aiohttp import web

from benchmarks.dialogue.fake_api import TOKEN

PSEUDONYM_SECRET = "bench-pseudonym-secret-0123456789abcdef"

# --- the bots (child processes) -------------------------------------------------------------


def _configure_logging() -> None:
    import logging

    # As `medborgardialog run` does (bot/cli.py): INFO, and no per-request lines from httpx.
    logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


async def _until_terminated() -> None:
    """Wait for SIGINT or SIGTERM, as production does; or until the benchmark that started us is gone."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    parent = os.getppid()
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1.0)
        if os.getppid() != parent:
            return


WEBHOOK_SECRET = "bench-webhook-secret"
WEBHOOK_PATH = "/telegram/webhook"


async def run_ours(args: argparse.Namespace) -> None:
    """Our product as `medborgardialog run` starts it (`bot.app.serve`): the web server, Telegram
    beside it (long polling, or the webhook on the web server), the outbox; stopped by SIGTERM."""
    from bot.app import serve
    from bot.settings import Settings

    webhook = args.mode == "webhook"
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=TOKEN,
        telegram_api_base_url=args.api_base,
        telegram_mode=args.mode,
        telegram_rate_limit=False,  # the fake server has no cap
        telegram_concurrency=args.concurrency,
        database_url=args.database_url,
        data_dir=Path(args.data_dir),
        pseudonym_secret=PSEUDONYM_SECRET,
        http_host="127.0.0.1",
        http_port=args.http_port,
        sqlite_durability=args.durability,
        # The dashboard phase's officer logs in with a password only (the login is not measured).
        officer_totp_required=False,
        **({"webhook_url": f"http://127.0.0.1:{args.http_port}{WEBHOOK_PATH}", "webhook_secret": WEBHOOK_SECRET}
           if webhook else {}),
    )
    watchdog = asyncio.create_task(_stop_when_orphaned())
    try:
        await serve(settings, announce=_serving)
    finally:
        watchdog.cancel()


def _serving(line: str) -> None:
    """`serve` announces itself once it has started: collections from here on are the ones that count."""
    PAUSES.reset()
    _watch_the_loop(Path.cwd())
    print(line, file=sys.stderr, flush=True)


def _watch_the_loop(directory: Path) -> None:
    """SIGUSR1 starts timing how long the event loop is held (benchmarks/dialogue/looplag.py);
    SIGUSR2 writes the figures to `directory/looplag.json` and stops."""
    from benchmarks.dialogue.looplag import LoopStalls

    loop = asyncio.get_running_loop()
    current: list[LoopStalls] = []

    def start() -> None:
        if not current:
            current.append(LoopStalls().__enter__())

    def stop() -> None:
        report = {}
        if current:
            stalls = current.pop()
            stalls.__exit__(None, None, None)
            report = stalls.report()
        (directory / "looplag.json").write_text(json.dumps(report))

    loop.add_signal_handler(signal.SIGUSR1, start)
    loop.add_signal_handler(signal.SIGUSR2, stop)


async def _stop_when_orphaned() -> None:
    """Stop as SIGTERM would when the benchmark that started us is gone."""
    parent = os.getppid()
    while os.getppid() == parent:  # noqa: ASYNC110 - no event tells of the parent's end: poll
        await asyncio.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


async def run_echo(args: argparse.Namespace) -> None:
    """A bare python-telegram-bot bot, as its documentation shows one: one sendMessage per update,
    the same concurrency; polling with its Updater, or a webhook as in PTB's custom-webhook
    example (a small aiohttp server that puts each update on `update_queue`).

    `echo`: PTB's own request layer (httpx). `echo-aiohttp`: the same bot on our aiohttp
    request layer (bot/channels/telegram/http.py), so a reader sees what the transport is worth.
    """
    from telegram import Update
    from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        if update.callback_query is not None:
            text = update.callback_query.data or "?"
        else:
            text = update.effective_message.text if update.effective_message else None
        await context.bot.send_message(chat.id, text or "?")

    builder = Application.builder().token(TOKEN).base_url(args.api_base).concurrent_updates(args.concurrency)
    if args.child == "echo-aiohttp":
        from bot.channels.telegram.http import AiohttpRequest

        builder = builder.request(AiohttpRequest(connection_pool_size=256)).get_updates_request(
            AiohttpRequest(connection_pool_size=1))
    if args.mode == "webhook":
        builder = builder.updater(None)
    application = builder.build()
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(echo))
    async with application:
        await application.start()
        runner = None
        if args.mode == "webhook":
            async def receive(request: web.Request) -> web.Response:
                if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != WEBHOOK_SECRET:
                    return web.Response(status=403)
                await application.update_queue.put(Update.de_json(await request.json(), application.bot))
                return web.Response()

            app = web.Application()
            app.router.add_post(WEBHOOK_PATH, receive)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", args.http_port).start()
            await application.bot.set_webhook(f"http://127.0.0.1:{args.http_port}{WEBHOOK_PATH}",
                                              secret_token=WEBHOOK_SECRET, allowed_updates=Update.ALL_TYPES)
        else:
            assert application.updater is not None
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        PAUSES.reset()
        await _until_terminated()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()
        if runner is not None:
            await runner.cleanup()


class GCPauses:
    """Time the interpreter's garbage collections once the bot serves (start-up is not counted):
    a full one stops the event loop for all residents."""

    def __init__(self) -> None:
        self.started = 0.0
        self.full: list[float] = []
        self.young = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        elif info["generation"] == 2:
            self.full.append(time.perf_counter() - self.started)
        else:
            self.young += time.perf_counter() - self.started

    def reset(self) -> None:
        self.full.clear()
        self.young = 0.0

    def report(self) -> dict[str, float]:
        return {"full_collections": len(self.full),
                "full_max_ms": round(max(self.full, default=0.0) * 1000, 1),
                "full_total_ms": round(sum(self.full) * 1000, 1),
                "young_total_ms": round(self.young * 1000, 1)}


PAUSES = GCPauses()


def child_main(args: argparse.Namespace) -> int:
    import gc

    _configure_logging()
    gc.callbacks.append(PAUSES)
    asyncio.run(run_ours(args) if args.child == "ours" else run_echo(args))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # ru_maxrss is KiB on Linux, bytes on macOS.
    maxrss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    print(json.dumps({"maxrss_kib": maxrss, "cpu_s": usage.ru_utime + usage.ru_stime, "gc": PAUSES.report()}),
          flush=True)
    return 0


