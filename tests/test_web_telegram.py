"""Telegram beside the web server: the webhook (secret checked, handled before the 200, bounded)
and the command line that starts it all."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from tests.conftest import settle
from tests.fakebotapi import TOKEN, FakeBotAPI
from tests.test_web import PASSWORD, web_settings

ROOT = Path(__file__).resolve().parent.parent
SECRET = "webhook-secret_0123456789"
HOOK = "/telegram/hook-7f3a"


def _webhook_settings(api: FakeBotAPI, url: str, data_dir: Path, **overrides: object) -> Any:
    return web_settings(
        url, data_dir, telegram_bot_token=TOKEN, telegram_api_base_url=api.base_url, telegram_rate_limit=False,
        telegram_mode="webhook", webhook_url=f"https://dialog.example.se{HOOK}", webhook_secret=SECRET,
        **overrides,
    )


def _delivered(api: FakeBotAPI, chat_id: int) -> list[Any]:
    """The messages the bot got through to `chat_id` (not those still held by a stall)."""
    return [c for c in api.sent_to(chat_id) if isinstance(c.result, dict)]


def _update(update_id: int, text: str, user_id: int = 8101) -> dict[str, Any]:
    user = {"id": user_id, "is_bot": False, "first_name": "Test", "language_code": "sv"}
    message = {"message_id": update_id, "date": int(time.time()), "chat": {"id": user_id, "type": "private"},
               "from": user, "text": text}
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": update_id, "message": message}


async def test_the_webhook_is_registered_with_its_secret_and_refuses_a_wrong_one(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        [registration] = [c for c in fake_api.calls if c.method == "setWebhook"]
        assert registration.params["url"] == f"https://dialog.example.se{HOOK}"
        assert registration.params["secret_token"] == SECRET
        for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"},
                        {"X-Telegram-Bot-Api-Secret-Token": SECRET + "x"}):
            response = await client.post(HOOK, json=_update(1, "/start"), headers=headers)
            assert response.status == 403
            # An answer for Telegram, not for a browser: no page's security headers on it.
            assert "Content-Security-Policy" not in response.headers
        assert fake_api.sent_to(8101) == []
        # Anything else on the webhook's path still carries them (a browser may open it).
        assert "Content-Security-Policy" in (await client.get(HOOK)).headers


async def test_a_webhook_update_is_stored_before_telegram_gets_its_200_and_then_answered(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    from bot.server.keys import RUNTIME
    from storage import inbox

    sends = fake_api.stall("sendMessage")  # the turn cannot finish before the test has looked
    async with TestClient(TestServer(create_app(_webhook_settings(fake_api, sqlite_url, tmp_path)))) as client:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
        response = await client.post(HOOK, json=_update(1, "/start"), headers=headers)
        assert response.status == 200
        # Committed before the 200: a crash from here on loses nothing.
        async with client.app[RUNTIME].services.sessionmaker() as session:
            row = await inbox.find("telegram", "1", session=session)
        assert row is not None and row.order_key and "8101" not in row.order_key
        sends.set()
        await fake_api.wait_for(lambda: any("112" in c.params["text"] for c in _delivered(fake_api, 8101)), 15)
        assert (await client.post(HOOK, data=b"{not json", headers=headers)).status == 400
        # The same update again (Telegram did not get the 200): not handled a second time.
        before = len(_delivered(fake_api, 8101))
        assert (await client.post(HOOK, json=_update(1, "/start"), headers=headers)).status == 200
        await settle(client.app[RUNTIME].services.sessionmaker, fake_api)
        assert len(_delivered(fake_api, 8101)) == before


async def test_a_full_inbox_answers_503_until_there_is_room_again(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    from bot.server.keys import RUNTIME

    settings = _webhook_settings(fake_api, sqlite_url, tmp_path, inbox_max_pending=3)
    sends = fake_api.stall("sendMessage")  # no turn finishes: the inbox fills up
    async with TestClient(TestServer(create_app(settings))) as client:
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}

        async def post(i: int) -> int:
            response = await client.post(HOOK, json=_update(100 + i, "/help", user_id=9000 + i), headers=headers)
            return response.status

        statuses = [await post(i) for i in range(5)]
        assert statuses == [200, 200, 200, 503, 503]
        sends.set()
        await fake_api.wait_for(lambda: all(_delivered(fake_api, 9000 + i) for i in range(3)), 15)
        await settle(client.app[RUNTIME].services.sessionmaker, fake_api)  # the last of them marked done
        # Telegram delivers the refused ones again; now there is room.
        assert [await post(i) for i in (3, 4)] == [200, 200]
        await fake_api.wait_for(lambda: all(_delivered(fake_api, 9000 + i) for i in range(5)), 15)


async def test_telegram_polling_runs_beside_the_web_chat(fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path) -> None:
    settings = web_settings(sqlite_url, tmp_path, telegram_bot_token=TOKEN, telegram_api_base_url=fake_api.base_url,
                            telegram_rate_limit=False)
    async with TestClient(TestServer(create_app(settings))) as client:
        await fake_api.push({"message": _update(0, "/start", user_id=8201)["message"]})
        await fake_api.wait_for(lambda: bool(fake_api.sent_to(8201)), 15)
        assert (await client.get("/")).status == 200


# --- the command line ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DATABASE_URL", "OFFICER_", "HTTP_", "WEBHOOK_"))}
    env.update(DATA_DIR=str(tmp_path / "data"), PSEUDONYM_SECRET="cli-test-secret-0123456789abcdef",
               PYTHONPATH=str(ROOT))
    env.update(extra)
    return env


async def _cli(tmp_path: Path, *args: str, stdin: bytes = b"", **env: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=tmp_path, env=_env(tmp_path, **env),
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(stdin), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_officer_add_reads_the_password_from_stdin_and_refuses_a_short_one(tmp_path: Path) -> None:
    code, out, _ = await _cli(tmp_path, "officer", "add", "anna", "--password-stdin", stdin=PASSWORD.encode() + b"\n")
    assert code == 0 and "anna" in out
    code, _, err = await _cli(tmp_path, "officer", "add", "anna", "--password-stdin", stdin=PASSWORD.encode() + b"\n")
    assert code == 2 and "already" in err
    code, _, err = await _cli(tmp_path, "officer", "add", "bertil", "--password-stdin", stdin=b"short\n")
    assert code == 2 and "at least" in err
    code, out, _ = await _cli(tmp_path, "officer", "list")
    assert code == 0 and out.startswith("anna\tactive")


async def test_run_without_a_token_serves_the_web_chat_and_prints_the_urls(tmp_path: Path) -> None:
    port = _free_port()
    code, _, _ = await _cli(tmp_path, "officer", "add", "anna", "--password-stdin", stdin=PASSWORD.encode() + b"\n")
    assert code == 0
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=_env(tmp_path, HTTP_PORT=str(port)),
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        lines = [(await asyncio.wait_for(process.stdout.readline(), 60)).decode() for _ in range(3)]
        assert f"http://127.0.0.1:{port}/" in lines[1] and f"http://127.0.0.1:{port}/officer" in lines[2]
        async with aiohttp.ClientSession() as session:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
            async with session.get(f"http://127.0.0.1:{port}/") as response:
                assert response.status == 200 and "Medborgarlöften i Dals-Ed" in await response.text()
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    assert "TELEGRAM_BOT_TOKEN is not set" in err.decode()


async def test_run_says_so_when_the_port_is_taken(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        code, _, err = await _cli(tmp_path, "run", HTTP_PORT=str(busy.getsockname()[1]))
    assert code == 2 and "HTTP_PORT" in err


# --- photos of tips, through the dashboard -----------------------------------------------------


class FileBotAPI(FakeBotAPI):
    """The fake Bot API, also answering getFile (the file itself is served by the fake already)."""

    async def _m_getFile(self, params: dict[str, Any]) -> dict[str, Any]:  # noqa: N802 - the Bot API's name
        return {"file_id": params["file_id"], "file_unique_id": "u1", "file_size": 9, "file_path": "photos/f1.png"}


async def _add_tip_with_photo(app: Any) -> str:
    from bot.server.keys import RUNTIME
    from storage import tips
    from storage.models import Tip

    async with app[RUNTIME].services.sessionmaker.begin() as session:
        tip = await tips.add(
            Tip(campaign_id="dals-ed-2017", channel="telegram", topic="crime", text="Klotter på busskuren",
                text_language="sv", locale="sv", photos=["AgACAgQ-photo-1"], latitude=58.9123, longitude=11.9345,
                resident_key="k" * 64),
            prefix="DE", channel="telegram", chat_id="777", session=session,
        )
        return tip.reference


async def _login(client: TestClient) -> None:
    from tests.test_web import Officer, add_officer

    await add_officer(client)
    await Officer(client).login()


async def test_a_tips_photo_is_passed_from_telegram_only_to_a_logged_in_officer(sqlite_url: str, tmp_path: Path) -> None:
    api = FileBotAPI()
    await api.start()
    try:
        settings = web_settings(sqlite_url, tmp_path, telegram_bot_token=TOKEN, telegram_api_base_url=api.base_url,
                                telegram_rate_limit=False)
        async with TestClient(TestServer(create_app(settings))) as client:
            reference = await _add_tip_with_photo(client.app)
            response = await client.get(f"/officer/tips/{reference}/photo/1", allow_redirects=False)
            assert response.status == 303  # to the login
            await _login(client)
            page = await client.get(f"/officer/tips/{reference}")
            body = await page.text()
            assert f'src="/officer/tips/{reference}/photo/1"' in body
            assert "https://www.openstreetmap.org/?mlat=58.912300&amp;mlon=11.934500" in body
            assert "777" not in body and "k" * 64 not in body  # never the way back or the pseudonym
            response = await client.get(f"/officer/tips/{reference}/photo/1")
            assert response.status == 200 and response.content_type == "image/png"
            assert await response.read() == b"\x89PNG\r\n\x1a\n fake" and response.headers["Cache-Control"] == "no-store"
            assert (await client.get(f"/officer/tips/{reference}/photo/2")).status == 404
    finally:
        await api.stop()


async def test_without_a_token_the_tip_page_says_where_the_photo_is(sqlite_url: str, tmp_path: Path) -> None:
    from tests.test_dialogue import say

    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path)))) as client:
        reference = await _add_tip_with_photo(client.app)
        await _login(client)
        body = await (await client.get(f"/officer/tips/{reference}")).text()
        assert say("officer-tip-no-photo-access", "sv") in body and "<img" not in body
        assert (await client.get(f"/officer/tips/{reference}/photo/1")).status == 404


async def test_a_photo_uploaded_in_the_web_chat_reaches_the_officer_chat_as_an_upload(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    from bot.channels.telegram.deliverer import outbox_ctx
    from handlers.types import Resident
    from tests.conftest import OFFICER_CHAT_ID
    from tests.test_dialogue import say
    from tests.test_web import WebResident, stored_uploads, tiny_png, to_photo_step, upload

    settings = web_settings(sqlite_url, tmp_path, telegram_bot_token=TOKEN, telegram_api_base_url=fake_api.base_url,
                            telegram_rate_limit=False, officer_chat_id=OFFICER_CHAT_ID,
                            outbox_backoff_seconds=0.05, outbox_poll_seconds=0.5)
    app = create_app(settings)
    app.cleanup_ctx.append(outbox_ctx)  # as `run` does: tips reach the Telegram officer chat
    async with TestClient(TestServer(app)) as client:
        resident = WebResident(client)
        await to_photo_step(resident, "sv", "Klotter på busskuren vid torget")
        await upload(resident, tiny_png())
        [kept] = await stored_uploads(client)  # re-encoded without metadata (tests/test_web_privacy.py)
        await resident.press(say("tips-photos-done-button", "sv", count=1))
        await resident.send("Torget, vid busskuren")
        await resident.press(say("tips-anonymous-button", "sv"))
        await resident.press(say("tips-send-button", "sv"))
        await fake_api.wait_for(lambda: bool(fake_api.sent_to(OFFICER_CHAT_ID, "sendPhoto")), 15)
        [photo] = fake_api.sent_to(OFFICER_CHAT_ID, "sendPhoto")
        # The bytes themselves, uploaded: a web photo has no Telegram file id.
        assert photo.params["_uploads"]["photo"] == kept.data  # type: ignore[attr-defined]
        assert not str(photo.params["photo"]).startswith("web:")
        [card] = [c for c in fake_api.sent_to(OFFICER_CHAT_ID) if "Klotter på busskuren" in c.params.get("text", "")]
        assert say("officer-chat-tip-place", "sv", place=Resident("Torget, vid busskuren")) in card.params["text"]
