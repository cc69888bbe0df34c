"""Tips to the kommunpolis: a resident and an officer in separate chats, through the fake Bot API.

The resident's side in their language, the officer chat in Swedish; delivery through the
outbox (faults, 429, restarts, two workers), anonymity, limits, blocking, retention,
/forget and the export. Storage tests at the end run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from bot.i18n import Catalogs
from bot.outbox import Destination, OutboxConfig, OutboxWorker, Sent
from handlers.delivery import Part, ReplyPart
from handlers.types import Resident, Text
from storage import db, outbox, tips
from storage.models import OutboxMessage, OutboxStatus, Party, Tip, TipStatus, utcnow
from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID, BotHarness, make_settings
from tests.fakebotapi import BotMessage, FakeBotAPI, FakeUser

CATALOGS = Catalogs()
REFERENCE = re.compile(r"\bDE-[2-9A-HJKMNP-Z]{5}\b")

# The resident: everything here must never reach the officer chat.
RESIDENT_ID = 987654321
RESIDENT_NAME = "Hodan"
RESIDENT_USERNAME = "hodan_warsame"


def t(key: str, locale: str, **params: object) -> str:
    return CATALOGS.render(Text.of(key, **params), locale)


@pytest.fixture
def officer(person: Callable[..., FakeUser]) -> FakeUser:
    return person(OFFICER_USER_ID, first_name="Steve", username="kommunpolis_steve", chat_id=OFFICER_CHAT_ID,
                  chat_type="group")


def make_resident(person: Callable[..., FakeUser], locale: str = "sv", user_id: int = RESIDENT_ID) -> FakeUser:
    return person(user_id, first_name=RESIDENT_NAME, username=RESIDENT_USERNAME, language_code=locale)


async def consent(resident: FakeUser) -> None:
    locale = resident.language_code or "sv"
    await resident.send("/start")
    await resident.press(t("privacy-agree", locale))


async def send_tip(
    resident: FakeUser,
    text: str = "Bilar kör för fort förbi skolan på Storgatan varje morgon.",
    *,
    topic_key: str = "campaign-focus-traffic-safety",
    photos: tuple[str, ...] = (),
    location: tuple[float, float] | None = None,
    contact: tuple[str, str] | None = None,
) -> str:
    """Go through the whole tip flow as a resident who already consented; return the reference."""
    locale = resident.language_code or "sv"
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", locale))
    await resident.press(t(topic_key, locale))
    await resident.send(text)
    for file_id in photos:
        await resident.send_photo(file_id=file_id)
    if photos:
        await resident.press(t("tips-photos-done-button", locale, count=len(photos)))
    else:
        await resident.press(t("tips-skip-button", locale))
    if location is not None:
        await resident.send_location(*location)
    else:
        await resident.press(t("tips-skip-button", locale))
    if contact is not None:
        await resident.press(t("tips-contact-me-button", locale))
        await resident.send(contact[0])
        await resident.send(contact[1])
    else:
        await resident.press(t("tips-anonymous-button", locale))
    replies = await resident.press(t("tips-send-button", locale))
    found = REFERENCE.search(" ".join(r.text for r in replies))
    assert found, [r.text for r in replies]
    return found.group(0)


def card_of(officer: FakeUser, reference: str) -> BotMessage:
    """The delivered tip in the officer chat (the message with the status buttons)."""
    cards = [m for m in officer.messages if reference in m.text and m.buttons]
    assert len(cards) == 1, [m.text for m in officer.messages]
    return cards[0]


async def wait_for_card(api: FakeBotAPI, officer: FakeUser, reference: str) -> BotMessage:
    await api.wait_for(lambda: any(reference in m.text and m.buttons for m in officer.messages))
    return card_of(officer, reference)


async def wait_for_message(api: FakeBotAPI, who: FakeUser, predicate: Callable[[BotMessage], bool]) -> BotMessage:
    await api.wait_for(lambda: any(predicate(m) for m in who.messages))
    return next(m for m in reversed(who.messages) if predicate(m))


def officer_chat_calls(api: FakeBotAPI) -> list[Any]:
    return [c for c in api.calls if c.params.get("chat_id") == OFFICER_CHAT_ID]


def deliveries(api: FakeBotAPI, reference: str) -> list[Any]:
    """Successful sends of the tip card for `reference` to the officer chat."""
    return [
        c for c in officer_chat_calls(api)
        if c.method == "sendMessage" and isinstance(c.result, dict) and t("officer-chat-tip-title", "sv", reference=reference)
        in c.params.get("text", "")
    ]


# --- the whole path ----------------------------------------------------------------------------------


async def test_a_tip_in_somali_with_a_photo_and_a_place_reaches_the_officer_and_both_talk_through_the_bot(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "so")
    # /tip as the very first message: greeting and consent first, then straight on to the tip.
    first = await resident.send("/tip")
    assert any(m.labels == [t("privacy-agree", "so"), t("privacy-decline", "so")] for m in first)
    notice = " ".join(m.text for m in await resident.press(t("privacy-agree", "so")))
    assert "112" in notice and "114 14" in notice
    assert t("tips-notice-office-hours", "so", hours=Text.of("campaign-tips-office-hours")) in notice
    assert t("tips-notice-public-record", "so") in notice

    await resident.press(t("tips-continue-button", "so"))
    await resident.press(t("campaign-focus-traffic-safety", "so"))
    text = "Baabuurta waxay si degdeg ah ugu socdaan dugsiga agtiisa subax kasta, carruurtuna way cabsadaan."
    await resident.send(text)
    added = await resident.send_photo(file_id="AgACAgQ-somali-photo")
    assert added[-1].text == t("tips-photo-added", "so", count=1, limit=5)
    await resident.press(t("tips-photos-done-button", "so", count=1))
    await resident.send_location(58.9105, 11.9311)
    summary = await resident.press(t("tips-anonymous-button", "so"))
    assert text in summary[-1].text and t("tips-summary-anonymous", "so") in summary[-1].text
    sent = await resident.press(t("tips-send-button", "so"))
    reference = REFERENCE.search(sent[0].text).group(0)  # type: ignore[union-attr]
    assert sent[0].text.startswith(t("tips-sent", "so", reference=reference))

    # Delivered to the officer chat: the card in Swedish with the resident's words as written,
    # the photo by its file id, the place.
    card = await wait_for_card(fake_api, officer, reference)
    assert text in card.text
    assert "Trafiksäkerhet" in card.text and "somaliska" in card.text
    assert t("officer-chat-tip-anonymous", "sv") in card.text
    await fake_api.wait_for(lambda: len(fake_api.sent_to(OFFICER_CHAT_ID, "sendLocation")) == 1)
    photos = fake_api.sent_to(OFFICER_CHAT_ID, "sendPhoto")
    assert [c.params["photo"] for c in photos] == ["AgACAgQ-somali-photo"]
    location = fake_api.sent_to(OFFICER_CHAT_ID, "sendLocation")[0].params
    assert (location["latitude"], location["longitude"]) == (58.9105, 11.9311)

    # Taken: the resident is told, in Somali, with the reference.
    said = await officer.press(t("officer-chat-taken-button", "sv"), card)
    assert t("officer-chat-status-set", "sv", reference=reference, status=Text.of("officer-chat-status-name-taken")) in said[-1].text
    taken = t("tips-status-changed-taken", "so", reference=reference)
    await wait_for_message(fake_api, resident, lambda m: m.text == taken)

    # The officer replies to the tip; the resident reads the officer's own words, and can answer.
    words = "Tack för tipset. Vilken tid på morgonen är det värst?"
    await officer.reply_to(card.message_id, words)
    relayed = await wait_for_message(fake_api, resident, lambda m: words in m.text)
    assert relayed.text.startswith(t("tips-officer-wrote", "so", reference=reference))
    await resident.press(t("tips-answer-button", "so"), relayed)
    answer = "Inta u dhaxaysa 7:30 iyo 8:15."
    done = await resident.send(answer)
    assert any(t("tips-answer-sent", "so", reference=reference) in m.text for m in done)

    # The answer reaches the officer chat attached to the same tip; a reply to it goes back.
    header = t("officer-chat-answer-title", "sv", reference=reference)
    relayed_answer = await wait_for_message(fake_api, officer, lambda m: header in m.text and answer in m.text)
    await officer.reply_to(relayed_answer.message_id, "Tack, vi kommer dit på måndag.")
    await wait_for_message(fake_api, resident, lambda m: "Tack, vi kommer dit på måndag." in m.text)

    # Closed.
    await officer.press(t("officer-chat-closed-button", "sv"), card)
    closed = t("tips-status-changed-closed", "so", reference=reference)
    await wait_for_message(fake_api, resident, lambda m: m.text == closed)
    mine = await resident.send("/mytips")
    assert reference in mine[-1].text and t("tips-status-name-closed", "so") in mine[-1].text

    # Exactly one delivery of the tip, and nothing forwarded.
    assert len(deliveries(fake_api, reference)) == 1
    assert not [c for c in fake_api.calls if c.method.startswith("forward")]


async def test_the_officer_chat_never_sees_the_residents_name_username_or_id(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident, photos=("AgAC-one", "AgAC-two"), location=(58.9, 11.9))
    card = await wait_for_card(fake_api, officer, reference)
    await fake_api.wait_for(lambda: len(fake_api.sent_to(OFFICER_CHAT_ID, "sendLocation")) == 1)
    await officer.reply_to(card.message_id, "Hej! Kan du berätta mer?")
    relayed = await wait_for_message(fake_api, resident, lambda m: "Kan du berätta mer?" in m.text)
    await resident.press(t("tips-answer-button", "sv"), relayed)
    await resident.send("Det är mest på morgonen.")
    await wait_for_message(fake_api, officer, lambda m: "Det är mest på morgonen." in m.text)

    calls = officer_chat_calls(fake_api)
    assert {c.method for c in calls} >= {"sendMessage", "sendMediaGroup", "sendLocation"}
    for call in calls:
        dumped = json.dumps(call.params, ensure_ascii=False)
        for secret in (str(RESIDENT_ID), RESIDENT_NAME, RESIDENT_USERNAME):
            assert secret not in dumped, (call.method, dumped)
    assert not [c for c in fake_api.calls if c.method.startswith("forward")]


async def test_contact_details_reach_the_officer_only_when_the_resident_chooses_to_give_them(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "en")
    await consent(resident)
    reference = await send_tip(resident, "Someone sprays graffiti on the church wall at night.",
                               topic_key="tips-topic-crime", contact=("Anna Berg", "070-123 45 67"))
    card = await wait_for_card(fake_api, officer, reference)
    assert "Anna Berg" in card.text and "070-123 45 67" in card.text
    assert t("tips-topic-crime", "sv") in card.text
    assert t("officer-chat-tip-anonymous", "sv") not in card.text


async def test_every_step_of_a_tip_can_be_cancelled_and_nothing_is_sent(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", "sv"))
    await resident.press(t("tips-topic-other", "sv"))
    await resident.send("Något jag inte vill skicka ändå.")
    cancelled = await resident.press(t("tips-cancel-button", "sv"))
    assert cancelled[0].text.startswith(t("tips-cancelled", "sv"))
    assert await resident.send("/mytips") and resident.messages[-1].text == t("tips-mytips-none", "sv")
    await bot.settled()
    assert officer_chat_calls(fake_api) == []


async def test_the_menu_offers_a_tip_and_a_tip_can_be_only_a_place(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    await resident.send("/cancel")
    await resident.press(t("tips-menu-button", "sv"))
    await resident.press(t("tips-continue-button", "sv"))
    await resident.press(t("tips-topic-other", "sv"))
    await resident.press(t("tips-skip-button", "sv"))       # no text
    await resident.press(t("tips-skip-button", "sv"))       # no photos
    await resident.send_location(58.91, 11.93)
    summary = await resident.press(t("tips-anonymous-button", "sv"))
    assert t("tips-summary-no-text", "sv") in summary[-1].text
    sent = await resident.press(t("tips-send-button", "sv"))
    reference = REFERENCE.search(sent[0].text).group(0)  # type: ignore[union-attr]
    card = await wait_for_card(fake_api, officer, reference)
    assert t("officer-chat-tip-no-text", "sv") in card.text


async def test_on_telegram_the_place_is_shared_with_the_paper_clip_or_described_in_words(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "uk")
    await consent(resident)
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", "uk"))
    await resident.press(t("tips-topic-other", "uk"))
    prompt = await resident.press(t("tips-skip-button", "uk"))       # no text
    assert prompt[-1].text == t("tips-photos-question", "uk", limit=5)
    prompt = await resident.press(t("tips-skip-button", "uk"))       # no photos
    assert prompt[-1].text == t("tips-location-question", "uk", limit=200) and "📎" in prompt[-1].text
    refused = await resident.send("x" * 201)
    assert refused[0].text.startswith(t("tips-place-too-long", "uk", length=201, limit=200))
    added = await resident.send("  Біля   школи, за велопарковкою ")
    assert added[0].text.startswith(t("tips-place-added", "uk"))
    summary = await resident.press(t("tips-anonymous-button", "uk"))
    assert t("tips-summary-place", "uk", place=Resident("Біля школи, за велопарковкою")) in summary[-1].text
    sent = await resident.press(t("tips-send-button", "uk"))
    reference = REFERENCE.search(sent[0].text).group(0)  # type: ignore[union-attr]
    card = await wait_for_card(fake_api, officer, reference)
    assert t("officer-chat-tip-place", "sv", place=Resident("Біля школи, за велопарковкою")) in card.text


async def test_an_empty_tip_cannot_be_sent(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", "sv"))
    await resident.press(t("tips-topic-other", "sv"))
    await resident.press(t("tips-skip-button", "sv"))
    await resident.press(t("tips-skip-button", "sv"))
    await resident.press(t("tips-skip-button", "sv"))
    replies = await resident.press(t("tips-anonymous-button", "sv"))
    assert replies[0].text.startswith(t("tips-empty", "sv"))
    assert t("tips-text-question", "sv", limit=3000) in replies[0].text


async def test_a_too_long_tip_is_refused_with_the_limit(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", "sv"))
    await resident.press(t("tips-topic-other", "sv"))
    replies = await resident.send("x" * 3001)
    assert replies[0].text.startswith(t("tips-text-too-long", "sv", length=3001, limit=3000))


async def test_cancel_drops_the_unsent_tip_from_the_conversation(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    await resident.send("/tip")
    await resident.press(t("tips-continue-button", "sv"))
    await resident.press(t("tips-topic-other", "sv"))
    await resident.send("Ett utkast som inte ska sparas.")
    await resident.send("/cancel")
    assert bot.runtime is not None
    from storage.models import Conversation

    async with bot.runtime.services.sessionmaker() as session:
        conversation = (await session.exec(select(Conversation))).one()
    assert "Ett utkast" not in json.dumps(conversation.data, ensure_ascii=False)


async def test_tip_texts_and_officer_words_are_never_logged_above_debug(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser,
    caplog: pytest.LogCaptureFixture,
) -> None:
    resident = make_resident(person, "sv")
    words, name, answer = "Grannen Anders säljer knark på Storgatan 5", "Anna Berg", "Han heter Anders Nilsson"
    with caplog.at_level(logging.INFO):
        await consent(resident)
        reference = await send_tip(resident, words, contact=(name, "070-123 45 67"))
        card = await wait_for_card(fake_api, officer, reference)
        await officer.reply_to(card.message_id, "Vet du vad han heter i efternamn?")
        relayed = await wait_for_message(fake_api, resident, lambda m: "efternamn" in m.text)
        await resident.press(t("tips-answer-button", "sv"), relayed)
        await resident.send(answer)
        await wait_for_message(fake_api, officer, lambda m: answer in m.text)
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert any(reference in line for line in logged)
    for secret in (words, name, "070-123 45 67", answer, "efternamn"):
        assert all(secret not in line for line in logged), secret


# --- officers only --------------------------------------------------------------------------------------


async def test_someone_in_the_officer_chat_who_is_not_an_officer_is_refused_and_nothing_is_relayed(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident)
    card = await wait_for_card(fake_api, officer, reference)
    before = len(resident.messages)
    stranger = person(31337, first_name="Mallory", chat_id=OFFICER_CHAT_ID, chat_type="group")

    def toasts() -> list[dict[str, Any]]:
        return [c.params for c in fake_api.calls if c.method == "answerCallbackQuery" and c.params.get("text")]

    # A press is refused privately, to the one who pressed: nothing is said to the whole group.
    for button in ("officer-chat-taken-button", "officer-chat-block-button"):
        in_the_group = len(stranger.messages)
        await stranger.press(t(button, "sv"), card)
        assert len(stranger.messages) == in_the_group
        assert toasts()[-1]["text"] == t("officer-chat-not-allowed", "sv")
        assert toasts()[-1]["show_alert"] is True
    assert len(toasts()) == 2
    refused = await stranger.reply_to(card.message_id, "Vem är du? Skriv ditt namn!")
    assert refused[-1].text == t("officer-chat-not-allowed", "sv")

    await bot.settled()
    assert len(resident.messages) == before
    async with bot.runtime.services.sessionmaker() as session:  # type: ignore[union-attr]
        tip = await tips.by_reference(reference, session=session)
        assert tip is not None and tip.status == TipStatus.NEW.value
        assert not await tips.is_blocked(tip.resident_key or "", session=session)


async def test_officers_talking_among_themselves_in_the_officer_chat_are_left_alone(
    bot: BotHarness, fake_api: FakeBotAPI, officer: FakeUser
) -> None:
    replies = await officer.send("Någon som har koll på tipset från i morse?")
    assert replies == []


# --- delivery that does not lose tips ---------------------------------------------------------------------


async def test_a_tip_reaches_the_officer_chat_exactly_once_after_the_bot_api_fails_with_500(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    fake_api.fail("sendMessage", status=500, times=3, chat_id=OFFICER_CHAT_ID)
    reference = await send_tip(resident)  # thanked at once: the confirmation does not wait for delivery
    await wait_for_card(fake_api, officer, reference)
    failed = [c for c in officer_chat_calls(fake_api) if c.result == "fault 500"]
    assert len(failed) == 3
    await bot.settled()
    assert len(deliveries(fake_api, reference)) == 1


async def test_a_429_from_the_bot_api_is_retried_only_after_retry_after(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # PTB 22 warns about its own RetryAfter unless opted in to timedelta values (PTB 23's).
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    resident = make_resident(person, "sv")
    await consent(resident)
    fake_api.fail("sendMessage", status=429, times=1, chat_id=OFFICER_CHAT_ID, retry_after=30)
    reference = await send_tip(resident)
    await fake_api.wait_for(lambda: any(c.result == "fault 429" for c in officer_chat_calls(fake_api)))
    # The backoff would retry within 0.05 s; Telegram asked for 30 s, so nothing is sent.
    await bot.settled()
    assert deliveries(fake_api, reference) == []
    assert bot.outbox is not None
    bot.outbox.now = lambda: utcnow() + timedelta(seconds=31)  # 30 seconds later
    bot.outbox.kick()
    await wait_for_card(fake_api, officer, reference)
    assert len(deliveries(fake_api, reference)) == 1


async def test_a_tip_waiting_for_an_unreachable_officer_chat_is_delivered_once_after_a_restart(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    fake_api.fail("sendMessage", status=500, times=10_000, chat_id=OFFICER_CHAT_ID)
    reference = await send_tip(resident)
    await fake_api.wait_for(lambda: sum(c.result == "fault 500" for c in officer_chat_calls(fake_api)) >= 2)
    await bot.stop()
    fake_api.faults.clear()
    await bot.start()
    await wait_for_card(fake_api, officer, reference)
    await bot.settled()
    assert len(deliveries(fake_api, reference)) == 1


async def test_a_tip_whose_photos_failed_resumes_after_a_restart_without_sending_the_text_again(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    fake_api.fail("sendPhoto", status=502, times=10_000, chat_id=OFFICER_CHAT_ID)
    reference = await send_tip(resident, photos=("AgAC-only-photo",), location=(58.9, 11.9))
    await wait_for_card(fake_api, officer, reference)
    await fake_api.wait_for(lambda: any(c.method == "sendPhoto" and c.result == "fault 502" for c in fake_api.calls))
    await bot.stop()
    fake_api.faults.clear()
    await bot.start()
    await fake_api.wait_for(lambda: len(fake_api.sent_to(OFFICER_CHAT_ID, "sendLocation")) == 1)
    photos = [c for c in fake_api.sent_to(OFFICER_CHAT_ID, "sendPhoto") if isinstance(c.result, dict)]
    assert len(photos) == 1
    assert len(deliveries(fake_api, reference)) == 1
    # The photo is threaded under the tip, so a reply to it concerns the same tip.
    await officer.reply_to(photos[0].result["message_id"], "Tack för bilden.")
    await wait_for_message(fake_api, resident, lambda m: "Tack för bilden." in m.text)


async def test_two_workers_never_send_the_same_tip_twice(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    assert bot.outbox is not None and bot.runtime is not None
    # Stop the harness's worker from taking the tips first, then race two fresh workers.
    await bot.outbox.stop()
    resident = make_resident(person, "sv")
    await consent(resident)
    references = [await send_tip(resident, f"Tips nummer {n} om trafiken vid skolan.") for n in range(3)]
    deliverers = bot.outbox.deliverers
    config = OutboxConfig(backoff_seconds=0.05, backoff_max_seconds=0.2, poll_seconds=0.2)
    workers = [OutboxWorker(bot.runtime.services, deliverers, config) for _ in range(2)]
    await asyncio.gather(*(w.run_once() for w in workers), *(w.run_once() for w in workers))
    for reference in references:
        assert len(deliveries(fake_api, reference)) == 1


async def test_a_message_to_a_tipster_who_blocked_the_bot_is_given_up_and_the_officer_is_told_it_is_sent(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident)
    card = await wait_for_card(fake_api, officer, reference)
    fake_api.fail("sendMessage", status=403, times=1, chat_id=resident.chat_id)
    said = await officer.reply_to(card.message_id, "Hallå?")
    assert said[-1].text == t("officer-chat-message-queued", "sv", reference=reference)
    await fake_api.wait_for(lambda: any(c.result == "fault 403" for c in fake_api.calls))
    await bot.settled()
    assert not [m for m in resident.messages if "Hallå?" in m.text]
    async with bot.runtime.services.sessionmaker() as session:  # type: ignore[union-attr]
        tip = await tips.by_reference(reference, session=session)
        assert tip is not None and tip.id is not None
        rows = await outbox.of_tip(tip.id, session=session)
    assert [r.status for r in rows if r.recipient == Party.TIPSTER.value] == [OutboxStatus.FAILED.value]


# --- limits and blocking --------------------------------------------------------------------------------


@pytest.fixture
async def strict_bot(fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path) -> AsyncIterator[BotHarness]:
    harness = BotHarness(fake_api, make_settings(fake_api, sqlite_url, tmp_path / "data", tips_per_hour=2))
    await harness.start()
    try:
        yield harness
    finally:
        await harness.stop()


async def test_a_resident_who_sent_too_many_tips_in_an_hour_is_told_to_wait(
    strict_bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = make_resident(person, "en")
    await consent(resident)
    await send_tip(resident, "First tip about the road.")
    await send_tip(resident, "Second tip about the road.")
    replies = await resident.send("/tip")
    assert replies[0].text.startswith(t("tips-limit-reached", "en", limit=2))
    assert t("tips-notice-intro", "en") not in " ".join(r.text for r in replies)


async def test_a_blocked_tipster_is_told_politely_that_tips_are_not_accepted(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "ar")
    await consent(resident)
    reference = await send_tip(resident, "رسالة مزعجة مرة أخرى")
    card = await wait_for_card(fake_api, officer, reference)
    said = await officer.press(t("officer-chat-block-button", "sv"), card)
    assert said[-1].text == t("officer-chat-blocked", "sv", reference=reference)
    assert said[-1].labels == [t("officer-chat-unblock-button", "sv")]
    replies = await resident.send("/tip")
    assert replies[0].text.startswith(t("tips-blocked", "ar"))
    # Lifting the block lets them send again.
    await officer.press(t("officer-chat-unblock-button", "sv"))
    replies = await resident.send("/tip")
    assert t("tips-notice-intro", "ar") in replies[0].text


async def test_a_blocked_tipster_cannot_answer_an_officer_either(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "uk")
    await consent(resident)
    reference = await send_tip(resident, "Хтось ламає лавки в парку щоночі.")
    card = await wait_for_card(fake_api, officer, reference)
    await officer.reply_to(card.message_id, "Vi tittar på det.")
    relayed = await wait_for_message(fake_api, resident, lambda m: "Vi tittar på det." in m.text)
    await officer.press(t("officer-chat-block-button", "sv"), card)
    replies = await resident.press(t("tips-answer-button", "uk"), relayed)
    assert t("tips-blocked", "uk") in [m.text for m in replies]


# --- retention and /forget --------------------------------------------------------------------------------


async def test_the_way_back_to_a_tipster_is_deleted_90_days_after_the_tip_is_closed(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident, contact=("Anna Berg", "070-123 45 67"))
    card = await wait_for_card(fake_api, officer, reference)
    await officer.press(t("officer-chat-closed-button", "sv"), card)
    assert bot.outbox is not None and bot.runtime is not None
    assert await bot.outbox.purge(utcnow() + timedelta(days=89)) == (0, 0)
    paths, _ = await bot.outbox.purge(utcnow() + timedelta(days=91))
    assert paths == 1
    async with bot.runtime.services.sessionmaker() as session:
        tip = await tips.by_reference(reference, session=session)
        assert tip is not None and tip.id is not None
        assert await tips.return_path(tip.id, session=session) is None
        assert (tip.contact_name, tip.contact_phone) == (None, None)
        assert tip.text  # the tip itself stays: it is the police's record
    said = await officer.reply_to(card.message_id, "Hej igen!")
    assert said[-1].text == t("officer-chat-tipster-unreachable", "sv", reference=reference)
    await bot.settled()
    assert not [m for m in resident.messages if "Hej igen!" in m.text]


async def test_an_open_tip_keeps_its_way_back_however_old(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident)
    card = await wait_for_card(fake_api, officer, reference)
    await officer.press(t("officer-chat-taken-button", "sv"), card)
    assert bot.outbox is not None
    paths, _ = await bot.outbox.purge(utcnow() + timedelta(days=400))
    assert paths == 0


async def test_forget_unlinks_the_residents_tips_but_the_police_keep_the_text(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident, "Det luktar rök från ladan vid ån.", contact=("Anna Berg", "0701234567"))
    card = await wait_for_card(fake_api, officer, reference)
    mydata = await resident.send("/mydata")
    assert t("tips-mydata", "sv", count=1) in mydata[0].text
    confirm = await resident.send("/forget")
    assert t("tips-forget-note", "sv", count=1) in confirm[0].text
    await resident.press(t("forget-yes", "sv"))
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        tip = await tips.by_reference(reference, session=session)
        assert tip is not None and tip.id is not None
        assert tip.text == "Det luktar rök från ladan vid ån."
        assert (tip.resident_key, tip.contact_name, tip.contact_phone) == (None, None, None)
        assert await tips.return_path(tip.id, session=session) is None
    said = await officer.reply_to(card.message_id, "Är du kvar?")
    assert said[-1].text == t("officer-chat-tipster-unreachable", "sv", reference=reference)
    said = await officer.press(t("officer-chat-block-button", "sv"), card)
    assert said[-1].text == t("officer-chat-block-unlinked", "sv", reference=reference)
    # Back as a new resident: no tips listed any more.
    await consent(resident)
    assert (await resident.send("/mytips"))[0].text == t("tips-mytips-none", "sv")


async def test_the_privacy_note_tells_how_long_the_way_back_is_kept(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = make_resident(person, "fa")
    replies = await resident.send("/start")
    assert any(t("tips-privacy-note", "fa", days=90) in m.text for m in replies)


# --- export ---------------------------------------------------------------------------------------------


async def test_export_tips_has_the_tips_and_their_threads_but_no_tipster_identity(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], officer: FakeUser,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident, "=HYPERLINK(\"http://evil\") kör för fort", contact=("Anna Berg", "070-1234567"))
    card = await wait_for_card(fake_api, officer, reference)
    await officer.reply_to(card.message_id, "Tack, vi kollar.")
    await wait_for_message(fake_api, resident, lambda m: "Tack, vi kollar." in m.text)

    from bot.cli import main

    settings = bot.settings
    monkeypatch.setenv("DATABASE_URL", settings.database_url or "")
    monkeypatch.setenv("DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("PSEUDONYM_SECRET", "test-pseudonym-secret-0123456789")
    json_path, csv_path = tmp_path / "tips.json", tmp_path / "tips.csv"
    loop = asyncio.get_running_loop()
    assert await loop.run_in_executor(None, main, ["export", "tips", "--format", "json", "-o", str(json_path)]) == 0
    assert await loop.run_in_executor(None, main, ["export", "tips", "--format", "csv", "-o", str(csv_path)]) == 0

    records = json.loads(json_path.read_text(encoding="utf-8"))
    assert [r["reference"] for r in records] == [reference]
    record = records[0]
    assert record["topic"] == "traffic-safety" and record["contact_requested"] is True
    assert record["messages"][0]["sender"] == "officer" and record["messages"][0]["text"] == "Tack, vi kollar."
    for export in (json_path.read_text(encoding="utf-8"), csv_path.read_text(encoding="utf-8")):
        for secret in (str(RESIDENT_ID), RESIDENT_NAME, RESIDENT_USERNAME, "Anna Berg", "070-1234567", "resident_key"):
            assert secret not in export
    assert "'=HYPERLINK" in csv_path.read_text(encoding="utf-8")


# --- catalogs ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", sorted(CATALOGS.locales))
def test_tip_texts_are_defined_once_so_no_other_catalog_shadows_them(locale: str) -> None:
    from fluent.syntax import FluentParser, ast

    from bot.i18n import LOCALES_DIR

    defined: dict[str, list[str]] = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                defined.setdefault(entry.id.name, []).append(path.name)
    ours = {key for key, files in defined.items() if {"tips.ftl", "officer.ftl"} & set(files)}
    assert {key: defined[key] for key in ours if len(defined[key]) > 1} == {}


# --- storage, on SQLite and PostgreSQL ----------------------------------------------------------------------


@pytest.fixture
async def sessionmaker(database_url: str) -> AsyncIterator[Any]:
    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    try:
        yield db.create_sessionmaker(engine)
    finally:
        await engine.dispose()


def _tip(resident_key: str | None = "r1", **fields: Any) -> Tip:
    values: dict[str, Any] = {"reference": "", "campaign_id": "dals-ed-2017", "channel": "telegram", "topic": "other",
                              "text": "tips", "text_language": "sv", "locale": "sv", "resident_key": resident_key}
    return Tip(**{**values, **fields})


async def test_references_are_random_unique_and_free_of_look_alike_characters(sessionmaker: Any) -> None:
    async with sessionmaker.begin() as session:
        made = [await tips.add(_tip(), prefix="DE", channel="telegram", chat_id="1", session=session) for _ in range(40)]
    references = [tip.reference for tip in made]
    assert len(set(references)) == 40
    assert all(REFERENCE.fullmatch(r) for r in references)
    assert not any(set(r[3:]) & set("01ILO") for r in references)
    assert references != sorted(references)


async def test_a_reference_is_found_however_it_is_typed(sessionmaker: Any) -> None:
    async with sessionmaker.begin() as session:
        tip = await tips.add(_tip(), prefix="DE", channel="telegram", chat_id="1", session=session)
    async with sessionmaker() as session:
        found = await tips.by_reference(f"  {tip.reference.lower()} ", session=session)
    assert found is not None and found.id == tip.id


async def test_only_one_worker_can_claim_an_outbox_message_until_its_lease_runs_out(sessionmaker: Any) -> None:
    async with sessionmaker.begin() as session:
        tip = await tips.add(_tip(), prefix="DE", channel="telegram", chat_id="1", session=session)
        outbox.enqueue(OutboxMessage(recipient="officer", channel="telegram", kind="tip", tip_id=tip.id, locale="sv"),
                       session=session)
    now, lease = utcnow(), timedelta(seconds=60)
    async with sessionmaker() as session:
        [message_id] = await outbox.due(now, channels=["telegram"], limit=10, session=session)
        assert await outbox.due(now, channels=["web"], limit=10, session=session) == []

    async def claim(owner: str, at: Any) -> bool:
        async with sessionmaker.begin() as session:
            return await outbox.claim(message_id, owner, at, lease, session=session)

    assert sorted(await asyncio.gather(claim("a", now), claim("b", now))) == [False, True]
    async with sessionmaker() as session:
        assert await outbox.due(now, channels=["telegram"], limit=10, session=session) == []
        row = await outbox.get(message_id, session=session)
        assert row is not None
        winner, loser = (row.lock_owner, "b" if row.lock_owner == "a" else "a")
    # The loser cannot record progress; after the lease, another worker may take over.
    async with sessionmaker.begin() as session:
        assert not await outbox.record_part(message_id, loser, parts_done=1, finished=True, now=now, lease=lease,
                                            session=session)
    assert await claim("c", now + timedelta(seconds=61))
    async with sessionmaker.begin() as session:
        assert not await outbox.record_part(message_id, winner, parts_done=1, finished=True, now=now, lease=lease,
                                            session=session)
        assert await outbox.record_part(message_id, "c", parts_done=1, finished=True, now=now, lease=lease,
                                        officer_messages=[("telegram", "-100777", "55")], session=session)
    async with sessionmaker() as session:
        row = await outbox.get(message_id, session=session)
        assert row is not None and row.status == OutboxStatus.SENT.value
        found = await tips.by_officer_message("telegram", "-100777", "55", session=session)
        assert found is not None and found.id == tip.id


async def test_closed_tips_lose_their_way_back_after_the_retention_period_and_forget_unlinks(
    sessionmaker: Any,
) -> None:
    async with sessionmaker.begin() as session:
        old = await tips.add(_tip("r1", contact_name="A", contact_phone="070"), prefix="DE", channel="telegram",
                             chat_id="1", session=session)
        fresh = await tips.add(_tip("r1"), prefix="DE", channel="telegram", chat_id="1", session=session)
        other = await tips.add(_tip("r2"), prefix="DE", channel="telegram", chat_id="2", session=session)
        tips.set_status(old, TipStatus.CLOSED)
        old.closed_at = utcnow() - timedelta(days=100)
        tips.set_status(fresh, TipStatus.CLOSED)
        outbox.enqueue(OutboxMessage(recipient="tipster", channel="telegram", kind="status", tip_id=old.id,
                                     locale="sv"), session=session)
    async with sessionmaker.begin() as session:
        assert await tips.purge_return_paths(utcnow() - timedelta(days=90), session=session) == 1
    async with sessionmaker() as session:
        assert await tips.return_path(old.id, session=session) is None
        assert await tips.return_path(fresh.id, session=session) is not None
        reloaded = await tips.get(old.id, session=session)
        assert reloaded is not None and reloaded.contact_name is None and reloaded.text == "tips"
        assert await outbox.of_tip(old.id, session=session) == []
    async with sessionmaker.begin() as session:
        assert await tips.forget_resident("r1", session=session) == 2
    async with sessionmaker() as session:
        assert await tips.of_resident("r1", session=session) == []
        assert await tips.return_path(fresh.id, session=session) is None
        assert await tips.return_path(other.id, session=session) is not None
        assert await tips.count_since("r2", utcnow() - timedelta(hours=1), session=session) == 1


class _CountingDeliverer:
    def __init__(self) -> None:
        self.sent: list[int] = []

    async def send(self, part: Part, *, to: Destination, locale: str, thread: Any) -> list[Sent]:
        assert isinstance(part, ReplyPart)
        await asyncio.sleep(0.01)  # let the other worker try the same message meanwhile
        self.sent.append(len(self.sent))
        return [Sent("-1", str(len(self.sent)))]


async def test_two_workers_on_one_database_send_each_message_once(
    sessionmaker: Any, fake_api: FakeBotAPI, tmp_path: Path, database_url: str
) -> None:
    from bot.app import build_runtime

    runtime = await build_runtime(make_settings(fake_api, database_url, tmp_path / "data"), migrate=False)
    try:
        async with sessionmaker.begin() as session:
            for n in range(6):
                tip = await tips.add(_tip(text=f"tips {n}"), prefix="DE", channel="telegram", chat_id="1",
                                     session=session)
                outbox.enqueue(OutboxMessage(recipient="officer", channel="telegram", kind="tipster-answer",
                                             tip_id=tip.id, payload={"reference": tip.reference, "text": "svar"},
                                             locale="sv"), session=session)
        deliverer = _CountingDeliverer()
        config = OutboxConfig(poll_seconds=0.1)
        workers = [OutboxWorker(runtime.services, {"telegram": deliverer}, config) for _ in range(2)]
        await asyncio.gather(*(w.run_once() for w in workers))
        assert len(deliverer.sent) == 6
        async with sessionmaker() as session:
            assert await outbox.pending_count(session=session) == 0
    finally:
        await runtime.close()


async def test_uploaded_photos_belong_to_the_sent_tip_and_unsent_ones_go(sessionmaker: Any) -> None:
    from storage import uploads
    from tests.test_web import tiny_png

    png = tiny_png()
    async with sessionmaker.begin() as session:
        kept = await uploads.add("r1", png, "image/png", session=session)
        unsent = await uploads.add("r1", b"\xff\xd8\xff" + b"\x00" * 10, "image/jpeg", session=session)
        others = await uploads.add("r2", png, "image/png", session=session)
        # A tip may only take its own tipster's uploads.
        tip = await tips.add(_tip("r1", channel="web", photos=[kept, others], place_text="Vid torget"),
                             prefix="DE", channel="web", chat_id="r1", session=session)
    assert tip.id is not None
    async with sessionmaker.begin() as session:
        stored = await uploads.of_tip(kept, tip.id, session=session)
        assert stored is not None and stored.data == png and stored.resident_key is None
        assert await uploads.of_tip(others, tip.id, session=session) is None
        assert await uploads.of_tip(unsent, tip.id, session=session) is None
        assert await uploads.of_tip("AgAC-telegram-file-id", tip.id, session=session) is None
        # /forget deletes what no tip was sent with; the tip keeps its photo, like its text.
        await tips.forget_resident("r1", session=session)
    async with sessionmaker.begin() as session:
        assert sorted(u.resident_key or "tip" for u in await uploads.all_of(session=session)) == ["r2", "tip"]
        assert await uploads.delete_unattached(before=utcnow() + timedelta(seconds=1), session=session) == 1
        assert [u.tip_id for u in await uploads.all_of(session=session)] == [tip.id]
        assert (await tips.get(tip.id, session=session)).place_text == "Vid torget"  # type: ignore[union-attr]
    from bot.images import sniff_image

    assert sniff_image(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert sniff_image(b"GIF89a") is None
