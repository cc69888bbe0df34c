"""WhatsApp residents over HTTP, against the fake Cloud API: the dialogue, tips with photos and a place,
officers answering from the Telegram officer chat and the dashboard, inside and outside the 24-hour
window, and what the webhook refuses."""

from __future__ import annotations

import asyncio
import contextlib
import html
import io
import json
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from PIL import Image
from sqlmodel import select, update

from bot.app import create_app
from bot.channels.whatsapp.webhook import WHATSAPP, WHATSAPP_OUTBOX
from bot.server.keys import RUNTIME, SETTINGS
from handlers.context import Context
from storage import inbox, outbox
from storage.models import (
    Answer,
    Conversation,
    InboxUpdate,
    OutboxMessage,
    Tip,
    TipReturnPath,
    TipUpload,
    WhatsAppWindow,
    utcnow,
)
from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID, BotHarness, make_settings
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.fakecloudapi import (
    APP_SECRET,
    PHONE_NUMBER_ID,
    TOKEN,
    VERIFY_TOKEN,
    FakeCloudAPI,
    FakeWhatsAppUser,
    sign,
)
from tests.test_tips import REFERENCE, deliveries, t, wait_for_card, wait_for_message

HOOK = "/whatsapp/hook-3c9e"


@dataclass
class Clock:
    """One clock for the channel, its outbox worker and the fake Cloud API: moved, never waited for."""

    offset: timedelta = field(default_factory=timedelta)

    def __call__(self) -> datetime:
        return utcnow() + self.offset

    def timestamp(self) -> float:
        return self().timestamp()


@dataclass
class Side:
    cloud: FakeCloudAPI
    telegram: FakeBotAPI
    client: TestClient
    harness: BotHarness
    clock: Clock
    url: str

    def resident(self, wa_id: str = "46701112233") -> FakeWhatsAppUser:
        person = FakeWhatsAppUser(self.cloud, self.url, wa_id)
        person.quiet = self.settled
        return person

    async def settled(self, timeout: float = 15.0) -> None:
        """Wait until nothing more happens without a new input: every message of the inbox finished,
        no outbox message being sent or due within a second (by the tests' clock), no API call being
        answered on either side — twice in a row."""
        quiet = 0
        async with asyncio.timeout(timeout):
            while quiet < 2:
                now = self.clock()
                async with self.runtime.services.sessionmaker() as session:
                    busy = await inbox.count_unfinished(session=session)
                    busy += await outbox.busy(now, now + timedelta(seconds=1), session=session)
                busy += self.cloud.in_flight + self.telegram.in_flight
                quiet = quiet + 1 if not busy else 0
                await asyncio.sleep(0.02)

    @property
    def runtime(self) -> Any:
        return self.client.app[RUNTIME]


@pytest.fixture
async def cloud() -> AsyncIterator[FakeCloudAPI]:
    api = FakeCloudAPI()
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


def whatsapp_settings(cloud: FakeCloudAPI, telegram: FakeBotAPI, url: str, data_dir: Path, **overrides: object) -> Any:
    return make_settings(
        telegram, url, data_dir, whatsapp_token=TOKEN, whatsapp_phone_number_id=PHONE_NUMBER_ID,
        whatsapp_app_secret=APP_SECRET, whatsapp_verify_token=VERIFY_TOKEN, whatsapp_api_base_url=cloud.base_url,
        whatsapp_webhook_path=HOOK, officer_totp_required=False, **overrides,
    )


@contextlib.asynccontextmanager
async def running(cloud: FakeCloudAPI, telegram: FakeBotAPI, url: str, data_dir: Path,
                  **overrides: object) -> AsyncIterator[Side]:
    """The product as `run` assembles it: the web server with the WhatsApp webhook and its outbox
    worker, beside the Telegram officer chat (polling the fake Bot API) on the same runtime."""
    settings = whatsapp_settings(cloud, telegram, url, data_dir, **overrides)
    harness = BotHarness(telegram, settings)
    await harness.start()
    clock = Clock()
    cloud.now = clock.timestamp
    client = TestClient(TestServer(create_app(settings, runtime=harness.runtime)))
    await client.start_server()
    client.app[WHATSAPP].now = clock
    client.app[WHATSAPP_OUTBOX].now = clock   # type: ignore[attr-defined]
    assert harness.outbox is not None
    harness.outbox.now = clock
    try:
        yield Side(cloud, telegram, client, harness, clock, str(client.make_url(HOOK)))
    finally:
        await client.close()
        await harness.stop()


@pytest.fixture
async def side(cloud: FakeCloudAPI, fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path) -> AsyncIterator[Side]:
    async with running(cloud, fake_api, sqlite_url, tmp_path / "data") as side:
        yield side


@pytest.fixture
async def side_on_each_engine(cloud: FakeCloudAPI, fake_api: FakeBotAPI, database_url: str,
                              tmp_path: Path) -> AsyncIterator[Side]:
    """The same, on SQLite and (with TEST_DATABASE_URL) on PostgreSQL."""
    async with running(cloud, fake_api, database_url, tmp_path / "data") as side:
        yield side


def say(key: str, locale: str, **params: object) -> str:
    return t(key, locale, **params)


async def consent(resident: FakeWhatsAppUser, locale: str) -> None:
    """Greet, pick the language from the list, agree."""
    await resident.send("/start")
    assert resident.last().type == "interactive"
    assert resident.last().body["interactive"]["type"] == "list"   # seven languages: a list
    await resident.press(say("language-name", locale))
    await resident.press(say("privacy-agree", locale))


async def complete_dialogue(resident: FakeWhatsAppUser, locale: str, answer: str) -> None:
    await consent(resident, locale)
    assert say("campaign-question", locale) in resident.texts()[-1]
    await resident.send(answer)
    assert any(say("dialogue-answer-saved", locale) in text for text in resident.texts()[-3:])
    await resident.press(say("campaign-focus-traffic-safety", locale))
    assert say("campaign-fq-relation", locale) in resident.last().text
    await resident.press(say("campaign-fq-relation-lives", locale))
    await resident.press(say("dialogue-follow-up-skip", locale))
    await resident.press(say("campaign-fq-area-ed", locale))
    assert any(say("dialogue-thanks", locale, municipality="Dals-Ed") in text for text in resident.texts()[-3:])


async def rows(side: Side, model: Any) -> list[Any]:
    async with side.runtime.services.sessionmaker() as session:
        return list((await session.exec(select(model))).all())


# --- the webhook itself ---------------------------------------------------------------------------


async def test_the_handshake_answers_the_challenge_only_with_our_verify_token(side: Side) -> None:
    ok = await side.client.get(HOOK, params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN,
                                             "hub.challenge": "1158201444"})
    assert ok.status == 200 and await ok.text() == "1158201444"
    for params in ({"hub.mode": "subscribe", "hub.verify_token": "wrong", "hub.challenge": "1"},
                   {"hub.mode": "unsubscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1"},
                   {"hub.mode": "subscribe", "hub.challenge": "1"}, {}):
        assert (await side.client.get(HOOK, params=params)).status == 403


async def test_a_wrong_signature_gets_403_and_touches_nothing(side: Side) -> None:
    resident = side.resident()
    body = json.dumps(resident.envelope({"messages": [resident.message("text", {"body": "/start"})]})).encode()
    good = sign(body)
    flipped = good[:-1] + ("1" if good[-1] == "0" else "0")
    for signature in ("", "sha256=", sign(body, "another-app-secret"), sign(body + b" "), flipped,
                      good.replace("sha256=", "sha1="), good.upper().replace("SHA256=", "sha256=") + "00"):
        assert await resident.post(body, signature=signature) == 403
    assert await rows(side, InboxUpdate) == []
    assert side.cloud.sent == []
    # The same body, signed: taken.
    assert await resident.post(body) == 200


async def test_a_replayed_message_id_is_handled_once(side: Side) -> None:
    resident = side.resident()
    message = resident.message("text", {"body": "/start"}, message_id="wamid.replayed-0001")
    await resident.deliver(message)
    before = len(side.cloud.sent_to(resident.wa_id))
    assert before > 0
    assert await resident.deliver(message, wait=False) == 200   # Meta did not get our 200: again
    await side.settled()
    assert len(side.cloud.sent_to(resident.wa_id)) == before
    [row] = [r for r in await rows(side, InboxUpdate) if r.channel == "whatsapp"]
    assert "replayed" not in row.update_key and len(row.update_key) == 64


async def test_statuses_are_taken_and_a_body_of_another_number_is_left_alone(side: Side) -> None:
    resident = side.resident()
    await resident.send("/start")
    other = resident.envelope({"messages": [resident.message("text", {"body": "hej"})]})
    other["entry"][0]["changes"][0]["value"]["metadata"]["phone_number_id"] = "999"
    before = len(side.cloud.sent)
    assert await resident.post(other) == 200
    for status in ("sent", "delivered", "read"):
        assert await resident.post(resident.status(resident.last().id, status)) == 200
    await side.settled()
    assert len(side.cloud.sent) == before
    assert await resident.post(b"{not json") == 400


async def test_a_full_inbox_answers_503_until_there_is_room_and_then_everyone_is_answered(
    cloud: FakeCloudAPI, fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    settings = whatsapp_settings(cloud, fake_api, sqlite_url, tmp_path / "data", inbox_max_pending=2)
    release = cloud.stall()   # no turn finishes: the inbox fills up
    async with TestClient(TestServer(create_app(settings))) as client:
        url = str(client.make_url(HOOK))
        people = [FakeWhatsAppUser(cloud, url, f"4670000000{i}") for i in range(4)]
        statuses = [await person.send("/help", wait=False) for person in people]
        assert statuses == [200, 200, 503, 503]
        release.set()
        await cloud.wait_for(lambda: all(cloud.sent_to(p.wa_id) for p in people[:2]))
        async with asyncio.timeout(15):
            while True:   # Meta delivers the refused ones again until there is room
                statuses = [await person.send("/help", wait=False) for person in people[2:]]
                if statuses == [200, 200]:
                    break
                await asyncio.sleep(0.05)
        await cloud.wait_for(lambda: all(cloud.sent_to(p.wa_id) for p in people))


# --- the dialogue --------------------------------------------------------------------------------


@pytest.mark.parametrize(("locale", "answer"), [
    ("so", "Waxaan jeclaan lahaa in booliis badan la arko habeenkii magaalada"),
    ("ar", "أتمنى وجود المزيد من الشرطة في وسط المدينة في المساء"),
    ("fa", "می خواهم پولیس بیشتر در مرکز شهر در شب ها دیده شود"),
    ("ti", "ብዙሕ ፖሊስ ኣብ ማእከል ከተማ ምሸት ክህሉ ደስ ምበለኒ"),
    ("uk", "Хотілося б більше поліції в центрі міста ввечері та вночі"),
    ("en", "I would like to see more police in the town centre in the evenings"),
    ("sv", "Bättre belysning på vägen till skolan och lägre hastighet"),
])
async def test_a_resident_completes_the_whole_dialogue_on_whatsapp(side: Side, locale: str, answer: str) -> None:
    resident = side.resident()
    await complete_dialogue(resident, locale, answer)
    [stored] = await rows(side, Answer)
    assert stored.text == answer and stored.locale == locale and stored.channel == "whatsapp"
    assert stored.follow_ups == {"relation": "lives", "area": "ed"}
    # The number is an identity like a Telegram id: only its keyed pseudonym is stored.
    [conversation] = await rows(side, Conversation)
    for row in (stored, conversation):
        assert resident.wa_id not in repr(row.model_dump())
    for row in await rows(side, InboxUpdate):
        assert row.payload is None or resident.wa_id not in (row.order_key or "")
    # /mydata and /forget work here too.
    await resident.send("/mydata")
    assert answer in " ".join(resident.texts()[-3:])
    # ... with when they last wrote, which WhatsApp's window keeps (under the pseudonym).
    [window] = await rows(side, WhatsAppWindow)
    assert resident.wa_id not in repr(window.model_dump())
    shown = say("mydata-whatsapp-window", locale, time=Context.local_time(window.last_inbound_at))
    assert shown in " ".join(resident.texts()[-3:])


@pytest.mark.parametrize("locale", ["sv", "ar"])
async def test_the_privacy_notice_names_whatsapp_its_window_and_the_officers_telegram_chat_when_they_are_on(
    cloud: FakeCloudAPI, fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path, locale: str
) -> None:
    settings = whatsapp_settings(cloud, fake_api, sqlite_url, tmp_path / "data")
    async with TestClient(TestServer(create_app(settings))) as client:
        page = await (await client.get(f"/privacy?lang={locale}")).text()
    for key, element in (("privacy-page-whatsapp", "recipient-whatsapp"), ("privacy-page-telegram", "recipient-telegram"),
                         ("privacy-page-officer-chat", "recipient-officer-chat"),
                         ("privacy-page-stored-whatsapp", "stored-whatsapp")):
        found = re.search(rf'id="{element}">(.*?)</(?:p|li)>', page, re.S)
        assert found and html.unescape(found.group(1)) == say(key, locale), key
    assert "Meta" in page and "/forget" in re.search(r'id="stored-whatsapp">(.*?)</li>', page, re.S).group(1)  # type: ignore[union-attr]


async def test_a_six_option_prompt_in_tigrinya_comes_as_a_list_and_is_answered_from_it(side: Side) -> None:
    resident = side.resident("2917123456")
    await consent(resident, "ti")
    await resident.send("ብዙሕ ፖሊስ ኣብ ማእከል ከተማ ምሸት ክህሉ ደስ ምበለኒ")
    await resident.press(say("campaign-focus-visible-police", "ti"))
    await resident.press(say("campaign-fq-relation-works", "ti"))
    prompt = resident.last()
    assert say("campaign-fq-age-group", "ti") in prompt.text
    interactive = prompt.body["interactive"]
    assert interactive["type"] == "list" and len(prompt.choices) == 6
    assert interactive["action"]["button"] == say("whatsapp-list-button", "ti")
    assert all(len(title) <= 24 for title, _ in prompt.choices)
    await resident.press(say("campaign-fq-age-30-49", "ti"))
    assert say("campaign-fq-area", "ti") in resident.last().text
    [stored] = await rows(side, Answer)
    assert stored.follow_ups == {"relation": "works", "age-group": "30-49"}


async def test_every_kind_of_message_we_do_not_take_gets_the_same_words_as_on_telegram(side: Side) -> None:
    resident = side.resident()
    await consent(resident, "sv")
    expected = say("dialogue-text-only", "sv")
    kinds: list[tuple[str, dict[str, Any]]] = [
        ("audio", {"id": "1001", "mime_type": "audio/ogg; codecs=opus", "voice": True}),
        ("video", {"id": "1002", "mime_type": "video/mp4"}),
        ("sticker", {"id": "1003", "mime_type": "image/webp", "animated": False}),
        ("reaction", {"message_id": resident.last().id, "emoji": "\U0001f44d"}),
        ("contacts", {}),
        ("document", {"id": "1004", "mime_type": "application/pdf", "filename": "a.pdf"}),
        ("unsupported", {}),
        ("image", {"id": "1005", "mime_type": "image/jpeg"}),   # a photo, but no tip asks for one
    ]
    for kind, content in kinds:
        extra = {"contacts": [{"name": {"formatted_name": "X"}, "phones": [{"phone": "+46 70 000 00 00"}]}]} \
            if kind == "contacts" else {}
        message = resident.message(kind, content if kind != "contacts" else None, **extra)
        if kind == "unsupported":
            message["errors"] = [{"code": 131051, "title": "Message type unknown"}]
        await resident.deliver(message)
        assert resident.texts()[-1] == expected, kind
    # Nothing of a contact card or a file was kept or fetched.
    assert not [r for r in side.cloud.requests if r[0] == "GET"]
    assert not [r for r in await rows(side, InboxUpdate) if r.payload and "+46 70" in r.payload]


# --- tips ----------------------------------------------------------------------------------------


def jpeg_with_exif() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"      # Make
    exif[0x0132] = "2026:12:01 08:15:00"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


async def send_tip(side: Side, resident: FakeWhatsAppUser, locale: str) -> str:
    await consent(resident, locale)
    await resident.send("/tip")
    await resident.press(say("tips-continue-button", locale))
    await resident.press(say("campaign-focus-traffic-safety", locale))
    await resident.send("Bilarna kör för fort förbi skolan varje morgon.")
    photo = side.cloud.add_media(jpeg_with_exif(), "image/jpeg")
    image = resident.message("image", {"id": photo, "mime_type": "image/jpeg", "sha256": "x"},
                             message_id="wamid.photo-0001")
    # A picture sent as a file keeps its EXIF: refused unread, as on Telegram.
    await resident.deliver(resident.message("document", {"id": photo, "mime_type": "image/jpeg",
                                                         "filename": "IMG_0001.JPG"}))
    assert any(say("tips-photo-as-file", locale) in text for text in resident.texts()[-2:])
    assert not [r for r in side.cloud.requests if r[0] == "GET"]
    await resident.deliver(image)
    assert resident.texts()[-1].startswith(say("tips-photo-added", locale, count=1, limit=5).split("\n")[0][:20])
    await resident.deliver(image, wait=False)   # delivered twice by Meta: one photo
    await resident.press(say("tips-photos-done-button", locale, count=1))
    await resident.deliver(resident.message("location", {"latitude": 58.9105, "longitude": 11.9311,
                                                         "name": "Skolan"}))
    await resident.press(say("tips-anonymous-button", locale))
    assert say("tips-summary-photos", locale, count=1) in resident.last().text
    await resident.press(say("tips-send-button", locale))
    found = REFERENCE.search(" ".join(resident.texts()[-3:]))
    assert found is not None
    return found.group(0)


def officer(telegram: FakeBotAPI) -> FakeUser:
    return FakeUser(telegram, OFFICER_USER_ID, first_name="Steve", chat_id=OFFICER_CHAT_ID, chat_type="group")


async def test_a_tip_with_a_photo_and_a_place_reaches_the_officer_chat_once_without_the_number(
    side: Side, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.dashboard.export import tip_records

    caplog.set_level(logging.INFO)
    resident = side.resident()
    reference = await send_tip(side, resident, "sv")
    steve = officer(side.telegram)
    card = await wait_for_card(side.telegram, steve, reference)
    api = side.telegram
    await api.wait_for(lambda: len(api.sent_to(OFFICER_CHAT_ID, "sendLocation")) == 1)
    await api.wait_for(lambda: len(api.sent_to(OFFICER_CHAT_ID, "sendPhoto")) == 1)
    assert len(deliveries(api, reference)) == 1
    location = api.sent_to(OFFICER_CHAT_ID, "sendLocation")[0].params
    assert (location["latitude"], location["longitude"]) == (58.9105, 11.9311)
    # The photo was fetched by its media id, and kept without its EXIF.
    [upload] = await rows(side, TipUpload)
    assert upload.tip_id is not None and upload.resident_key is None
    assert b"PhoneMaker" not in upload.data and b"Exif" not in upload.data[:200]
    assert ("GET", f"/v21.0/{next(iter(side.cloud.media))}") in side.cloud.requests
    # Nothing of the resident's number reaches the officer chat; it is only the tip's way back.
    assert not [c for c in api.calls if resident.wa_id in json.dumps(c.params, default=str)]
    assert resident.wa_id not in card.text
    [path] = await rows(side, TipReturnPath)
    assert path.channel == "whatsapp" and path.chat_id == resident.wa_id
    [tip] = await rows(side, Tip)
    assert resident.wa_id not in repr(tip.model_dump())
    # Nor a log line, nor the export.
    records = [record async for record in tip_records(side.runtime, "json")]
    assert len(records) == 1 and resident.wa_id not in json.dumps(records, default=str)
    assert caplog.records and resident.wa_id not in caplog.text


async def test_the_officer_answers_inside_and_outside_the_24_hour_window(side_on_each_engine: Side) -> None:
    side = side_on_each_engine
    resident = side.resident()
    reference = await send_tip(side, resident, "so")
    steve = officer(side.telegram)
    card = await wait_for_card(side.telegram, steve, reference)

    # Inside the window: the officer's words arrive as they are, with a button to answer.
    await steve.reply_to(card.message_id, "Mahadsanid. Goorma ayay ugu daran tahay?")
    await side.cloud.wait_for(lambda: any("Goorma" in s.text for s in side.cloud.sent_to(resident.wa_id)))
    relayed = resident.last()
    assert relayed.type == "interactive"
    assert relayed.text.startswith(say("tips-officer-wrote", "so", reference=reference))
    assert [title for title, _ in relayed.choices] == [say("tips-answer-button", "so")]

    # A day later the window has closed: a template with the reference, and the words wait.
    side.clock.offset = timedelta(hours=25)
    await steve.reply_to(card.message_id, "Waxaan imaan doonaa Isniinta.")
    await side.cloud.wait_for(lambda: resident.last().type == "template")
    template = resident.last().body["template"]
    assert template["name"] == "tip_update_en" and template["language"] == {"code": "en"}
    assert resident.last().text == reference
    await side.settled()
    assert not any("Isniinta" in s.text for s in side.cloud.sent_to(resident.wa_id))
    # The dashboard's list says so (checked in the dashboard test); a status change waits too, no 2nd template.
    await steve.press(t("officer-chat-taken-button", "sv"), card)
    await side.settled()
    assert [s.type for s in side.cloud.sent_to(resident.wa_id)].count("template") == 1

    # The tap on the template reopens the conversation where the officer's words wait.
    await resident.tap_template("wa:open")
    await side.cloud.wait_for(lambda: any("Isniinta" in s.text for s in side.cloud.sent_to(resident.wa_id)))
    taken = say("tips-status-changed-taken", "so", reference=reference)
    await side.cloud.wait_for(lambda: taken in resident.texts())
    words = next(s for s in side.cloud.sent_to(resident.wa_id) if "Isniinta" in s.text)
    assert words.text.startswith(say("tips-officer-wrote", "so", reference=reference))
    # And the resident answers it on WhatsApp; the officer reads it in the officer chat.
    await resident.press(say("tips-answer-button", "so"))
    await resident.send("Subaxii, 7:30.")
    header = t("officer-chat-answer-title", "sv", reference=reference)
    await wait_for_message(side.telegram, steve, lambda m: header in m.text and "7:30" in m.text)


async def test_a_message_whatsapp_refuses_later_as_outside_the_window_goes_again_as_a_template(side_on_each_engine: Side) -> None:
    side = side_on_each_engine
    resident = side.resident()
    reference = await send_tip(side, resident, "sv")
    steve = officer(side.telegram)
    card = await wait_for_card(side.telegram, steve, reference)
    await steve.reply_to(card.message_id, "Tack, vi tittar på det.")
    await side.cloud.wait_for(lambda: any("tittar" in s.text for s in side.cloud.sent_to(resident.wa_id)))
    words = next(s for s in side.cloud.sent_to(resident.wa_id) if "tittar" in s.text)
    await side.settled()   # the outbox has recorded what it sent
    # WhatsApp accepted it, then says it came too late (the window closed in between).
    assert await resident.post(resident.status(words.id, "failed", error_code=131047)) == 200
    await side.cloud.wait_for(lambda: resident.last().type == "template")
    assert resident.last().body["template"]["name"] == "tip_update_sv"
    # A duplicate of the same status changes nothing.
    assert await resident.post(resident.status(words.id, "failed", error_code=131047)) == 200
    await side.settled()
    assert [s.type for s in side.cloud.sent_to(resident.wa_id)].count("template") == 1
    # Another failure is kept as the outbox message's last error (the number is not in it).
    await resident.tap_template("wa:open")
    await side.cloud.wait_for(lambda: sum("tittar" in s.text for s in side.cloud.sent_to(resident.wa_id)) == 2)
    again = [s for s in side.cloud.sent_to(resident.wa_id) if "tittar" in s.text][-1]
    await side.settled()
    assert await resident.post(resident.status(again.id, "failed", error_code=131026)) == 200
    [message] = [m for m in await rows(side, OutboxMessage) if m.kind == "officer-message"]
    assert message.last_error is not None and "131026" in message.last_error
    assert resident.wa_id not in message.last_error


async def test_rate_limits_go_through_the_backoff_and_everything_arrives_once(side: Side) -> None:
    resident = side.resident()
    reference = await send_tip(side, resident, "sv")
    steve = officer(side.telegram)
    card = await wait_for_card(side.telegram, steve, reference)
    side.cloud.fail(status=400, code=131056, times=1, to=resident.wa_id)   # pair rate
    side.cloud.fail(status=429, code=130429, times=1, to=resident.wa_id)   # throughput
    side.cloud.fail(status=503, code=1, times=1, to=resident.wa_id)        # the API is down
    await steve.reply_to(card.message_id, "Vi kommer på måndag.")
    await side.cloud.wait_for(lambda: any("måndag" in s.text for s in side.cloud.sent_to(resident.wa_id)), 30)
    await side.settled()
    assert sum("måndag" in s.text for s in side.cloud.sent_to(resident.wa_id)) == 1
    # A turn's own replies too.
    side.cloud.fail(status=429, code=130429, times=2, to=resident.wa_id)
    await resident.send("/mytips", timeout=30)
    assert reference in resident.texts()[-1]
    async with side.runtime.services.sessionmaker() as session:
        messages = list((await session.exec(select(OutboxMessage))).all())
    assert all(m.status == "sent" for m in messages)


async def test_the_dashboard_shows_which_whatsapp_tips_are_outside_the_window(side: Side) -> None:
    from storage.models import WhatsAppWindow
    from tests.test_web import Officer, add_officer

    resident = side.resident()
    reference = await send_tip(side, resident, "sv")
    await add_officer(side.client)
    anna = Officer(side.client)
    await anna.login()
    short = say("whatsapp-outside-window-short", "sv")
    listing = (await anna.get("/officer/tips")).html
    assert reference in listing and short not in listing
    # The dashboard reads the real time: the resident's last message is a day old.
    async with side.runtime.services.sessionmaker.begin() as session:
        await session.exec(update(WhatsAppWindow).values(last_inbound_at=utcnow() - timedelta(hours=25)))
    listing = (await anna.get("/officer/tips")).html
    assert short in listing
    page = (await anna.get(f"/officer/tips/{reference}")).html
    assert say("whatsapp-outside-window", "sv")[:40] in page
    assert f"via {say('officer-channel-whatsapp', 'sv')}." in page and "via whatsapp." not in page
    assert resident.wa_id not in listing and resident.wa_id not in page
    # The officer's answer from the dashboard reaches the resident, as a template first.
    side.clock.offset = timedelta(hours=25)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    await side.client.post(f"/officer/tips/{reference}/reply", data={"csrf": csrf.group(1), "text": "Hej, tack!"},
                           allow_redirects=False)
    await side.cloud.wait_for(lambda: resident.last().type == "template")
    await resident.tap_template("wa:open")
    await side.cloud.wait_for(lambda: any("Hej, tack!" in s.text for s in side.cloud.sent_to(resident.wa_id)))


async def test_forget_erases_the_window_and_the_inbox_keeps_no_number_after_the_replies(side: Side) -> None:
    from storage.models import WhatsAppWindow

    resident = side.resident()
    await resident.send("/start")
    await resident.press(say("language-name", "sv"))
    assert await rows(side, WhatsAppWindow) == []   # nothing kept before the consent
    await resident.press(say("privacy-agree", "sv"))
    await resident.send("/help")
    assert len(await rows(side, WhatsAppWindow)) == 1
    await resident.send("/forget")
    await resident.press(say("forget-yes", "sv"))
    assert await rows(side, WhatsAppWindow) == []
    await side.settled()
    for row in await rows(side, InboxUpdate):
        if row.status == "done":
            assert row.payload is None


async def test_run_says_whether_whatsapp_is_on(side: Side, sqlite_url: str, tmp_path: Path) -> None:
    from bot.app import _welcome_lines
    from tests.test_web import web_settings

    lines = await _welcome_lines(side.client.app, side.client.app[SETTINGS])
    assert any(line.strip().startswith("WhatsApp: webhook at http://") and line.endswith(HOOK) for line in lines)
    settings = web_settings(f"sqlite+aiosqlite:///{tmp_path / 'other.db'}", tmp_path / "other")
    async with TestClient(TestServer(create_app(settings))) as client:
        lines = await _welcome_lines(client.app, settings)
    assert any(line.strip().startswith("WhatsApp: off (set WHATSAPP_TOKEN") for line in lines)
    with pytest.raises(ValueError, match="WHATSAPP_APP_SECRET"):
        web_settings(sqlite_url, tmp_path, whatsapp_token="t0ken-value", whatsapp_phone_number_id="123",
                     whatsapp_verify_token="verify-value")


async def test_check_reads_the_business_number_with_the_token_and_names_a_refused_one(
    cloud: FakeCloudAPI, tmp_path: Path
) -> None:
    from tests.test_check import _cli, _filled_campaign

    env = {"WHATSAPP_TOKEN": TOKEN, "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID, "WHATSAPP_APP_SECRET": APP_SECRET,
           "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN, "WHATSAPP_API_BASE_URL": cloud.base_url,
           "CAMPAIGN_FILE": str(_filled_campaign(tmp_path))}
    code, err = (await _cli(tmp_path, "db", "upgrade"))[::2]
    assert code == 0, err
    code, out, _ = await _cli(tmp_path, "check", **env)
    assert code == 0, out
    assert any(line.startswith("ok      whatsapp: the token reaches the business number of Dals-Eds kommun")
               for line in out.splitlines()), out
    assert TOKEN not in out and APP_SECRET not in out
    code, out, _ = await _cli(tmp_path, "check", **{**env, "WHATSAPP_TOKEN": "EAAwrong-token-value"})
    assert code == 1
    assert any(line.startswith("fault   whatsapp:") and "WHATSAPP_TOKEN" in line for line in out.splitlines()), out
    assert "EAAwrong" not in out


async def test_whatsapp_offers_dari_to_a_resident_who_writes_dari_at_the_consent_step(side: Side) -> None:
    """Issue 10: the switch is offered wherever a resident writes, on every channel; never on 1-3 words."""
    from tests.test_textlang import DARI_PLEASE

    resident = side.resident("46709990001")
    await resident.send("/start")
    await resident.press(say("language-name", "en"))
    assert say("privacy-consent-question", "en") in resident.last().text
    await resident.send("من دری")
    assert all(say("language-switch-no", "en") != title for title, _ in resident.last().choices)
    await resident.send(DARI_PLEASE)
    offer = next(s for s in reversed(side.cloud.sent_to(resident.wa_id))
                 if any(title == say("language-switch-no", "en") for title, _ in s.choices))
    assert say("language-name", "fa") in offer.text
    await resident.press(say("language-switch-yes", "fa"))
    assert any(say("privacy-consent-question", "fa") in text for text in resident.texts()[-3:])
