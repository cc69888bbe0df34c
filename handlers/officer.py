"""Tips to the kommunpolis, the officer's side: status, messages to the tipster, blocking.

The actions are channel-agnostic functions that take an authenticated officer and a
tip's reference; the Telegram officer chat (through `handle_turn`) and the web
dashboard call the same ones. An officer never learns who a tipster is: the actions
reach the tipster through the outbox, which looks up the way back only when sending.
Officer-side texts are in the campaign's default language.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from handlers.common import visible_text
from handlers.context import Context, Services
from handlers.delivery import LocationPart, Part, PhotosPart, ReplyPart
from handlers.router import Outcome, Receipt
from handlers.states import parse
from handlers.tips import (
    KIND_OFFICER_MESSAGE,
    KIND_STATUS,
    KIND_TIP,
    KIND_TIPSTER_ANSWER,
    tipster_parts,
    topic_label,
)
from handlers.types import Button, Reply, Resident, Text, Turn, TurnKind
from storage import outbox, tips
from storage.models import OutboxMessage, Party, Tip, TipForOfficer, TipMessage, TipStatus

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

    from handlers.campaign import Campaign

log = logging.getLogger(__name__)

# Button data in an officer chat: "off:<action>:<reference>[:<status>]".
PREFIX = "off"


@dataclass(frozen=True, slots=True)
class OfficerIdentity:
    """An officer the channel has authenticated: a Telegram user in OFFICER_USER_IDS, a dashboard login."""

    channel: str
    id: str
    name: str = ""

    @property
    def ref(self) -> str:
        return f"{self.channel}:{self.id}"


class Result(StrEnum):
    DONE = "done"
    UNCHANGED = "unchanged"
    NO_SUCH_TIP = "no-such-tip"
    UNREACHABLE = "unreachable"      # the way back is gone (closed long ago, or /forget)
    EMPTY = "empty"
    TOO_LONG = "too-long"


@dataclass(frozen=True, slots=True)
class ActionResult:
    result: Result
    reference: str
    status: TipStatus | None = None
    notified: bool = False           # a message to the tipster is on its way


def is_officer(services: Services, channel: str, user_id: str) -> bool:
    return f"{channel}:{user_id}" in services.tips.officer_user_ids


# --- the actions ------------------------------------------------------------------------------


async def set_status(
    officer: OfficerIdentity, reference: str, status: TipStatus, *, services: Services
) -> ActionResult:
    """Set a tip's status (new, taken, closed) and tell the tipster, in their language."""
    async with services.sessionmaker.begin() as session:
        tip = await tips.by_reference(reference, session=session, for_update=True)
        if tip is None or tip.id is None:
            return ActionResult(Result.NO_SUCH_TIP, tips.normalize_reference(reference))
        if tip.status == status.value:
            return ActionResult(Result.UNCHANGED, tip.reference, status)
        tips.set_status(tip, status)
        notified = await _to_tipster(
            tip, KIND_STATUS, {"reference": tip.reference, "status": status.value}, services=services, session=session
        )
    log.info("tip %s set to %s by %s", tip.reference, status.value, officer.ref,
             extra={"reference": tip.reference})
    return ActionResult(Result.DONE, tip.reference, status, notified)


async def send_message(
    officer: OfficerIdentity, reference: str, text: str, *, services: Services, record: Record | None = None
) -> ActionResult:
    """Send the officer's words, as written, to the tipster of a tip, and keep them in its thread.

    `record` runs in the same transaction once the words are queued (the channel's receipt).
    """
    text = visible_text(text)
    if not text:
        return ActionResult(Result.EMPTY, tips.normalize_reference(reference))
    if len(text) > services.tips.max_length:
        return ActionResult(Result.TOO_LONG, tips.normalize_reference(reference))
    async with services.sessionmaker.begin() as session:
        tip = await tips.by_reference(reference, session=session)
        if tip is None or tip.id is None:
            return ActionResult(Result.NO_SUCH_TIP, tips.normalize_reference(reference))
        if await tips.return_path(tip.id, session=session) is None:
            return ActionResult(Result.UNREACHABLE, tip.reference)
        await tips.add_message(
            TipMessage(tip_id=tip.id, sender=Party.OFFICER.value, officer=officer.ref[:80], text=text),
            session=session,
        )
        await _to_tipster(
            tip, KIND_OFFICER_MESSAGE, {"reference": tip.reference, "text": text}, services=services, session=session
        )
        result = ActionResult(Result.DONE, tip.reference, notified=True)
        if record is not None:
            await record(result, session)
    log.info("officer %s wrote to the tipster of %s", officer.ref, tip.reference,
             extra={"reference": tip.reference})
    return result


async def block_tipster(officer: OfficerIdentity, reference: str, *, services: Services) -> ActionResult:
    """Stop the tipster of a tip from sending tips and answers, without learning who it is."""
    return await _set_blocked(officer, reference, blocked=True, services=services)


async def unblock_tipster(officer: OfficerIdentity, reference: str, *, services: Services) -> ActionResult:
    """Let the tipster of a tip send tips again."""
    return await _set_blocked(officer, reference, blocked=False, services=services)


async def _set_blocked(officer: OfficerIdentity, reference: str, *, blocked: bool, services: Services) -> ActionResult:
    async with services.sessionmaker.begin() as session:
        tip = await tips.by_reference(reference, session=session)
        if tip is None:
            return ActionResult(Result.NO_SUCH_TIP, tips.normalize_reference(reference))
        if tip.resident_key is None:
            return ActionResult(Result.UNREACHABLE, tip.reference)
        if blocked:
            changed = await tips.block(tip.resident_key, officer.ref, session=session)
        else:
            changed = await tips.unblock(tip.resident_key, session=session)
    log.info("officer %s %s the tipster of %s", officer.ref, "blocked" if blocked else "unblocked", tip.reference,
             extra={"reference": tip.reference})
    return ActionResult(Result.DONE if changed else Result.UNCHANGED, tip.reference)


async def _to_tipster(
    tip: Tip, kind: str, payload: dict[str, str], *, services: Services, session: AsyncSession
) -> bool:
    """Queue a message to the tipster of `tip`; False when there is no way back any more."""
    assert tip.id is not None
    path = await tips.return_path(tip.id, session=session)
    if path is None:
        return False
    outbox.enqueue(
        OutboxMessage(
            recipient=Party.TIPSTER.value,
            channel=path.channel,
            kind=kind,
            tip_id=tip.id,
            payload=payload,
            locale=await tips.tipster_locale(tip, session=session),
        ),
        session=session,
        wakeup=services.outbox_wakeup,
    )
    return True


# --- the officer chat (a channel's turns) ------------------------------------------------------


async def handle_turn(turn: Turn, services: Services, *, receipt: Receipt | None = None) -> Outcome:
    """Handle one turn in an officer chat: a button under a tip, or a reply to a tip's message.

    An officer's words for a tipster are the one action that is not the same when done twice
    (a status or a block already set is "unchanged"): they are recorded with the channel's
    `receipt` in the transaction that queues them, so a redelivered update (a crash before the
    inbox marked it) replays the confirmation instead of sending the words to the tipster again.
    """
    locale = services.campaign.default_locale
    replies = await _route(turn, services, _recorder(receipt, locale, services))
    return Outcome(replies, locale)


# What a turn's receipt does with an action's result, inside the action's transaction.
Record = Callable[[ActionResult, "AsyncSession"], Awaitable[None]]


def _recorder(receipt: Receipt | None, locale: str, services: Services) -> Record | None:
    if receipt is None:
        return None

    async def record(result: ActionResult, session: AsyncSession) -> None:
        await receipt.record(Outcome([_message_reply(result, services)], locale), session=session)

    return record


async def _route(turn: Turn, services: Services, record: Record | None = None) -> list[Reply]:
    acting = turn.kind is TurnKind.BUTTON or turn.reply_to_message_id is not None
    if turn.kind is TurnKind.EDITED:
        return [Reply.of("officer-chat-edit-ignored")] if turn.reply_to_message_id is not None else []
    if not is_officer(services, turn.channel, turn.user_id):
        # Refused, and nothing relayed; chatter in a group is none of the bot's business.
        return [Reply.of("officer-chat-not-allowed")] if acting or turn.kind is TurnKind.COMMAND else []
    officer = OfficerIdentity(turn.channel, turn.user_id)
    if turn.kind is TurnKind.BUTTON:
        return await _button(officer, turn.data, services)
    if turn.reply_to_message_id is not None:
        return await _relay(officer, turn, services, record)
    if turn.kind is TurnKind.COMMAND or turn.chat_id == turn.user_id:
        return [Reply.of("officer-chat-help")]
    return []


async def _button(officer: OfficerIdentity, data: str, services: Services) -> list[Reply]:
    prefix, _, rest = data.partition(":")
    action, _, rest = rest.partition(":")
    reference, _, value = rest.partition(":")
    if prefix != PREFIX or not reference:
        return [Reply.of("officer-chat-unknown-button")]
    if action == "status" and parse(TipStatus, value) is not None:
        return [result_reply(await set_status(officer, reference, TipStatus(value), services=services))]
    if action == "block":
        return [result_reply(await block_tipster(officer, reference, services=services), action="block")]
    if action == "unblock":
        return [result_reply(await unblock_tipster(officer, reference, services=services), action="unblock")]
    return [Reply.of("officer-chat-unknown-button")]


async def _relay(officer: OfficerIdentity, turn: Turn, services: Services, record: Record | None) -> list[Reply]:
    async with services.sessionmaker() as session:
        tip = await tips.by_officer_message(turn.channel, turn.chat_id, str(turn.reply_to_message_id), session=session)
    if tip is None:
        return [Reply.of("officer-chat-reply-no-tip")]
    if turn.kind is not TurnKind.TEXT:
        return [Reply.of("officer-chat-text-only")]
    result = await send_message(officer, tip.reference, turn.text, services=services, record=record)
    return [_message_reply(result, services)]


def _message_reply(result: ActionResult, services: Services) -> Reply:
    """The confirmation of an officer's words for a tipster: the one the turn returns and the
    one its receipt records for a replay, from one place so they cannot differ."""
    return result_reply(result, action="message", limit=services.tips.max_length)


def result_reply(result: ActionResult, *, action: str = "status", limit: int = 0) -> Reply:
    """Say in the officer chat what an action did."""
    reference = result.reference
    if result.result is Result.NO_SUCH_TIP:
        return Reply.of("officer-chat-no-such-tip", reference=reference)
    if action == "message":
        key = {
            Result.DONE: "officer-chat-message-queued",
            Result.UNREACHABLE: "officer-chat-tipster-unreachable",
            Result.EMPTY: "officer-chat-message-empty",
            Result.TOO_LONG: "officer-chat-message-too-long",
        }.get(result.result, "officer-chat-message-queued")
        return Reply.of(key, reference=reference, limit=limit)
    if action in ("block", "unblock"):
        key = {
            (Result.DONE, "block"): "officer-chat-blocked",
            (Result.UNCHANGED, "block"): "officer-chat-already-blocked",
            (Result.DONE, "unblock"): "officer-chat-unblocked",
            (Result.UNCHANGED, "unblock"): "officer-chat-not-blocked",
        }.get((result.result, action), "officer-chat-block-unlinked")
        buttons: tuple[tuple[Button, ...], ...] = ()
        if key == "officer-chat-blocked":
            buttons = ((Button(Text.of("officer-chat-unblock-button"), f"{PREFIX}:unblock:{reference}"),),)
        return Reply.of(key, reference=reference, buttons=buttons)
    status = Text.of(f"officer-chat-status-name-{result.status.value if result.status else 'new'}")
    if result.result is Result.UNCHANGED:
        return Reply.of("officer-chat-status-unchanged", reference=reference, status=status)
    notice = Text.of("officer-chat-tipster-notified" if result.notified else "officer-chat-tipster-not-notified")
    return Reply((Text.of("officer-chat-status-set", reference=reference, status=status), notice))


# --- what reaches the officer chat from the outbox ----------------------------------------------


def _buttons(reference: str) -> tuple[tuple[Button, ...], ...]:
    def status(value: TipStatus) -> Button:
        return Button(Text.of(f"officer-chat-{value.value}-button"), f"{PREFIX}:status:{reference}:{value.value}")

    return (
        (status(TipStatus.TAKEN), status(TipStatus.CLOSED), status(TipStatus.NEW)),
        (Button(Text.of("officer-chat-block-button"), f"{PREFIX}:block:{reference}"),),
    )


def officer_parts(message: OutboxMessage, tip: TipForOfficer | None, campaign: Campaign) -> list[Part]:
    """Return what an outbox message to the officers says: a tip with its photos and place, or an answer."""
    if message.kind == KIND_TIPSTER_ANSWER:
        reference = str(message.payload.get("reference", ""))
        return [
            ReplyPart(
                Reply(
                    (
                        Text.of("officer-chat-answer-title", reference=reference),
                        Text.resident(str(message.payload.get("text", ""))),
                        Text.of("officer-chat-reply-hint"),
                    )
                )
            )
        ]
    if message.kind != KIND_TIP or tip is None:
        raise ValueError(f"no officer message of kind {message.kind!r}")
    texts = [
        Text.of("officer-chat-tip-title", reference=tip.reference),
        Text.of(
            "officer-chat-tip-facts",
            topic=topic_label(campaign, tip.topic),
            language=Text.of("officer-chat-language-name", code=tip.text_language),
            locale=Text.of("officer-chat-language-name", code=tip.locale),
            date=_local(tip),
        ),
        Text.resident(tip.text) if tip.text else Text.of("officer-chat-tip-no-text"),
    ]
    if tip.contact_requested and (tip.contact_name or tip.contact_phone):
        texts.append(
            Text.of(
                "officer-chat-tip-contact",
                name=Resident(tip.contact_name) if tip.contact_name else "-",
                phone=Resident(tip.contact_phone) if tip.contact_phone else "-",
            )
        )
    else:
        texts.append(Text.of("officer-chat-tip-anonymous"))
    if tip.place_text:
        texts.append(Text.of("officer-chat-tip-place", place=Resident(tip.place_text)))
    if tip.photos or tip.latitude is not None:
        texts.append(
            Text.of(
                "officer-chat-tip-attachments",
                count=len(tip.photos),
                location=Text.of(
                    "officer-chat-tip-has-location" if tip.latitude is not None else "officer-chat-tip-no-location"
                ),
            )
        )
    texts.append(Text.of("officer-chat-reply-hint"))
    parts: list[Part] = [ReplyPart(Reply(tuple(texts), _buttons(tip.reference)))]
    if tip.photos:
        parts.append(
            PhotosPart(tuple(tip.photos), Text.of("officer-chat-photos-caption", reference=tip.reference), tip.id)
        )
    if tip.latitude is not None and tip.longitude is not None:
        parts.append(LocationPart(tip.latitude, tip.longitude))
    return parts


def _local(tip: TipForOfficer) -> str:
    return Context.local_time(tip.created_at)


def parts_for(message: OutboxMessage, tip: TipForOfficer | None, campaign: Campaign) -> list[Part]:
    """Return the parts of any outbox message about tips, for whichever end it goes to."""
    if message.recipient == Party.TIPSTER.value:
        return tipster_parts(message)
    return officer_parts(message, tip, campaign)
