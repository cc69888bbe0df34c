"""The public results page (/results): what the dialogue said, for everyone, in every language.

How many answered, by focus area, by the language they chatted in and by week, the promises and
the answers an officer chose to publish as quotes. No JavaScript, no cookie, no form; each chart
drawn on the server (bot/dashboard/charts.py) and also given as a table.

No one may be singled out, so nothing is shown of fewer than the campaign's `results_threshold`
answers (default 5):

- **Snapshots that move in steps.** The page counts the answers up to the end of a past day, and
  that day moves on only once at least `threshold` answers have come in since the last one
  (`published_until`, walked from the first day, so it needs no stored state). Comparing the
  page before and after someone answered shows at least `threshold` new answers at once, never
  one person's. Nothing of today is ever counted.
- **Small numbers hidden, and one more where needed.** In each table a count from 1 to
  threshold-1 is hidden (`protect`); where the hidden counts of a table add up to less than the
  threshold — so that the total less the shown ones would tell them — the next smallest is
  hidden too, until they add up to at least the threshold. Every hidden count is shown the same
  way ("hidden"), so the reader cannot tell which one is small. Zero is shown: it names no one.
- **One dimension at a time.** Each table counts by one thing only (focus area, language, week);
  no table crosses two (no area by language, no age group by part of the municipality), and
  the follow-up answers (age group, part of the municipality, lives/works/visits) are not
  published at all. Every table adds up to the same total, which is shown only when it is at
  least the threshold.
- **Quotes** are only answers an officer marked (the dashboard's answers page), shown with their
  focus area and language and nothing else; /forget removes them with the answer.

The page is the same for everyone in a language until the snapshot moves: it carries an ETag
and `Cache-Control: public`, and a conditional request gets a 304.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from aiohttp import web

from bot.dashboard import charts
from bot.server.keys import RUNTIME
from bot.server.render import browser_locale, page
from bot.server.security import LANG_COOKIE
from handlers.context import LOCAL_TIME
from handlers.types import Text
from storage import follow, published, results
from storage.models import PromiseUpdate

RESULTS_PATH = "/results"
MAX_QUOTES = 30
UPDATES_PER_PROMISE = 5
# The language the officers write updates in; other languages' texts are optional (handlers/follow.py).
SOURCE_LOCALE = "sv"
CACHE_SECONDS = 300


def setup_routes(app: web.Application) -> None:
    app.router.add_get(RESULTS_PATH, results_page, name="results")


# --- what may be shown (pure; tests/test_results_page.py) ---------------------------------------


def published_until(by_day: Mapping[str, int], today: date, threshold: int) -> date | None:
    """The first day not counted (the snapshot ends at its midnight), or None while nothing may be shown.

    Walks the complete days from the first answer on; the snapshot moves to the end of a day once
    at least `threshold` answers have come in since the last place it moved to.
    """
    until: date | None = None
    waiting = 0
    for day in sorted(by_day):
        moment = date.fromisoformat(day)
        if moment >= today:
            break
        waiting += by_day[day]
        if waiting >= threshold:
            until, waiting = moment + timedelta(days=1), 0
    return until


def protect(values: Sequence[int], threshold: int) -> list[bool]:
    """Which counts of one table to hide: every one from 1 to threshold-1, and then the smallest of
    the others until the hidden ones add up to at least the threshold (or none is hidden)."""
    hidden = [0 < v < threshold for v in values]

    def hidden_sum() -> int:
        return sum(v for v, h in zip(values, hidden, strict=True) if h)

    while 0 < hidden_sum() < threshold:
        shown = [(v, i) for i, (v, h) in enumerate(zip(values, hidden, strict=True)) if not h and v > 0]
        if not shown:  # cannot happen while the total is at least the threshold; hide all then
            return [v > 0 for v in values]
        hidden[min(shown)[1]] = True
    return hidden


@dataclass(frozen=True, slots=True)
class Row:
    label: str
    value: int | None     # None: hidden
    share: str | None
    bar: charts.Bar


@dataclass(frozen=True, slots=True)
class Table:
    id: str
    title: str
    kind: str             # "bars" or "columns"
    width: int
    height: int
    rows: Sequence[Row]
    axis: Sequence[tuple[float, str]]
    any_hidden: bool


def table(chart_id: str, title: str, items: Sequence[tuple[str, int]], threshold: int, *,
          columns: bool = False, row_labels: Sequence[str] | None = None) -> Table:
    """A chart and its table with the counts `protect` hides drawn as nothing and written as hidden.

    `row_labels` name the table's rows where the chart's captions are shorter (a week's date)."""
    hidden = protect([v for _, v in items], threshold)
    # The geometry is drawn from the shown counts only: a bar's length must not give a hidden one away.
    drawn = [(label, 0 if h else v) for (label, v), h in zip(items, hidden, strict=True)]
    chart = charts.columns(chart_id, title, drawn) if columns else charts.bars(chart_id, title, drawn)
    total = sum(v for _, v in items)
    rows = [
        Row(label=label, value=None if h else v,
            share=None if h else (f"{round(100 * v / total)} %" if total else "0 %"), bar=bar)
        for label, (_, v), h, bar in zip(row_labels or [label for label, _ in items], items, hidden, chart.bars,
                                          strict=True)
    ]
    return Table(chart_id, title, chart.kind, chart.width, chart.height, rows, chart.axis, any(hidden))


def weeks(by_day: Mapping[str, int], until: date) -> list[tuple[date, int]]:
    """Counts per week (from Monday) from the first answer's week to the last counted day's."""
    days = sorted(d for d in by_day if date.fromisoformat(d) < until)
    if not days:
        return []
    first = date.fromisoformat(days[0])
    monday, last = first - timedelta(days=first.weekday()), until - timedelta(days=1)
    out: dict[date, int] = {}
    while monday <= last:
        out[monday] = 0
        monday += timedelta(days=7)
    for day in days:
        d = date.fromisoformat(day)
        out[d - timedelta(days=d.weekday())] += by_day[day]
    return list(out.items())


# --- the page ------------------------------------------------------------------------------------


def _locale(request: web.Request) -> str:
    wanted = request.query.get("lang")
    if wanted in request.app[RUNTIME].services.locales:
        return wanted
    return browser_locale(request, LANG_COOKIE)


def _day(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TIME).date().isoformat()


def local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TIME)


async def results_page(request: web.Request) -> web.StreamResponse:
    """Show what the dialogue said: counts that single no one out, the promises, the chosen quotes."""
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    locale = _locale(request)
    threshold = campaign.results_threshold
    today = datetime.now(LOCAL_TIME).date()
    everything = results.AnswerFilter(campaign_id=campaign.id)
    # On the reader, in one snapshot: the days (to place the cut), the counts before it, the quotes.
    async with runtime.reads() as session:
        by_day = await published.answers_by_day(everything, _day, session=session)
        until = published_until(by_day, today, threshold)
        counts = None
        if until is not None:
            counted = results.AnswerFilter(campaign_id=campaign.id, until=local_midnight(until))
            counts = await results.breakdown(counted, [], _day, session=session)
        quotes = await published.quotes(campaign.id, session=session, limit=MAX_QUOTES)
        updates = await follow.latest_updates(campaign.id, per_area=UPDATES_PER_PROMISE, session=session)

    def label(key: str) -> str:
        return catalogs.render(Text.of(key), locale)

    def t(key: str, **params: object) -> str:
        return catalogs.render(Text(key, params), locale)

    context: dict[str, Any] = {"threshold": threshold, "path": RESULTS_PATH, "total": None, "tables": []}
    if counts is not None and until is not None:
        area_items = [(label(a.label), counts.focus_area.get(a.id, 0)) for a in campaign.focus_areas]
        # Every answer is in some row, or the total less the rows would count the missing ones:
        # no area, or one the campaign file no longer has, is "no area".
        unplaced = counts.total - sum(n for _, n in area_items)
        if unplaced:
            area_items.append((t("results-no-area"), unplaced))
        codes = [*runtime.services.locales, *sorted(set(counts.locale) - set(runtime.services.locales))]
        language_items = [
            (catalogs.render(Text("language-name", locale=code), code) if code in runtime.services.locales else code,
             counts.locale.get(code, 0))
            for code in codes
        ]
        series = weeks(counts.by_day, until)
        week_items = [(monday.isoformat(), n) for monday, n in series]
        week_rows = [t("results-week-of", date=monday.isoformat()) for monday, _ in series]
        context.update(
            total=counts.total,
            as_of=(until - timedelta(days=1)).isoformat(),
            tables=[
                table("results-weeks", t("results-chart-weeks"), week_items, threshold, columns=True,
                      row_labels=week_rows),
                table("results-area", t("results-chart-area"), area_items, threshold),
                table("results-language", t("results-chart-language"), language_items, threshold),
            ],
        )
    context["promises"] = [
        {"area": label(a.label), "promise": label(a.promise), "follow_up": label(a.follow_up) if a.follow_up else "",
         "updates": [_update(u, locale, t) for u in updates.get(a.id, [])]}
        for a in campaign.focus_areas if a.promise is not None
    ]
    context["quotes"] = [
        {
            "text": q.text,
            "lang": q.text_language if q.text_language != "und" else "",
            "area": label(area.label) if (area := campaign.focus_area(q.focus_area)) else t("results-no-area"),
            "language": catalogs.render(Text("language-name", locale=q.locale), q.locale)
            if q.locale in runtime.services.locales else q.locale,
        }
        for q in quotes
    ]
    response = page(request, "results.html", locale, context)
    return _cached(request, response)


def _update(update: PromiseUpdate, locale: str, t: Callable[..., str]) -> dict[str, str]:
    """What the police and the municipality did: in the reader's language when the officer wrote it, else
    in Swedish under the line that says so (as the followers get it, handlers/follow.py)."""
    own = update.text if locale == SOURCE_LOCALE else update.texts.get(locale)
    return {
        "date": update.created_at.astimezone(LOCAL_TIME).date().isoformat(),
        "text": own or update.text,
        "lang": locale if own else SOURCE_LOCALE,
        "note": "" if own else t("follow-update-in-swedish"),
    }


def _cached(request: web.Request, response: web.Response) -> web.StreamResponse:
    """Let browsers and shared caches keep the page: it is the same for everyone in a language."""
    body = response.body if isinstance(response.body, bytes) else b""
    etag = hashlib.sha256(body).hexdigest()[:32]
    response.etag = etag
    response.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    response.headers["Vary"] = "Accept-Language, Cookie"
    if request.if_none_match and any(tag.value == etag for tag in request.if_none_match):
        not_modified = web.Response(status=304)
        not_modified.etag = etag
        not_modified.headers["Cache-Control"] = response.headers["Cache-Control"]
        not_modified.headers["Vary"] = response.headers["Vary"]
        return not_modified
    return response
