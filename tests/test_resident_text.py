"""What a resident writes, at the edges: invisible text is empty text, control characters never reach
the database, long texts are shown whole, and nothing a resident types can reorder what an
officer (or the resident) reads: every resident value is bidi-isolated where it is shown.

In-process through `handle_turn` (on SQLite, and PostgreSQL when TEST_DATABASE_URL is set),
through Telegram (the fake Bot API) and through the web chat and the officer dashboard.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlmodel import select

from bot.app import Runtime, build_runtime
from bot.i18n import Catalogs
from handlers.common import FSI, PDI, isolate, visible_text
from handlers.officer import officer_parts
from handlers.router import Outcome, handle_turn
from handlers.types import Reply, Resident, Text, Turn, TurnKind
from storage import tips
from storage.models import Answer, OutboxMessage, Tip
from tests.conftest import OFFICER_CHAT_ID, BotHarness, make_settings
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_tips import OFFICER_USER_ID, card_of, consent, make_resident, wait_for_card

CATALOGS = Catalogs()
RLO, LRO, RLE, PDF, LRI = "\u202e", "\u202d", "\u202b", "\u202c", "\u2066"
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
PHONE = "+46 70-123 45 67"

# What people send that shows nothing: Telegram's usual "blank" message (U+3164), zero-width
# characters, the blank braille pattern, Hangul fillers, a byte order mark, a soft hyphen,
# combining marks and variation selectors alone, bidi controls, control characters.
INVISIBLE = [
    "\u3164",
    "\u200b\u200b\u200b",
    "\u2800",
    "\u115f\u1160",
    "\ufeff",
    "\u00ad",
    "\u0301\u0308",
    "\ufe0f\ufe0e",
    "\U000e0100",
    "\u200e\u200f\u061c",
    f"{RLO}{PDF}{LRI}\u2069",
    "\u2060\u180e\u034f",
    "\x00\x01\x7f",
    " \u3000\u2003\n\t",
    "\uffa0\u17b5",
]


def say(key: str, locale: str = "sv", **params: object) -> str:
    return CATALOGS.render(Text.of(key, **params), locale)


@pytest.fixture
def officer(person: Callable[..., FakeUser]) -> FakeUser:
    return person(OFFICER_USER_ID, first_name="Steve", chat_id=OFFICER_CHAT_ID, chat_type="group")


# --- the helper ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_that_shows_nothing_is_empty(text: str) -> None:
    assert visible_text(text) == ""
    assert visible_text(f"  {text}  ") == ""


def test_visible_text_keeps_what_people_write_and_drops_what_breaks_storage_or_display() -> None:
    # Persian needs its zero-width non-joiner; emoji their variation selectors and joiners.
    assert visible_text("می\u200cخواهم") == "می\u200cخواهم"
    assert visible_text("❤\ufe0f 👨\u200d👩\u200d👧") == "❤\ufe0f 👨\u200d👩\u200d👧"
    assert visible_text("é") == "é" and visible_text("e\u0301") == "e\u0301"
    assert visible_text("\u200fسلام") == "\u200fسلام"   # a right-to-left mark opens nothing: kept
    # NUL and the other control characters but newline and tab go (PostgreSQL refuses NUL).
    assert visible_text("Mer\x00 polis\x07\r\nvid\ttorget\x1b") == "Mer polis\nvid\ttorget"
    assert visible_text("a\ud800b") == "ab"
    # Embeddings, overrides and isolates go: they would show the words in another order.
    assert visible_text(f"Ali {RLO}{PHONE}{PDF} {LRI}x\u2069") == f"Ali {PHONE} x"
    assert visible_text(f"\u3164 {RLO}hej") == "\u3164 hej"


def test_an_isolated_value_cannot_leak_past_its_isolate() -> None:
    # A PDI inside would close our isolate early, an RLO would then run to the end of the line.
    assert isolate(f"a\u2069{RLO}b") == f"{FSI}ab{PDI}"
    # A line break ends every isolate: each line gets its own.
    assert isolate("rad ett\n\nrad två") == f"{FSI}rad ett{PDI}\n\n{FSI}rad två{PDI}"


@pytest.mark.parametrize("locale", ["sv", "en", "so", "ti", "uk", "ar", "fa"])
def test_a_resident_value_is_isolated_once_in_every_language(locale: str) -> None:
    rendered = CATALOGS.render(Text.of("tips-summary-contact", name=Resident("Ali"), phone=Resident(PHONE)), locale)
    assert f"{FSI}Ali{PDI}" in rendered and f"{FSI}{PHONE}{PDI}" in rendered
    # In Arabic and Dari Fluent isolates the placeable itself: not twice.
    assert f"{FSI}{FSI}" not in rendered and "\ue000" not in rendered


def test_a_long_resident_value_is_shown_whole_not_as_fluents_placeholder() -> None:
    words = "Bilar kör fort förbi skolan varje morgon. " * 70   # 2,940 characters
    rendered = CATALOGS.render(Text.of("tips-summary-text", text=Resident(words)), "sv")
    assert "{???}" not in rendered and words.strip() in rendered
    # What the old code did with it: Fluent refuses a placeable over 2,500 characters.
    assert "{???}" in CATALOGS.render(Text.of("tips-summary-text", text=words), "sv")


def test_a_tip_stored_with_an_override_reaches_the_officer_chat_without_it() -> None:
    """Text stored before the input was cleaned: the rendering removes the controls too."""
    from bot.settings import BUNDLED_CAMPAIGN
    from handlers.campaign import load_campaign

    campaign = load_campaign(BUNDLED_CAMPAIGN)
    tip = tips.for_officer(Tip(id=1, reference="DE-ABCDE", campaign_id="c", channel="telegram", topic="other",
                               text=f"Bilar {RLO}kör fort", text_language="sv", locale="sv",
                               place_text=f"Torget {RLO}norra", contact_requested=True,
                               contact_name=f"Ali {RLO}", contact_phone=PHONE))
    message = OutboxMessage(recipient="officer", channel="telegram", kind="tip", tip_id=1, locale="sv")
    [card] = officer_parts(message, tip, campaign)
    text = CATALOGS.render_all(card.reply.texts, "sv")  # type: ignore[attr-defined]
    assert RLO not in text
    assert f"{FSI}Ali {PDI}" in text and f"{FSI}{PHONE}{PDI}" in text
    assert f"{FSI}Bilar kör fort{PDI}" in text and f"{FSI}Torget norra{PDI}" in text


# --- in process, through handle_turn ------------------------------------------------------------------


@pytest.fixture
async def runtime(fake_api: FakeBotAPI, database_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    built = await build_runtime(make_settings(fake_api, database_url, tmp_path / "data"))
    try:
        yield built
    finally:
        await built.close()


class Resident_:
    """A resident talking to `handle_turn` directly, as any channel would."""

    def __init__(self, runtime: Runtime, user_id: str = "1001") -> None:
        self.runtime = runtime
        self.user_id = user_id
        self.last: Outcome | None = None

    async def _turn(self, kind: TurnKind, **fields: object) -> list[str]:
        turn = Turn(channel="telegram", user_id=self.user_id, chat_id=self.user_id, kind=kind, language_code="sv",
                    **fields)  # type: ignore[arg-type]
        self.last = await handle_turn(turn, self.runtime.services)
        return [self.runtime.catalogs.render_all(r.texts, self.last.locale) for r in self.last.replies]

    async def command(self, name: str) -> list[str]:
        return await self._turn(TurnKind.COMMAND, command=name, text=f"/{name}")

    async def send(self, text: str) -> list[str]:
        return await self._turn(TurnKind.TEXT, text=text)

    async def press(self, label_key: str) -> list[str]:
        assert self.last is not None
        replies: list[Reply] = self.last.replies
        data = next(b.data for r in replies for row in r.buttons for b in row if b.label.key == label_key)
        return await self._turn(TurnKind.BUTTON, data=data)


async def at_the_tip_text(runtime: Runtime) -> Resident_:
    """A resident who consented, began a tip and chose its topic: next comes the text."""
    resident = Resident_(runtime)
    await resident.command("start")
    await resident.press("privacy-agree")
    await resident.command("tip")
    await resident.press("tips-continue-button")
    await resident.press("tips-topic-crime")
    return resident


async def answers_of(runtime: Runtime) -> list[Answer]:
    async with runtime.services.sessionmaker() as session:
        return list((await session.exec(select(Answer))).all())


async def test_an_invisible_answer_is_not_stored_or_thanked(runtime: Runtime) -> None:
    resident = Resident_(runtime)
    await resident.command("start")
    await resident.press("privacy-agree")
    for text in INVISIBLE:
        said = await resident.send(text)
        assert said == [say("dialogue-answer-empty")], repr(text)
    assert await answers_of(runtime) == []
    said = await resident.send("Mer polis vid torget")
    assert said[0].startswith(say("dialogue-answer-saved"))


async def test_an_answer_with_nul_and_control_characters_is_stored_without_them(runtime: Runtime) -> None:
    """NUL made PostgreSQL refuse the turn, and the resident got apologies forever."""
    resident = Resident_(runtime)
    await resident.command("start")
    await resident.press("privacy-agree")
    said = await resident.send("Mer\x00 polis\x1b vid torget\x00")
    assert said[0].startswith(say("dialogue-answer-saved"))
    [answer] = await answers_of(runtime)
    assert answer.text == "Mer polis vid torget"
    # /mydata shows it back, isolated.
    mine = "\n".join(await resident.command("mydata"))
    assert f"{FSI}Mer polis vid torget{PDI}" in mine


async def test_invisible_tip_text_name_and_place_are_empty_and_nul_is_dropped(runtime: Runtime) -> None:
    resident = await at_the_tip_text(runtime)
    said = await resident.send("\u3164")
    assert said[0] == say("tips-text-empty")
    await resident.send("Någon\x00 kör moped på gångvägen")
    await resident.press("tips-skip-button")                 # no photos
    said = await resident.send("\u200b\u2800")               # a place of nothing
    assert said[0] == say("tips-location-hint")
    await resident.send("Vid\x00 torget")
    await resident.press("tips-contact-me-button")
    said = await resident.send("\u115f\u1160")
    assert said[0] == say("tips-name-invalid", limit=100)
    await resident.send(f"Ali{RLO}")
    summary = "\n".join(await resident.send(PHONE))
    assert f"{FSI}Ali{PDI}" in summary and f"{FSI}{PHONE}{PDI}" in summary
    assert f"{FSI}Någon kör moped på gångvägen{PDI}" in summary and f"{FSI}Vid torget{PDI}" in summary
    assert RLO not in summary
    await resident.press("tips-send-button")
    async with runtime.services.sessionmaker() as session:
        [tip] = (await session.exec(select(Tip))).all()
    assert (tip.text, tip.place_text, tip.contact_name, tip.contact_phone) == (
        "Någon kör moped på gångvägen", "Vid torget", "Ali", PHONE)


async def test_a_tip_of_three_thousand_characters_is_shown_whole_in_its_summary(runtime: Runtime) -> None:
    resident = await at_the_tip_text(runtime)
    words = ("Bilar kör för fort förbi skolan på Storgatan varje morgon! " * 60)[:3000].strip()
    assert 2500 < len(words) <= 3000
    await resident.send(words)
    await resident.press("tips-skip-button")
    await resident.press("tips-skip-button")
    summary = "\n".join(await resident.press("tips-anonymous-button"))
    assert "{???}" not in summary and words in summary


# --- through Telegram ---------------------------------------------------------------------------------


async def test_on_telegram_a_blank_message_is_not_an_answer(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    for text in ("\u3164", "\u200b", "\u2800\u2800"):
        said = await resident.send(text)
        assert [m.text for m in said] == [say("dialogue-answer-empty")]
    assert bot.runtime is not None
    assert await answers_of(bot.runtime) == []


async def test_an_override_in_a_tipsters_name_cannot_turn_the_phone_number_around_in_the_officer_chat(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    await resident.send("/tip")
    await resident.press(say("tips-continue-button"))
    await resident.press(say("tips-topic-crime"))
    await resident.send(f"Bråk vid {RLO}kiosken varje kväll")
    await resident.press(say("tips-skip-button"))
    await resident.send(f"Torget {RLE}norra")
    await resident.press(say("tips-contact-me-button"))
    await resident.send(f"Ali {RLO}")
    summary = (await resident.send(PHONE))[-1].text
    assert f"{FSI}Ali{PDI}" in summary and f"{FSI}{PHONE}{PDI}" in summary
    sent = await resident.press(say("tips-send-button"))
    reference = re.search(r"DE-[2-9A-Z]{5}", sent[0].text).group(0)  # type: ignore[union-attr]
    card = await wait_for_card(fake_api, officer, reference)
    # Each resident value in its own isolate; no override anywhere in what reached the officers.
    for value in ("Bråk vid kiosken varje kväll", "Torget norra", "Ali", PHONE):
        assert f"{FSI}{value}{PDI}" in card.text, value
    for call in fake_api.calls:
        if call.params.get("chat_id") == OFFICER_CHAT_ID:
            assert not {RLO, RLE, LRO, PDF} & set(str(call.params.get("text", ""))), call.params
    # Between the isolates, the officer's own sentence keeps its order.
    contact = next(line for line in card.text.split("\n") if PHONE in line)
    assert BIDI.sub("", contact) == say("officer-chat-tip-contact", name="Ali", phone=PHONE)
    assert card_of(officer, reference) == card


async def test_a_tipsters_answer_reaches_the_officer_chat_isolated(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    from tests.test_tips import send_tip, wait_for_message

    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident)
    card = await wait_for_card(fake_api, officer, reference)
    await officer.reply_to(card.message_id, "Vilken tid?")
    relayed = await wait_for_message(fake_api, resident, lambda m: "Vilken tid?" in m.text)
    await resident.press(say("tips-answer-button"), relayed)
    await resident.send(f"Runt {RLO}21:30\x00")
    header = say("officer-chat-answer-title", reference=reference)
    answer = await wait_for_message(fake_api, officer, lambda m: header in m.text)
    assert f"{FSI}Runt 21:30{PDI}" in answer.text and RLO not in answer.text


# --- the web chat and the officer dashboard -----------------------------------------------------------


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[object]:
    from aiohttp.test_utils import TestClient, TestServer

    from bot.app import create_app
    from tests.test_web import add_officer, web_settings

    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as test_client:
        await add_officer(test_client)
        yield test_client


async def test_in_the_web_chat_a_blank_message_is_no_message(client: object) -> None:
    from bot.server.keys import RUNTIME
    from tests.test_web import WebResident

    resident = WebResident(client)  # type: ignore[arg-type]
    await resident.start()
    page = await resident.press(say("privacy-agree"))
    shown = len(page.messages)
    for text in ("\u3164", "\u200b\u200b", "\x00"):
        page = await resident.send(text)
        assert len(page.messages) == shown, repr(text)
    page = await resident.send(f"Mer polis\x00 vid {RLO}torget")
    assert ("resident", "Mer polis vid torget") in page.messages
    # The resident's own words in the transcript are isolated from the page's direction.
    assert '<div class="bubble" dir="auto">Mer polis vid torget</div>' in page.html
    assert await answers_of(client.app[RUNTIME]) != []  # type: ignore[attr-defined]
    assert [a.text for a in await answers_of(client.app[RUNTIME])] == ["Mer polis vid torget"]  # type: ignore[attr-defined]


async def test_an_override_in_a_tipsters_name_cannot_turn_the_phone_number_around_on_the_tip_page(
    client: object,
) -> None:
    from bot.server.keys import RUNTIME
    from tests.test_web import Officer, WebResident, to_photo_step

    resident = WebResident(client)  # type: ignore[arg-type]
    await to_photo_step(resident, "sv", f"Bråk vid {RLO}kiosken")
    await resident.press(say("tips-skip-button"))
    await resident.send(f"Torget {RLO}norra")
    await resident.press(say("tips-contact-me-button"))
    await resident.send(f"Ali {RLO}")
    page = await resident.send(PHONE)
    assert page.said(f"{FSI}Ali{PDI}") and page.said(f"{FSI}{PHONE}{PDI}")
    page = await resident.press(say("tips-send-button"))
    reference = re.search(r"DE-[2-9A-Z]{5}", page.messages[-2][1] + page.messages[-1][1]).group(0)  # type: ignore[union-attr]
    # A tip stored before input was cleaned: the page must hold up as well.
    async with client.app[RUNTIME].services.sessionmaker.begin() as session:  # type: ignore[attr-defined]
        old = await tips.add(Tip(reference="", campaign_id="dals-ed-2017", channel="web", topic="crime",
                                 text=f"Gammalt {RLO}tips", text_language="sv", locale="sv",
                                 contact_requested=True, contact_name=f"Bo {RLO}", contact_phone=PHONE),
                             prefix="DE", channel="web", chat_id="x", session=session)
    officer = Officer(client)  # type: ignore[arg-type]
    await officer.login()
    for ref, name in ((reference, "Ali"), (old.reference, "Bo ")):
        page = await officer.get(f"/officer/tips/{ref}")
        assert RLO not in page.html
        contact = re.search(r'<p id="tip-contact">(.*?)</p>', page.html).group(1)  # type: ignore[union-attr]
        assert contact == say("officer-tip-contact-given", name=Resident(name), phone=Resident(PHONE)).replace(
            f"{FSI}{name}{PDI}", f"<bdi>{name}</bdi>").replace(f"{FSI}{PHONE}{PDI}", f"<bdi>{PHONE}</bdi>")
    page = await officer.get(f"/officer/tips/{reference}")
    assert re.search(r'<p class="answer-text" id="tip-text"[^>]* dir="auto">Bråk vid kiosken</p>', page.html)
    assert '<span id="tip-place" dir="auto">Torget norra</span>' in page.html
    inbox = await officer.get("/officer/tips")
    assert RLO not in inbox.html
    assert re.search(r"<bdi[^>]*>Gammalt tips</bdi>", inbox.html) and re.search(r"<bdi[^>]*>Bråk vid kiosken</bdi>",
                                                                               inbox.html)


# --- Telegram's limits --------------------------------------------------------------------------------


def test_long_texts_are_split_by_utf16_code_units_as_telegram_counts_them() -> None:
    from bot.text import split_text, utf16_length

    for text in ("🚗" * 3000, "hej 🚗🚗 " * 1000, "ա" * 5000, "👨\u200d👩\u200d👧 " * 900):
        chunks = split_text(text, 4000)
        assert all(utf16_length(chunk) <= 4000 for chunk in chunks), [utf16_length(c) for c in chunks]
        assert "".join(chunks).replace(" ", "") == text.replace(" ", "")
    assert split_text("kort", 4000) == ["kort"]


def test_a_long_text_is_cut_at_a_paragraph_break_rather_than_mid_paragraph() -> None:
    from bot.text import split_text

    first, second = "Första stycket. " * 150, "Andra stycket, som är längre. " * 120
    chunks = split_text(first.strip() + "\n\n" + second.strip(), 4000)
    assert chunks[0] == first.strip()  # the break between them, not the last space before 4,000
    assert chunks[1].startswith("Andra stycket")
    # A paragraph break too early to leave the chunk half full does not count: the line is cut
    # at a space near the limit instead of sending a short first message.
    chunks = split_text("Kort.\n\n" + "ord " * 1500, 4000)
    assert len(chunks[0]) > 2000


async def test_an_emoji_tip_over_4096_utf16_units_reaches_the_officer_chat_in_pieces(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    from tests.fakebotapi import MAX_TEXT_UNITS, utf16_units
    from tests.test_tips import send_tip

    resident = make_resident(person, "sv")
    await consent(resident)
    words = "🚗" * 3000   # 3,000 characters (the limit), 6,000 UTF-16 code units
    reference = await send_tip(resident, words)
    # The resident saw the whole summary, in two messages.
    assert sum(m.text.count("🚗") for m in resident.messages) >= 3000

    def card() -> list[str]:
        return [c.params["text"] for c in fake_api.sent_to(OFFICER_CHAT_ID) if isinstance(c.result, dict)]

    await fake_api.wait_for(lambda: sum(text.count("🚗") for text in card()) == 3000)
    texts = card()
    assert len(texts) >= 2 and reference in texts[0]
    assert fake_api.sent_to(OFFICER_CHAT_ID)[-1].params.get("reply_markup")   # the buttons under the last piece
    assert all(utf16_units(text) <= MAX_TEXT_UNITS for text in texts)
    assert not [c for c in fake_api.calls if c.result == "refused 400"]


async def test_an_officer_message_of_nothing_visible_is_refused_as_empty(runtime: Runtime) -> None:
    from handlers.officer import OfficerIdentity, Result, send_message

    async with runtime.services.sessionmaker.begin() as session:
        tip = await tips.add(Tip(reference="", campaign_id="dals-ed-2017", channel="telegram", topic="crime",
                                 text="Bråk", text_language="sv", locale="sv", resident_key="r1"),
                             prefix="DE", channel="telegram", chat_id="1", session=session)
    anna = OfficerIdentity("web", "1", "anna")
    for text in ("\u3164", "\u200b \u2800", "\x00"):
        result = await send_message(anna, tip.reference, text, services=runtime.services)
        assert result.result is Result.EMPTY, repr(text)
    result = await send_message(anna, tip.reference, "Tack\x00 för tipset", services=runtime.services)
    assert result.result is Result.DONE
    async with runtime.services.sessionmaker() as session:
        assert [m.text for m in await tips.messages_of(tip.id or 0, session=session)] == ["Tack för tipset"]


async def test_the_answers_csv_keeps_the_words_but_no_bidi_control_or_formula(client: object) -> None:
    import csv
    import io

    from bot.server.keys import RUNTIME
    from tests.test_web import Officer

    runtime = client.app[RUNTIME]  # type: ignore[attr-defined]
    async with runtime.services.sessionmaker.begin() as session:
        for text in (f"Ring {RLO}{PHONE}", f"{RLO}=HYPERLINK(\"http://x\")"):
            session.add(Answer(resident_key="r1", campaign_id=runtime.campaign.id, channel="web", text=text,
                               text_language="sv", locale="sv"))
    officer = Officer(client)  # type: ignore[arg-type]
    await officer.login()
    response = await client.get("/officer/answers.csv")  # type: ignore[attr-defined]
    rows = list(csv.reader(io.StringIO((await response.read()).decode("utf-8-sig"))))
    texts = [row[rows[0].index("text")] for row in rows[1:]]
    assert sorted(texts) == sorted([f"Ring {PHONE}", "'=HYPERLINK(\"http://x\")"])
