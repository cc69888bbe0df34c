"""One lock per resident, so two quick messages from one chat are handled in order."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


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
