"""The Bot API client on aiohttp (bot/telegram_http.py): what PTB expects of a BaseRequest."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.telegram_http import AiohttpRequest

TOKEN = "123:TEST"


def _bot(base: str) -> Bot:
    return Bot(TOKEN, base_url=f"{base}/bot", request=AiohttpRequest(), get_updates_request=AiohttpRequest())


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, list[web.Request], dict[str, object]]]:
    """A server that records requests; `behaviour["delay"]` makes it slow."""
    seen: list[web.Request] = []
    behaviour: dict[str, object] = {"delay": 0.0}
    bodies: list[object] = []

    async def handle(request: web.Request) -> web.Response:
        seen.append(request)
        if request.content_type.startswith("multipart/"):
            bodies.append({k: v if isinstance(v, str) else v.file.read() for k, v in (await request.post()).items()})
        else:
            bodies.append(dict(await request.post()))
        await asyncio.sleep(float(behaviour["delay"]))  # type: ignore[arg-type]
        if request.path.endswith("/getMe"):
            return web.json_response({"ok": True, "result": {"id": 123, "is_bot": True, "first_name": "Test"}})
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    behaviour["bodies"] = bodies
    try:
        yield f"http://127.0.0.1:{port}", seen, behaviour
    finally:
        await runner.cleanup()


async def test_a_call_sends_a_form_and_returns_the_status_and_body(server: tuple) -> None:  # type: ignore[type-arg]
    base, seen, behaviour = server
    async with _bot(base) as bot:
        assert await bot.set_my_description("Hej & välkommen", language_code="sv") is True
    assert seen[-1].path == f"/bot{TOKEN}/setMyDescription"
    assert seen[-1].headers["User-Agent"].startswith("python-telegram-bot")
    assert behaviour["bodies"][-1] == {"description": "Hej & välkommen", "language_code": "sv"}  # type: ignore[index]


async def test_files_go_as_multipart(server: tuple) -> None:  # type: ignore[type-arg]
    base, seen, behaviour = server
    async with _bot(base) as bot:
        assert await bot.set_chat_photo(chat_id=7, photo=b"\x89PNG bytes") is True
    assert seen[-1].content_type == "multipart/form-data"
    assert behaviour["bodies"][-1] == {"chat_id": "7", "photo": b"\x89PNG bytes"}  # type: ignore[index]


async def test_a_slow_answer_is_timed_out(server: tuple) -> None:  # type: ignore[type-arg]
    base, _, behaviour = server
    behaviour["delay"] = 1.0
    request = AiohttpRequest(read_timeout=0.1)
    await request.initialize()
    try:
        with pytest.raises(TimedOut):
            await request.do_request(f"{base}/getMe", "POST")
        # A call may allow itself longer, as getUpdates' long polling does.
        status, _ = await request.do_request(f"{base}/getMe", "POST", read_timeout=3.0)
        assert status == 200
    finally:
        await request.shutdown()


async def test_no_server_is_a_network_error() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    request = AiohttpRequest()
    await request.initialize()
    try:
        with pytest.raises(NetworkError):
            await request.do_request(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()


async def test_a_bot_on_it_can_be_shut_down_and_started_again(server: tuple) -> None:  # type: ignore[type-arg]
    base, seen, _ = server
    request = AiohttpRequest()
    bot = Bot(TOKEN, base_url=f"{base}/bot", request=request, get_updates_request=AiohttpRequest())
    for _ in range(2):
        await request.initialize()
        status, _ = await request.do_request(f"{base}/bot{TOKEN}/getMe", "POST")
        assert status == 200
        await request.shutdown()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request(f"{base}/bot{TOKEN}/getMe", "POST")
    assert len(seen) == 2 and bot.token == TOKEN
