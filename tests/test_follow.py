"""Residents follow what is done about the promises; officers post what was done; the broadcast.

A resident follows on Telegram (and in the web chat), through the fake Bot API; an officer
posts an update in the dashboard; the outbox sends it to every follower once, in their
language or in Swedish under a line saying so, at Telegram's cap (the fake enforces it),
after a tipster's messages, across a restart, dropping a resident who blocked the bot.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import select

from bot.i18n import Catalogs
from handlers.types import Text
from storage.models import FollowedArea, Follower, FollowerReturnPath
from tests.conftest import BotHarness
from tests.fakebotapi import FakeUser

CATALOGS = Catalogs()
TRAFFIC = "campaign-focus-traffic-safety"


def say(key: str, locale: str, **params: object) -> str:
    return CATALOGS.render(Text.of(key, **params), locale)


async def answer_on(resident: FakeUser, locale: str, area_key: str = TRAFFIC) -> list:
    """Consent, answer the question on an area, skip the follow-up questions; return the last replies."""
    await resident.send("/start")
    await resident.press(say("privacy-agree", locale))
    await resident.send("Bilarna kör alldeles för fort förbi skolan varje morgon")
    await resident.press(say(area_key, locale))
    await resident.press(say("dialogue-follow-up-skip", locale))
    await resident.press(say("dialogue-follow-up-skip", locale))
    return await resident.press(say("dialogue-follow-up-skip", locale))


async def followers(bot: BotHarness) -> list[tuple[Follower, list[str], FollowerReturnPath | None]]:
    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        out = []
        for follower in (await session.exec(select(Follower))).all():
            areas = (await session.exec(select(FollowedArea.focus_area).where(
                FollowedArea.follower_id == follower.id))).all()
            out.append((follower, sorted(areas), await session.get(FollowerReturnPath, follower.id)))
        return out


# --- the resident's side -----------------------------------------------------------------------------


async def test_after_an_answer_on_traffic_safety_a_resident_is_offered_to_follow_it_and_does(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="so", first_name="Hodan", username="hodan_w")
    replies = await answer_on(resident, "so")
    area = say(TRAFFIC, "so")
    offer = next(m for m in replies if say("follow-offer", "so", area=area) in m.text)
    assert offer.labels == [say("follow-offer-button", "so", area=area), say("follow-all-button", "so")]
    assert say("dialogue-thanks", "so", municipality="Dals-Ed") in replies[0].text
    assert replies[-1].labels[0] == say("menu-another-answer", "so")   # the menu stays the latest prompt

    replies = await resident.press(say("follow-offer-button", "so", area=area))
    assert replies[-1].text == say("follow-done", "so", area=area)
    [(follower, areas, path)] = await followers(bot)
    assert areas == ["traffic-safety"]
    assert path is not None and path.channel == "telegram" and path.chat_id == str(resident.chat_id)
    # Only the pseudonym: no Telegram id, name or username in the follower's row.
    assert len(follower.resident_key) == 64
    for identity in (str(resident.user_id), "Hodan", "hodan_w"):
        assert identity not in repr(follower.model_dump())

    # Pressed again (a double tap, an old message): followed once.
    replies = await resident.press(say("follow-offer-button", "so", area=area))
    assert replies[-1].text == say("follow-already", "so", area=area)
    # Another answer on the same area: no second offer.
    await resident.press(say("menu-another-answer", "so"))
    await resident.send("Waxaan rabaa in baabuurta si tartiib ah loogu wado agagaarka dugsiga")
    await resident.press(say(TRAFFIC, "so"))
    assert not any(say("follow-offer", "so", area=area) in m.text for m in resident._new())


async def test_follow_from_the_menu_offers_each_promise_and_all_and_all_replaces_the_single_ones(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    resident = person(language_code="en")
    await resident.send("/start")
    await resident.press(say("privacy-agree", "en"))
    await resident.send("/cancel")
    replies = await resident.press(say("follow-menu-button", "en"))
    assert say("follow-intro", "en") in replies[-1].text
    assert replies[-1].labels == [say("campaign-focus-visible-police", "en"),
                                  say("campaign-focus-migration-integration", "en"), say(TRAFFIC, "en"),
                                  say("follow-all-button", "en")]
    await resident.press(say("campaign-focus-visible-police", "en"))
    replies = await resident.send("/follow")
    assert say("follow-current", "en", area=say("campaign-focus-visible-police", "en")) in replies[-1].text
    assert say("follow-stop-button", "en") in replies[-1].labels
    assert say("campaign-focus-visible-police", "en") not in replies[-1].labels
    replies = await resident.press(say("follow-all-button", "en"))
    assert replies[-1].text == say("follow-done-all", "en")
    [(_, areas, _)] = await followers(bot)
    assert areas == ["*"]
    replies = await resident.send("/follow")
    assert say("follow-current-all", "en") in replies[-1].text
    assert replies[-1].labels == [say("follow-stop-button", "en")]
    # /mydata says what is followed.
    replies = await resident.send("/mydata")
    assert say("follow-current-all", "en") in replies[-1].text


async def test_unfollow_and_forget_end_following_at_once_and_delete_the_way_back(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    first, second = person(language_code="uk"), person(language_code="sv")
    for resident, locale in ((first, "uk"), (second, "sv")):
        await answer_on(resident, locale)
        await resident.press(say("follow-offer-button", locale, area=say(TRAFFIC, locale)))
    assert len(await followers(bot)) == 2

    replies = await first.send("/unfollow")
    assert replies[-1].text == say("unfollow-done", "uk")
    replies = await first.send("/unfollow")
    assert replies[-1].text == say("unfollow-nothing", "uk")
    await second.send("/forget")
    await second.press(say("forget-yes", "sv"))
    assert await followers(bot) == []


async def test_follow_before_consent_asks_for_consent_first(bot: BotHarness, person: Callable[..., FakeUser]) -> None:
    resident = person(language_code="sv")
    replies = await resident.send("/start")
    replies = await resident.send("/follow")
    assert replies[-1].labels == [say("privacy-agree", "sv"), say("privacy-decline", "sv")]
    assert await followers(bot) == []
