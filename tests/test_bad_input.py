"""Whatever a resident sends, they get a clear, localized reply and nothing breaks."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from handlers import router
from handlers.context import Context
from handlers.types import Reply
from tests.conftest import BotHarness
from tests.fakebotapi import FakeUser
from tests.test_dialogue import say, stored_answers


@pytest.fixture
async def at_question(bot: BotHarness, person: Callable[..., FakeUser]) -> FakeUser:
    """A Swedish resident who has agreed and is asked the question."""
    resident = person(language_code="sv")
    await resident.send("/start")
    await resident.press("Ja, jag godkänner")
    return resident


@pytest.mark.parametrize("send", ["send_sticker", "send_photo", "send_voice", "send_document"])
async def test_media_instead_of_an_answer_gets_a_text_only_reply(
    bot: BotHarness, at_question: FakeUser, send: str
) -> None:
    replies = await getattr(at_question, send)()
    assert [m.text for m in replies] == ["Jag kan bara läsa text här. Skriv ditt svar som ett vanligt meddelande."]
    assert await stored_answers(bot) == []
    replies = await at_question.send("Nu skriver jag ett riktigt svar")
    assert replies[0].text.startswith("Tack, ditt svar är sparat.")


async def test_a_location_instead_of_an_answer_gets_a_text_only_reply(bot: BotHarness, at_question: FakeUser) -> None:
    replies = await at_question.send_location(58.91, 11.93)
    assert replies[0].text.startswith("Jag kan bara läsa text här.")


async def test_a_blank_message_is_not_an_answer(bot: BotHarness, at_question: FakeUser) -> None:
    replies = await at_question.send("   ")
    assert replies[0].text.startswith("Meddelandet var tomt. Skriv ditt svar med några ord.")
    assert await stored_answers(bot) == []


async def test_a_5000_character_answer_is_refused_with_the_limit(bot: BotHarness, at_question: FakeUser) -> None:
    replies = await at_question.send("trygghet " * 555)
    assert replies[0].text.startswith("Ditt svar är 4\u00a0994 tecken långt, men får vara högst 2\u00a0000.")
    assert await stored_answers(bot) == []
    replies = await at_question.send("ord " * 499 + "ord")  # 1,999 characters: allowed
    assert replies[0].text.startswith("Tack, ditt svar är sparat.")


async def test_a_command_in_the_middle_of_a_step_answers_and_keeps_the_step(
    bot: BotHarness, at_question: FakeUser
) -> None:
    await at_question.send("Fler trafikkontroller på E18")
    focus_prompt = at_question.messages[-1]
    replies = await at_question.send("/help")
    assert "/forget" in replies[0].text and "112" in replies[0].text
    replies = await at_question.send("/promises")
    assert "Medborgarlöftet i Dals-Ed" in replies[0].text
    replies = await at_question.send("/nonsense")
    assert replies[0].text.startswith("Det kommandot känner jag inte till.")
    assert replies[-1].labels == focus_prompt.labels
    # The focus buttons sent before the commands still belong to the current step.
    replies = await at_question.press("Trafiksäkerhet", focus_prompt)
    assert replies[-1].text.startswith("Bor, arbetar eller besöker du Dals-Ed?")


async def test_text_where_buttons_are_expected_asks_for_the_buttons(bot: BotHarness, at_question: FakeUser) -> None:
    await at_question.send("Fler trafikkontroller på E18")
    replies = await at_question.send("trafiken!")
    assert replies[0].text.startswith("Välj med knapparna nedan, tack.")
    assert replies[-1].labels[0] == "Mer synlig polis"
    [answer] = await stored_answers(bot)
    assert answer.text == "Fler trafikkontroller på E18"


async def test_a_button_of_an_old_message_is_refused_and_the_step_asked_again(
    bot: BotHarness, at_question: FakeUser
) -> None:
    await at_question.send("Fler trafikkontroller på E18")
    focus_prompt = at_question.messages[-1]
    await at_question.press("Trafiksäkerhet", focus_prompt)
    replies = await at_question.press("Mer synlig polis", focus_prompt)
    assert replies[0].text.startswith("Den knappen hör till ett tidigare steg")
    assert "Bor, arbetar eller besöker du Dals-Ed?" in replies[-1].text
    [answer] = await stored_answers(bot)
    assert answer.focus_area == "traffic-safety"


async def test_a_button_with_made_up_data_is_refused(bot: BotHarness, at_question: FakeUser) -> None:
    replies = await at_question.press_data("999:focus:../../etc", at_question.messages[-1].message_id)
    assert replies[0].text.startswith("Den knappen hör till ett tidigare steg")
    replies = await at_question.press_data("*:lang:xx", at_question.messages[-1].message_id)
    assert replies[0].text.startswith("Den knappen hör till ett tidigare steg")


async def test_an_edited_message_is_not_taken_as_an_answer(bot: BotHarness, at_question: FakeUser) -> None:
    await at_question.send("Fler trafikkontroller")
    replies = await at_question.edit(1, "Något helt annat")
    assert replies[0].text.startswith("Jag läser inte ändringar")
    [answer] = await stored_answers(bot)
    assert answer.text == "Fler trafikkontroller"


async def test_a_message_in_a_group_chat_points_to_a_private_chat(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    member = person(language_code="en", chat_id=-100123, chat_type="supergroup")
    replies = await member.send("/start")
    assert replies[0].text.startswith(say("common-private-only", "en"))
    assert await stored_answers(bot) == []


async def test_an_unexpected_error_is_logged_with_the_update_id_and_the_resident_gets_an_apology(
    bot: BotHarness, at_question: FakeUser, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(ctx: Context) -> list[Reply]:
        raise RuntimeError("a bug")

    monkeypatch.setitem(router.COMMANDS, "help", broken)  # type: ignore[arg-type]
    with caplog.at_level(logging.ERROR):
        replies = await at_question.send("/help")
    assert [m.text for m in replies] == [say("common-error", "sv")]
    assert any(r.getMessage().startswith("update ") and r.getMessage().endswith(" failed") for r in caplog.records)
    # The bot carries on.
    replies = await at_question.send("Ett svar efter felet")
    assert replies[0].text.startswith("Tack, ditt svar är sparat.")


async def test_resident_text_is_never_logged_above_debug(
    bot: BotHarness, at_question: FakeUser, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "Min granne heter Anders Andersson och bor på Storgatan 5"
    with caplog.at_level(logging.INFO):
        await at_question.send(secret)
        await at_question.press("Något annat")
    assert all(secret not in r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)


async def test_a_language_button_pressed_after_forget_starts_afresh(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="de")
    [picker] = await resident.send("/start")
    await resident.press("Svenska", picker)
    await resident.send("/forget")
    await resident.press("Ja, radera allt")
    replies = await resident.press("English", picker)
    assert replies[0].text.startswith(say("language-set", "en", language="English"))
    assert say("privacy-consent-question", "en") in replies[-1].text
