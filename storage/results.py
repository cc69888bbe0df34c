"""Queries for the officers' results pages: answers filtered, counted, paged and streamed in SQL.

Nothing here loads every answer: counts are `GROUP BY`s, a page is `LIMIT/OFFSET`, an
export is read in chunks by id (each its own short transaction, so a slow download holds
no snapshot and no lock). Follow-up answers are JSON, matched with SQLAlchemy's JSON
operators (`JSON_EXTRACT` on SQLite, `->>` on PostgreSQL). Run these on the reader
(`storage.db.create_read_engine`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

import sqlmodel
from sqlalchemy import ColumnElement, Table, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import String
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import Answer, AnswerPublic, Tip, TipPublic
from storage.statements import core

NONE = ""   # the bucket of answers without a value (no focus area, a skipped question)

_ANSWER: Table = Answer.__table__  # type: ignore[attr-defined]
_TIP: Table = Tip.__table__  # type: ignore[attr-defined]
# What a page or an export shows of an answer: everything but the resident key.
_PUBLIC = tuple(c for c in _ANSWER.columns if c.name != "resident_key")


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


class unicode_lower(FunctionElement[str]):  # noqa: N801 - an SQL function, named as in SQL
    """`lower()` that lowers every script: PostgreSQL's own; on SQLite (whose `lower` knows
    only ASCII) Python's, registered on each connection by storage/db.py."""

    type = String()
    inherit_cache = True


@compiles(unicode_lower)
def _lower_default(element: unicode_lower, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(unicode_lower, "sqlite")
def _lower_sqlite(element: unicode_lower, compiler: Any, **kw: Any) -> str:
    return f"unicode_lower({compiler.process(element.clauses, **kw)})"


class utc_hour(FunctionElement[str]):  # noqa: N801 - an SQL function, named as in SQL
    """The UTC hour of a timestamp as 'YYYY-MM-DD HH' (SQLite stores it as text in UTC)."""

    type = String()
    inherit_cache = True


@compiles(utc_hour)
def _hour_default(element: utc_hour, compiler: Any, **kw: Any) -> str:
    return f"to_char(({compiler.process(element.clauses, **kw)}) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24')"


@compiles(utc_hour, "sqlite")
def _hour_sqlite(element: utc_hour, compiler: Any, **kw: Any) -> str:
    return f"substr({compiler.process(element.clauses, **kw)}, 1, 13)"


def follow_up(question: str) -> ColumnElement[str]:
    """The answer's option for a follow-up question, NULL when not answered."""
    return cast(ColumnElement[str], _ANSWER.c.follow_ups[question].as_string())


def _range(table: Table, since: datetime | None, until: datetime | None) -> list[ColumnElement[bool]]:
    out = []
    if since is not None:
        out.append(table.c.created_at >= since)
    if until is not None:
        out.append(table.c.created_at < until)
    return out


def answer_conditions(flt: AnswerFilter) -> list[ColumnElement[bool]]:
    """The WHERE clauses of `flt`."""
    c = _ANSWER.c
    out: list[ColumnElement[bool]] = []
    if flt.campaign_id:
        out.append(c.campaign_id == flt.campaign_id)
    if flt.focus_area == NONE:  # the answers without a focus area
        out.append(c.focus_area.is_(None))
    elif flt.focus_area:
        out.append(c.focus_area == flt.focus_area)
    if flt.locale:
        out.append(c.locale == flt.locale)
    if flt.text_language:
        out.append(c.text_language == flt.text_language)
    out += _range(_ANSWER, flt.since, flt.until)
    for question, value in flt.follow_ups.items():
        option = follow_up(question)
        out.append(or_(option.is_(None), option == NONE) if value == NONE else option == value)
    if flt.search:
        out.append(unicode_lower(c.text).contains(flt.search.lower(), autoescape=True))
    return out


_NEWEST_FIRST = (_ANSWER.c.created_at.desc(), _ANSWER.c.id.desc())


async def count(flt: AnswerFilter, *, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(_ANSWER).where(*answer_conditions(flt))
    return int((await core(session, statement)).scalar_one())


async def answer_page(flt: AnswerFilter, *, session: AsyncSession, limit: int, offset: int = 0) -> list[AnswerPublic]:
    """Return one page of the matching answers, newest first, without resident keys."""
    statement = (select(*_PUBLIC).where(*answer_conditions(flt)).order_by(*_NEWEST_FIRST)
                 .limit(limit).offset(offset))
    rows = (await core(session, statement)).mappings().all()
    return [AnswerPublic.model_validate(dict(row)) for row in rows]


async def answers(flt: AnswerFilter, *, session: AsyncSession, limit: int = 1000) -> list[AnswerPublic]:
    """Return the newest `limit` matching answers (see `answer_page`)."""
    return await answer_page(flt, session=session, limit=limit)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Counts of the answers by each thing the results page charts."""

    total: int
    focus_area: Counter[str]
    locale: Counter[str]
    text_language: Counter[str]
    follow_ups: dict[str, Counter[str]]
    by_day: Counter[str]               # "YYYY-MM-DD" in the given days' time zone


async def breakdown(flt: AnswerFilter, questions: Sequence[str], day_of: Callable[[datetime], str], *,
                    session: AsyncSession) -> Breakdown:
    """Count the matching answers by focus area, language, each follow-up question and day.

    Days are counted in SQL by UTC hour and then put on the day `day_of` (a datetime in
    UTC → "YYYY-MM-DD" in local time) gives the hour: right in any time zone whose
    offset is whole hours, as Sweden's is.
    """
    where = answer_conditions(flt)

    async def grouped(*expressions: ColumnElement[Any]) -> list[tuple[Any, ...]]:
        statement = select(*expressions, func.count()).where(*where).group_by(*expressions)
        return [tuple(row) for row in (await core(session, statement)).all()]

    c = _ANSWER.c
    # Three scans: what the resident chose, their follow-up answers, the hour; each counter
    # is then summed over the others (a few hundred groups at most).
    focus_area: Counter[str] = Counter()
    locale: Counter[str] = Counter()
    text_language: Counter[str] = Counter()
    for area, loc, language, n in await grouped(c.focus_area, c.locale, c.text_language):
        focus_area[area or NONE] += n
        locale[loc] += n
        text_language[language] += n
    follow_ups: dict[str, Counter[str]] = {q: Counter() for q in questions}
    if questions:
        for *options, n in await grouped(*(follow_up(q) for q in questions)):
            for q, option in zip(questions, options, strict=True):
                follow_ups[q][option or NONE] += n
    by_day: Counter[str] = Counter()
    for hour, n in await grouped(utc_hour(c.created_at)):
        if hour:  # "YYYY-MM-DD HH", read by hand: strptime costs ten times as much, per hour of data
            moment = datetime(int(hour[0:4]), int(hour[5:7]), int(hour[8:10]), int(hour[11:13]), tzinfo=UTC)
            by_day[day_of(moment)] += n
    return Breakdown(total=sum(focus_area.values()), focus_area=focus_area, locale=locale,
                     text_language=text_language, follow_ups=follow_ups, by_day=by_day)


async def export_chunks(
    flt: AnswerFilter, questions: Sequence[str], sessions: Callable[[], AsyncSession], *, size: int = 1000
) -> AsyncIterator[list[tuple[Any, ...]]]:
    """Yield the matching answers oldest first, `size` at a time, as tuples:
    id, created_at, campaign_id, channel, focus_area, text, text_language, locale, then one
    option (or None) per question in `questions`.

    Each chunk is read in a transaction of its own (`sessions()`), after the last id of
    the one before: memory stays flat, and no snapshot is held while the client downloads.
    """
    c = _ANSWER.c
    columns = (c.id, c.created_at, c.campaign_id, c.channel, c.focus_area, c.text, c.text_language, c.locale,
               *(follow_up(q) for q in questions))
    where = answer_conditions(flt)
    after = 0
    while True:
        statement = select(*columns).where(c.id > after, *where).order_by(c.id).limit(size)
        async with sessions() as session:
            rows = [tuple(row) for row in (await core(session, statement)).all()]
        if not rows:
            return
        yield rows
        if len(rows) < size:
            return
        after = rows[-1][0]


# --- tips, for the officers' inbox ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TipFilter:
    campaign_id: str | None = None
    status: str | None = None
    topic: str | None = None
    locale: str | None = None
    since: datetime | None = None
    until: datetime | None = None          # exclusive


def tip_conditions(flt: TipFilter) -> list[ColumnElement[bool]]:
    c = _TIP.c
    equal = {"campaign_id": flt.campaign_id, "status": flt.status, "topic": flt.topic, "locale": flt.locale}
    out: list[ColumnElement[bool]] = [c[name] == value for name, value in equal.items() if value]
    return out + _range(_TIP, flt.since, flt.until)


async def tip_count(flt: TipFilter, *, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(_TIP).where(*tip_conditions(flt))
    return int((await core(session, statement)).scalar_one())


async def tips(flt: TipFilter, *, session: AsyncSession, limit: int = 1000, offset: int = 0) -> list[TipPublic]:
    """Return a page of the matching tips, newest first, without the tipster's key, way back or contact details."""
    statement = (
        sqlmodel.select(Tip).where(*tip_conditions(flt))
        .order_by(col(Tip.created_at).desc(), col(Tip.id).desc()).limit(limit).offset(offset)
    )
    rows = (await session.exec(statement)).all()
    return [TipPublic.model_validate(row, from_attributes=True) for row in rows]

