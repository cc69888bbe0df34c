#!/usr/bin/env python3
"""One resident floods the bot; how long do the others wait? (issue 9: "one resident cannot slow
down the others").

The real Application polls a local fake Bot API (tests/fakebotapi.py) over HTTP, as in the tests,
on a fresh SQLite file. Twenty residents each send `/help` ten times in a row, side by side:
first on a quiet bot (the baseline), then again while one more resident has just sent 1,000
messages. Reported: the others' p50 / p99 round-trip time in both phases and their ratio, measured
in the same run, and how many of the flood's messages were answered.

    python3 tasks.py bench-flood [--flood 1000] [--residents 20]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conftest import BotHarness, make_settings  # noqa: E402
from tests.fakebotapi import FakeBotAPI, FakeUser  # noqa: E402


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


async def _round_trips(residents: list[FakeUser], times: int) -> list[float]:
    async def one(resident: FakeUser) -> list[float]:
        waited = []
        for _ in range(times):
            started = time.perf_counter()
            await resident.send("/help")
            waited.append(time.perf_counter() - started)
        return waited

    return [t for waits in await asyncio.gather(*(one(r) for r in residents)) for t in waits]


async def main(flood_size: int, resident_count: int) -> None:
    api = FakeBotAPI()
    await api.start()
    with tempfile.TemporaryDirectory() as folder:
        settings = make_settings(api, f"sqlite+aiosqlite:///{folder}/bench.db", Path(folder) / "data")
        bot = BotHarness(api, settings)
        await bot.start()
        try:
            residents = [FakeUser(api, 10_000 + n) for n in range(resident_count)]
            for resident in residents:
                await resident.send("/start")
            await _round_trips(residents, 2)  # warm up
            quiet = await _round_trips(residents, 10)

            flooder = FakeUser(api, 99_999)
            await flooder.send("/start")
            flood = [await api.push({"message": flooder._message(text=f"Meddelande {n} om trafiken")})  # noqa: SLF001
                     for n in range(flood_size)]
            started = time.perf_counter()
            loaded = await _round_trips(residents, 10)
            others_done = time.perf_counter() - started
            await api.wait_handled(flood, timeout=600)
            flood_done = time.perf_counter() - started
        finally:
            await bot.stop()
            await api.stop()
    answered = len(flooder.messages) - 1
    print(f"flood of {flood_size} messages from one resident, {resident_count} others x 10 round trips each")
    print("| | others' p50 | others' p99 |")
    print("|---|---:|---:|")
    print(f"| quiet bot | {_p(quiet, 50) * 1000:.1f} ms | {_p(quiet, 99) * 1000:.1f} ms |")
    print(f"| during the flood | {_p(loaded, 50) * 1000:.1f} ms | {_p(loaded, 99) * 1000:.1f} ms |")
    print(f"| ratio | {_p(loaded, 50) / _p(quiet, 50):.2f} | {_p(loaded, 99) / _p(quiet, 99):.2f} |")
    print(f"others finished in {others_done:.1f} s; every flood message taken in {flood_done:.1f} s; "
          f"the flooder got {answered} replies (the limit's notice once, then silence)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flood", type=int, default=1000)
    parser.add_argument("--residents", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(main(args.flood, args.residents))
