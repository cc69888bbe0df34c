"""What a handler gets besides the turn: the services, the open transaction, the conversation."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from handlers.locks import ChatLocks, FloodGate
from handlers.states import State
from handlers.types import Button, Reply, Text, Turn

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

    from handlers.campaign import Campaign
    from storage.conversations import ConversationState
    from storage.db import Sessionmaker
    from storage.statements import Transaction

try:
    LOCAL_TIME = ZoneInfo("Europe/Stockholm")
except ZoneInfoNotFoundError:  # a machine without tz data: show UTC rather than fail
    from datetime import UTC as LOCAL_TIME  # type: ignore[assignment]


class Detection(NamedTuple):
    language: str        # ISO 639-1 code, or "und" when unsure
    confidence: float
    words: int


class LanguageDetector(Protocol):
    def __call__(self, text: str) -> Detection: ...


@dataclass(frozen=True, slots=True)
class TipRules:
    """How tips are taken and who may act on them (handlers/tips.py, handlers/officer.py)."""

    max_length: int = 3000                          # characters of a tip, an answer, an officer message
    per_hour: int = 5                               # tips per resident per hour
    retention_days: int = 90                        # the way back is kept this long after closing
    officer_user_ids: frozenset[str] = frozenset()  # "telegram:4242": who may act in an officer chat
    officer_channels: tuple[str, ...] = ()          # where new tips and tipsters' answers are delivered
    max_photo_bytes: int = 5 * 1024 * 1024          # a photo a channel uploads (the web chat), in bytes


def _no_wakeup() -> None:
    return None


def _no_observer(channel: str, step: str, result: str, seconds: float) -> None:
    return None


@dataclass(frozen=True, slots=True)
class Services:
    """Long-lived things the conversation needs, built once by `bot/`."""

    campaign: Campaign
    sessionmaker: Sessionmaker
    pseudonymize: Callable[[str, str], str]
    detect_language: LanguageDetector
    locales: tuple[str, ...]
    max_answer_length: int = 2000
    locks: ChatLocks = field(default_factory=ChatLocks)
    # Turns per resident per minute, on every channel (handlers/router.py).
    flood: FloodGate = field(default_factory=FloodGate)
    tips: TipRules = field(default_factory=TipRules)
    # Wakes the outbox worker; called after a transaction that added to the outbox commits.
    outbox_wakeup: Callable[[], None] = _no_wakeup
    # Where residents reach the web server (PUBLIC_BASE_URL): /privacy and /help link the legal pages.
    public_base_url: str | None = None
    # Told of every resident turn: channel, step (the state it arrived in), result, seconds (bot/metrics.py).
    observe_turn: Callable[[str, str, str, float], None] = _no_observer


Prompt = Callable[["Context"], Awaitable[list[Reply]]]
OnMessage = Callable[[Turn, "Context"], Awaitable[list[Reply]]]
OnButton = Callable[[str, str, "Context"], Awaitable[list[Reply] | None]]


@dataclass(frozen=True, slots=True)
class Step:
    """A state's prompt, what it does with a message, and with a press on one of its buttons.

    `on_button` returns None for an action it does not know: the press is treated as stale.
    """

    prompt: Prompt
    on_message: OnMessage
    on_button: OnButton | None = None


@dataclass(slots=True)
class Context:
    turn: Turn
    services: Services
    # The turn's transaction: the storage functions of the dialogue's hot path take it as it is
    # (compiled statements on the driver); everything else takes `session`, joined to it.
    tx: Transaction
    conversation: ConversationState
    resident_key: str
    locale: str
    steps: Mapping[State, Step]
    erased: bool = False
    # The language of each text this turn looked at (handlers/common.py detect), so it is found once.
    detections: dict[str, Detection] = field(default_factory=dict)

    @property
    def session(self) -> AsyncSession:
        """The ORM session in the turn's transaction (made when first asked for)."""
        return self.tx.session

    @property
    def campaign(self) -> Campaign:
        return self.services.campaign

    @property
    def state(self) -> State:
        try:
            return State(self.conversation.state)
        except ValueError:  # a state from a newer version: start over from the menu
            return State.MENU if self.consented else State.NEW

    @property
    def consented(self) -> bool:
        return self.conversation.consent_at is not None

    @property
    def data(self) -> Mapping[str, Any]:
        return self.conversation.data

    def update_data(self, **changes: Any) -> None:
        """Change conversation data; a key set to None is removed. (A new dict, so it is saved.)"""
        data = {**self.conversation.data, **changes}
        self.conversation.data = {k: v for k, v in data.items() if v is not None}

    def set_locale(self, locale: str) -> None:
        self.locale = locale
        self.conversation.locale = locale

    async def go(self, state: State) -> list[Reply]:
        """Move to `state` (old buttons stop working) and return its prompt."""
        self.conversation.state = state.value
        self.conversation.step += 1
        return await self.steps[state].prompt(self)

    async def prompt_again(self) -> list[Reply]:
        """Return the current state's prompt again, its buttons still valid."""
        return await self.steps[self.state].prompt(self)

    def button(self, label: Text | str, action: str, value: str = "", *, bound: bool = True) -> Button:
        """A button whose data names the step it belongs to, unless `bound` is False."""
        step = str(self.conversation.step) if bound else "*"
        return Button(Text.of(label) if isinstance(label, str) else label, f"{step}:{action}:{value}")

    @staticmethod
    def local_time(moment: datetime) -> str:
        return moment.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M")
