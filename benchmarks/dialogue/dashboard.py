"""The dashboard-heavy phase: an officer paging results and downloading the CSV while residents talk.

Before our bot starts, `prepare` migrates its database, adds `answers` answers and `tips`
tips (channel "seed", so the check of what residents committed leaves them out) and an
officer account. During the phase `Officer.browse` goes round the results page, answer
pages (first, deep, filtered, searched), the full CSV download and the tip inbox until
told to stop, timing each request; the bot times how long its event loop is held
(looplag.py, started and read by signals).
"""

from __future__ import annotations

import asyncio
import re
import time
from typing import Any

SEED_CHANNEL = "seed"
OFFICER_NAME = "bench-officer"
OFFICER_PASSWORD = "bench-officer-password-0123456789"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


async def prepare(url: str, *, answers: int, tips: int) -> None:
    from benchmarks.dialogue.seed import seed
    from bot.server.security import hash_password
    from bot.settings import BUNDLED_CAMPAIGN
    from handlers.campaign import load_campaign
    from storage import db, officers

    engine = db.create_engine(url)
    try:
        await db.upgrade(engine)
        await seed(engine, load_campaign(BUNDLED_CAMPAIGN), answers=answers, tips=tips, channel=SEED_CHANNEL)
        async with db.create_sessionmaker(engine).begin() as session:
            await officers.add(OFFICER_NAME, hash_password(OFFICER_PASSWORD), session=session)
    finally:
        await engine.dispose()


class Officer:
    """A logged-in browser on the bot's dashboard."""

    def __init__(self, base_url: str) -> None:
        import aiohttp

        self.base_url = base_url
        self.session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.timings: dict[str, list[float]] = {}
        self.csv_rows = 0

    async def close(self) -> None:
        await self.session.close()

    async def login(self) -> None:
        async with self.session.get(f"{self.base_url}/officer/login") as response:
            match = _CSRF.search(await response.text())
        assert match, "no login form"
        form = {"csrf": match.group(1), "name": OFFICER_NAME, "password": OFFICER_PASSWORD, "next": "/officer"}
        async with self.session.post(f"{self.base_url}/officer/login", data=form) as response:
            await response.read()
            if response.status != 200 or "/officer/login" in str(response.url):
                raise RuntimeError(f"the benchmark officer could not log in ({response.status})")

    async def _get(self, label: str, path: str) -> None:
        started = time.perf_counter()
        async with self.session.get(f"{self.base_url}{path}") as response:
            if response.status != 200:
                raise RuntimeError(f"{path}: {response.status}")
            if label == "csv":
                rows = 0
                async for _line in response.content:
                    rows += 1
                self.csv_rows = rows - 1
            else:
                await response.read()
        self.timings.setdefault(label, []).append(time.perf_counter() - started)

    async def browse(self, stop: asyncio.Event) -> int:
        """Go round the pages until `stop` is set (at least once round); return the rounds."""
        rounds = 0
        while not stop.is_set() or rounds == 0:
            for label, path in (
                ("results", "/officer/results"),
                ("answers", "/officer/answers"),
                ("answers", f"/officer/answers?page={100 + rounds}"),
                ("answers", "/officer/answers?fu-relation=lives&q=polis"),
                ("tips", "/officer/tips"),
                ("tips", "/officer/tips?status=new&page=20"),
                ("csv", "/officer/answers.csv"),
            ):
                await self._get(label, path)
            rounds += 1
        return rounds

    def report(self) -> dict[str, Any]:
        return {label: {"requests": len(times), "median_ms": round(sorted(times)[len(times) // 2] * 1000, 1),
                        "max_ms": round(max(times) * 1000, 1)} for label, times in self.timings.items()}
