"""The load phases of the dialogue benchmark: residents all at once, or at a steady rate."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque

from benchmarks.dialogue.driver import STEP_LABELS, Driver, Resident

# --- phases ---------------------------------------------------------------------------------


class Phase:
    """A group of residents going through the dialogue; collects latencies per step."""

    def __init__(self, driver: Driver, residents: list[Resident], name: str) -> None:
        self.driver = driver
        self.residents = residents
        self.name = name
        self.latencies: list[float] = []
        self.by_step: dict[str, list[float]] = {label: [] for label in STEP_LABELS}
        self.remaining = len(residents)
        self.done = asyncio.get_running_loop().create_future()
        self.started = 0.0
        self.ended = 0.0
        self.updates = 0
        for resident in residents:
            resident.phase = self
            driver.residents[resident.uid] = resident

    def step_done(self, resident: Resident, step: int, latency: float, at: float) -> None:
        self.latencies.append(latency)
        self.by_step[STEP_LABELS[step]].append(latency)
        if resident.step < len(self.driver.script):
            self.next(resident)
            return
        resident.phase = None
        self.finished_one(resident)
        self.remaining -= 1
        if self.remaining == 0:
            self.ended = at
            if not self.done.done():
                self.done.set_result(None)

    def offer(self, resident: Resident) -> None:
        self.updates += 1
        self.driver.offer(resident)

    def next(self, resident: Resident) -> None:
        self.offer(resident)

    def finished_one(self, resident: Resident) -> None:
        pass

    def stuck(self) -> Counter[str]:
        return Counter(STEP_LABELS[r.step] for r in self.residents if r.phase is self)


class ClosedLoop(Phase):
    """Every resident at once; each sends the next update as soon as the last was answered."""

    async def run(self, timeout: float) -> None:
        self.started = time.perf_counter()
        for resident in self.residents:
            self.offer(resident)
        await asyncio.wait_for(asyncio.shield(self.done), timeout)


class SteadyLoad(Phase):
    """Updates offered at a fixed rate, from a pool of residents each waiting for the bot's answer.

    At each tick the resident who has waited longest since the bot answered them sends
    their next update; a finished resident makes room for a new one. A tick with nobody
    ready (the bot is behind by a whole round of the pool) is counted as missed.
    """

    def __init__(self, driver: Driver, residents: list[Resident], name: str, rate: float, pool: int) -> None:
        super().__init__(driver, residents, name)
        self.rate = rate
        self.waiting = deque(residents)
        self.ready: deque[Resident] = deque(self.waiting.popleft() for _ in range(min(pool, len(residents))))
        self.missed = 0
        self.last_offer = 0.0

    def next(self, resident: Resident) -> None:
        self.ready.append(resident)

    def finished_one(self, resident: Resident) -> None:
        if self.waiting:
            self.ready.append(self.waiting.popleft())

    async def run(self, timeout: float) -> None:
        total = len(self.residents) * len(self.driver.script)
        interval = 1.0 / self.rate
        self.started = start = time.perf_counter()
        deadline = start + timeout
        tick = 0
        while self.updates < total:
            delay = start + tick * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tick += 1
            if self.ready:
                self.offer(self.ready.popleft())
            else:
                self.missed += 1
            if time.perf_counter() > deadline:
                raise TimeoutError
        await asyncio.wait_for(asyncio.shield(self.done), max(1.0, deadline - time.perf_counter()))

    def offer(self, resident: Resident) -> None:
        super().offer(resident)
        self.last_offer = time.perf_counter()

    @property
    def offered_rate(self) -> float:
        """The rate at which updates were really offered (lower than asked when ticks were missed)."""
        span = self.last_offer - self.started
        return (self.updates - 1) / span if self.updates > 1 and span > 0 else 0.0


