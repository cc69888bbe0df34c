"""Tips to the kommunpolis, the resident's side: the notice, the tip step by step, the reference,
/mytips, and answering the officer.

A tip is anonymous unless the resident chooses to leave a name and phone number. It is
committed with its outbox message before the resident is thanked; delivery to the
officer chat happens after, from the outbox (bot/outbox/worker.py), and never holds the turn up.
The way back to the tipster (their chat) is stored apart from the tip (storage/tips.py).
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from handlers import common
from handlers.context import Context, Detection, Step
from handlers.delivery import Part, ReplyPart
from handlers.states import State, parse
from handlers.types import Button, InputStyle, MediaError, Reply, Resident, Text, Turn, TurnKind
from storage import outbox, tips
from storage.models import OutboxMessage, Party, Tip, TipMessage, TipStatus, utcnow

if TYPE_CHECKING:
    from handlers.campaign import Campaign

log = logging.getLogger(__name__)

# Topics besides the campaign's focus areas.
TOPIC_CRIME = "crime"
TOPIC_OTHER = "other"
# Telegram shows up to ten photos as one album; a few are enough for a tip.
MAX_PHOTOS = 5
MAX_NAME_LENGTH = 100
MAX_PHONE_LENGTH = 40
# A place described in words ("behind the school, by the bicycle stands").
MAX_PLACE_LENGTH = 200
# Answers to officers a resident may send in an hour: a conversation, not a flood.
ANSWERS_PER_HOUR = 20
_PHONE = re.compile(r"^\+?[0-9 ()\-./]+$")

# Conversation data keys.
_DRAFT = "tip"
_ANSWERING = "tip_answer"
AFTER_CONSENT = "after_consent"

# Outbox kinds.
KIND_TIP = "tip"
KIND_STATUS = "status"
KIND_OFFICER_MESSAGE = "officer-message"
KIND_TIPSTER_ANSWER = "tipster-answer"

# The data of the button under an officer's message; it works whenever it is pressed.
ANSWER_ACTION = "tip-answer"


def topics(campaign: Campaign) -> list[tuple[str, Text]]:
    """Return the topics a tip can be about: the focus areas, crime or disturbance, something else."""
    items = [(area.id, Text.of(area.label)) for area in campaign.focus_areas if area.id != TOPIC_OTHER]
    items.append((TOPIC_CRIME, Text.of("tips-topic-crime")))
    items.append((TOPIC_OTHER, Text.of("tips-topic-other")))
    return items


def topic_label(campaign: Campaign, topic: str) -> Text:
    return next((label for topic_id, label in topics(campaign) if topic_id == topic), Text.of("tips-topic-other"))


def status_name(status: str) -> Text:
    known = (parse(TipStatus, status) or TipStatus.NEW).value
    return Text.of(f"tips-status-name-{known}")


def _office_hours(ctx: Context) -> Text:
    settings = ctx.campaign.tips
    return Text.of(settings.office_hours) if settings is not None else Text.of("tips-office-hours-unknown")


def _draft(ctx: Context) -> dict[str, Any]:
    draft = ctx.data.get(_DRAFT)
    return dict(draft) if isinstance(draft, dict) else {}


def _update_draft(ctx: Context, **changes: Any) -> None:
    draft = {**_draft(ctx), **changes}
    ctx.update_data(**{_DRAFT: {k: v for k, v in draft.items() if v is not None}})


def _cancel_row(ctx: Context) -> tuple[Button, ...]:
    return (ctx.button("tips-cancel-button", "tip-cancel"),)


def _skip_row(ctx: Context) -> tuple[Button, ...]:
    return (ctx.button("tips-skip-button", "tip-skip"),)


async def _refusal(ctx: Context) -> list[Reply]:
    """Say why no tip can be sent now (blocked, or the hourly limit), or nothing."""
    if await tips.is_blocked(ctx.resident_key, session=ctx.session):
        return [Reply.of("tips-blocked")]
    limit = ctx.services.tips.per_hour
    sent = await tips.count_since(ctx.resident_key, utcnow() - timedelta(hours=1), session=ctx.session)
    if sent >= limit:
        return [Reply.of("tips-limit-reached", limit=limit)]
    return []


# --- starting ---------------------------------------------------------------------------


async def start(ctx: Context) -> list[Reply]:
    """Begin a tip: the notice first (after the greeting and consent, for someone new)."""
    if ctx.campaign.tips is None:
        return [Reply.of("tips-not-offered")]
    if not ctx.consented:
        # Greet, agree to the privacy note (which covers tips), then come back here.
        ctx.update_data(**{AFTER_CONSENT: State.TIP_NOTICE.value})
        return await common.start(ctx)
    refusal = await _refusal(ctx)
    if refusal:
        return refusal + await ctx.go(State.MENU)
    ctx.update_data(**{_DRAFT: None, _ANSWERING: None})
    return await ctx.go(State.TIP_NOTICE)


async def _notice_prompt(ctx: Context) -> list[Reply]:
    return [
        Reply(
            (
                Text.of("tips-notice-intro"),
                Text.of("common-not-emergency"),
                Text.of("tips-notice-office-hours", hours=_office_hours(ctx)),
                Text.of("tips-notice-public-record"),
                Text.of("tips-notice-anonymous"),
            ),
            ((ctx.button("tips-continue-button", "tip-go"),), _cancel_row(ctx)),
        )
    ]


async def _notice_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _notice_prompt(ctx)


async def _notice_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-go":
        return await ctx.go(State.TIP_TOPIC)
    return await _common_button(action, ctx)


async def _common_button(action: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-cancel":
        return await _cancel(ctx)
    return None


async def _cancel(ctx: Context) -> list[Reply]:
    """Drop the unsent tip and go back to the menu."""
    ctx.update_data(**{_DRAFT: None, _ANSWERING: None})
    return [Reply.of("tips-cancelled")] + await ctx.go(State.MENU)


# --- topic ------------------------------------------------------------------------------


async def _topic_prompt(ctx: Context) -> list[Reply]:
    rows: list[tuple[Button, ...]] = [
        (ctx.button(label, "tip-topic", topic_id),) for topic_id, label in topics(ctx.campaign)
    ]
    rows.append(_cancel_row(ctx))
    return [Reply.of("tips-topic-question", buttons=tuple(rows))]


async def _topic_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _topic_prompt(ctx)


async def _topic_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-topic":
        if value not in {topic_id for topic_id, _ in topics(ctx.campaign)}:
            return None
        _update_draft(ctx, topic=value)
        return await ctx.go(State.TIP_TEXT)
    return await _common_button(action, ctx)


# --- the text ---------------------------------------------------------------------------


async def _text_prompt(ctx: Context) -> list[Reply]:
    return [
        Reply(
            (Text.of("tips-text-question", limit=ctx.services.tips.max_length),),
            (_skip_row(ctx), _cancel_row(ctx)),
        )
    ]


def _checked_text(turn: Turn, ctx: Context) -> tuple[str, list[Reply]]:
    """Return the cleaned text of a text turn, or the replies that say what is wrong with it."""
    if turn.kind is not TurnKind.TEXT:
        return "", [Reply.of("tips-text-only")]
    text = common.visible_text(turn.text)
    if not text:
        return "", [Reply.of("tips-text-empty")]
    limit = ctx.services.tips.max_length
    if len(text) > limit:
        return "", [Reply.of("tips-text-too-long", length=len(text), limit=limit)]
    return text, []


async def _text_message(turn: Turn, ctx: Context) -> list[Reply]:
    text, problems = _checked_text(turn, ctx)
    if problems:
        return problems + await _text_prompt(ctx)
    _update_draft(ctx, text=text)
    return await ctx.go(State.TIP_PHOTOS)


async def _text_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-skip":
        _update_draft(ctx, text=None)
        return await ctx.go(State.TIP_PHOTOS)
    return await _common_button(action, ctx)


# --- photos -----------------------------------------------------------------------------


def _worded(key: str, style: InputStyle) -> str:
    """Return the catalog key that tells how to do it in the resident's channel (`key-form` for a form)."""
    return f"{key}-form" if style is InputStyle.FORM else key


def _photo_buttons(ctx: Context, count: int) -> tuple[tuple[Button, ...], ...]:
    done = ctx.button(Text.of("tips-photos-done-button", count=count), "tip-skip") if count else _skip_row(ctx)[0]
    return ((done,), _cancel_row(ctx))


async def _photos_prompt(ctx: Context) -> list[Reply]:
    count = len(_draft(ctx).get("photos", []))
    key = _worded("tips-photos-question", ctx.turn.capabilities.photos)
    return [Reply.of(key, limit=MAX_PHOTOS, buttons=_photo_buttons(ctx, count))]


async def _photos_message(turn: Turn, ctx: Context) -> list[Reply]:
    if turn.kind is TurnKind.LOCATION:
        return await _take_location(turn, ctx)
    if turn.media_error is MediaError.TOO_LARGE:
        megabytes = max(1, ctx.services.tips.max_photo_bytes // (1024 * 1024))
        return [Reply.of("tips-photo-too-large", limit=megabytes)] + await _photos_prompt(ctx)
    if turn.media_error is MediaError.NOT_AN_IMAGE:
        return [Reply.of("tips-photo-not-an-image")] + await _photos_prompt(ctx)
    if turn.media_error is MediaError.IMAGE_AS_FILE:
        return [Reply.of("tips-photo-as-file")] + await _photos_prompt(ctx)
    if turn.kind is not TurnKind.MEDIA or turn.media_type != "photo" or not turn.media_id:
        return [Reply.of(_worded("tips-photos-only", turn.capabilities.photos))] + await _photos_prompt(ctx)
    photos = list(_draft(ctx).get("photos", []))
    if len(photos) >= MAX_PHOTOS:
        return [Reply.of("tips-photos-full", limit=MAX_PHOTOS)] + await ctx.go(State.TIP_LOCATION)
    photos.append(turn.media_id[:255])
    _update_draft(ctx, photos=photos)
    if len(photos) >= MAX_PHOTOS:
        return [Reply.of("tips-photo-added", count=len(photos), limit=MAX_PHOTOS)] + await ctx.go(State.TIP_LOCATION)
    # The buttons of the prompt stay valid: an album arrives as several messages at once.
    added = _worded("tips-photo-added", turn.capabilities.photos)
    return [Reply.of(added, count=len(photos), limit=MAX_PHOTOS, buttons=_photo_buttons(ctx, len(photos)))]


async def _photos_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-skip":
        return await ctx.go(State.TIP_LOCATION)
    return await _common_button(action, ctx)


# --- location ---------------------------------------------------------------------------


async def _location_prompt(ctx: Context) -> list[Reply]:
    key = _worded("tips-location-question", ctx.turn.capabilities.location_share)
    return [Reply.of(key, limit=MAX_PLACE_LENGTH, buttons=(_skip_row(ctx), _cancel_row(ctx)))]


def _location_hint(ctx: Context) -> Reply:
    return Reply.of(_worded("tips-location-hint", ctx.turn.capabilities.location_share))


async def _take_location(turn: Turn, ctx: Context) -> list[Reply]:
    lat, lon = turn.latitude, turn.longitude
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return [_location_hint(ctx)] + await _location_prompt(ctx)
    _update_draft(ctx, latitude=lat, longitude=lon)
    return [Reply.of("tips-location-added")] + await ctx.go(State.TIP_CONTACT)


async def _take_place(turn: Turn, ctx: Context) -> list[Reply]:
    """Keep the place as the resident describes it in words."""
    place = " ".join(common.visible_text(turn.text).split())
    if not place:
        return [_location_hint(ctx)] + await _location_prompt(ctx)
    if len(place) > MAX_PLACE_LENGTH:
        refused = Reply.of("tips-place-too-long", length=len(place), limit=MAX_PLACE_LENGTH)
        return [refused] + await _location_prompt(ctx)
    _update_draft(ctx, place=place)
    return [Reply.of("tips-place-added")] + await ctx.go(State.TIP_CONTACT)


async def _location_message(turn: Turn, ctx: Context) -> list[Reply]:
    if turn.kind is TurnKind.LOCATION:
        return await _take_location(turn, ctx)
    if turn.kind is TurnKind.TEXT:
        return await _take_place(turn, ctx)
    return [_location_hint(ctx)] + await _location_prompt(ctx)


async def _location_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-skip":
        _update_draft(ctx, latitude=None, longitude=None, place=None)
        return await ctx.go(State.TIP_CONTACT)
    return await _common_button(action, ctx)


# --- contact (optional) -------------------------------------------------------------------


async def _contact_prompt(ctx: Context) -> list[Reply]:
    return [
        Reply.of(
            "tips-contact-question",
            buttons=(
                (ctx.button("tips-anonymous-button", "tip-anonymous"),),
                (ctx.button("tips-contact-me-button", "tip-contact-me"),),
                _cancel_row(ctx),
            ),
        )
    ]


async def _contact_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _contact_prompt(ctx)


async def _contact_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-anonymous":
        _update_draft(ctx, name=None, phone=None)
        return await ctx.go(State.TIP_CONFIRM)
    if action == "tip-contact-me":
        return await ctx.go(State.TIP_CONTACT_NAME)
    return await _common_button(action, ctx)


async def _name_prompt(ctx: Context) -> list[Reply]:
    return [Reply.of("tips-name-question", buttons=(_skip_row(ctx), _cancel_row(ctx)))]


async def _name_message(turn: Turn, ctx: Context) -> list[Reply]:
    name = " ".join(common.visible_text(turn.text).split()) if turn.kind is TurnKind.TEXT else ""
    if not name or len(name) > MAX_NAME_LENGTH:
        return [Reply.of("tips-name-invalid", limit=MAX_NAME_LENGTH)] + await _name_prompt(ctx)
    _update_draft(ctx, name=name)
    return await ctx.go(State.TIP_CONTACT_PHONE)


async def _name_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-skip":
        _update_draft(ctx, name=None)
        return await ctx.go(State.TIP_CONTACT_PHONE)
    return await _common_button(action, ctx)


async def _phone_prompt(ctx: Context) -> list[Reply]:
    return [Reply.of("tips-phone-question", buttons=(_skip_row(ctx), _cancel_row(ctx)))]


async def _phone_message(turn: Turn, ctx: Context) -> list[Reply]:
    phone = common.visible_text(turn.text) if turn.kind is TurnKind.TEXT else ""
    digits = sum(char.isdigit() for char in phone)
    if len(phone) > MAX_PHONE_LENGTH or not _PHONE.match(phone) or not 5 <= digits <= 15:
        return [Reply.of("tips-phone-invalid")] + await _phone_prompt(ctx)
    _update_draft(ctx, phone=phone)
    return await ctx.go(State.TIP_CONFIRM)


async def _phone_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-skip":
        _update_draft(ctx, phone=None)
        return await ctx.go(State.TIP_CONFIRM)
    return await _common_button(action, ctx)


# --- summary and sending ------------------------------------------------------------------


def _is_empty(draft: dict[str, Any]) -> bool:
    return (
        not draft.get("text") and not draft.get("photos") and draft.get("latitude") is None and not draft.get("place")
    )


async def _confirm_prompt(ctx: Context) -> list[Reply]:
    draft = _draft(ctx)
    if _is_empty(draft):
        return [Reply.of("tips-empty")] + await ctx.go(State.TIP_TEXT)
    not_given = Text.of("tips-summary-not-given")
    texts = [
        Text.of("tips-summary-intro"),
        Text.of("tips-summary-topic", topic=topic_label(ctx.campaign, draft.get("topic", TOPIC_OTHER))),
        (
            Text.of("tips-summary-text", text=Resident(draft["text"]))
            if draft.get("text")
            else Text.of("tips-summary-no-text")
        ),
        Text.of("tips-summary-photos", count=len(draft.get("photos", []))),
    ]
    if draft.get("latitude") is not None or not draft.get("place"):
        texts.append(
            Text.of("tips-summary-location-yes" if draft.get("latitude") is not None else "tips-summary-location-no")
        )
    if draft.get("place"):
        texts.append(Text.of("tips-summary-place", place=Resident(draft["place"])))
    if draft.get("name") or draft.get("phone"):
        name, phone = draft.get("name"), draft.get("phone")
        texts.append(
            Text.of(
                "tips-summary-contact",
                name=Resident(name) if name else not_given,
                phone=Resident(phone) if phone else not_given,
            )
        )
    else:
        texts.append(Text.of("tips-summary-anonymous"))
    texts.append(Text.of("tips-summary-question"))
    return [Reply(tuple(texts), ((ctx.button("tips-send-button", "tip-send"),), _cancel_row(ctx)))]


async def _confirm_message(turn: Turn, ctx: Context) -> list[Reply]:
    return [Reply.of("common-use-buttons")] + await _confirm_prompt(ctx)


async def _confirm_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    if action == "tip-send":
        return await _send(ctx)
    return await _common_button(action, ctx)


async def _send(ctx: Context) -> list[Reply]:
    """Store the tip, its way back and its delivery to the officers in this turn's transaction."""
    draft = _draft(ctx)
    if _is_empty(draft):
        return [Reply.of("tips-empty")] + await ctx.go(State.TIP_TEXT)
    refusal = await _refusal(ctx)
    if refusal:
        ctx.update_data(**{_DRAFT: None})
        return refusal + await ctx.go(State.MENU)
    settings = ctx.campaign.tips
    if settings is None:
        return [Reply.of("tips-not-offered")] + await ctx.go(State.MENU)
    text = str(draft.get("text", ""))
    detection = ctx.services.detect_language(text) if text else Detection("und", 0.0, 0)
    name, phone = draft.get("name"), draft.get("phone")
    tip = Tip(
        reference="",
        campaign_id=ctx.campaign.id,
        channel=ctx.turn.channel,
        topic=str(draft.get("topic", TOPIC_OTHER)),
        text=text,
        text_language=detection.language,
        locale=ctx.locale,
        photos=list(draft.get("photos", [])),
        latitude=draft.get("latitude"),
        longitude=draft.get("longitude"),
        place_text=str(draft["place"])[:MAX_PLACE_LENGTH] if draft.get("place") else None,
        contact_requested=bool(name or phone),
        contact_name=name,
        contact_phone=phone,
        resident_key=ctx.resident_key,
    )
    await tips.add(
        tip, prefix=settings.reference_prefix, channel=ctx.turn.channel, chat_id=ctx.turn.chat_id, session=ctx.session
    )
    assert tip.id is not None
    for channel in ctx.services.tips.officer_channels:
        outbox.enqueue(
            OutboxMessage(
                recipient=Party.OFFICER.value,
                channel=channel,
                kind=KIND_TIP,
                tip_id=tip.id,
                locale=ctx.campaign.default_locale,
            ),
            session=ctx.session,
            wakeup=ctx.services.outbox_wakeup,
        )
    log.info("tip %s received (topic %s, language %s)", tip.reference, tip.topic, detection.language,
             extra={"reference": tip.reference})
    ctx.update_data(**{_DRAFT: None})
    return [
        Reply(
            (
                Text.of("tips-sent", reference=tip.reference),
                Text.of("tips-next-steps", hours=_office_hours(ctx)),
                Text.of("tips-mytips-hint"),
            )
        )
    ] + await ctx.go(State.MENU)


# --- /mytips --------------------------------------------------------------------------------


async def my_tips(ctx: Context) -> list[Reply]:
    """List the resident's tips with their references and status."""
    mine = await tips.of_resident(ctx.resident_key, session=ctx.session)
    if not mine:
        return [Reply.of("tips-mytips-none")]
    texts = [Text.of("tips-mytips-intro", count=len(mine))]
    for tip in mine:
        texts.append(
            Text.of(
                "tips-mytips-item",
                reference=tip.reference,
                date=ctx.local_time(tip.created_at),
                topic=topic_label(ctx.campaign, tip.topic),
                status=status_name(tip.status),
            )
        )
    return [Reply(tuple(texts))]


# --- answering an officer ---------------------------------------------------------------------


async def start_answer(reference: str, ctx: Context) -> list[Reply]:
    """Ask for the answer to the officer's message about one of the resident's own tips."""
    tip = await tips.by_reference(reference, session=ctx.session)
    if tip is None or tip.resident_key != ctx.resident_key:
        return [Reply.of("tips-answer-unknown")]
    if await tips.is_blocked(ctx.resident_key, session=ctx.session):
        return [Reply.of("tips-blocked")]
    ctx.update_data(**{_ANSWERING: tip.reference})
    return await ctx.go(State.TIP_ANSWER)


async def _answer_prompt(ctx: Context) -> list[Reply]:
    reference = ctx.data.get(_ANSWERING, "")
    return [
        Reply.of(
            "tips-answer-question",
            reference=reference,
            limit=ctx.services.tips.max_length,
            buttons=(_cancel_row(ctx),),
        )
    ]


async def _answer_message(turn: Turn, ctx: Context) -> list[Reply]:
    """Send the resident's answer to the officers, attached to the same tip."""
    text, problems = _checked_text(turn, ctx)
    if problems:
        return problems + await _answer_prompt(ctx)
    tip = await tips.by_reference(str(ctx.data.get(_ANSWERING, "")), session=ctx.session)
    if tip is None or tip.resident_key != ctx.resident_key or tip.id is None:
        ctx.update_data(**{_ANSWERING: None})
        return [Reply.of("tips-answer-unknown")] + await ctx.go(State.MENU)
    if await tips.is_blocked(ctx.resident_key, session=ctx.session):
        ctx.update_data(**{_ANSWERING: None})
        return [Reply.of("tips-blocked")] + await ctx.go(State.MENU)
    since = utcnow() - timedelta(hours=1)
    if await tips.tipster_messages_since(ctx.resident_key, since, session=ctx.session) >= ANSWERS_PER_HOUR:
        return [Reply.of("tips-answer-limit-reached")] + await ctx.go(State.MENU)
    await tips.add_message(TipMessage(tip_id=tip.id, sender=Party.TIPSTER.value, text=text), session=ctx.session)
    for channel in ctx.services.tips.officer_channels:
        outbox.enqueue(
            OutboxMessage(
                recipient=Party.OFFICER.value,
                channel=channel,
                kind=KIND_TIPSTER_ANSWER,
                tip_id=tip.id,
                payload={"reference": tip.reference, "text": text},
                locale=ctx.campaign.default_locale,
            ),
            session=ctx.session,
            wakeup=ctx.services.outbox_wakeup,
        )
    log.info("tipster answered on tip %s", tip.reference,
             extra={"reference": tip.reference})
    ctx.update_data(**{_ANSWERING: None})
    return [Reply.of("tips-answer-sent", reference=tip.reference)] + await ctx.go(State.MENU)


async def _answer_button(action: str, value: str, ctx: Context) -> list[Reply] | None:
    return await _common_button(action, ctx)


# --- what reaches the tipster from the outbox ----------------------------------------------------


def tipster_parts(message: OutboxMessage) -> list[Part]:
    """Return what an outbox message to a tipster says, in the tipster's language (the row's locale)."""
    reference = str(message.payload.get("reference", ""))
    if message.kind == KIND_OFFICER_MESSAGE:
        answer = Button(Text.of("tips-answer-button"), f"*:{ANSWER_ACTION}:{reference}")
        return [
            ReplyPart(
                Reply(
                    (
                        Text.of("tips-officer-wrote", reference=reference),
                        Text.raw(str(message.payload.get("text", ""))),
                        Text.of("tips-answer-hint"),
                    ),
                    ((answer,),),
                )
            )
        ]
    if message.kind == KIND_STATUS:
        status = str(message.payload.get("status", TipStatus.NEW.value))
        if parse(TipStatus, status) is None:
            status = TipStatus.NEW.value
        return [ReplyPart(Reply.of(f"tips-status-changed-{status}", reference=reference))]
    raise ValueError(f"no tipster message of kind {message.kind!r}")


STEPS = {
    State.TIP_NOTICE: Step(_notice_prompt, _notice_message, _notice_button),
    State.TIP_TOPIC: Step(_topic_prompt, _topic_message, _topic_button),
    State.TIP_TEXT: Step(_text_prompt, _text_message, _text_button),
    State.TIP_PHOTOS: Step(_photos_prompt, _photos_message, _photos_button),
    State.TIP_LOCATION: Step(_location_prompt, _location_message, _location_button),
    State.TIP_CONTACT: Step(_contact_prompt, _contact_message, _contact_button),
    State.TIP_CONTACT_NAME: Step(_name_prompt, _name_message, _name_button),
    State.TIP_CONTACT_PHONE: Step(_phone_prompt, _phone_message, _phone_button),
    State.TIP_CONFIRM: Step(_confirm_prompt, _confirm_message, _confirm_button),
    State.TIP_ANSWER: Step(_answer_prompt, _answer_message, _answer_button),
}
