"""A resident answers the dialogue question on Telegram, in their language, and stays in control."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlmodel import select

from bot.i18n import Catalogs
from handlers.campaign import LOCALE_CODES
from handlers.types import Text
from storage.models import Answer, Conversation
from tests.conftest import BotHarness
from tests.fakebotapi import FakeBotAPI, FakeUser

CATALOGS = Catalogs()


def say(key: str, locale: str, **params: object) -> str:
    return CATALOGS.render(Text.of(key, **params), locale)


async def stored_answers(bot: BotHarness) -> list[Answer]:
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        return list((await session.exec(select(Answer))).all())


async def complete_dialogue(resident: FakeUser, locale: str, answer: str, area_key: str) -> None:
    """Go through the whole dialogue as a resident whose app speaks `locale`."""
    replies = await resident.send("/start")
    assert say("privacy-consent-question", locale) in replies[-1].text
    replies = await resident.press(say("privacy-agree", locale))
    assert say("campaign-question", locale) in replies[-1].text
    replies = await resident.send(answer)
    assert replies[0].text.startswith(say("dialogue-answer-saved", locale))
    replies = await resident.press(say(area_key, locale))
    assert say("campaign-fq-relation", locale) in replies[-1].text
    await resident.press(say("campaign-fq-relation-lives", locale))
    await resident.press(say("dialogue-follow-up-skip", locale))
    replies = await resident.press(say("campaign-fq-area-ed", locale))
    assert say("dialogue-thanks", locale, municipality="Dals-Ed") in replies[0].text
    assert replies[-1].labels[0] == say("menu-another-answer", locale)


async def test_resident_can_answer_in_swedish(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = person(language_code="sv", first_name="Karin", username="karin_ed")
    replies = await resident.send("/start")
    assert "Hej och välkommen till medborgardialogen i Dals-Ed!" in replies[0].text
    assert "ring 112" in replies[-1].text and "114 14" in replies[-1].text
    assert replies[-1].labels == ["Ja, jag godkänner", "Nej tack"]
    replies = await resident.press("Ja, jag godkänner")
    assert "Vad anser du att det finns för åtgärder som polisen och kommunen" in replies[-1].text
    replies = await resident.send("Mer polis på kvällarna vid torget skulle göra mig tryggare")
    assert replies[-1].labels == ["Mer synlig polis", "Migration och integration", "Trafiksäkerhet", "Något annat"]
    replies = await resident.press("Mer synlig polis")
    assert replies[-1].text.startswith("Bor, arbetar eller besöker du Dals-Ed?")
    await resident.press("Jag bor här")
    await resident.press("30–49")
    replies = await resident.press("Nössemark")
    assert replies[0].text.startswith("Tack för att du tar dig tid!")

    [answer] = await stored_answers(bot)
    assert answer.text == "Mer polis på kvällarna vid torget skulle göra mig tryggare"
    assert answer.focus_area == "visible-police"
    assert answer.text_language == "sv" and answer.locale == "sv"
    assert answer.follow_ups == {"relation": "lives", "age-group": "30-49", "area": "nossemark"}
    # Stored under a keyed hash: no Telegram id, name or username anywhere in the row.
    row = repr(answer.model_dump())
    for identity in (str(resident.user_id), "Karin", "karin_ed"):
        assert identity not in row
    assert len(answer.resident_key) == 64


@pytest.mark.parametrize(
    ("locale", "answer", "detected"),
    [
        ("ar", "أتمنى وجود المزيد من الشرطة في وسط المدينة في المساء", "ar"),
        ("uk", "Хотілося б більше поліції в центрі міста ввечері та вночі", "uk"),
        ("so", "Waxaan jeclaan lahaa in booliis badan la arko habeenkii magaalada", "so"),
        ("fa", "می خواهم پولیس بیشتر در مرکز شهر در شب ها دیده شود", "fa"),
        ("ti", "ብዙሕ ፖሊስ ኣብ ማእከል ከተማ ምሸት ክህሉ ደስ ምበለኒ", "ti"),
        ("en", "I would like to see more police in the town centre in the evenings", "en"),
        ("sv", "Bättre belysning på vägen till skolan och lägre hastighet", "sv"),
    ],
)
async def test_resident_completes_the_dialogue_in_every_language(
    bot: BotHarness, person: Callable[..., FakeUser], locale: str, answer: str, detected: str
) -> None:
    resident = person(language_code=locale)
    await complete_dialogue(resident, locale, answer, "campaign-focus-traffic-safety")
    [stored] = await stored_answers(bot)
    assert (stored.locale, stored.text_language, stored.focus_area) == (locale, detected, "traffic-safety")


async def test_arabic_resident_reads_right_to_left_with_values_isolated(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="ar")
    await resident.send("/start")
    await resident.press(say("privacy-agree", "ar"))
    replies = await resident.send("x" * 2500)
    text = replies[0].text
    # The numbers sit inside first-strong isolates, so they keep their place in the Arabic sentence.
    assert "\u20682,500\u2069" in text or "\u2068٢٬٥٠٠\u2069" in text
    assert any(ch in text for ch in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي")


async def test_unknown_app_language_gets_the_picker_in_every_language(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="de")
    [picker] = await resident.send("Hallo")
    assert picker.labels == ["Svenska", "English", "العربية", "دری", "Soomaali", "ትግርኛ", "Українська"]
    for code in LOCALE_CODES:
        assert say("language-pick", code) in picker.text
    replies = await resident.press("Українська")
    assert replies[0].text.startswith(say("language-set", "uk", language="Українська"))
    assert say("privacy-consent-question", "uk") in replies[-1].text


async def test_resident_can_switch_language_at_any_time(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = person(language_code="sv")
    await resident.send("/start")
    await resident.press("Ja, jag godkänner")
    replies = await resident.send("/language")
    assert replies[-1].text == say("language-pick", "sv")
    replies = await resident.press("Soomaali")
    # Back at the question, now in Somali.
    assert say("campaign-question", "so") in replies[-1].text


async def test_writing_in_another_language_offers_to_switch(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = person(language_code="sv")
    await resident.send("/start")
    await resident.press("Ja, jag godkänner")
    replies = await resident.send("Хотілося б більше поліції в центрі міста ввечері")
    offer = next(m for m in replies if say("language-switch-no", "sv") in m.labels)
    assert "Українська" in offer.text
    replies = await resident.press(say("language-switch-yes", "uk"), offer)
    assert say("dialogue-focus-question", "uk") in replies[-1].text


async def test_a_word_or_two_in_another_language_does_not_offer_a_switch(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="sv")
    await resident.send("/start")
    await resident.press("Ja, jag godkänner")
    replies = await resident.send("more police")
    assert all(say("language-switch-no", "sv") not in m.labels for m in replies)


async def test_declining_stores_nothing_and_promises_still_work(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="sv")
    await resident.send("/start")
    replies = await resident.press("Nej tack")
    assert "ingenting av ditt sparas" in replies[-1].text
    replies = await resident.send("/promises")
    assert "Mer synlig polis" in replies[0].text and "Trafiksäkerhet" in replies[0].text
    replies = await resident.send("/answer")
    assert "Godkänner du" in replies[-1].text
    assert await stored_answers(bot) == []


async def test_promises_show_each_focus_area_with_its_promise_and_follow_up(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="en")
    [reply] = await resident.send("/promises")
    for key in ("campaign-focus-visible-police", "campaign-promise-migration-integration",
                "campaign-follow-up-traffic-safety"):
        assert say(key, "en") in reply.text
    [help_reply] = await resident.send("/help")
    assert "Steve Johansson" in help_reply.text and "010-565 24 40" in help_reply.text


async def test_resident_can_give_another_answer_without_the_follow_ups_again(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="sv")
    await complete_dialogue(resident, "sv", "Fler vuxna ute på kvällarna", "campaign-focus-visible-police")
    await resident.press("Lämna ett nytt svar")
    await resident.send("Sänk hastigheten förbi skolan")
    replies = await resident.press("Trafiksäkerhet")
    assert replies[0].text.startswith("Tack för att du tar dig tid!")
    first, second = await stored_answers(bot)
    assert second.follow_ups == first.follow_ups == {"relation": "lives", "area": "ed"}


async def test_a_restart_in_the_middle_of_the_dialogue_continues_where_the_resident_was(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="sv")
    await resident.send("/start")
    await resident.press("Ja, jag godkänner")
    await resident.send("Mer ljus i parken")
    focus_prompt = resident.messages[-1]
    await bot.restart()
    # The focus buttons of the message sent before the restart still work.
    replies = await resident.press("Trafiksäkerhet", focus_prompt)
    assert replies[-1].text.startswith("Bor, arbetar eller besöker du Dals-Ed?")
    [answer] = await stored_answers(bot)
    assert answer.focus_area == "traffic-safety"


async def test_mydata_shows_what_is_stored_and_forget_erases_it(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="sv")
    await complete_dialogue(resident, "sv", "Fler poliser <b>synliga</b> på torget", "campaign-focus-visible-police")
    [mydata] = await resident.send("/mydata")
    assert "Fler poliser <b>synliga</b> på torget" in mydata.text  # shown as plain text, as written
    assert "Antal svar: 1" in mydata.text and "Jag bor här" in mydata.text
    replies = await resident.send("/forget")
    assert replies[-1].labels == ["Ja, radera allt", "Nej, behåll"]
    replies = await resident.press("Ja, radera allt")
    assert "Allt du har lämnat är raderat" in replies[0].text
    assert await stored_answers(bot) == []
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        assert (await session.exec(select(Conversation))).all() == []
    # Afterwards the resident starts afresh, and is asked for consent again.
    replies = await resident.send("/start")
    assert "Godkänner du" in replies[-1].text


async def test_forget_can_be_called_off(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = person(language_code="sv")
    await complete_dialogue(resident, "sv", "Fler poliser på torget", "campaign-focus-visible-police")
    await resident.send("/forget")
    replies = await resident.press("Nej, behåll")
    assert replies[0].text.startswith("Okej, ingenting raderades.")
    assert len(await stored_answers(bot)) == 1


async def test_two_quick_messages_from_one_chat_are_handled_in_order(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="sv")
    await resident.send("/start")
    await resident.press("Ja, jag godkänner")
    replies = await resident.send_many(["Första svaret om trafiken", "Andra meddelandet"])
    # The first became the answer; the second arrived while the focus buttons were shown.
    assert replies[0].text.startswith("Tack, ditt svar är sparat.")
    assert replies[-1].text.startswith("Välj med knapparna nedan, tack.")
    [answer] = await stored_answers(bot)
    assert answer.text == "Första svaret om trafiken"


async def test_many_residents_at_once_each_get_their_own_dialogue(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    residents = [person(language_code=code) for code in LOCALE_CODES * 3]

    async def go(resident: FakeUser, n: int) -> None:
        await complete_dialogue(resident, resident.language_code or "sv", f"Svar nummer {n} om trafiken i byn",
                                "campaign-focus-traffic-safety")

    await asyncio.gather(*(go(r, n) for n, r in enumerate(residents)))
    answers = await stored_answers(bot)
    assert sorted(a.text for a in answers) == sorted(f"Svar nummer {n} om trafiken i byn" for n in range(len(residents)))
    assert len({a.resident_key for a in answers}) == len(residents)


async def test_the_command_menu_is_set_in_every_language(bot: BotHarness, fake_api: FakeBotAPI) -> None:
    calls = [c for c in fake_api.calls if c.method == "setMyCommands"]
    assert {c.params.get("language_code") for c in calls} == {None, *LOCALE_CODES}
    swedish = next(c for c in calls if c.params.get("language_code") == "sv")
    assert {"command": "forget", "description": "Radera dina uppgifter"} in swedish.params["commands"]


async def test_a_confirmation_and_the_next_question_come_as_one_message(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    """One notification per step on the resident's phone: "saved" travels with the next question."""
    resident = person(language_code="sv")
    await resident.send("/start")
    [question] = await resident.press("Ja, jag godkänner")
    assert question.text.startswith(say("privacy-thanks", "sv") + "\n\n")
    [focus] = await resident.send("Mer belysning vid busshållplatsen")
    assert focus.text == say("dialogue-answer-saved", "sv") + "\n\n" + say("dialogue-focus-question", "sv")
    assert focus.labels == ["Mer synlig polis", "Migration och integration", "Trafiksäkerhet", "Något annat"]


def test_replies_too_long_to_join_stay_separate_messages(bot: BotHarness) -> None:
    from bot.channels.telegram.adapter import TelegramChannel
    from handlers.types import Button, Reply

    assert bot.runtime is not None
    channel = TelegramChannel(bot.runtime.services, CATALOGS)
    long_words = Text.raw("ord " * 900)  # 3,600 characters
    buttons = ((Button(Text.of("menu-help"), "*:menu:help"),),)
    messages = channel.messages([Reply((long_words,)), Reply((long_words,), buttons)], "sv")
    assert [(len(text), markup is not None) for text, markup in messages] == [(3600, False), (3600, True)]
    joined = channel.messages([Reply.of("dialogue-answer-saved"), Reply.of("dialogue-thanks", buttons=buttons,
                                                                       municipality="Dals-Ed")], "sv")
    assert len(joined) == 1 and joined[0][1] is not None


def test_buttons_kept_built_are_each_languages_own(bot: BotHarness) -> None:
    """The same keyboard again is the one built before, in its own language; one with a resident's
    words in a label is built each time, never kept."""
    from bot.channels.telegram.adapter import TelegramChannel
    from handlers.types import Button, Reply, Resident

    assert bot.runtime is not None
    channel = TelegramChannel(bot.runtime.services, CATALOGS)
    reply = Reply.of("dialogue-focus-question", buttons=((Button(Text.of("menu-help"), "*:menu:help"),),))
    swedish, arabic = channel.keyboard(reply, "sv"), channel.keyboard(reply, "ar")
    assert swedish is not None and arabic is not None
    assert swedish.inline_keyboard[0][0].text == say("menu-help", "sv")
    assert arabic.inline_keyboard[0][0].text == say("menu-help", "ar")
    assert channel.keyboard(reply, "sv") is swedish
    [(_, kept)] = channel.messages([reply], "sv")
    assert kept is not None and kept.markup is swedish and kept.wire == swedish.to_dict()
    words = Reply.of("dialogue-focus-question", buttons=((Button(Text.raw("x"), "*:menu:help"),),))
    assert channel.keyboard(words, "sv") is channel.keyboard(words, "sv")   # a literal label: kept
    area = Reply((Text.raw("x"),), ((Button(Text.of("follow-offer-button", area=Text.of("campaign-focus-other")),
                                            "*:follow:other"),),))
    assert channel.keyboard(area, "sv") is channel.keyboard(area, "sv")   # a text as a parameter: kept
    resident = Reply((Text.raw("x"),), ((Button(Text.of("menu-help", name=Resident("Amina")), "*:menu:help"),),))
    assert channel.keyboard(resident, "sv") is not channel.keyboard(resident, "sv")
