"""Keep every Bot API call that sends a message under Telegram's flood limits, the urgent ones first.

Telegram lets a bot send about 30 messages a second in all, about one a second to one chat,
and 20 a minute to one group; past that it answers 429 with `retry_after`. PTB's
`AIORateLimiter` (what `build_application` used before) spaces calls 1/30 s apart at their
start, so two calls that leave 33 ms apart can still arrive closer at Telegram when the
first is held up on the way; it has no priorities (a broadcast's 10,000 messages would queue
a tipster's message behind them) and no limit per private chat. This limiter is a PTB
`BaseRateLimiter`, so every call of the bot goes through it — replies to residents, the
outbox's deliveries, a broadcast — and

- counts a call from its start until `period` after its response: at most `capacity` calls
  hold a slot at any moment, so Telegram never sees more than `capacity` arrive within any
  `period`, however long each call was on the way (a slot is handed on only after it);
- hands a freed slot to the most urgent waiting call first (`SEND_PRIORITY`, set by the
  outbox worker for the messages it sends: a broadcast's rows are `BULK`, everything else is
  `NORMAL`, as is every reply to a resident's own turn);
- spaces a broadcast's messages to one private chat `chat_interval` apart (a resident's own
  replies are not held back: a turn that answers with two messages sends both at once, a
  short burst Telegram allows), and a group's at `group_per_minute`;
- on a 429 anyway, holds every call for `retry_after` and tries again (`max_retries`);
- sends nothing in its first second, so a restarted process cannot add to what the one before
  it sent in its last.

Only calls that put a message in a chat are counted (send*, copy*, forward*, edit*); answering
a button press, getMe and the like are not messages and pass at once.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import time
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from datetime import timedelta
from enum import IntEnum
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)


class Priority(IntEnum):
    """How urgent a message is: a freed slot goes to the highest waiting."""

    BULK = 0        # a broadcast to followers
    NORMAL = 10     # a reply, a tip, an officer's words to a tipster


# The priority of the messages sent from here on in this task (the outbox worker sets it per row).
SEND_PRIORITY: ContextVar[int] = ContextVar("send_priority", default=Priority.NORMAL)

_COUNTED = ("send", "copy", "forward", "edit")
# What a Bot API call returns (PTB's `JSONDict` results).
_Result = bool | dict[str, Any] | list[dict[str, Any]]


class _Window:
    """At most `capacity` calls hold a slot; a slot is held from a call's start to `period` after its end."""

    def __init__(self, capacity: int, period: float, on_idle: Callable[[], None] | None = None) -> None:
        self.capacity = capacity
        self.period = period
        self.held = 0
        self._waiters: list[tuple[int, int, asyncio.Future[None]]] = []
        self._order = itertools.count()
        self._on_idle = on_idle

    async def acquire(self, priority: int) -> None:
        # Calls wait only while every slot is held: a free slot means no call is waiting.
        if self.held < self.capacity:
            self.held += 1
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (-priority, next(self._order), future))
        try:
            await future
        except asyncio.CancelledError:
            if future.done() and not future.cancelled():  # the slot was handed to this call: pass it on
                self._hand_on()
            raise

    def release_later(self) -> None:
        asyncio.get_running_loop().call_later(self.period, self._hand_on)

    def _hand_on(self) -> None:
        while self._waiters:
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():
                future.set_result(None)  # the slot goes to this waiter, still held
                return
        self.held -= 1
        if self.held == 0 and self._on_idle is not None:
            self._on_idle()


def _seconds(exc: RetryAfter) -> float:
    value = exc._retry_after  # noqa: SLF001 - PTB 22 warns when `retry_after` is read as an int
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramRateLimiter(BaseRateLimiter[int]):
    """Telegram's flood limits, with priorities (see the module's docstring)."""

    def __init__(
        self,
        *,
        per_second: int = 30,
        chat_interval: float = 1.0,
        group_per_minute: int = 20,
        max_retries: int = 3,
    ) -> None:
        self.per_second = per_second
        self.chat_interval = chat_interval
        self.group_per_minute = group_per_minute
        self.max_retries = max_retries
        self._overall = _Window(per_second, 1.0)
        self._chats: dict[int | str, _Window] = {}
        # When a resident's own reply last finished, per private chat: a broadcast waits after it.
        self._last_reply: dict[int | str, float] = {}
        self._resume = asyncio.Event()
        self._resume.set()

    async def initialize(self) -> None:
        # Begin with every slot held for one period: a process started right after another one
        # stopped (a restart mid-broadcast) does not add its messages to the last second's.
        window = self._overall
        window.held = window.capacity
        for _ in range(window.capacity):
            window.release_later()

    async def shutdown(self) -> None:
        return None

    def _window(self, chat: int | str, group: bool) -> _Window:
        window = self._chats.get(chat)
        if window is None:

            def forget() -> None:
                self._chats.pop(chat, None)

            window = _Window(
                self.group_per_minute if group else 1,
                60.0 if group else self.chat_interval,
                on_idle=forget,
            )
            self._chats[chat] = window
        return window

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, _Result]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> _Result:
        if not endpoint.startswith(_COUNTED):
            return await callback(*args, **kwargs)
        retries = rate_limit_args if rate_limit_args is not None else self.max_retries
        priority = SEND_PRIORITY.get()
        chat = _chat(data.get("chat_id"))
        for attempt in range(retries + 1):
            await self._resume.wait()
            try:
                return await self._send(callback, args, kwargs, chat, priority)
            except RetryAfter as exc:
                if attempt == retries:
                    raise
                wait = _seconds(exc) + 0.1
                log.warning("Telegram asked to wait %.1f s (429); holding every message until then", wait)
                self._resume.clear()
                await asyncio.sleep(wait)
                self._resume.set()
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send(
        self,
        callback: Callable[..., Coroutine[Any, Any, _Result]],
        args: Any,
        kwargs: dict[str, Any],
        chat: int | str | None,
        priority: int,
    ) -> _Result:
        group = isinstance(chat, str) or (isinstance(chat, int) and chat < 0)
        bulk = priority < Priority.NORMAL
        held: list[_Window] = []
        try:
            if chat is not None and (group or bulk):
                window = self._window(chat, group)
                await window.acquire(priority)
                held.append(window)
                if not group:
                    # After a reply to the resident's own message, a broadcast waits a while too.
                    pause = self._last_reply.get(chat, 0.0) + self.chat_interval - time.monotonic()
                    if pause > 0:
                        await asyncio.sleep(pause)
            await self._overall.acquire(priority)
            held.append(self._overall)
            return await callback(*args, **kwargs)
        finally:
            for window in held:
                window.release_later()
            if chat is not None and not group and not bulk:
                self._note_reply(chat)

    def _note_reply(self, chat: int | str) -> None:
        now = time.monotonic()
        self._last_reply[chat] = now
        if len(self._last_reply) > 10_000:
            cutoff = now - self.chat_interval
            self._last_reply = {key: at for key, at in self._last_reply.items() if at > cutoff}


def _chat(value: object) -> int | str | None:
    if value is None or isinstance(value, int):
        return value
    text = str(value)
    try:
        return int(text)
    except ValueError:
        return text  # "@channelname": a channel or supergroup
