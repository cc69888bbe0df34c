"""Queries for the officers' results pages: answers filtered, and counted by what they say."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from storage.models import Answer, AnswerPublic, Tip, TipPublic

NONE = ""   # the bucket of answers without a value (no focus area, a skipped question)


@dataclass(frozen=True, slots=True)
class AnswerFilter:
    """What the officer narrowed the answers down to; an empty field does not narrow."""

    campaign_id: str | None = None
    focus_area: str | None = None
    locale: str | None = None
    text_language: str | None = None
    since: datetime | None = None
    until: datetime | None = None          # exclusive
    follow_ups: Mapping[str, str] = field(default_factory=dict)
    search: str | None = None


def _narrowed(statement: SelectOfScalar[Any], model: Any, equal: Mapping[str, str | None],
              since: datetime | None, until: datetime | None) -> SelectOfScalar[Any]:
    """`statement` where each given column equals its value (an empty one does not narrow)
    and `created_at` is in [since, until)."""
    for name, value in equal.items():
        if value:
            statement = statement.where(getattr(model, name) == value)
    if since is not None:
        statement = statement.where(col(model.created_at) >= since)
    if until is not None:
        statement = statement.where(col(model.created_at) < until)
    return statement


async def answers(flt: AnswerFilter, *, session: AsyncSession) -> list[AnswerPublic]:
    """Return the matching answers, newest first, without resident keys."""
    statement = select(Answer).order_by(col(Answer.created_at).desc(), col(Answer.id).desc())
    if flt.focus_area == NONE:  # the answers without a focus area
        statement = statement.where(col(Answer.focus_area).is_(None))
    equal = {"campaign_id": flt.campaign_id, "focus_area": flt.focus_area, "locale": flt.locale,
             "text_language": flt.text_language}
    statement = _narrowed(statement, Answer, equal, flt.since, flt.until)
    rows = (await session.exec(statement)).all()
    # Follow-up answers are JSON; matched here the same way on every engine.
    needle = flt.search.casefold() if flt.search else None
    out = []
    for row in rows:
        if any(row.follow_ups.get(q, NONE) != v for q, v in flt.follow_ups.items()):
            continue
        if needle is not None and needle not in row.text.casefold():
            continue
        out.append(AnswerPublic.model_validate(row, from_attributes=True))
    return out


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Counts of the answers by each thing the results page charts."""

    total: int
    focus_area: Counter[str]
    locale: Counter[str]
    text_language: Counter[str]
    follow_ups: dict[str, Counter[str]]
    by_day: Counter[str]               # "YYYY-MM-DD" in the given days' time zone


def breakdown(rows: Sequence[AnswerPublic], questions: Sequence[str], day_of: object) -> Breakdown:
    """Count `rows` by focus area, language, each follow-up question and day (`day_of(datetime)`)."""
    to_day = day_of if callable(day_of) else (lambda moment: moment.date().isoformat())
    return Breakdown(
        total=len(rows),
        focus_area=Counter(row.focus_area or NONE for row in rows),
        locale=Counter(row.locale for row in rows),
        text_language=Counter(row.text_language for row in rows),
        follow_ups={q: Counter(row.follow_ups.get(q, NONE) for row in rows) for q in questions},
        by_day=Counter(to_day(row.created_at) for row in rows),
    )


# --- tips, for the officers' inbox ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TipFilter:
    campaign_id: str | None = None
    status: str | None = None
    topic: str | None = None
    locale: str | None = None
    since: datetime | None = None
    until: datetime | None = None          # exclusive


async def tips(flt: TipFilter, *, session: AsyncSession, limit: int = 1000) -> list[TipPublic]:
    """Return the matching tips, newest first, without the tipster's key, way back or contact details."""
    statement = select(Tip).order_by(col(Tip.created_at).desc(), col(Tip.id).desc()).limit(limit)
    equal = {"campaign_id": flt.campaign_id, "status": flt.status, "topic": flt.topic, "locale": flt.locale}
    statement = _narrowed(statement, Tip, equal, flt.since, flt.until)
    rows = (await session.exec(statement)).all()
    return [TipPublic.model_validate(row, from_attributes=True) for row in rows]
