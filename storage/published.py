"""Queries behind what leaves the officers' hands: the public results page, its quotes, the themes.

Counts are `GROUP BY`s on the reader (`storage.db.create_read_engine`), like storage/results.py,
whose filters and time buckets they share. An answer's text is read here only for an officer (the
themes page) or when an officer has marked it as a quote to publish (`quote_published_at`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, func, select, update
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Answer, utcnow
from storage.results import NONE, AnswerFilter, answer_conditions, utc_hour
from storage.statements import core

_ANSWER: Table = Answer.__table__  # type: ignore[attr-defined]


async def answers_by_day(flt: AnswerFilter, day_of: Callable[[datetime], str], *,
                         session: AsyncSession) -> Counter[str]:
    """Count the matching answers by day ("YYYY-MM-DD" as `day_of` puts a UTC hour), in SQL by UTC hour."""
    hour = utc_hour(_ANSWER.c.created_at)
    statement = select(hour, func.count()).where(*answer_conditions(flt)).group_by(hour)
    out: Counter[str] = Counter()
    for value, n in (await core(session, statement)).all():
        if value:
            moment = datetime(int(value[0:4]), int(value[5:7]), int(value[8:10]), int(value[11:13]), tzinfo=UTC)
            out[day_of(moment)] += n
    return out


@dataclass(frozen=True, slots=True)
class Quote:
    """An answer an officer chose to publish: its words, focus area and languages, nothing else."""

    id: int
    text: str
    focus_area: str | None
    locale: str
    text_language: str


async def quotes(campaign_id: str, *, session: AsyncSession, limit: int = 50) -> list[Quote]:
    """Return the answers marked as quotes to publish, the most recently marked first."""
    c = _ANSWER.c
    statement = (
        select(c.id, c.text, c.focus_area, c.locale, c.text_language)
        .where(c.campaign_id == campaign_id, c.quote_published_at.is_not(None))
        .order_by(c.quote_published_at.desc(), c.id.desc())
        .limit(limit)
    )
    return [Quote(*row) for row in (await core(session, statement)).all()]


async def set_quote(answer_id: int, campaign_id: str, published: bool, *, session: AsyncSession) -> bool:
    """Mark (or unmark) an answer of the campaign as a quote to publish; False if there is no such answer."""
    c = _ANSWER.c
    statement = (
        update(_ANSWER)
        .where(c.id == answer_id, c.campaign_id == campaign_id)
        .values(quote_published_at=utcnow() if published else None)
    )
    result = await session.exec(statement)
    return bool(result.rowcount)


# --- the themes page (bot/dashboard/themes.py) -------------------------------------------------


async def area_signatures(campaign_id: str, *, session: AsyncSession) -> dict[str, tuple[int, int]]:
    """Return, per focus area ("" for none), how many answers it has and the newest id: a change
    in either means answers arrived or were erased, and its themes are worked out again."""
    c = _ANSWER.c
    statement = (select(c.focus_area, func.count(), func.max(c.id))
                 .where(c.campaign_id == campaign_id).group_by(c.focus_area))
    return {area or NONE: (int(n), int(newest or 0)) for area, n, newest in (await core(session, statement)).all()}


async def area_texts(campaign_id: str, focus_area: str, *, session: AsyncSession,
                     limit: int) -> list[tuple[int, str, str]]:
    """Return (id, text, text_language) of the newest `limit` answers of a focus area ("" for none)."""
    c = _ANSWER.c
    where = answer_conditions(AnswerFilter(campaign_id=campaign_id, focus_area=focus_area))
    statement = select(c.id, c.text, c.text_language).where(*where).order_by(c.id.desc()).limit(limit)
    return [(int(i), text, language) for i, text, language in (await core(session, statement)).all()]
