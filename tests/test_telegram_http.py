"""The Bot API client on aiohttp (bot/channels/telegram/http.py): what PTB expects of a BaseRequest."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, TimedOut

from bot.channels.telegram.http import AiohttpRequest
from tests.conftest import BotHarness, make_settings
from tests.fakebotapi import FakeBotAPI, FakeUser

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
        elif request.content_type == "application/json":
            raw = await request.read()
            bodies.append({"raw": raw, "json": json.loads(raw)})
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


async def test_a_call_sends_json_and_returns_the_status_and_body(server: tuple) -> None:  # type: ignore[type-arg]
    base, seen, behaviour = server
    async with _bot(base) as bot:
        assert await bot.set_my_description("Hej & välkommen", language_code="sv") is True
    assert seen[-1].path == f"/bot{TOKEN}/setMyDescription"
    assert seen[-1].headers["User-Agent"].startswith("python-telegram-bot")
    assert seen[-1].content_type == "application/json"
    body = behaviour["bodies"][-1]  # type: ignore[index]
    assert body["json"] == {"description": "Hej & välkommen", "language_code": "sv"}
    assert "välkommen".encode() in body["raw"]   # UTF-8 as it is, not \u escapes


async def test_a_keyboard_goes_as_an_object_inside_the_json_body(server: tuple) -> None:  # type: ignore[type-arg]
    base, _, behaviour = server
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="2:consent:yes")]])
    async with _bot(base) as bot:
        await bot._post("sendMessage", {"chat_id": 7, "text": "Привет", "reply_markup": keyboard})
    assert behaviour["bodies"][-1]["json"] == {  # type: ignore[index]
        "chat_id": 7, "text": "Привет",
        "reply_markup": {"inline_keyboard": [[{"text": "Ja", "callback_data": "2:consent:yes"}]]},
    }


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


# --- behind the municipality's proxy ---------------------------------------------------------------


@pytest.fixture
async def proxy() -> AsyncIterator[tuple[str, list[tuple[str, str | None]]]]:
    """A tiny forward HTTP proxy: takes absolute-form requests and passes them on; records each
    (target URL, Proxy-Authorization)."""
    seen: list[tuple[str, str | None]] = []
    hop = {"host", "proxy-authorization", "proxy-connection", "connection", "content-length", "transfer-encoding"}

    async with aiohttp.ClientSession() as upstream:

        async def forward(request: web.Request) -> web.Response:
            target = request.raw_path  # absolute-form: the whole URL, as a client sends it to a proxy
            assert target.startswith("http://"), target
            seen.append((target, request.headers.get("Proxy-Authorization")))
            headers = {k: v for k, v in request.headers.items() if k.lower() not in hop}
            async with upstream.request(request.method, target, data=await request.read(), headers=headers) as answer:
                return web.Response(status=answer.status, body=await answer.read(),
                                    headers={"Content-Type": answer.headers.get("Content-Type", "application/json")})

        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", forward)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        try:
            yield f"http://127.0.0.1:{port}", seen
        finally:
            await runner.cleanup()


async def test_an_explicit_proxy_carries_every_call_with_its_credentials_in_a_header(
    server: tuple, proxy: tuple  # type: ignore[type-arg]
) -> None:
    base, seen_by_server, _ = server
    proxy_url, seen_by_proxy = proxy
    with_login = proxy_url.replace("http://", "http://kommun:hemligt-l%C3%B6sen@")
    bot = Bot(TOKEN, base_url=f"{base}/bot", request=AiohttpRequest(proxy=with_login),
              get_updates_request=AiohttpRequest(proxy=with_login))
    async with bot:
        assert await bot.set_my_description("Hej", language_code="sv") is True
    assert [target for target, _ in seen_by_proxy][-1] == f"{base}/bot{TOKEN}/setMyDescription"
    expected = "Basic " + base64.b64encode("kommun:hemligt-lösen".encode()).decode()
    assert {auth for _, auth in seen_by_proxy} == {expected}
    assert seen_by_server[-1].path == f"/bot{TOKEN}/setMyDescription"


async def test_a_proxy_that_does_not_answer_is_a_network_error_without_its_password() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    request = AiohttpRequest(proxy=f"http://kommun:hemligt-losen@127.0.0.1:{port}")
    await request.initialize()
    try:
        with pytest.raises(NetworkError) as raised:
            await request.do_request(f"http://127.0.0.1:9/bot{TOKEN}/getMe", "POST")
    finally:
        await request.shutdown()
    assert "hemligt" not in str(raised.value) and "hemligt" not in repr(raised.value.__cause__)


async def test_the_environments_proxy_is_honoured_and_no_proxy_bypasses_it(
    server: tuple, proxy: tuple, monkeypatch: pytest.MonkeyPatch  # type: ignore[type-arg]
) -> None:
    base, seen_by_server, _ = server
    proxy_url, seen_by_proxy = proxy
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    async with _bot(base) as bot:
        await bot.set_my_description("via the proxy")
    assert [target.rsplit("/", 1)[-1] for target, _ in seen_by_proxy] == ["getMe", "setMyDescription"]
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with _bot(base) as bot:
        await bot.set_my_description("straight")
    assert len(seen_by_proxy) == 2 and len(seen_by_server) == 4


async def test_the_bot_polls_and_answers_through_telegram_proxy(
    fake_api: FakeBotAPI, proxy: tuple, sqlite_url: str, tmp_path: Path,  # type: ignore[type-arg]
    person: Callable[..., FakeUser], caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    proxy_url, seen_by_proxy = proxy
    settings = make_settings(fake_api, sqlite_url, tmp_path / "data",
                             telegram_proxy=proxy_url.replace("http://", "http://kommun:pw-5f1c9e@"))
    assert "pw-5f1c9e" not in repr(settings) and "pw-5f1c9e" not in str(settings.model_dump())
    harness = BotHarness(fake_api, settings)
    await harness.start()
    try:
        replies = await person(language_code="sv").send("/start")
        assert replies
    finally:
        await harness.stop()
    methods = {target.rsplit("/", 1)[-1] for target, _ in seen_by_proxy}
    assert {"getMe", "getUpdates", "sendMessage", "setMyCommands"} <= methods
    assert "pw-5f1c9e" not in caplog.text


def test_a_proxy_that_is_no_http_url_stops_start_up_without_showing_it() -> None:
    from bot.settings import Settings

    with pytest.raises(ValueError, match="TELEGRAM_PROXY must be an http") as raised:
        Settings(_env_file=None, telegram_proxy="socks5://kommun:pw-77@proxy:1080")  # type: ignore[call-arg]
    assert "pw-77" not in str(raised.value)


async def test_the_environments_proxy_settings_are_read_once_not_at_every_call(
    server: tuple, proxy: tuple, monkeypatch: pytest.MonkeyPatch  # type: ignore[type-arg]
) -> None:
    """aiohttp's `trust_env` looks up the proxy (on a thread) and reads ~/.netrc at every request:
    on the hot path that cost more than a dialogue turn's storage. Read once per session instead."""
    import aiohttp.client

    from bot.channels.telegram import http as telegram_http

    base, seen_by_server, _ = server
    proxy_url, seen_by_proxy = proxy
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    reads: list[object] = []
    real = telegram_http.getproxies_environment
    monkeypatch.setattr(telegram_http, "getproxies_environment", lambda: reads.append(1) or real())
    monkeypatch.setattr(aiohttp.client, "get_env_proxy_for_url",
                        lambda url: pytest.fail("aiohttp looked the proxy up for a request"))
    async with _bot(base) as bot:
        for n in range(5):
            await bot.set_my_description(f"via the proxy {n}")
    assert len(seen_by_proxy) == 6 and len(reads) == 2  # getMe + 5 calls; one read per request object
