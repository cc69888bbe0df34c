"""The officer dashboard: login, dialogue results with charts, the answers, CSV, the audit log.

Every page under /officer but the login needs a live session (checked in `guarded`,
which the app's middleware calls for every /officer path), and every form there
carries the session's CSRF token. Each page an officer opens, and each change, is
written to the audit log.

A right password opens a waiting session only, when the officer has a second factor or
OFFICER_TOTP_REQUIRED asks for one: it reaches the code page (or, at the first login, the
enrolment page) and nothing else, until bot/dashboard/second_factor.py opens it fully.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from bot.dashboard import audit_view, charts
from bot.dashboard.export import csv_safe
from bot.server.keys import GATES, LOGIN_LOCK, OFFICER, OFFICER_SESSION, RUNTIME, SECRETS, SETTINGS
from bot.server.render import browser_locale, page, translator
from bot.server.security import (
    CSRF_FIELD,
    client_address,
    hash_password,
    needs_rehash,
    new_token,
    set_cookie,
    token_hash,
    tokens_match,
    verify_password,
)
from bot.textlang import CODES as TAGGER_CODES
from handlers.context import LOCAL_TIME
from handlers.types import Text
from storage import officers as officer_store
from storage import results
from storage.models import Officer, OfficerSession, utcnow

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

SESSION_COOKIE = "md_officer"
LOGIN_COOKIE = "md_login"
LANG_COOKIE = "md_officer_lang"
LOGIN_PATH = "/officer/login"
CODE_PATH = "/officer/login/code"
ENROL_PATH = "/officer/enrol"
# What a session waiting for the second factor may open.
WAITING_PATHS = frozenset({CODE_PATH, ENROL_PATH, "/officer/logout", "/officer/language"})
# How long a session waits for the second factor.
WAITING_HOURS = 0.25

# Login throttling, counted in the database so a restart does not reset it.
THROTTLE_WINDOW = timedelta(minutes=15)
ACCOUNT_FAILURES = 5
CLIENT_FAILURES = 20

PAGE_SIZE = 50
MAX_SEARCH = 200


def setup_routes(app: web.Application) -> None:
    """Add the dashboard's pages to the server, behind its login (`guarded`)."""
    app[LOGIN_LOCK] = asyncio.Lock()
    app[GATES].append(("/officer", guarded))
    app.router.add_get("/officer", home, name="officer")
    app.router.add_get(LOGIN_PATH, login_page, name="officer-login")
    app.router.add_post(LOGIN_PATH, login, name="officer-login-post")
    app.router.add_post("/officer/logout", logout, name="officer-logout")
    app.router.add_get("/officer/language", choose_language, name="officer-language")
    app.router.add_get("/officer/results", results_page, name="officer-results")
    app.router.add_get("/officer/answers", answers_page, name="officer-answers")
    app.router.add_get("/officer/answers.csv", answers_csv, name="officer-answers-csv")
    app.router.add_get("/officer/audit", audit_page, name="officer-audit")


# --- the gate ---------------------------------------------------------------------------------


async def guarded(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Let a request into the dashboard only with a live session (the login page excepted)."""
    unsafe = request.method not in ("GET", "HEAD", "OPTIONS")
    if request.path == LOGIN_PATH:
        if unsafe:
            form = await request.post()
            pre = request.cookies.get(LOGIN_COOKIE)
            expected = request.app[SECRETS].csrf_for("login:" + pre) if pre else None
            if not tokens_match(expected, _str(form.get(CSRF_FIELD))):
                raise web.HTTPForbidden(text="the form has expired; reload the page")
        return await handler(request)
    found = await _session(request)
    if found is None:
        if unsafe:
            raise web.HTTPForbidden(text="log in first")
        target = request.path_qs if request.method == "GET" else "/officer"
        raise web.HTTPSeeOther(location=f"{LOGIN_PATH}?{urlencode({'next': target})}")
    session_row, officer = found
    if unsafe:
        form = await request.post()
        if not tokens_match(session_row.csrf_token, _str(form.get(CSRF_FIELD))):
            raise web.HTTPForbidden(text="the form has expired; reload the page")
    request[OFFICER] = officer
    request[OFFICER_SESSION] = session_row
    if not fully_open(request, session_row, officer) and request.path not in WAITING_PATHS:
        if unsafe:
            raise web.HTTPForbidden(text="give the code from your app first")
        target = request.path_qs if request.method == "GET" else "/officer"
        raise web.HTTPSeeOther(location=f"{second_step(officer)}?{urlencode({'next': target})}")
    return await handler(request)


def fully_open(request: web.Request, session_row: OfficerSession, officer: Officer) -> bool:
    """Tell whether the session has passed every factor the officer needs.

    An enrolled officer's session needs the code; one not enrolled needs enrolment while the
    setting asks for it, even a session opened before it did.
    """
    if officer.totp_enrolled_at is not None:
        return session_row.verified
    return not request.app[SETTINGS].officer_totp_required


def second_step(officer: Officer) -> str:
    """Where a waiting session goes: the code page, or enrolment for an officer with no second factor yet."""
    return CODE_PATH if officer.totp_enrolled_at is not None else ENROL_PATH


async def _session(request: web.Request) -> tuple[OfficerSession, Officer] | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 128:
        return None
    async with request.app[RUNTIME].services.sessionmaker() as session:
        return await officer_store.session_of(token_hash(token), session=session)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def officer_of(request: web.Request) -> Officer:
    return request[OFFICER]  # set by `guarded` on every page behind the login


def ui_locale(request: web.Request) -> str:
    return browser_locale(request, LANG_COOKIE)


def officer_page(request: web.Request, template: str, context: Mapping[str, Any] | None = None,
                 *, status: int = 200) -> web.Response:
    session_row: OfficerSession = request[OFFICER_SESSION]
    values = {
        "officer": officer_of(request),
        "csrf": session_row.csrf_token,
        "current": request.path,
        "nav": NAV,
        **(context or {}),
    }
    return page(request, template, ui_locale(request), values, status=status)


# Dashboard sections in the navigation, in order: (path, catalog key); the first is the home.
NAV: tuple[tuple[str, str], ...] = (
    ("/officer/tips", "officer-nav-tips"),
    ("/officer/results", "officer-nav-results"),
    ("/officer/answers", "officer-nav-answers"),
    ("/officer/themes", "officer-nav-themes"),
    ("/officer/updates", "officer-nav-updates"),
    ("/officer/audit", "officer-nav-audit"),
)


async def audit(request: web.Request, action: str, target: str = "", detail: str = "") -> None:
    async with request.app[RUNTIME].services.sessionmaker.begin() as session:
        await officer_store.audit(officer_of(request), action, session=session, target=target, detail=detail)


# --- login and logout -------------------------------------------------------------------------


async def home(request: web.Request) -> web.StreamResponse:
    """Open the first section (the tip inbox)."""
    raise web.HTTPSeeOther(location=NAV[0][0])


async def login_page(request: web.Request, *, error: str | None = None, status: int = 200,
                     name: str = "") -> web.Response:
    """Show the login form (with a CSRF token bound to a short-lived cookie)."""
    pre = request.cookies.get(LOGIN_COOKIE)
    if not pre or len(pre) > 64:
        pre = new_token()
    next_path = _safe_next(request.query.get("next"))
    response = page(
        request,
        "officer/login.html",
        ui_locale(request),
        {"csrf": request.app[SECRETS].csrf_for("login:" + pre), "error": error, "next": next_path, "name": name},
        status=status,
    )
    set_cookie(response, request, LOGIN_COOKIE, pre, max_age=3600, path=LOGIN_PATH)
    return response


def _safe_next(value: str | None) -> str:
    """Only a path of our own dashboard: never another site (`//evil`, `https://...`)."""
    if value and value.startswith("/officer") and not value.startswith("//") and "\\" not in value:
        return value
    return "/officer"


async def login(request: web.Request) -> web.StreamResponse:
    """Check the password (throttled per account and per address), then open a session."""
    form = await request.post()
    name = (_str(form.get("name")) or "").strip()[:64]
    password = (_str(form.get("password")) or "")[:1024]
    client = client_address(request)
    runtime = request.app[RUNTIME]
    since = utcnow() - THROTTLE_WINDOW
    # Check and record in one step, one login at a time: parallel guesses cannot all pass the
    # check before any of them is counted. The password itself is checked after, in parallel.
    async with request.app[LOGIN_LOCK], runtime.services.sessionmaker.begin() as session:
        attempt_id, account_failures, client_failures = await officer_store.begin_attempt(
            name, client, session=session, since=since, account_limit=ACCOUNT_FAILURES, client_limit=CLIENT_FAILURES
        )
        officer = await officer_store.by_name(name, session=session) if name and attempt_id is not None else None
    if attempt_id is None:
        log.warning("login throttled (account failures %d, client failures %d)", account_failures, client_failures)
        return await login_page(request, error="officer-login-throttled", status=429, name=name)
    # argon2 takes 60-700 ms of CPU: in a thread, so the residents' requests go on meanwhile.
    ok = await asyncio.to_thread(verify_password, officer.password_hash if officer is not None else None, password)
    ok = ok and officer is not None and officer.active
    if not ok or officer is None or officer.id is None:
        return await login_page(request, error="officer-login-failed", status=401, name=name)
    rehashed = await asyncio.to_thread(hash_password, password) if needs_rehash(officer.password_hash) else None
    settings = request.app[SETTINGS]
    # A second factor to come: the attempt stays counted as a failure until it is given, so the
    # throttle covers the codes too (a right password does not reset the count of wrong codes).
    waiting = officer.totp_enrolled_at is not None or settings.officer_totp_required
    next_path = _safe_next(_str(form.get("next")))
    async with runtime.services.sessionmaker.begin() as session:
        fresh = await officer_store.get(officer.id, session=session)
        assert fresh is not None
        if rehashed is not None:
            fresh.password_hash = rehashed
        token, csrf = new_token(), new_token()
        if waiting:
            await officer_store.open_session(
                officer.id, token_hash(token), csrf, session=session, hours=WAITING_HOURS, verified=False
            )
            await officer_store.audit(fresh, "login-password", session=session, detail=client)
        else:
            await officer_store.attempt_succeeded(attempt_id, session=session)
            fresh.last_login_at = utcnow()
            await officer_store.open_session(
                officer.id, token_hash(token), csrf, session=session, hours=settings.officer_session_hours
            )
            await officer_store.audit(fresh, "login", session=session, detail=client)
    location = f"{second_step(officer)}?{urlencode({'next': next_path})}" if waiting else next_path
    response = web.Response(status=303, headers={"Location": location})
    set_cookie(response, request, SESSION_COOKIE, token, path="/officer")
    response.del_cookie(LOGIN_COOKIE, path=LOGIN_PATH)
    return response


async def logout(request: web.Request) -> web.StreamResponse:
    """End the session here and in the database."""
    session_row: OfficerSession = request[OFFICER_SESSION]
    async with request.app[RUNTIME].services.sessionmaker.begin() as session:
        await officer_store.close_session(session_row.token_hash, session=session)
        await officer_store.audit(officer_of(request), "logout", session=session)
    response = web.Response(status=303, headers={"Location": LOGIN_PATH})
    response.del_cookie(SESSION_COOKIE, path="/officer")
    return response


async def choose_language(request: web.Request) -> web.StreamResponse:
    """Show the dashboard in another language (a preference only: a GET changes no data)."""
    code = request.query.get("lang", "")
    target = _safe_next(request.query.get("next"))
    response = web.Response(status=303, headers={"Location": target})
    if code in request.app[RUNTIME].services.locales:
        set_cookie(response, request, LANG_COOKIE, code, max_age=365 * 86400, path="/officer")
    return response


# --- results ----------------------------------------------------------------------------------


def parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def answer_filter(request: web.Request) -> tuple[results.AnswerFilter, dict[str, str]]:
    """Read the filters from the query string; unknown values are dropped, not trusted."""
    runtime = request.app[RUNTIME]
    campaign = runtime.campaign
    q = request.query
    chosen: dict[str, str] = {}
    area = q.get("area", "")
    if area == "none" or campaign.focus_area(area) is not None:
        chosen["area"] = area
    for name in ("locale", "tlang"):
        value = q.get(name, "")
        if value and len(value) <= 8 and value.replace("-", "").isalnum():
            chosen[name] = value
    follow_ups: dict[str, str] = {}
    for question in campaign.follow_up_questions:
        value = q.get(f"fu-{question.id}", "")
        if value == "none" or question.option(value) is not None:
            chosen[f"fu-{question.id}"] = value
            follow_ups[question.id] = "" if value == "none" else value
    since, until = parse_day(q.get("from")), parse_day(q.get("to"))
    if since is not None:
        chosen["from"] = since.isoformat()
    if until is not None:
        chosen["to"] = until.isoformat()
    search = q.get("q", "").strip()[:MAX_SEARCH]
    if search:
        chosen["q"] = search
    flt = results.AnswerFilter(
        campaign_id=campaign.id,
        focus_area=("" if area == "none" else area) if "area" in chosen else None,
        locale=chosen.get("locale"),
        text_language=chosen.get("tlang"),
        since=local_midnight(since) if since else None,
        until=local_midnight(until + timedelta(days=1)) if until else None,
        follow_ups=follow_ups,
        search=search or None,
    )
    return flt, chosen


def local_midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=LOCAL_TIME)


def _filter_form(request: web.Request, chosen: Mapping[str, str], locale: str) -> dict[str, Any]:
    """The choices of the filter form, each labelled in the dashboard's language."""
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    t = translator(request, locale)
    follow_ups = [
        {
            "name": f"fu-{q.id}",
            "label": catalogs.render(Text.of(q.question), locale),
            "options": [(o.id, catalogs.render(Text.of(o.label), locale)) for o in q.options]
            + [("none", t("officer-filter-no-answer"))],
        }
        for q in campaign.follow_up_questions
    ]
    return {
        "chosen": chosen,
        "areas": [(a.id, catalogs.render(Text.of(a.label), locale)) for a in campaign.focus_areas]
        + [("none", t("officer-filter-no-area"))],
        "locales": [
            (code, catalogs.render(Text("language-name", locale=code), code)) for code in runtime.services.locales
        ],
        "follow_up_fields": follow_ups,
        "query": urlencode(chosen),
    }


# The codes officer-language-other names: all the tagger can store; any other is shown as it is.
_NAMED_OTHER = TAGGER_CODES


def _language_label(request: web.Request, code: str, locale: str) -> str:
    runtime = request.app[RUNTIME]
    if code in runtime.services.locales:
        return runtime.catalogs.render(Text("language-name", locale=code), code)
    if code == "und":
        return translator(request, locale)("officer-language-unknown")
    if code in _NAMED_OTHER:   # a language the tagger knows besides ours (bot/textlang.py)
        return translator(request, locale)("officer-language-other", code=code)
    return code


def _day(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TIME).date().isoformat()


def _over_time(by_day: Mapping[str, int]) -> tuple[list[tuple[str, int]], bool]:
    """Counts per day from the first to the last answer; per week (Monday) when that spans > 62 days."""
    if not by_day:
        return [], False
    days = sorted(by_day)
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    weekly = (last - first).days > 62
    if not weekly:
        span = (last - first).days + 1
        return [((first + timedelta(d)).isoformat(), by_day.get((first + timedelta(d)).isoformat(), 0))
                for d in range(span)], False
    weeks: dict[str, int] = {}
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        weeks[monday.isoformat()] = 0
        monday += timedelta(days=7)
    for day, count in by_day.items():
        d = date.fromisoformat(day)
        weeks[(d - timedelta(days=d.weekday())).isoformat()] += count
    return list(weeks.items()), True


async def results_page(request: web.Request) -> web.Response:
    """Show how many answered, and the answers counted by focus area, language, group and time."""
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    locale = ui_locale(request)
    t = translator(request, locale)
    flt, chosen = answer_filter(request)
    # Counted in SQL, on the reader's own connection (storage/results.py).
    async with runtime.reads() as session:
        counts = await results.breakdown(flt, [q.id for q in campaign.follow_up_questions], _day, session=session)

    def label(key: str) -> str:
        return catalogs.render(Text.of(key), locale)

    area_items = [(label(a.label), counts.focus_area.get(a.id, 0)) for a in campaign.focus_areas]
    if counts.focus_area.get(results.NONE):
        area_items.append((t("officer-filter-no-area"), counts.focus_area[results.NONE]))
    charts_out = [charts.bars("chart-area", t("officer-chart-focus-area"), area_items)]
    charts_out.append(
        charts.bars(
            "chart-locale",
            t("officer-chart-locale"),
            [(_language_label(request, code, locale), n) for code, n in counts.locale.most_common()],
        )
    )
    charts_out.append(
        charts.bars(
            "chart-text-language",
            t("officer-chart-text-language"),
            [(_language_label(request, code, locale), n) for code, n in counts.text_language.most_common()],
        )
    )
    for question in campaign.follow_up_questions:
        counter = counts.follow_ups[question.id]
        items = [(label(o.label), counter.get(o.id, 0)) for o in question.options]
        items.append((t("officer-filter-no-answer"), counter.get(results.NONE, 0)))
        charts_out.append(charts.bars(f"chart-fu-{question.id}", label(question.question), items))
    series, weekly = _over_time(counts.by_day)
    time_chart = charts.columns(
        "chart-time", t("officer-chart-over-time-weeks" if weekly else "officer-chart-over-time-days"), series
    )
    await audit(request, "view-results", detail=urlencode(chosen)[:255])
    return officer_page(
        request,
        "officer/results.html",
        {"total": counts.total, "charts": charts_out, "time_chart": time_chart,
         **_filter_form(request, chosen, locale)},
    )


async def answers_page(request: web.Request) -> web.Response:
    """List the answers themselves, newest first, filtered, a page at a time."""
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    locale = ui_locale(request)
    flt, chosen = answer_filter(request)
    page_no = page_number(request)
    async with runtime.reads() as session:  # one snapshot for the count and the page
        total = await results.count(flt, session=session)
        pages = max(1, -(-total // PAGE_SIZE))
        page_no = min(page_no, pages)
        shown = await results.answer_page(flt, session=session, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
    options = {
        (q.id, o.id): catalogs.render(Text.of(o.label), locale)
        for q in campaign.follow_up_questions
        for o in q.options
    }
    items = [
        {
            "id": row.id,
            "time": row.created_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M"),
            "text": row.text,
            "text_language": _language_label(request, row.text_language, locale),
            "text_lang_attr": row.text_language if row.text_language != "und" else "",
            "locale": _language_label(request, row.locale, locale),
            "area": (
                catalogs.render(Text.of(area.label), locale) if (area := campaign.focus_area(row.focus_area)) else ""
            ),
            "follow_ups": [options[(q, v)] for q, v in row.follow_ups.items() if (q, v) in options],
            "quote": row.quote_published_at is not None,   # shown on the public results page
        }
        for row in shown
    ]
    await audit(request, "view-answers", detail=urlencode(chosen)[:255])
    return officer_page(
        request,
        "officer/answers.html",
        {"answers": items, "total": total, "page_no": page_no, "pages": pages, "back": request.path_qs,
         **_filter_form(request, chosen, locale)},
    )


CSV_COLUMNS = ("id", "created_at", "campaign", "channel", "focus_area", "text", "text_language", "locale")


def csv_lines(rows: list[tuple[Any, ...]]) -> str:
    """Rows of `results.export_chunks` as CSV lines (cells a spreadsheet would run are defused)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([csv_safe(value) for value in
                         (row[0], row[1].isoformat(), *row[2:4], row[4] or "", *row[5:8],
                          *(value or "" for value in row[8:]))])
    return buffer.getvalue()


async def answers_csv(request: web.Request) -> web.StreamResponse:
    """Download the filtered answers as CSV, oldest first, streamed a chunk at a time from SQL."""
    runtime = request.app[RUNTIME]
    campaign = runtime.campaign
    flt, chosen = answer_filter(request)
    questions = [q.id for q in campaign.follow_up_questions]
    async with runtime.reads() as session:
        total = await results.count(flt, session=session)
    await audit(request, "export-answers", detail=f"{total} rows; {urlencode(chosen)}"[:255])
    filename = f"svar-{campaign.id}-{utcnow().astimezone(LOCAL_TIME):%Y%m%d-%H%M}.csv"
    response = web.StreamResponse(headers={"Content-Disposition": f'attachment; filename="{filename}"'})
    response.content_type = "text/csv"
    response.charset = "utf-8"
    await response.prepare(request)
    header = io.StringIO()
    csv.writer(header).writerow([*CSV_COLUMNS, *(f"follow_up_{q}" for q in questions)])
    # A byte order mark, so a spreadsheet opens Swedish, Arabic and Tigrinya text as UTF-8.
    await response.write(("\ufeff" + header.getvalue()).encode("utf-8"))
    async for rows in results.export_chunks(flt, questions, runtime.reads):
        await response.write(csv_lines(rows).encode("utf-8"))
    await response.write_eof()
    return response


def page_number(request: web.Request) -> int:
    """The `page` asked for: 1 when absent or not a number."""
    try:
        return max(1, min(int(request.query.get("page", "1")), 100000))
    except ValueError:
        return 1


async def audit_page(request: web.Request) -> web.Response:
    """Show who opened or changed what, newest first."""
    page_no = page_number(request)
    async with request.app[RUNTIME].reads() as session:
        offset = (page_no - 1) * PAGE_SIZE
        events = await officer_store.audit_events(session=session, limit=PAGE_SIZE + 1, offset=offset)
    more = len(events) > PAGE_SIZE
    await audit(request, "view-audit")
    t = translator(request, ui_locale(request))
    # Stored as codes, shown in the officer's language (bot/dashboard/audit_view.py).
    items = [
        {"time": e.at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M:%S"),
         "officer": audit_view.officer_text(e.officer_name, t), "action": audit_view.action_text(e.action, t),
         "target": audit_view.target_text(e.action, e.target, t),
         "detail": audit_view.detail_text(e.action, e.detail, t)}
        for e in events[:PAGE_SIZE]
    ]
    return officer_page(request, "officer/audit.html", {"events": items, "page_no": page_no, "more": more})
