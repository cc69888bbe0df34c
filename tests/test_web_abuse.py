"""The web server under abuse: malformed and oversized requests, forged proxy headers, floods of
fresh cookies, and password guessing, through the real app and raw sockets."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web import create_app
from tests.test_web import Page, WebResident, to_photo_step, web_settings

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
