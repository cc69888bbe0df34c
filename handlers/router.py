"""Route a turn to its handler inside one transaction, in the order turns of a chat arrive."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from handlers import common, dialogue, follow, privacy, replay, tips
from handlers.common import locale_from_code
from handlers.context import Context, Services, Step
from handlers.locks import Admission
from handlers.states import State
from handlers.types import Reply, Turn, TurnKind
from storage import conversations

if TYPE_CHECKING:
    from storage.statements import Db

log = logging.getLogger(__name__)

Command = Callable[[Context], Awaitable[list[Reply]]]

# Every state's step, from the feature modules.
STEPS: Mapping[State, Step] = {**common.STEPS, **privacy.STEPS, **dialogue.STEPS, **tips.STEPS}

COMMANDS: Mapping[str, Command] = {
    "start": common.start,
    "help": common.help_text,
    "language": common.choose_language,
    "promises": common.promises,
    "results": common.results,
    "answer": dialogue.new_answer,
    "cancel": common.cancel,
    "privacy": privacy.show_privacy,
    "mydata": privacy.my_data,
    "forget": privacy.forget,
    "tip": tips.start,
    "mytips": tips.my_tips,
    "follow": follow.follow_command,
    "unfollow": follow.unfollow_command,
}

# Commands that make sense before the first greeting; any other one greets first.
# /tip greets too, and remembers to continue with the tip after the consent.
# /unfollow ends following at once, whatever the conversation's state.
_BEFORE_START = frozenset(
    {common.start, common.help_text, common.promises, common.results, common.choose_language, tips.start,
     follow.unfollow_command}
)

# Commands shown in the channel's command menu, in this order.
MENU_COMMANDS = (
    "start", "answer", "tip", "mytips", "promises", "results", "follow", "unfollow", "mydata", "forget", "language",
    "help",
)


async def _menu_button(value: str, ctx: Context) -> list[Reply]:
    action = {
        "answer": dialogue.new_answer,
        "tip": tips.start,
        "promises": common.promises,
        "follow": follow.follow_command,
        "help": common.help_text,
    }.get(value)
    if action is None:
        return await _stale(ctx)
    return await action(ctx)


async def _lang_keep(value: str, ctx: Context) -> list[Reply]:
    return await common.keep_language(ctx)


# Buttons that work whenever they are pressed, not only on the latest message.
UNBOUND_BUTTONS: Mapping[str, Callable[[str, Context], Awaitable[list[Reply]]]] = {
    "lang": common.set_language,
    "lang-keep": _lang_keep,
    "menu": _menu_button,
    tips.ANSWER_ACTION: tips.start_answer,   # under an officer's message to a tipster
    follow.FOLLOW_ACTION: follow.follow_button,        # /follow, the menu, the offer after an answer
    follow.UNFOLLOW_ACTION: follow.unfollow_button,    # under every update a follower gets
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """The replies of a turn, and the language to render them in."""

    replies: list[Reply]
    locale: str


def resolve_locale(stored: str | None, language_code: str | None, services: Services) -> str:
    """Pick the locale once per turn: the stored choice, then the app's language, then the default."""
    return stored or locale_from_code(language_code, services.locales) or services.campaign.default_locale


Deliver = Callable[[Outcome], Awaitable[object]]


class Receipt(Protocol):
    """The channel's record that an update arrived (its inbox row), completed in the turn's transaction.

    `record` writes the outcome with it before the commit, so the turn and "this update was
    handled, and this is what it answered" are one: a redelivered update replays the
    outcome instead of running again. It raises `AlreadyHandled` when another worker or
    instance got there first, which rolls this turn back.
    """

    async def record(self, outcome: Outcome, *, session: Db) -> None: ...


class AlreadyHandled(Exception):
    """The update's turn was committed before (a redelivery, a second worker): this one is rolled back."""


async def handle_turn(
    turn: Turn, services: Services, deliver: Deliver | None = None, *, receipt: Receipt | None = None
) -> Outcome:
    """Handle one turn: load the conversation, route, commit, then `deliver` what to send.

    Delivery happens after the commit and still under the resident's lock, so the replies
    to two quick messages reach the resident in the order the messages were sent. A
    resident over the flood limit (`services.flood`) is told so once, then not answered
    until the limit has passed; nothing of such a turn is stored, and it waits for no lock.
    Every turn is reported to `services.observe_turn` with its step, result and duration.
    """
    seen = _Seen()
    started = time.perf_counter()
    try:
        outcome = await _handle(turn, services, deliver, receipt, seen)
    except AlreadyHandled:
        seen.result = "duplicate"
        raise
    finally:
        services.observe_turn(turn.channel, seen.step, seen.result, time.perf_counter() - started)
    return outcome


class _Seen:
    """What the metrics learn of a turn: the state it arrived in, and how it ended (names, not content)."""

    __slots__ = ("step", "result")

    def __init__(self) -> None:
        self.step = "none"
        self.result = "error"


async def _handle(
    turn: Turn, services: Services, deliver: Deliver | None, receipt: Receipt | None, seen: _Seen
) -> Outcome:
    if turn.kind is TurnKind.GROUP:
        outcome = Outcome([Reply.of("common-private-only")], resolve_locale(None, turn.language_code, services))
        if deliver is not None:
            await deliver(outcome)
        seen.result = "group"
        return outcome
    resident_key = services.pseudonymize(turn.channel, turn.user_id)
    admission = services.flood.admit(resident_key)
    if admission is not Admission.PASS:
        log.info("a resident is over the flood limit; turn %s", "answered once" if admission is Admission.WARN
                 else "dropped")
        replies = [Reply.of("common-too-many-messages")] if admission is Admission.WARN else []
        outcome = Outcome(replies, resolve_locale(None, turn.language_code, services))
        if deliver is not None and replies:
            await deliver(outcome)
        seen.result = "flood-limited"
        return outcome
    async with services.locks.hold(resident_key):
        outcome = await _handle_locked(turn, services, resident_key, receipt, seen)
        if deliver is not None:
            await deliver(outcome)
    seen.result = "handled"
    return outcome


async def _handle_locked(
    turn: Turn, services: Services, resident_key: str, receipt: Receipt | None, seen: _Seen
) -> Outcome:
    async with services.sessionmaker.transaction() as tx:
        conversation = await conversations.load_or_create_for_update(resident_key, turn.channel, State.NEW, session=tx)
        ctx = Context(
            turn=turn,
            services=services,
            tx=tx,
            conversation=conversation,
            resident_key=resident_key,
            locale=resolve_locale(conversation.locale, turn.language_code, services),
            steps=STEPS,
        )
        seen.step = ctx.state.value
        before = conversations.snapshot(conversation)
        replies = await route(turn, ctx)
        if not ctx.erased:
            await conversations.save(conversation, before, session=tx)
        outcome = Outcome(replies, ctx.locale)
        if receipt is not None:
            await receipt.record(outcome, session=tx)
    # Leaving the block committed the transaction: only now is anything sent.
    return outcome


# The last press that moved the conversation on, and what it answered: the same button on the
# same message pressed again (a double tap: Telegram sends a second update) gets that answer
# again, not "that button belongs to an earlier step". Gone with the next turn that is not a press.
_LAST_PRESS = "last_press"


async def route(turn: Turn, ctx: Context) -> list[Reply]:
    if turn.kind is not TurnKind.BUTTON and _LAST_PRESS in ctx.data:
        ctx.update_data(**{_LAST_PRESS: None})
    if turn.kind is TurnKind.EDITED:
        return [Reply.of("common-edit-ignored")]
    if turn.kind is TurnKind.COMMAND:
        command = COMMANDS.get(turn.command)
        if command is None:
            return [Reply.of("common-unknown-command")] + await _prompt_or_start(ctx)
        if ctx.state is State.NEW and command not in _BEFORE_START:
            # A first message that is another command still begins with the greeting.
            return await common.start(ctx)
        return await command(ctx)
    if turn.kind is TurnKind.BUTTON:
        return await _button(turn.data, ctx)
    # Whatever step a resident writes at, text in another of our languages is offered that language.
    offer = common.switch_offer(turn, ctx)
    if ctx.state is State.NEW:
        return common.with_offer(await common.start(ctx), offer)
    return common.with_offer(await STEPS[ctx.state].on_message(turn, ctx), offer)


async def _button(data: str, ctx: Context) -> list[Reply]:
    step, _, rest = data.partition(":")
    action, _, value = rest.partition(":")
    if step == "*" and action in UNBOUND_BUTTONS:
        return await UNBOUND_BUTTONS[action](value, ctx)
    handler = STEPS.get(ctx.state)
    press = f"{ctx.turn.message_id}:{data}" if ctx.turn.message_id is not None else None
    if step != str(ctx.conversation.step) or handler is None or handler.on_button is None:
        last = ctx.data.get(_LAST_PRESS)
        if press is not None and isinstance(last, dict) and last.get("press") == press:
            return replay.replies_from_json(last.get("replies", []))
        return await _stale(ctx)
    before = ctx.conversation.step
    replies = await handler.on_button(action, value, ctx)
    if replies is None:
        return await _stale(ctx)
    if press is not None and not ctx.erased:
        moved_on = ctx.conversation.step != before
        ctx.update_data(**{_LAST_PRESS: {"press": press, "replies": replay.replies_to_json(replies)}
                           if moved_on else None})
    return replies


async def _stale(ctx: Context) -> list[Reply]:
    """Say that a button is no longer active and ask the current step again."""
    return [Reply.of("common-stale-button")] + await _prompt_or_start(ctx)


async def _prompt_or_start(ctx: Context) -> list[Reply]:
    if ctx.state is State.NEW:
        return await common.start(ctx)
    return await ctx.prompt_again()
