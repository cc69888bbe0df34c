#!/usr/bin/env python3
"""An update on a promise to 10,000 followers at Telegram's cap (issue 14: "broadcast at the platform's cap").

The real Application (the product's `TelegramService`, its outbox worker and its rate limiter,
`TELEGRAM_RATE_LIMIT=true`) talks over HTTP to a local fake Bot API that enforces Telegram's flood
limits as Telegram does (tests/fakebotapi.py `Cap`: a message beyond 30 within any second, or a
second one to a private chat within a second, is refused with 429 and retry_after). The followers
are stored as /follow stores them; the update is queued as the dashboard's send button queues it
(`handlers.follow.post_update`: one outbox row per follower). A third of the way through, an
officer writes to a tipster (`handlers.officer.send_message`, as the officer chat and the
dashboard do), and a resident sends /help.

Reported per engine: messages/s from the first to the last arrival, the most that arrived within
any one second, 429s, whether every follower got it exactly once, how long queuing took, and how
long the officer's words to the tipster and the resident's reply took to arrive while the
broadcast went on.

    python3 tasks.py bench-broadcast [--followers 10000] [--database-url postgresql://...]

Without --database-url it runs on SQLite, and on PostgreSQL too when TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bot.settings import normalize_database_url  # noqa: E402
from handlers import follow as following  # noqa: E402
from handlers import officer as officer_actions  # noqa: E402
from storage import tips  # noqa: E402
from storage.models import FollowedArea, Follower, FollowerReturnPath, Tip, utcnow  # noqa: E402
from tests.conftest import BotHarness, make_settings  # noqa: E402
from tests.fakebotapi import Cap, FakeBotAPI, FakeUser  # noqa: E402

FIRST_CHAT = 1_000_000
TIPSTER_CHAT = 777_001
RESIDENT = 777_002
WORDS = "Vi har satt upp två fartkameror vid skolan på Storgatan."


async def _postgres_database(admin_url: str) -> tuple[str, object]:
    import asyncpg

    admin = make_url(normalize_database_url(admin_url))
    name = f"md_bench_{uuid.uuid4().hex[:10]}"
    dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
    conn = await asyncpg.connect(dsn)
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()

    async def drop() -> None:
        conn = await asyncpg.connect(dsn)
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()

    return admin.set(database=name).render_as_string(hide_password=False), drop


async def _seed(bot: BotHarness, count: int) -> int:
    """Store `count` followers of traffic safety (as /follow does) and a tip with its way back."""
    assert bot.runtime is not None
    now = utcnow()
    async with bot.runtime.services.sessionmaker.begin() as session:
        connection = await session.connection()
        for start in range(0, count, 2000):
            ids = range(start + 1, min(start + 2000, count) + 1)
            await connection.execute(insert(Follower), [
                {"id": i, "resident_key": f"{i:064d}", "created_at": now} for i in ids])
            await connection.execute(insert(FollowerReturnPath), [
                {"follower_id": i, "channel": "telegram", "chat_id": str(FIRST_CHAT + i), "created_at": now}
                for i in ids])
            await connection.execute(insert(FollowedArea), [
                {"follower_id": i, "focus_area": "traffic-safety"} for i in ids])
        tip = await tips.add(
            Tip(campaign_id=bot.runtime.campaign.id, channel="telegram", topic="traffic-safety",
                text="Bilar kör för fort vid skolan.", text_language="sv", locale="sv", resident_key="t" * 64,
                reference=""),
            prefix="DE", channel="telegram", chat_id=str(TIPSTER_CHAT), session=session,
        )
    return tip.id or 0


class _Broadcast:
    """Counts the broadcast's messages the fake delivered, reading only the calls since last time."""

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.seen = 0
        self.sent = 0

    def __call__(self) -> int:
        calls = self.api.calls
        for call in calls[self.seen:]:
            chat = call.params.get("chat_id")
            if call.method == "sendMessage" and isinstance(call.result, dict) and _follower(chat):
                self.sent += 1
        self.seen = len(calls)
        return self.sent


def _follower(chat: object) -> bool:
    return isinstance(chat, int) and chat > FIRST_CHAT


def _arrived(api: FakeBotAPI, chat: int, words: str, after: float) -> float | None:
    """When the first message to `chat` with `words` in it arrived after `after`, or None."""
    for call in api.calls:
        if (call.at >= after and call.params.get("chat_id") == chat and isinstance(call.result, dict)
                and words in call.params.get("text", "")):
            return call.at
    return None


async def run(database_url: str, label: str, count: int) -> dict[str, object]:
    api = FakeBotAPI()
    await api.start()
    with tempfile.TemporaryDirectory() as folder:
        settings = make_settings(api, database_url, Path(folder) / "data", telegram_rate_limit=True,
                                 outbox_backoff_seconds=1.0, outbox_backoff_max_seconds=30.0)
        bot = BotHarness(api, settings)
        await bot.start()
        try:
            resident = FakeUser(api, RESIDENT)
            await resident.send("/start")
            tip_id = await _seed(bot, count)
            assert bot.runtime is not None
            async with bot.runtime.services.sessionmaker() as session:
                reference = (await tips.get(tip_id, session=session)).reference  # type: ignore[union-attr]
            await asyncio.sleep(1.5)  # the start's messages out of the last second
            api.cap = Cap()
            api.arrivals.clear()
            started = time.monotonic()
            posted = await following.post_update("anna", "traffic-safety", WORDS, {}, services=bot.runtime.services)
            queued = time.monotonic() - started
            assert posted.recipients == count, posted

            sent = _Broadcast(api)
            await api.wait_for(lambda: sent() >= count // 3, timeout=count)
            officer = officer_actions.OfficerIdentity("web", "1", "anna")
            asked = time.monotonic()
            result = await officer_actions.send_message(officer, reference, "Tack, vi tittar på det i kväll.",
                                                        services=bot.runtime.services)
            assert result.result is officer_actions.Result.DONE
            help_sent = time.monotonic()
            await resident.send_nowait("/help")
            await api.wait_for(lambda: _arrived(api, TIPSTER_CHAT, "vi tittar på det", asked) is not None
                               and _arrived(api, RESIDENT, "114 14", help_sent) is not None, timeout=60)
            tipster_wait = (_arrived(api, TIPSTER_CHAT, "vi tittar på det", asked) or 0) - asked
            reply_wait = (_arrived(api, RESIDENT, "114 14", help_sent) or 0) - help_sent
            await api.wait_for(lambda: sent() >= count, timeout=count / 10 + 120)
            await bot.settled(timeout=30)  # anything sent twice would arrive by now
        finally:
            await bot.stop()
            await api.stop()
    got: dict[int, int] = {}
    times = []
    for call in api.calls:
        chat = call.params.get("chat_id", 0)
        if call.method == "sendMessage" and isinstance(call.result, dict) and _follower(chat):
            got[chat] = got.get(chat, 0) + 1
            times.append(call.at)
    span = max(times) - min(times) if len(times) > 1 else 0.0
    return {
        "engine": label,
        "followers": count,
        "delivered": len(got),
        "twice": sum(1 for n in got.values() if n > 1),
        "rate": (len(times) - 1) / span if span else 0.0,
        "most_in_a_second": api.most_in_a_second(),
        "throttled": len(api.throttled),
        "queued_s": queued,
        "total_s": max(times) - started if times else 0.0,
        "tipster_s": tipster_wait,
        "reply_s": reply_wait,
    }


async def main(count: int, database_url: str | None) -> None:
    targets: list[tuple[str, str | None]] = []
    if database_url is None:
        targets.append(("SQLite", None))
        if os.environ.get("TEST_DATABASE_URL"):
            targets.append(("PostgreSQL", os.environ["TEST_DATABASE_URL"]))
    else:
        targets.append(("PostgreSQL" if database_url.startswith("postgres") else "SQLite", database_url))
    rows = []
    for label, url in targets:
        if url is None or url.startswith("sqlite"):
            with tempfile.TemporaryDirectory() as folder:
                rows.append(await run(url or f"sqlite+aiosqlite:///{folder}/bench.db", label, count))
        else:
            fresh, drop = await _postgres_database(url)
            try:
                rows.append(await run(fresh, label, count))
            finally:
                await drop()  # type: ignore[operator]
    print(f"one update to {count:,} followers against a fake Bot API enforcing 30/s and 1/s per chat")
    print("| engine | messages/s | most in any 1 s | 429s | delivered once / twice | queued in | all sent in "
          "| officer's words to a tipster, mid-broadcast | a resident's /help reply, mid-broadcast |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['engine']} | {r['rate']:.1f} | {r['most_in_a_second']} | {r['throttled']} "
              f"| {r['delivered']:,} / {r['twice']} | {r['queued_s']:.2f} s | {r['total_s']:.0f} s "
              f"| {r['tipster_s'] * 1000:.0f} ms | {r['reply_s'] * 1000:.0f} ms |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--followers", type=int, default=10_000)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    asyncio.run(main(args.followers, args.database_url))
