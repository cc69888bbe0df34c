"""What a resident gives away without meaning to: who sent a request, and what a photo says
about where and when it was taken. Neither may reach a log, storage or an officer's screen."""

from __future__ import annotations

import asyncio
import re
import signal
import sys
from pathlib import Path

import aiohttp

from tests.test_cli import _env

# A resident's device and address, as distinctive as they come: neither may appear in any log line.
RESIDENT_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1) ResidentPhone-7f3a9c Mobile/15E148"
RESIDENT_ADDRESS = "127.0.0.77"
OTHER_COOKIE = "tracker-cookie-value-5b8e21d0"


async def _wait_until_up(base: str, process: asyncio.subprocess.Process) -> None:
    async with aiohttp.ClientSession() as session:
        for _ in range(300):
            if process.returncode is not None:
                raise AssertionError("the program stopped at start-up")
            try:
                async with session.get(f"{base}/healthz") as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
    raise AssertionError("the program did not start")


async def test_no_log_line_names_a_residents_address_device_or_cookie(tmp_path: Path) -> None:
    env = _env(tmp_path, LOG_LEVEL="DEBUG", HTTP_HOST="127.0.0.1")
    base = f"http://127.0.0.1:{env['HTTP_PORT']}"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    try:
        await _wait_until_up(base, process)
        # The resident's browser, from an address of its own.
        connector = aiohttp.TCPConnector(local_addr=(RESIDENT_ADDRESS, 0))
        headers = {"User-Agent": RESIDENT_UA}
        async with aiohttp.ClientSession(connector=connector, headers=headers,
                                         cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
            browser.cookie_jar.update_cookies({"tracker": OTHER_COOKIE}, aiohttp.client.URL(base))
            async with browser.get(f"{base}/") as response:
                assert response.status == 200
                page = await response.text()
            chat_cookie = next(c.value for c in browser.cookie_jar if c.key == "md_chat")
            csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
            async with browser.post(f"{base}/chat", data={"csrf": csrf, "command": "start"}) as response:
                assert response.status == 200
            async with browser.post(f"{base}/chat", data={"csrf": csrf, "text": "hej"}) as response:
                assert response.status == 200
            # A request aiohttp cannot even parse: its error is logged without the sender either.
            reader, writer = await asyncio.open_connection("127.0.0.1", int(env["HTTP_PORT"]),
                                                           local_addr=(RESIDENT_ADDRESS, 0))
            writer.write(b"GET / HTTP/1.1\r\nHost: x\r\nUser-Agent: " + RESIDENT_UA.encode()
                         + b"\r\nX-Bad: " + b"a" * 20000 + b"\r\n\r\n")
            await writer.drain()
            status_line = await reader.readline()
            writer.close()
            assert status_line.split()[1].startswith(b"4"), status_line
            # The officer side may be logged: by its path, still without the address.
            async with browser.get(f"{base}/officer/login") as response:
                assert response.status == 200
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    log = err.decode()
    assert process.returncode == 0, log
    assert " DEBUG " in log  # logging was on at every level
    assert RESIDENT_ADDRESS not in log
    assert "ResidentPhone-7f3a9c" not in log and "iPhone" not in log
    assert chat_cookie not in log and OTHER_COOKIE not in log and csrf not in log
    assert "/officer/login" in log
    assert "refused a malformed request" in log
