"""What a resident gives away without meaning to: who sent a web request, and what a photo says
about where, when and with what it was taken (web uploads, and a photo sent as a file on
Telegram). Neither may reach a log, storage or an officer's screen."""

from __future__ import annotations

import asyncio
import io
import re
import signal
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from tests.conftest import BotHarness
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_cli import _env
from tests.test_dialogue import say
from tests.test_web import WebResident, stored_uploads, to_photo_step, upload, web_settings

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


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        yield client


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


# --- photos keep nothing but their pixels ----------------------------------------------------------


def phone_jpeg(width: int = 64, height: int = 32) -> bytes:
    """A JPEG as a phone writes it, built here with Pillow: taken lying on its side
    (orientation 6), with the GPS position, the maker and model, the time and an ICC profile."""
    from PIL import Image, ImageCms

    picture = Image.new("RGB", (width, height), (200, 30, 30))
    picture.paste((30, 30, 200), (0, 0, width // 4, height))  # a blue stripe on the left edge
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker-Exif"       # Make
    exif[0x0110] = "PhoneModel-X9"         # Model
    exif[0x0132] = "2026:11:30 21:47:13"   # DateTime
    exif[0x0112] = 6                       # Orientation: rotate 90° clockwise to show
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (58.0, 54.0, 44.28)  # GPSLatitudeRef, GPSLatitude: Ed, Dalsland
    gps[3], gps[4] = "E", (11.0, 55.0, 4.2)
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    picture.save(out, "JPEG", exif=exif, icc_profile=profile, comment=b"PhoneComment-secret")
    return out.getvalue()


async def stored_photo_of_tip(client: TestClient, resident: WebResident) -> tuple[bytes, str]:
    """Send the tip with the uploaded photo; return what the officer's dashboard serves for it."""
    from tests.test_web import Officer, add_officer

    await resident.press(say("tips-photos-done-button", "sv", count=1))
    await resident.press(say("tips-skip-button", "sv"))
    await resident.press(say("tips-anonymous-button", "sv"))
    page = await resident.press(say("tips-send-button", "sv"))
    reference = next(m for _, t in reversed(page.messages) if (m := _reference(t)))
    await add_officer(client)
    await Officer(client).login()
    response = await client.get(f"/officer/tips/{reference}/photo/1")
    assert response.status == 200
    return await response.read(), response.content_type


def _reference(text: str) -> str | None:
    found = re.search(r"\b[A-Z]{2,4}-[A-Z0-9]{5,12}\b", text)
    return found.group(0) if found else None


async def test_an_uploaded_photo_keeps_no_position_device_or_time_and_stands_upright(client: TestClient) -> None:
    from PIL import Image

    original = phone_jpeg(64, 32)
    with Image.open(io.BytesIO(original)) as check:  # the test photo really carries all of it
        assert check.getexif()[0x0110] == "PhoneModel-X9" and check.getexif().get_ifd(0x8825)
    resident = WebResident(client)
    await to_photo_step(resident, "sv", "Någon har krossat rutan i busskuren")
    page = await upload(resident, original, filename="IMG_2041.jpg", content_type="image/jpeg")
    assert page.said(say("tips-photo-added-form", "sv", count=1, limit=5))
    [kept] = await stored_uploads(client)
    served, content_type = await stored_photo_of_tip(client, resident)
    assert served == kept.data and content_type == kept.content_type == "image/jpeg"  # type: ignore[attr-defined]
    for secret in (b"PhoneMaker-Exif", b"PhoneModel-X9", b"2026:11:30", b"PhoneComment-secret", b"Exif\x00\x00",
                   b"ICC_PROFILE", b"http://ns.adobe.com/xap"):
        assert secret not in served
    with Image.open(io.BytesIO(served)) as shown:
        assert shown.format == "JPEG"
        assert not shown.getexif() and "icc_profile" not in shown.info and "exif" not in shown.info
        # Turned as the phone meant it: 64×32 lying on its side becomes 32×64, the blue stripe on top.
        assert shown.size == (32, 64)
        red, green, blue = shown.convert("RGB").getpixel((16, 2))  # type: ignore[misc]
        assert blue > 150 and red < 100


async def test_a_png_keeps_no_text_chunks_or_profile(client: TestClient) -> None:
    from PIL import Image, PngImagePlugin

    meta = PngImagePlugin.PngInfo()
    meta.add_text("Comment", "PngText-home-address-Storgatan-7")
    meta.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>PngXmp-secret</x:xmpmeta>")
    out = io.BytesIO()
    Image.new("RGBA", (20, 10), (0, 128, 0, 200)).save(out, "PNG", pnginfo=meta)
    resident = WebResident(client)
    await to_photo_step(resident, "sv", "Klotter på skolan")
    page = await upload(resident, out.getvalue())
    assert page.said(say("tips-photo-added-form", "sv", count=1, limit=5))
    [kept] = await stored_uploads(client)
    data = kept.data  # type: ignore[attr-defined]
    assert b"PngText" not in data and b"PngXmp" not in data and b"tEXt" not in data and b"iTXt" not in data
    with Image.open(io.BytesIO(data)) as shown:
        assert shown.format == "PNG" and shown.size == (20, 10) and shown.mode == "RGBA"
        assert not shown.text  # type: ignore[attr-defined]


async def test_a_truncated_photo_a_disguised_file_and_a_decompression_bomb_are_refused(
    sqlite_url: str, tmp_path: Path
) -> None:
    from PIL import Image

    settings = web_settings(sqlite_url, tmp_path / "data", web_photo_max_pixels=1_000_000)
    async with TestClient(TestServer(create_app(settings))) as client:
        resident = WebResident(client, accept_language="en")
        await to_photo_step(resident, "en", "Graffiti on the school wall")
        whole = phone_jpeg(400, 300)
        # Cut off halfway: the first bytes say JPEG, the picture is not all there.
        page = await upload(resident, whole[: len(whole) // 2], filename="a.jpg", content_type="image/jpeg")
        assert page.said(say("tips-photo-not-an-image", "en"))
        # A page that starts with a JPEG's magic bytes (a polyglot): sniffed as a JPEG, never decodes.
        polyglot = b"\xff\xd8\xff\xe0<html><script>alert(document.cookie)</script></html>" + b" " * 200
        page = await upload(resident, polyglot, filename="b.jpg", content_type="image/jpeg")
        assert page.said(say("tips-photo-not-an-image", "en"))
        # A small file of 25 million pixels (a PNG of one colour compresses to almost nothing).
        bomb = io.BytesIO()
        Image.new("L", (5000, 5000), 0).save(bomb, "PNG", optimize=True)
        assert len(bomb.getvalue()) < 100_000
        page = await upload(resident, bomb.getvalue(), filename="c.png")
        assert page.said(say("tips-photo-not-an-image", "en"))
        # Far past Pillow's own limit (Image.MAX_IMAGE_PIXELS): a header claiming 100,000 × 100,000.
        giant = io.BytesIO()
        Image.new("L", (1, 1)).save(giant, "PNG")
        header = bytearray(giant.getvalue())
        import struct
        import zlib

        header[16:24] = struct.pack(">II", 100_000, 100_000)
        header[29:33] = struct.pack(">I", zlib.crc32(bytes(header[12:29])))
        page = await upload(resident, bytes(header), filename="d.png")
        assert page.said(say("tips-photo-not-an-image", "en"))
        assert await stored_uploads(client) == []
        # A JPEG with a page appended after its end: the picture is kept, the page is not.
        page = await upload(resident, whole + b"<html><script>alert(1)</script>", filename="e.jpg",
                            content_type="image/jpeg")
        assert page.said(say("tips-photo-added-form", "en", count=1, limit=5))
        [kept] = await stored_uploads(client)
        assert b"<script>" not in kept.data  # type: ignore[attr-defined]


# --- on Telegram: a photo sent as a file keeps its EXIF, so it is not taken ---------------------------


@pytest.fixture
def officer(person: Callable[..., FakeUser]) -> FakeUser:
    from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID

    return person(OFFICER_USER_ID, chat_id=OFFICER_CHAT_ID, chat_type="group")


async def test_a_photo_sent_as_a_file_on_telegram_is_refused_with_the_advice_to_send_it_as_a_photo(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    from sqlmodel import select

    from storage.models import Tip
    from tests.test_tips import make_resident, t, wait_for_card

    resident = make_resident(person, "uk")
    await resident.send("/tip")
    await resident.press(t("privacy-agree", "uk"))
    await resident.press(t("tips-continue-button", "uk"))
    await resident.press(t("campaign-focus-traffic-safety", "uk"))
    await resident.send("Машини їздять надто швидко біля школи щоранку.")
    # Sent "as file": a JPEG with its EXIF, by type and by name alone.
    for name, mime in (("IMG_2041.JPG", "image/jpeg"), ("IMG_2042.HEIC", None)):
        replies = await resident.send_document(file_name=name, mime_type=mime, file_id=f"BQAC-exif-file-{name}")
        assert replies[0].text.startswith(t("tips-photo-as-file", "uk"))
        assert t("tips-photos-done-button", "uk", count=1) not in replies[-1].labels  # nothing was added
    # Any other file is still just "only photos here".
    replies = await resident.send_document(file_name="report.pdf", mime_type="application/pdf")
    assert replies[0].text.startswith(t("tips-photos-only", "uk"))
    added = await resident.send_photo(file_id="AgAC-telegram-photo")
    assert added[-1].text == t("tips-photo-added", "uk", count=1, limit=5)
    await resident.press(t("tips-photos-done-button", "uk", count=1))
    await resident.press(t("tips-skip-button", "uk"))
    await resident.press(t("tips-anonymous-button", "uk"))
    sent = await resident.press(t("tips-send-button", "uk"))
    reference = re.search(r"\bDE-[A-Z0-9]{5}\b", sent[0].text).group(0)  # type: ignore[union-attr]
    await wait_for_card(fake_api, officer, reference)
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        [tip] = (await session.exec(select(Tip))).all()
    assert tip.photos == ["AgAC-telegram-photo"]
    assert not [c for c in fake_api.calls if "BQAC-exif-file" in repr(c.params)]


async def test_photos_are_re_encoded_a_few_at_a_time_in_threads(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading
    import time

    from bot import images
    from bot.channels.web.chat import PHOTOS_AT_ONCE
    from tests.test_web import tiny_png

    running, most, loop_thread = 0, 0, threading.get_ident()
    lock = threading.Lock()
    real = images.clean_photo

    def slow_clean(data: bytes, *, max_pixels: int) -> images.CleanPhoto:
        nonlocal running, most
        assert threading.get_ident() != loop_thread  # never on the event loop
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.3)
        with lock:
            running -= 1
        return real(data, max_pixels=max_pixels)

    monkeypatch.setattr(images, "clean_photo", slow_clean)
    residents = [WebResident(client) for _ in range(2 * PHOTOS_AT_ONCE)]
    for resident in residents:
        await to_photo_step(resident, "sv", "Klotter på busskuren")

    async def send_photo(resident: WebResident) -> int:
        # Straight through the client, with this browser's cookies: the residents post at once.
        form = aiohttp.FormData()
        form.add_field("csrf", resident.page.csrf)
        form.add_field("photo", tiny_png(), filename="p.png", content_type="image/png")
        response = await client.post("/chat/photo", data=form, cookies=resident.cookies, allow_redirects=False)
        return response.status

    assert await asyncio.gather(*(send_photo(resident) for resident in residents)) == [303] * len(residents)
    assert most == PHOTOS_AT_ONCE
    for resident in residents:
        page = await resident.open()
        assert page.said(say("tips-photo-added-form", "sv", count=1, limit=5))
    assert len(await stored_uploads(client)) == len(residents)
