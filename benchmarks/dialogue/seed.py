"""Fill a database with many answers and tips, fast (bulk inserts), for dashboard load.

    await seed(engine, campaign, answers=100_000, tips=10_000)

Answers spread over the last 120 days in every language, focus area and follow-up
option (some skipped); tips in every status and topic, some with a thread message. The
resident keys are random: no pseudonym of a real resident.
"""

from __future__ import annotations

import random
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import Answer, Tip, TipMessage

LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti", "uk")
TEXTS = (
    "Det behövs mer synlig polis i centrum på kvällarna, särskilt runt busstationen.",
    "More visible police in the town centre on Friday nights would make people feel safer.",
    "نحتاج إلى وجود أكبر للشرطة في وسط البلدة في المساء، خاصة قرب محطة الحافلات.",
    "Потрібно більше поліції в центрі міста ввечері, особливо біля автовокзалу.",
    "ኣብ ማእከል ከተማ ምሸት ዝያዳ ፖሊስ ክህሉ ኣለዎ።",
    "Belysningen längs gångvägen mot Gesäter är dålig och man känner sig otrygg. " * 3,
    "Mer polis",
)
CHUNK = 5_000


async def seed(engine: AsyncEngine, campaign: Any, *, answers: int, tips: int, seed_value: int = 7,
               channel: str | None = None) -> None:
    """Insert `answers` answers and `tips` tips for `campaign` (a handlers.campaign.Campaign);
    `channel`: the channel they are stored under (default telegram and web)."""
    rng = random.Random(seed_value)
    now = datetime.now(UTC)
    areas = [a.id for a in campaign.focus_areas] + [None]
    questions = [(q.id, [o.id for o in q.options]) for q in campaign.follow_up_questions]

    def answer(i: int) -> dict[str, Any]:
        follow_ups = {q: rng.choice(options) for q, options in questions if rng.random() < 0.9}
        return {
            "campaign_id": campaign.id, "channel": channel or ("telegram" if i % 3 else "web"),
            "text": rng.choice(TEXTS),
            "text_language": rng.choice(LANGUAGES), "locale": rng.choice(LANGUAGES),
            "focus_area": rng.choice(areas), "follow_ups": follow_ups,
            "created_at": now - timedelta(seconds=rng.randrange(120 * 86400)),
            "resident_key": secrets.token_hex(32),
        }

    topics = [a.id for a in campaign.focus_areas] + ["crime", "other"]

    def tip(i: int) -> dict[str, Any]:
        created = now - timedelta(seconds=rng.randrange(120 * 86400))
        status = rng.choice(("new", "taken", "closed"))
        return {
            "reference": f"SE-{i:07d}", "campaign_id": campaign.id, "channel": channel or "telegram",
            "topic": rng.choice(topics),
            "text": rng.choice(TEXTS), "text_language": rng.choice(LANGUAGES), "locale": rng.choice(LANGUAGES),
            "photos": [], "place_text": "Busstationen" if i % 4 == 0 else None, "contact_requested": False,
            "status": status, "created_at": created, "updated_at": created,
            "closed_at": created + timedelta(days=1) if status == "closed" else None, "resident_key": None,
        }

    async with engine.begin() as conn:
        for start in range(0, answers, CHUNK):
            await conn.execute(insert(Answer.__table__), [answer(i) for i in range(start, min(answers, start + CHUNK))])  # type: ignore[attr-defined]
        for start in range(0, tips, CHUNK):
            await conn.execute(insert(Tip.__table__), [tip(i) for i in range(start, min(tips, start + CHUNK))])  # type: ignore[attr-defined]
        ids = [row[0] for row in (await conn.execute(Tip.__table__.select().with_only_columns(Tip.__table__.c.id)))]  # type: ignore[attr-defined]
        messages = [{"tip_id": tip_id, "sender": "officer", "officer": "web:1", "text": "Tack, vi tittar på det.",
                     "created_at": now} for tip_id in ids[::3]]
        for start in range(0, len(messages), CHUNK):
            await conn.execute(insert(TipMessage.__table__), messages[start:start + CHUNK])  # type: ignore[attr-defined]
