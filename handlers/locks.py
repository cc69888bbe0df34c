"""One lock per resident, so two quick messages from one chat are handled in order; and a flood
limit per resident, so one of them cannot keep the others waiting."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from enum import Enum


class ChatLocks:
    """Locks that exist only while someone holds or waits for them (no growth with residents).

    asyncio.Lock wakes waiters first in, first out, so turns of one chat keep their order;
    turns of different chats run concurrently. Across instances the row lock taken on
    the conversation (SELECT ... FOR UPDATE on PostgreSQL) does the same.
    """

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class Admission(Enum):
    PASS = "pass"     # handle the turn
    WARN = "warn"     # over the limit: say so, once
    DROP = "drop"     # over the limit, and told: not answered


class FloodGate:
    """At most `limit` turns per resident in any `window` seconds, on every channel (in memory).

    The first turn over the limit is told so; the rest are dropped, without a lock or a
    transaction, until the oldest counted turn is older than the window. Memory stays
    bounded: a resident's entry goes once its turns have left the window. `limit` 0 lets
    everything through.
    """

    def __init__(self, limit: int = 60, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._turns: dict[str, deque[float]] = {}
        self._warned: set[str] = set()
        self._calls = 0

    def admit(self, key: str) -> Admission:
        if self.limit <= 0:
            return Admission.PASS
        now = self.clock()
        self._calls += 1
        if self._calls % 1024 == 0:
            self._forget_before(now - self.window)
        turns = self._turns.get(key)
        if turns is None:
            turns = self._turns[key] = deque(maxlen=self.limit)
        while turns and turns[0] <= now - self.window:
            turns.popleft()
        if len(turns) < self.limit:
            turns.append(now)
            self._warned.discard(key)
            return Admission.PASS
        if key in self._warned:
            return Admission.DROP
        self._warned.add(key)
        return Admission.WARN

    def _forget_before(self, cutoff: float) -> None:
        for key in [k for k, turns in self._turns.items() if not turns or turns[-1] <= cutoff]:
            del self._turns[key]
            self._warned.discard(key)
