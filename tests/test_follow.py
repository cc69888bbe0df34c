"""Residents follow what is done about the promises; officers post what was done; the broadcast.

A resident follows on Telegram (and in the web chat), through the fake Bot API; an officer
posts an update in the dashboard; the outbox sends it to every follower once, in their
language or in Swedish under a line saying so, at Telegram's cap (the fake enforces it),
after a tipster's messages, across a restart, dropping a resident who blocked the bot.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlmodel import select

from bot.i18n import Catalogs
from bot.server.keys import RUNTIME
from handlers.types import Text
from storage.models import FollowedArea, Follower, FollowerReturnPath
from tests.conftest import BotHarness, make_settings
from tests.fakebotapi import Cap, FakeBotAPI, FakeUser

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
    assert say("follow-mydata-return-path", "en") in replies[-1].text   # and that the way back is kept
    # Telegram keeps no time of the last message (WhatsApp's 24-hour window).
    assert "WhatsApp" not in replies[-1].text


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


# --- the broadcast ----------------------------------------------------------------------------------------


async def seed_followers(bot: BotHarness, count: int, area: str = "traffic-safety", first_chat: int = 600_000) -> list[int]:
    """`count` followers of `area` on Telegram (as /follow stores them), each with a chat of its own."""
    from storage import follow as store

    assert bot.runtime is not None
    chats = list(range(first_chat, first_chat + count))
    async with bot.runtime.services.sessionmaker.begin() as session:
        for chat in chats:
            await store.follow(f"{chat:064d}", area, channel="telegram", chat_id=str(chat), session=session)
    return chats


async def post(bot: BotHarness, text: str = "Vi har satt upp fartkameror vid skolan.", **texts: str) -> int:
    from handlers import follow as following

    assert bot.runtime is not None
    posted = await following.post_update("anna", "traffic-safety", text, texts, services=bot.runtime.services)
    assert posted.result is following.PostResult.QUEUED and posted.update_id is not None
    return posted.update_id


def updates_to(api: FakeBotAPI, chats: list[int], words: str = "fartkameror") -> dict[int, int]:
    """How many times each chat got the update (a delivered message with its words)."""
    got = dict.fromkeys(chats, 0)
    for call in api.calls:
        chat = call.params.get("chat_id")
        if call.method == "sendMessage" and chat in got and isinstance(call.result, dict) and words in call.params.get(
                "text", ""):
            got[chat] += 1
    return got


async def progress_of(bot: BotHarness, update_id: int) -> dict[str, int]:
    from storage import follow as store

    assert bot.runtime is not None
    async with bot.runtime.services.sessionmaker() as session:
        return (await store.progress([update_id], session=session))[update_id]


@pytest.fixture
async def capped_bot(fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path) -> AsyncIterator[BotHarness]:
    """The bot with its rate limiter on, against a fake that enforces Telegram's cap."""
    harness = BotHarness(fake_api, make_settings(fake_api, sqlite_url, tmp_path / "data", telegram_rate_limit=True))
    await harness.start()
    fake_api.cap = Cap()
    try:
        yield harness
    finally:
        await harness.stop()


async def test_a_broadcast_reaches_every_follower_once_at_the_cap_across_a_restart(
    capped_bot: BotHarness, fake_api: FakeBotAPI
) -> None:
    chats = await seed_followers(capped_bot, 45)
    update_id = await post(capped_bot)
    # Restart while the broadcast is under way (the cap lets ~30 a second through).
    await fake_api.wait_for(lambda: sum(updates_to(fake_api, chats).values()) >= 10, 20)
    await capped_bot.restart()
    fake_api.cap = Cap()  # the same limits for the new process
    await fake_api.wait_for(lambda: all(updates_to(fake_api, chats).values()), 30)
    await capped_bot.settled()
    assert set(updates_to(fake_api, chats).values()) == {1}   # none missed, none twice
    assert fake_api.throttled == []                          # never throttled by Telegram
    assert fake_api.most_in_a_second() <= 30
    assert await progress_of(capped_bot, update_id) == {"sent": 45, "pending": 0, "failed": 0, "held": 0}


async def test_a_tipster_gets_an_officers_words_before_a_broadcast_ends(
    capped_bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    from handlers import officer as officer_actions
    from tests.test_tips import consent, make_resident, send_tip

    fake_api.cap = None  # the tip's conversation first, at the resident's own pace
    tipster = make_resident(person, "sv")
    await consent(tipster)
    reference = await send_tip(tipster)
    await capped_bot.settled()
    fake_api.cap = Cap()
    chats = await seed_followers(capped_bot, 90)
    await post(capped_bot)
    await fake_api.wait_for(lambda: sum(updates_to(fake_api, chats).values()) >= 5, 20)
    assert capped_bot.runtime is not None
    officer = officer_actions.OfficerIdentity("web", "1", "anna")
    result = await officer_actions.send_message(officer, reference, "Tack, vi tittar på det i kväll.",
                                                services=capped_bot.runtime.services)
    assert result.result is officer_actions.Result.DONE
    await fake_api.wait_for(lambda: all(updates_to(fake_api, chats).values()), 30)
    sends = [c for c in fake_api.calls if c.method == "sendMessage" and isinstance(c.result, dict)]
    words = next(i for i, c in enumerate(sends) if "vi tittar på det i kväll" in c.params.get("text", ""))
    last_update = max(i for i, c in enumerate(sends) if c.params.get("chat_id") in chats)
    # It jumped the queue: dozens of the broadcast's messages went out after it.
    assert last_update - words > 30
    assert fake_api.throttled == []


async def test_a_follower_who_blocked_the_bot_is_dropped_and_those_who_unfollowed_or_forgot_get_nothing(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    chats = await seed_followers(bot, 4)
    leaving = person(language_code="sv")
    await answer_on(leaving, "sv")
    await leaving.press(say("follow-offer-button", "sv", area=say(TRAFFIC, "sv")))
    await leaving.send("/unfollow")
    forgetting = person(language_code="en")
    await answer_on(forgetting, "en")
    await forgetting.press(say("follow-offer-button", "en", area=say(TRAFFIC, "en")))
    await forgetting.send("/forget")
    await forgetting.press(say("forget-yes", "en"))
    fake_api.fail("sendMessage", status=403, chat_id=chats[0])   # blocked the bot
    update_id = await post(bot)
    await fake_api.wait_for(lambda: all(updates_to(fake_api, chats[1:]).values()), 15)
    await bot.settled()
    gone = [leaving.chat_id, forgetting.chat_id, chats[0]]
    assert updates_to(fake_api, gone) == dict.fromkeys(gone, 0)
    assert await progress_of(bot, update_id) == {"sent": 3, "pending": 0, "failed": 1, "held": 0}
    remaining = {path.chat_id for _, _, path in await followers(bot) if path is not None}
    assert remaining == {str(chat) for chat in chats[1:]}
    # The next update is not tried on the dropped follower again.
    await post(bot, "Fler fartkameror vid Storgatan.")
    await fake_api.wait_for(lambda: all(updates_to(fake_api, chats[1:], "Storgatan").values()), 15)
    await bot.settled()
    assert [c for c in fake_api.calls if c.params.get("chat_id") == chats[0] and c.method == "sendMessage"
            and "Storgatan" in c.params.get("text", "")] == []
# --- the rate limiter against a fake that enforces Telegram's cap ---------------------------------------


async def test_the_limiter_keeps_a_burst_under_the_cap_and_lets_a_normal_message_overtake(
    fake_api: FakeBotAPI,
) -> None:
    import asyncio

    from telegram.ext import ExtBot

    from bot.channels.telegram.ratelimit import SEND_PRIORITY, Priority, TelegramRateLimiter
    from tests.fakebotapi import TOKEN

    fake_api.cap = Cap()
    bot = ExtBot(TOKEN, base_url=fake_api.base_url, rate_limiter=TelegramRateLimiter())
    async with bot:

        async def bulk(chat_id: int) -> None:
            SEND_PRIORITY.set(Priority.BULK)
            await bot.send_message(chat_id, "update")

        # 70 followers, two of them twice (one a second per chat), and a reply queued behind them.
        chats = [*range(1001, 1071), 1001, 1002]
        tasks = [asyncio.create_task(bulk(chat)) for chat in chats]
        await asyncio.sleep(0.05)
        await bot.send_message(4242, "an officer's words to a tipster")
        await asyncio.gather(*tasks)
    assert fake_api.throttled == []
    assert fake_api.most_in_a_second() <= 30
    sent = [c.params["chat_id"] for c in fake_api.calls if c.method == "sendMessage"]
    assert sorted(sent) == sorted([*chats, 4242])
    # The reply went out among the first second's messages, not after the 72 queued before it.
    assert sent.index(4242) < 31


# --- the whole loop: Telegram and the web chat, the dashboard ----------------------------------------------


async def test_an_officer_posts_an_update_in_the_dashboard_and_each_follower_reads_it_in_their_language(
    fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path, person: Callable[..., FakeUser]
) -> None:
    import re

    from aiohttp.test_utils import TestClient, TestServer

    from bot.app import create_app
    from bot.channels.telegram.deliverer import outbox_ctx
    from tests.conftest import settle
    from tests.fakebotapi import TOKEN
    from tests.test_web import Officer, WebResident, add_officer, web_settings

    settings = web_settings(sqlite_url, tmp_path / "data", telegram_bot_token=TOKEN,
                            telegram_api_base_url=fake_api.base_url, telegram_rate_limit=False)
    app = create_app(settings)
    app.cleanup_ctx.append(outbox_ctx)   # as `serve` does: the Telegram deliverer beside the web chat's
    async with TestClient(TestServer(app)) as client:
        # Telegram: Somali and Ukrainian residents follow traffic safety; an Arab resident another area.
        somali, ukrainian, arab = person(language_code="so"), person(language_code="uk"), person(language_code="ar")
        for resident, locale in ((somali, "so"), (ukrainian, "uk")):
            await answer_on(resident, locale)
            await resident.press(say("follow-offer-button", locale, area=say(TRAFFIC, locale)))
        await arab.send("/start")
        await arab.press(say("privacy-agree", "ar"))
        await arab.send("/follow")
        await arab.press(say("campaign-focus-visible-police", "ar"))
        # The web chat: an English resident follows every area.
        web = WebResident(client, accept_language="en")
        await web.start()
        await web.press(say("privacy-agree", "en"))
        await web.command("follow")
        page = await web.press(say("follow-all-button", "en"))
        assert page.said(say("follow-done-all", "en"))

        await add_officer(client)
        officer = Officer(client)
        await officer.login()
        page = await officer.get("/officer/updates")
        assert say("officer-updates-title", "sv") in page.html
        assert say("officer-updates-followers", "sv", count=2) in page.html        # traffic safety
        assert say("officer-updates-followers-all", "sv", count=1) in page.html    # every area
        swedish = "Vi har satt upp två fartkameror vid skolan på Storgatan."
        somali_text = "Waxaan dhigay laba kaamirooyin xawaaraha ah oo u dhow dugsiga Storgatan."
        form = {"csrf": page.csrf, "text-sv": swedish, "text-so": somali_text}
        response = await client.post("/officer/updates/traffic-safety", data={**form, "action": "preview"})
        preview = await response.text()
        assert response.status == 200
        # A preview per language: Somali in Somali, Ukrainian in Swedish under a line saying so.
        assert somali_text in preview
        assert html_text(say("follow-update-in-swedish", "uk")) in preview
        assert re.search(r'<div class="bubble preview" lang="ar" dir="rtl">', preview)
        assert fake_api.sent_to(somali.chat_id)[-1].params["text"] != somali_text   # nothing sent yet

        response = await client.post("/officer/updates/traffic-safety", data={**form, "action": "send"},
                                     allow_redirects=False)
        assert response.status == 303
        # The button pressed twice: the update goes out once.
        again = await client.post("/officer/updates/traffic-safety", data={**form, "action": "send"},
                                  allow_redirects=False)
        assert again.headers["Location"] == response.headers["Location"]

        def got(resident: FakeUser, words: str) -> list[str]:
            return [m.text for m in resident.messages if words in m.text]

        await fake_api.wait_for(lambda: bool(got(somali, "Storgatan") and got(ukrainian, "Storgatan")), 15)
        [to_somali] = got(somali, "Storgatan")
        assert somali_text in to_somali and swedish not in to_somali
        assert say("follow-update-in-swedish", "so") not in to_somali
        assert to_somali.startswith(say("follow-update-title", "so", municipality="Dals-Ed",
                                        area=say(TRAFFIC, "so"), date=to_somali.split("(")[1][:10]))
        [to_ukrainian] = got(ukrainian, "Storgatan")
        assert say("follow-update-in-swedish", "uk") in to_ukrainian and swedish in to_ukrainian
        assert to_ukrainian.index(say("follow-update-in-swedish", "uk")) < to_ukrainian.index(swedish)
        # The web follower reads it in the web chat, in English: Swedish under the English line.
        assert (await web.open()).said(say("follow-update-in-swedish", "en"))
        assert web.page.said(swedish)
        await settle(client.app[RUNTIME].services.sessionmaker, fake_api)
        assert got(arab, "Storgatan") == []      # follows another area
        page = await officer.get("/officer/updates")
        assert say("officer-updates-progress", "sv", sent=3, pending=0, failed=0) in page.html
        # /promises shows the promise with what was done, in the resident's language.
        replies = await somali.send("/promises")
        assert somali_text in replies[-1].text
        replies = await ukrainian.send("/promises")
        assert say("follow-update-in-swedish", "uk") in replies[-1].text and swedish in replies[-1].text


def html_text(text: str) -> str:
    import html

    return html.escape(text, quote=True)


# --- storage, on SQLite and PostgreSQL ----------------------------------------------------------------------


async def test_following_and_the_broadcast_rows_in_storage(database_url: str) -> None:
    """Follow, all areas replacing single ones, one outbox row per follower of the area (or of all),
    progress by status, unfollow deleting everything of the follower but the sent rows' count."""
    from datetime import timedelta

    from sqlmodel import func

    from storage import db
    from storage import follow as store
    from storage.models import OutboxMessage, OutboxStatus, PromiseUpdate, utcnow

    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    sessionmaker = db.create_sessionmaker(engine)
    try:
        async with sessionmaker.begin() as session:
            assert await store.follow("a" * 64, "traffic-safety", channel="telegram", chat_id="1", session=session)
            assert not await store.follow("a" * 64, "traffic-safety", channel="telegram", chat_id="1", session=session)
            assert await store.follow("b" * 64, "visible-police", channel="web", chat_id="b" * 64, session=session)
            assert await store.follow("c" * 64, "visible-police", channel="telegram", chat_id="3", session=session)
            assert await store.follow("c" * 64, "*", channel="telegram", chat_id="33", session=session)
            assert await store.areas_of("c" * 64, session=session) == ["*"]
            assert await store.count_by_area(session=session) == {"traffic-safety": 1, "visible-police": 1, "*": 1}
        async with sessionmaker.begin() as session:
            update = await store.add_update(
                PromiseUpdate(campaign_id="dals-ed-2017", focus_area="traffic-safety", text="Fartkameror.",
                              texts={"en": "Speed cameras."}, officer="anna"),
                default_locale="sv", session=session)
        assert update.id is not None and update.recipients == 2   # a (the area) and c (all areas)
        async with sessionmaker.begin() as session:   # a second press of the send button finds it
            since = utcnow() - timedelta(minutes=10)
            same = await store.same_update_since("dals-ed-2017", "traffic-safety", "Fartkameror.", since,
                                                 session=session)
            assert same is not None and same.id == update.id
            assert await store.same_update_since("dals-ed-2017", "traffic-safety", "Annat.", since,
                                                 session=session) is None
        async with sessionmaker() as session:
            rows = (await session.exec(select(OutboxMessage).order_by(OutboxMessage.id))).all()
            assert [(r.recipient, r.channel, r.kind, r.priority, r.locale) for r in rows] == [
                ("follower", "telegram", "promise-update", 0, "sv")] * 2
            paths = [await store.return_path(r.follower_id or 0, session=session) for r in rows]
            assert sorted(p.chat_id for p in paths if p is not None) == ["1", "33"]   # the way back is current
            assert (await store.progress([update.id], session=session))[update.id] == {
                "pending": 2, "sent": 0, "failed": 0, "held": 0}
        async with sessionmaker.begin() as session:
            first = rows[0]
            first_row = await session.get(OutboxMessage, first.id)
            assert first_row is not None
            first_row.status = OutboxStatus.SENT.value
            assert await store.unfollow("a" * 64, session=session) and await store.unfollow("c" * 64, session=session)
            assert not await store.unfollow("a" * 64, session=session)
        async with sessionmaker() as session:
            # The sent row stays counted, without its follower; the pending one is gone.
            assert (await store.progress([update.id], session=session))[update.id] == {
                "pending": 0, "sent": 1, "failed": 0, "held": 0}
            count = (await session.exec(select(func.count()).select_from(OutboxMessage).where(
                OutboxMessage.follower_id.is_not(None)))).one()  # type: ignore[union-attr]
            assert count == 0
            assert await store.count_by_area(session=session) == {"visible-police": 1}
            latest = await store.latest_updates("dals-ed-2017", per_area=2, session=session)
            assert [u.text for u in latest["traffic-safety"]] == ["Fartkameror."]
    finally:
        await engine.dispose()
