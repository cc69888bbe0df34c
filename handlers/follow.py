"""Residents follow what is done about the promises; officers write what was done ("what we did").

A resident chooses to follow one focus area or all of them (/follow, the menu, or the offer
after an answer), and stops at once with /unfollow or /forget. Only their pseudonym, what
they follow and the way back to their chat are stored, apart from everything else
(storage/follow.py). An officer's update on a promise is stored and queued in one
transaction for every follower of its area (an outbox row each, at the lowest priority:
a tip or an officer's words to a tipster go first); the outbox worker sends it at the
platform's pace, in each follower's language, or in Swedish under a line saying so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from handlers.context import Context, Services
from handlers.delivery import Part, ReplyPart
from handlers.states import State
from handlers.types import Button, Reply, Text
from storage import follow as store
from storage import outbox
from storage.models import ALL_AREAS, PromiseUpdate, utcnow

if TYPE_CHECKING:
    from handlers.campaign import Campaign, FocusArea

log = logging.getLogger(__name__)

# Unbound buttons (they work whenever pressed): "*:follow:<area id or *>", "*:unfollow:".
FOLLOW_ACTION = "follow"
UNFOLLOW_ACTION = "unfollow"
# The longest update an officer may write, per language (a Telegram message holds 4,096).
MAX_UPDATE_LENGTH = 3000
# Updates shown under each promise in /promises.
UPDATES_IN_PROMISES = 2
# The language officers write in; a follower whose language has no text of its own gets it.
SOURCE_LOCALE = "sv"
# The same update sent again within this time is the send button pressed twice: sent once.
RESEND_WINDOW = timedelta(minutes=10)


def _areas(campaign: Campaign) -> list[FocusArea]:
    return [area for area in campaign.focus_areas if area.promise is not None]


def _area_name(campaign: Campaign, area_id: str) -> Text:
    if area_id == ALL_AREAS:
        return Text.of("follow-all-areas")
    area = campaign.focus_area(area_id)
    return Text.of(area.label) if area is not None else Text.of("follow-all-areas")


# --- the resident's side ---------------------------------------------------------------------


async def follow_command(ctx: Context) -> list[Reply]:
    """Offer the focus areas to follow (or all), and say what is followed already."""
    if not ctx.consented:
        return await ctx.go(State.CONSENT)
    followed = await store.areas_of(ctx.resident_key, session=ctx.tx)
    texts: list[Text] = [Text.of("follow-intro")]
    texts.extend(_followed_texts(ctx, followed))
    rows: list[tuple[Button, ...]] = []
    if ALL_AREAS not in followed:
        rows.extend(
            (ctx.button(Text.of(area.label), FOLLOW_ACTION, area.id, bound=False),)
            for area in _areas(ctx.campaign)
            if area.id not in followed
        )
        rows.append((ctx.button("follow-all-button", FOLLOW_ACTION, ALL_AREAS, bound=False),))
    if followed:
        rows.append((ctx.button("follow-stop-button", UNFOLLOW_ACTION, bound=False),))
    return [Reply(tuple(texts), tuple(rows))]


def _followed_texts(ctx: Context, followed: list[str]) -> list[Text]:
    if ALL_AREAS in followed:
        return [Text.of("follow-current-all")]
    return [Text.of("follow-current", area=_area_name(ctx.campaign, area)) for area in followed]


async def follow_button(value: str, ctx: Context) -> list[Reply]:
    """Follow the pressed area (or all), keeping the way back to this chat."""
    if not ctx.consented:
        return await ctx.go(State.CONSENT)
    if value != ALL_AREAS and (ctx.campaign.focus_area(value) is None or not value):
        return [Reply.of("common-stale-button")]
    turn = ctx.turn
    added = await store.follow(ctx.resident_key, value, channel=turn.channel, chat_id=turn.chat_id,
                               session=ctx.session)
    if value == ALL_AREAS:
        return [_with_caveat(ctx, Text.of("follow-done-all" if added else "follow-already-all"))]
    area = _area_name(ctx.campaign, value)
    if not added:
        followed = await store.areas_of(ctx.resident_key, session=ctx.tx)
        return [Reply.of("follow-already-all" if ALL_AREAS in followed else "follow-already", area=area)]
    return [_with_caveat(ctx, Text.of("follow-done", area=area))]


# The channel whose platform lets a business write freely only within 24 hours of the resident's
# last message (its channel id; the handlers send nothing there themselves).
WINDOWED_CHANNEL = "whatsapp"


def _with_caveat(ctx: Context, done: Text) -> Reply:
    """The confirmation; on WhatsApp without an update template, with the word that an update
    waits until the resident writes (outside the 24-hour window nothing else may reach them)."""
    if ctx.turn.channel == WINDOWED_CHANNEL and ctx.campaign.whatsapp_template(ctx.locale, update=True) is None:
        return Reply((done, Text.of("follow-whatsapp-waits")))
    return Reply((done,))


async def unfollow_command(ctx: Context) -> list[Reply]:
    """Stop every update at once and delete the way back."""
    stopped = await store.unfollow(ctx.resident_key, session=ctx.session)
    return [Reply.of("unfollow-done" if stopped else "unfollow-nothing")]


async def unfollow_button(value: str, ctx: Context) -> list[Reply]:
    return await unfollow_command(ctx)


async def offer(ctx: Context, area_id: str | None) -> Reply | None:
    """After an answer on `area_id`: offer to follow it, unless it is followed already."""
    area = ctx.campaign.focus_area(area_id)
    if area is None or area.promise is None or not ctx.consented:
        return None
    followed = await store.areas_of(ctx.resident_key, session=ctx.tx)
    if ALL_AREAS in followed or area.id in followed:
        return None
    label = Text.of(area.label)
    return Reply(
        (Text.of("follow-offer", area=label),),
        (
            (ctx.button(Text.of("follow-offer-button", area=label), FOLLOW_ACTION, area.id, bound=False),),
            (ctx.button("follow-all-button", FOLLOW_ACTION, ALL_AREAS, bound=False),),
        ),
    )


async def my_data(ctx: Context) -> list[Text]:
    """What /mydata says about following."""
    followed = await store.areas_of(ctx.resident_key, session=ctx.tx)
    if not followed:
        return []
    # The way back to the chat is stored with what is followed: say so (not what it is).
    return [*_followed_texts(ctx, followed), Text.of("follow-mydata-return-path")]


# --- what an update says ---------------------------------------------------------------------


def update_texts(update: PromiseUpdate, locale: str) -> tuple[Text, ...]:
    """The update's words in `locale`, or the Swedish ones under a line saying they are Swedish."""
    own = update.texts.get(locale) if locale != SOURCE_LOCALE else update.text
    if own:
        return (Text.raw(own),)
    return (Text.of("follow-update-in-swedish"), Text.raw(update.text))


def update_reply(update: PromiseUpdate, campaign: Campaign, locale: str) -> Reply:
    """The message a follower gets: which promise, the words, and how to stop."""
    return Reply(
        (
            Text.of(
                "follow-update-title",
                municipality=campaign.municipality,
                area=_area_name(campaign, update.focus_area),
                date=Context.local_time(update.created_at)[:10],
            ),
            *update_texts(update, locale),
            Text.of("follow-update-footer"),
        ),
        ((Button(Text.of("follow-stop-button"), f"*:{UNFOLLOW_ACTION}:"),),),
    )


def follower_parts(update: PromiseUpdate | None, campaign: Campaign, locale: str) -> list[Part]:
    """Return what an outbox row of a promise update says (the update is read when sending)."""
    if update is None:
        raise ValueError("the update is gone")
    return [ReplyPart(update_reply(update, campaign, locale))]


async def promise_updates(ctx: Context) -> dict[str, list[PromiseUpdate]]:
    """The newest updates of each area, for /promises."""
    return await store.latest_updates(ctx.campaign.id, per_area=UPDATES_IN_PROMISES, session=ctx.session)


def promise_update_texts(update: PromiseUpdate, locale: str) -> tuple[Text, ...]:
    date = Context.local_time(update.created_at)[:10]
    return (Text.of("follow-promises-update", date=date), *update_texts(update, locale))


# --- the officer's side ----------------------------------------------------------------------


class PostResult(StrEnum):
    QUEUED = "queued"
    NO_SUCH_AREA = "no-such-area"
    EMPTY = "empty"
    TOO_LONG = "too-long"


@dataclass(frozen=True, slots=True)
class Posted:
    result: PostResult
    update_id: int | None = None
    recipients: int = 0


def clean_texts(services: Services, text: str, texts: dict[str, str]) -> tuple[str, dict[str, str]]:
    """The Swedish text and the other languages' texts as they will be sent (cleaned; empty ones dropped)."""
    from handlers.common import visible_text

    others = {
        locale: visible_text(value)
        for locale, value in texts.items()
        if locale in services.locales and locale != SOURCE_LOCALE
    }
    return visible_text(text), {locale: value for locale, value in others.items() if value}


def check(services: Services, area_id: str, text: str, texts: dict[str, str]) -> PostResult | None:
    """Why an update cannot be sent as written, or None."""
    area = services.campaign.focus_area(area_id)
    if area is None or area.promise is None:
        return PostResult.NO_SUCH_AREA
    if not text:
        return PostResult.EMPTY
    if any(len(value) > MAX_UPDATE_LENGTH for value in (text, *texts.values())):
        return PostResult.TOO_LONG
    return None


async def post_update(
    officer_name: str, area_id: str, text: str, texts: dict[str, str], *, services: Services
) -> Posted:
    """Store an officer's update on a promise and queue it for every follower of its area, at once."""
    text, texts = clean_texts(services, text, texts)
    refused = check(services, area_id, text, texts)
    if refused is not None:
        return Posted(refused)
    async with services.sessionmaker.begin() as session:
        # The send button pressed twice (or the form sent again): the update goes out once.
        same = await store.same_update_since(services.campaign.id, area_id, text, utcnow() - RESEND_WINDOW,
                                             session=session)
        if same is not None and same.texts == texts:
            return Posted(PostResult.QUEUED, same.id, same.recipients)
        update = await store.add_update(
            PromiseUpdate(
                campaign_id=services.campaign.id,
                focus_area=area_id,
                text=text,
                texts=texts,
                officer=officer_name[:80],
            ),
            default_locale=services.campaign.default_locale,
            session=session,
        )
        outbox.wake_after_commit(session, services.outbox_wakeup)
    log.info("an update on the promise of %s was queued for %d followers", area_id, update.recipients)
    return Posted(PostResult.QUEUED, update.id, update.recipients)
