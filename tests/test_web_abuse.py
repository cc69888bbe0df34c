"""The web server under abuse: malformed and oversized requests, forged proxy headers, floods of
fresh cookies, and password guessing, through the real app and raw sockets."""

from __future__ import annotations

import asyncio
import html
import logging
import re
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.app import create_app
from bot.dashboard.views import ACCOUNT_FAILURES, CLIENT_FAILURES
from bot.server.keys import CLIENT_LIMITER, RUNTIME
from bot.settings import Settings
from storage.models import AuditEvent, LoginAttempt
from tests.test_dialogue import say
from tests.test_web import PASSWORD, Page, WebResident, add_officer, to_photo_step, web_settings

RESIDENT_WORDS = "hemligt-ord-från-invånaren"


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        yield client


def _multipart(boundary: str, *parts: bytes) -> bytes:
    return b"".join(f"--{boundary}\r\n".encode() + part + b"\r\n" for part in parts) + f"--{boundary}--\r\n".encode()


# --- bad requests get 4xx, never 500, and no traceback with their bytes ---------------------------


async def test_malformed_bodies_to_the_chat_get_a_400_and_no_traceback_with_their_bytes(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    resident = WebResident(client)
    await to_photo_step(resident, "sv", "Klotter på busskuren")
    csrf = resident.page.csrf
    words = RESIDENT_WORDS.encode()
    field = b'Content-Disposition: form-data; name="csrf"\r\n\r\n' + csrf.encode()
    broken: list[tuple[str, str, bytes]] = [
        # A header line in a part longer than aiohttp reads (LineTooLong).
        ("/chat/photo", "multipart/form-data; boundary=b0", _multipart("b0", field, words * 1000 + b"\r\n\r\nx")),
        ("/chat", "multipart/form-data; boundary=b0", _multipart("b0", field, words * 1000 + b"\r\n\r\nx")),
        # No starting boundary at all.
        ("/chat/photo", "multipart/form-data; boundary=b1", words + b" and nothing else"),
        # A part without a name, a transfer encoding nobody knows.
        ("/chat/photo", "multipart/form-data; boundary=b2",
         _multipart("b2", b'Content-Disposition: form-data\r\n\r\n' + words)),
        ("/chat/photo", "multipart/form-data; boundary=b3",
         _multipart("b3", b'Content-Disposition: form-data; name="photo"\r\nContent-Transfer-Encoding: '
                    + words + b"\r\n\r\nx")),
        # A form that is not UTF-8, a charset that does not exist, a multipart type without boundary.
        ("/chat", "application/x-www-form-urlencoded", b"csrf=" + csrf.encode() + b"&text=" + words + b"\xff\xfe"),
        ("/chat", "application/x-www-form-urlencoded; charset=" + RESIDENT_WORDS.encode("ascii", "ignore").decode(),
         b"text=x"),
        ("/chat", "multipart/form-data", words),
        ("/language", "multipart/form-data; boundary=b4", words),
    ]
    for path, content_type, body in broken:
        response = await client.post(path, data=body, headers={"Content-Type": content_type})
        assert response.status == 400, (path, content_type, response.status)
        page = Page(response.status, await response.text())
        assert 'lang="sv"' in page.html or "<html" in page.html  # the localized error page
    assert RESIDENT_WORDS not in caplog.text
    assert "Traceback" not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    # The chat goes on for the resident afterwards.
    page = await resident.send("Vid torget")
    assert page.status == 200


async def test_an_oversized_form_gets_413(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.open()
    response = await client.post("/chat", data={"csrf": resident.page.csrf, "text": "x" * 400_000})
    assert response.status == 413


async def test_a_request_aiohttp_cannot_parse_gets_400_and_is_logged_without_its_sender(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert client.port is not None
    probes = [
        b"GET /" + RESIDENT_WORDS.encode() * 1000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",      # request line too long
        b"GET / HTTP/1.1\r\nHost: x\r\nX-Words: " + RESIDENT_WORDS.encode() * 1000 + b"\r\n\r\n",  # header too long
        b"GET / HTTP/1.1\r\nHost: x\r\nBad Header " + RESIDENT_WORDS.encode() + b"\r\n\r\n",     # not a header
        b"POST /chat HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz" + RESIDENT_WORDS.encode()
        + b"\r\n",                                                                                # broken chunking
        b"POST /chat HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab",   # two lengths
    ]
    for probe in probes:
        reader, writer = await asyncio.open_connection("127.0.0.1", client.port)
        writer.write(probe)
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 10)
        writer.close()
        await writer.wait_closed()
        assert re.match(rb"HTTP/1\.[01] 4\d\d ", status_line), (probe[:40], status_line)
    assert RESIDENT_WORDS not in caplog.text
    assert "127.0.0.1" not in caplog.text
    assert "Traceback" not in caplog.text


# --- the login: throttled by the real client, and never in the way of the residents --------------


async def _login(client: TestClient, name: str, password: str, headers: dict[str, str] | None = None) -> int:
    response = await client.get("/officer/login", headers=headers)
    if response.status != 200:
        return response.status
    csrf = Page(response.status, await response.text()).csrf
    # Sent back by hand: behind an https proxy the cookie is Secure, which the test's plain
    # http jar would keep to itself.
    cookies = {name: morsel.value for name, morsel in response.cookies.items()}
    response = await client.post("/officer/login", data={"csrf": csrf, "name": name, "password": password},
                                 headers=headers, cookies=cookies, allow_redirects=False)
    return response.status


async def _attempt_clients(client: TestClient) -> list[str]:
    async with client.app[RUNTIME].services.sessionmaker() as session:
        return [a.client for a in (await session.exec(select(LoginAttempt))).all()]


async def _login_audits(client: TestClient) -> list[str]:
    async with client.app[RUNTIME].services.sessionmaker() as session:
        return [e.detail for e in (await session.exec(select(AuditEvent))).all() if e.action == "login"]


async def test_a_forged_x_forwarded_for_neither_escapes_the_throttle_nor_reaches_the_audit_log(
    sqlite_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    # The proxy is elsewhere (10.0.0.0/8); this test client, 127.0.0.1, is not it. (TRUSTED_PROXY=true,
    # the older switch, alone used to make anyone's X-Forwarded-For count.)
    settings = web_settings(sqlite_url, tmp_path / "data", trusted_proxy=True, trusted_proxies="10.0.0.0/8")
    async with TestClient(TestServer(create_app(settings))) as client:
        await add_officer(client)
        assert await _login(client, "anna", PASSWORD, {"X-Forwarded-For": "203.0.113.66"}) == 400
        assert await _login(client, "anna", PASSWORD) == 400  # past the proxy: not served at all
        assert (await client.get("/healthz")).status == 200  # a local monitor still is
        assert await _attempt_clients(client) == [] and await _login_audits(client) == []
    assert "203.0.113.66" not in caplog.text

    # No proxy at all: the header is the client's own words, never read.
    settings = web_settings(sqlite_url, tmp_path / "data")
    async with TestClient(TestServer(create_app(settings))) as client:
        for i in range(CLIENT_FAILURES):
            status = await _login(client, f"guess{i}", "wrong password", {"X-Forwarded-For": f"198.51.100.{i}"})
            assert status == 401
        assert await _login(client, "anna", PASSWORD, {"X-Forwarded-For": "198.51.100.200"}) == 429
        assert set(await _attempt_clients(client)) == {"127.0.0.1"}


async def test_behind_a_trusted_proxy_the_address_it_wrote_last_counts(sqlite_url: str, tmp_path: Path) -> None:
    settings = web_settings(sqlite_url, tmp_path / "data", trusted_proxies="127.0.0.1,::1")
    async with TestClient(TestServer(create_app(settings))) as client:
        await add_officer(client)
        # The proxy appends the address it saw; whatever the client sent before it is a forgery.
        for i in range(CLIENT_FAILURES):
            headers = {"X-Forwarded-For": f"198.51.100.{i}, 203.0.113.7", "X-Forwarded-Proto": "https"}
            assert await _login(client, f"guess{i}", "wrong password", headers) == 401
        headers = {"X-Forwarded-For": "198.51.100.250, 203.0.113.7", "X-Forwarded-Proto": "https"}
        assert await _login(client, "anna", PASSWORD, headers) == 429
        assert set(await _attempt_clients(client)) == {"203.0.113.7"}
        # Another resident's address behind the same proxy is not held up, and is what the audit shows.
        headers = {"X-Forwarded-For": "203.0.113.8", "X-Forwarded-Proto": "https"}
        response = await client.get("/officer/login", headers=headers)
        assert "Secure" in response.headers["Set-Cookie"]  # https, as the proxy says
        assert "Strict-Transport-Security" in response.headers
        assert await _login(client, "anna", PASSWORD, headers) == 303
        assert await _login_audits(client) == ["203.0.113.8"]
        # Two X-Forwarded-For headers are not a chain anyone wrote on purpose.
        response = await client.get("/", headers=[("X-Forwarded-For", "203.0.113.8"),  # type: ignore[arg-type]
                                                  ("X-Forwarded-For", "203.0.113.9")])
        assert response.status == 400


async def test_the_older_trusted_proxy_switch_trusts_a_proxy_on_this_machine(sqlite_url: str, tmp_path: Path) -> None:
    settings = web_settings(sqlite_url, tmp_path / "data", trusted_proxy=True)
    assert settings.effective_trusted_proxies == ("127.0.0.1", "::1")
    async with TestClient(TestServer(create_app(settings))) as client:
        await add_officer(client)
        headers = {"X-Forwarded-For": "198.51.100.1, 203.0.113.9", "X-Forwarded-Proto": "https"}
        assert await _login(client, "anna", PASSWORD, headers) == 303
        assert await _login_audits(client) == ["203.0.113.9"]


def test_a_trusted_proxy_that_is_no_address_stops_start_up() -> None:
    with pytest.raises(ValueError, match="TRUSTED_PROXIES: 'proxy.example' is not an IP address or network"):
        web_settings("sqlite+aiosqlite://", Path("data"), trusted_proxies="127.0.0.1, proxy.example")


async def test_parallel_wrong_passwords_never_get_past_the_throttle(client: TestClient) -> None:
    await add_officer(client)
    response = await client.get("/officer/login")
    csrf = Page(response.status, await response.text()).csrf

    async def guess() -> int:
        response = await client.post("/officer/login", data={"csrf": csrf, "name": "anna", "password": "guess"},
                                     allow_redirects=False)
        return response.status

    statuses = await asyncio.gather(*(guess() for _ in range(3 * ACCOUNT_FAILURES)))
    assert sorted(statuses) == [401] * ACCOUNT_FAILURES + [429] * (2 * ACCOUNT_FAILURES)
    assert len(await _attempt_clients(client)) == ACCOUNT_FAILURES
    assert await _login(client, "anna", PASSWORD) == 429  # the right one waits too, now


async def test_the_residents_are_served_while_an_officer_logs_in(client: TestClient) -> None:
    from bot.server.security import hash_password, verify_password

    await add_officer(client)
    stored = hash_password(PASSWORD)
    started = time.perf_counter()
    for _ in range(3):
        verify_password(stored, PASSWORD)
    argon2_seconds = (time.perf_counter() - started) / 3   # one check, on this machine, now
    await _login(client, "nobody", "warm up the templates")
    gaps: list[float] = []
    done = asyncio.Event()

    async def tick() -> None:
        loop = asyncio.get_running_loop()
        last = loop.time()
        while not done.is_set():
            await asyncio.sleep(0.002)
            now = loop.time()
            gaps.append(now - last)
            last = now

    ticker = asyncio.create_task(tick())
    try:
        for name, password in (("anna", PASSWORD), ("anna", "wrong password"), ("nobody", "x" * 12)):
            await _login(client, name, password)
    finally:
        done.set()
        await ticker
    # On the event loop, each check would stop it for the whole argon2 time.
    assert max(gaps) < argon2_seconds / 2, (max(gaps), argon2_seconds)


# --- a flood is limited per client, not per cookie -------------------------------------------------


def _behind_proxy(sqlite_url: str, tmp_path: Path, **overrides: object) -> Settings:
    """Clients told apart by the address a trusted proxy (this test client) writes."""
    return web_settings(sqlite_url, tmp_path / "data", trusted_proxies="127.0.0.1", **overrides)


async def test_a_script_minting_fresh_cookies_is_stopped_and_told_when_to_come_back(
    sqlite_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    script = {"X-Forwarded-For": "203.0.113.50", "Accept-Language": "en"}
    async with TestClient(TestServer(create_app(_behind_proxy(sqlite_url, tmp_path)))) as client:
        statuses = []
        for _ in range(15):  # a fresh browser each time: no cookie sent
            client.session.cookie_jar.clear()
            response = await client.get("/", headers=script)
            statuses.append(response.status)
        assert statuses == [200] * 10 + [429] * 5  # WEB_CLIENT_NEW_BROWSER_LIMIT, 10 a minute
        assert 1 <= int(response.headers["Retry-After"]) <= 60
        text = html.unescape(await response.text())
        assert say("web-error-flood", "en") in text and '<html lang="en"' in text
        # Another resident behind the same proxy is not held up.
        resident = WebResident(client)
        resident.headers["X-Forwarded-For"] = "203.0.113.51"
        assert (await resident.open()).status == 200
        page = await resident.start()
        assert page.said(say("privacy-consent-question", "sv"))
        limiter = client.app[CLIENT_LIMITER]
        assert "203.0.113.50" not in repr(vars(limiter._storage))  # counted by a keyed hash only
    assert "203.0.113.50" not in caplog.text


async def test_many_cookies_from_one_client_share_one_budget_of_posts(sqlite_url: str, tmp_path: Path) -> None:
    settings = _behind_proxy(sqlite_url, tmp_path, web_client_post_limit="12/minute")
    async with TestClient(TestServer(create_app(settings))) as client:
        browsers = [WebResident(client, accept_language="ar") for _ in range(4)]
        for browser in browsers:
            browser.headers["X-Forwarded-For"] = "198.51.100.77"
            await browser.open()
        statuses = []
        for _ in range(4):  # each cookie stays far under any limit of its own
            for browser in browsers:
                response = await client.post("/chat", data={"csrf": browser.page.csrf, "command": "help"},
                                             headers=browser.headers, cookies=browser.cookies, allow_redirects=False)
                statuses.append(response.status)
        assert statuses == [303] * 12 + [429] * 4
        assert "Retry-After" in response.headers
        assert say("web-error-flood", "ar") in html.unescape(await response.text())


async def test_a_resident_answering_and_sending_a_tip_never_meets_the_limit(client: TestClient) -> None:
    from tests.test_web import answer_in_web_chat

    resident = WebResident(client)
    await answer_in_web_chat(resident, "sv", "Fler vuxna ute på kvällarna vid skolan", "campaign-focus-traffic-safety")
    await to_photo_step(resident, "sv", "Bilar kör för fort vid skolan varje morgon")
    await resident.press(say("tips-skip-button", "sv"))
    await resident.press(say("tips-skip-button", "sv"))
    await resident.press(say("tips-anonymous-button", "sv"))
    page = await resident.press(say("tips-send-button", "sv"))  # each step asserts a 200 page
    assert re.search(r"\bDE-[A-Z0-9]{5}\b", " ".join(t for _, t in page.messages))
    # Reloads and a second tab are not "new browsers".
    for _ in range(20):
        assert (await resident.open()).status == 200


def test_a_rate_that_is_no_rate_stops_start_up() -> None:
    with pytest.raises(ValueError, match="is not a rate such as"):
        web_settings("sqlite+aiosqlite://", Path("data"), web_client_post_limit="lots")
