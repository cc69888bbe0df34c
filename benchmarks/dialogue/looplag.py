"""How long the event loop was held: per callback (CPU of the loop's thread, and wall), and as
seen by a ticker that asks to wake every few milliseconds.

    with LoopStalls() as stalls:
        ... await the work ...
    stalls.longest_cpu_ms, stalls.longest_wall_ms, stalls.ticker_lag_ms

A callback's CPU time is what our code costs the loop; its wall time adds what the
machine did meanwhile (other processes, the GIL held by a thread). On a shared machine
the ticker's lag includes the operating system's scheduling; on a quiet one all three agree.
"""

from __future__ import annotations

import asyncio
import time
from asyncio import events
from typing import Any


class LoopStalls:
    def __init__(self, tick: float = 0.005) -> None:
        self.tick = tick
        self.longest_cpu = 0.0
        self.longest_wall = 0.0
        self.longest_tick_lag = 0.0
        self.callbacks = 0
        self.slowest = ""             # the callback that held the loop longest (CPU), for a report
        self._original: Any = None
        self._ticker: asyncio.Task[None] | None = None

    def __enter__(self) -> LoopStalls:
        original = self._original = events.Handle._run
        monitor = self

        def _run(handle: events.Handle) -> None:
            cpu, wall = time.thread_time(), time.perf_counter()
            try:
                original(handle)
            finally:
                cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
                monitor.callbacks += 1
                if cpu > monitor.longest_cpu:
                    monitor.longest_cpu = cpu
                    monitor.slowest = _describe(handle)
                if wall > monitor.longest_wall:
                    monitor.longest_wall = wall

        events.Handle._run = _run  # type: ignore[method-assign]
        self._ticker = asyncio.get_running_loop().create_task(self._tick())
        return self

    def __exit__(self, *exc: object) -> None:
        events.Handle._run = self._original  # type: ignore[method-assign]
        if self._ticker is not None:
            self._ticker.cancel()

    async def _tick(self) -> None:
        while True:
            asked = time.perf_counter()
            await asyncio.sleep(self.tick)
            lag = time.perf_counter() - asked - self.tick
            if lag > self.longest_tick_lag:
                self.longest_tick_lag = lag

    @property
    def longest_cpu_ms(self) -> float:
        return round(self.longest_cpu * 1000, 1)

    @property
    def longest_wall_ms(self) -> float:
        return round(self.longest_wall * 1000, 1)

    @property
    def ticker_lag_ms(self) -> float:
        return round(self.longest_tick_lag * 1000, 1)

    def report(self) -> dict[str, object]:
        return {"longest_callback_cpu_ms": self.longest_cpu_ms, "longest_callback_wall_ms": self.longest_wall_ms,
                "ticker_lag_ms": self.ticker_lag_ms, "callbacks": self.callbacks, "slowest": self.slowest}


def _describe(handle: events.Handle) -> str:
    """The task a callback woke (its coroutine and where it is now), or the callback itself."""
    callback = getattr(handle, "_callback", None)
    task = getattr(callback, "__self__", None)
    if isinstance(task, asyncio.Task):
        frames = task.get_stack(limit=3)
        where = ", ".join(f"{f.f_code.co_qualname}:{f.f_lineno}" for f in frames)
        return f"task {task.get_name()} {task.get_coro()!r:.120} at {where}"
    return repr(handle)[:300]
