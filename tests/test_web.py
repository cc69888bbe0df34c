"""The web server through aiohttp's test client: the resident web chat, the officer dashboard,
the health check, and what keeps other sites and hostile text out."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy.ext.asyncio import create_async_engine
from sqlmodel import select

from bot.app import create_app
from bot.server.keys import RUNTIME
from bot.server.security import hash_password
from bot.settings import Settings
from handlers.types import Resident
from storage import officers
from storage.models import Answer, AuditEvent, WebMessage
from tests.test_dialogue import say

HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"
PASSWORD = "correct horse battery staple"


def web_settings(database_url: str, data_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "database_url": database_url,
        "data_dir": data_dir,
        "pseudonym_secret": "test-pseudonym-secret-0123456789",
        # Officers made by add_officer log in with their password alone; tests/test_totp.py
        # drives the second factor, which is on by default.
        "officer_totp_required": False,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        yield client


async def add_officer(client: TestClient, name: str = "anna", password: str = PASSWORD) -> None:
    async with client.app[RUNTIME].services.sessionmaker.begin() as session:
        await officers.add(name, hash_password(password), session=session)


# --- a resident in a browser, without JavaScript ------------------------------------------------

_BUTTON = re.compile(r'<button type="submit" class="choice" name="data" value="([^"]*)">([^<]*)</button>')
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_BUBBLE = re.compile(r'<li class="message message-(\w+)"[^>]*>.*?<div class="bubble"[^>]*>(.*?)</div>', re.S)


@dataclass
class Page:
    status: int
    html: str

    @property
    def csrf(self) -> str:
        match = _CSRF.search(self.html)
        assert match, "no CSRF token on the page"
        return match.group(1)

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, data) of the buttons offered under the latest turn."""
        return [(html.unescape(label), html.unescape(data)) for data, label in _BUTTON.findall(self.html)]

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.buttons]

    @property
    def messages(self) -> list[tuple[str, str]]:
        """(sender, text) of every message shown, oldest first."""
        return [(sender, html.unescape(text)) for sender, text in _BUBBLE.findall(self.html)]

    def said(self, text: str) -> bool:
        return any(text in body for _, body in self.messages)


class WebResident:
    """A resident using the web chat through plain HTML forms (as without JavaScript).

    Each has a browser of its own (its own cookies), unlike the officer on `client`.
    """

    def __init__(self, client: TestClient, accept_language: str = "sv-SE,sv;q=0.9") -> None:
        self.client = client
        self.headers = {"Accept-Language": accept_language}
        self.page = Page(0, "")
        self.cookies: dict[str, str] = {}

    async def _request(self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: object) -> Page:
        # The client's jar holds the officer's cookies too: keep those, swap this browser's in.
        jar, url = self.client.session.cookie_jar, self.client.make_url("/")
        others = [(c.key, c) for c in jar if c.key not in ("md_chat", "md_lang")]
        jar.clear()
        jar.update_cookies(self.cookies, url)
        response = await self.client.request(
            method, path, headers={**self.headers, **(headers or {})}, **kwargs  # type: ignore[arg-type]
        )
        self.page = Page(response.status, await response.text())
        self.cookies = {c.key: c.value for c in jar if c.key in ("md_chat", "md_lang")}
        jar.clear()
        jar.update_cookies(others, url)
        return self.page

    async def open(self) -> Page:
        return await self._request("GET", "/")

    async def _post(self, path: str, **fields: str) -> Page:
        if not self.page.html:
            await self.open()
        await self._request("POST", path, data={"csrf": self.page.csrf, **fields})
        assert self.page.status == 200, self.page.html[:500]
        return self.page

    async def start(self) -> Page:
        return await self._post("/chat", command="start")

    async def send(self, text: str) -> Page:
        return await self._post("/chat", text=text)

    async def command(self, name: str) -> Page:
        return await self._post("/chat", command=name)

    async def press(self, label: str) -> Page:
        data = dict(self.page.buttons).get(label)
        assert data is not None, f"no button {label!r} among {self.page.labels}"
        return await self._post("/chat", data=data)

    async def language(self, code: str) -> Page:
        return await self._post("/language", lang=code)


async def answer_in_web_chat(resident: WebResident, locale: str, text: str, area_key: str) -> Page:
    """Go through the dialogue in the web chat; return the page with the thanks."""
    page = await resident.start()
    assert page.said(say("privacy-consent-question", locale))
    await resident.press(say("privacy-agree", locale))
    page = await resident.send(text)
    assert page.said(say("dialogue-answer-saved", locale))
    await resident.press(say(area_key, locale))
    for _ in resident.client.app[RUNTIME].campaign.follow_up_questions:
        page = await resident.press(say("dialogue-follow-up-skip", locale))
    assert page.said(say("dialogue-thanks", locale, municipality="Dals-Ed"))
    return page


async def stored_answers(client: TestClient) -> list[Answer]:
    async with client.app[RUNTIME].services.sessionmaker() as session:
        return list((await session.exec(select(Answer))).all())


# --- the resident web chat -----------------------------------------------------------------------


async def test_first_visit_shows_the_welcome_and_a_start_button_in_the_browser_language(client: TestClient) -> None:
    page = await WebResident(client, accept_language="en-GB,en;q=0.8").open()
    assert page.status == 200
    assert '<html lang="en" dir="ltr">' in page.html
    assert say("campaign-intro", "en") in html.unescape(page.html)
    assert 'name="command" value="start"' in page.html
    assert "112" in page.html


async def test_resident_answers_in_the_web_chat_through_the_same_conversation(client: TestClient) -> None:
    resident = WebResident(client)
    await answer_in_web_chat(resident, "sv", "Mer polis vid torget på kvällarna", "campaign-focus-traffic-safety")
    [answer] = await stored_answers(client)
    assert (answer.channel, answer.focus_area, answer.locale) == ("web", "traffic-safety", "sv")
    assert answer.text == "Mer polis vid torget på kvällarna"
    # A reload shows the whole conversation, the resident's own words included.
    page = await resident.open()
    assert ("resident", "Mer polis vid torget på kvällarna") in page.messages
    assert page.said(say("dialogue-thanks", "sv", municipality="Dals-Ed"))
    # The offer to follow the area's promise, then the menu.
    area = say("campaign-focus-traffic-safety", "sv")
    assert page.labels[:3] == [say("follow-offer-button", "sv", area=area), say("follow-all-button", "sv"),
                               say("menu-another-answer", "sv")]


async def test_arabic_resident_gets_a_right_to_left_page_and_answers(client: TestClient) -> None:
    resident = WebResident(client, accept_language="ar")
    page = await resident.open()
    assert '<html lang="ar" dir="rtl">' in page.html
    await answer_in_web_chat(resident, "ar", "نريد المزيد من الدوريات قرب المدرسة في الصباح", "campaign-focus-visible-police")
    page = await resident.open()
    assert '<html lang="ar" dir="rtl">' in page.html
    assert 'lang="ar" dir="rtl"' in page.html.split('id="transcript"')[1]
    [answer] = await stored_answers(client)
    assert (answer.locale, answer.text_language, answer.focus_area) == ("ar", "ar", "visible-police")


async def test_the_language_picker_switches_the_page_and_the_conversation(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.start()
    page = await resident.language("fa")
    assert '<html lang="fa-AF" dir="rtl">' in page.html
    assert page.said(say("language-set", "fa", language=say("language-name", "fa")))
    # The conversation carries on in Dari: the consent question again, with its buttons.
    assert say("privacy-agree", "fa") in page.labels


async def test_the_language_picker_before_starting_only_changes_the_page(client: TestClient) -> None:
    resident = WebResident(client)
    page = await resident.language("uk")
    assert '<html lang="uk" dir="ltr">' in page.html and page.messages == []
    page = await resident.start()
    assert page.said(say("privacy-consent-question", "uk"))


async def test_typed_commands_work_as_on_telegram(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.start()
    page = await resident.send("/promises")
    assert page.said(say("campaign-promise-traffic-safety", "sv"))


async def test_nothing_the_resident_writes_is_kept_before_consent(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.start()
    page = await resident.send("Mitt namn är Karin Andersson")
    assert not any("Karin" in text for _, text in page.messages)
    async with client.app[RUNTIME].services.sessionmaker() as session:
        rows = (await session.exec(select(WebMessage))).all()
    assert rows and not any("Karin" in row.text for row in rows)


async def test_forget_erases_the_answers_and_the_transcript(client: TestClient) -> None:
    resident = WebResident(client)
    await answer_in_web_chat(resident, "sv", "Bättre belysning på gång- och cykelvägen", "campaign-focus-other")
    await resident.command("forget")
    page = await resident.press(say("forget-yes", "sv"))
    assert page.messages == [("bot", say("forget-done", "sv"))]
    assert await stored_answers(client) == []


async def test_hostile_text_is_shown_as_text_in_the_chat(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.start()
    await resident.press(say("privacy-agree", "sv"))
    page = await resident.send(HOSTILE)
    assert HOSTILE not in page.html
    assert html.escape(HOSTILE, quote=False) in page.html or "&lt;script&gt;" in page.html
    assert ("resident", HOSTILE) in page.messages


async def test_the_transcript_is_bounded(sqlite_url: str, tmp_path: Path) -> None:
    settings = web_settings(sqlite_url, tmp_path / "data", web_transcript_max_messages=20)
    async with TestClient(TestServer(create_app(settings))) as client:
        resident = WebResident(client)
        await resident.start()
        for _ in range(15):
            await resident.command("help")
        async with client.app[RUNTIME].services.sessionmaker() as session:
            rows = (await session.exec(select(WebMessage))).all()
        assert len(rows) == 20
        assert len((await resident.open()).messages) == 20


# --- what keeps other sites out ------------------------------------------------------------------


async def test_a_post_without_the_form_token_is_refused(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.open()
    assert (await resident._request("POST", "/chat", data={"command": "start"})).status == 403
    assert (await resident._request("POST", "/chat", data={"command": "start", "csrf": "0" * 64})).status == 403
    # A token is bound to its browser: another browser's token does not fit.
    other = WebResident(client)
    await other.open()
    assert (await resident._request("POST", "/chat", data={"command": "start", "csrf": other.page.csrf})).status == 403


async def test_a_post_from_another_site_is_refused_even_with_a_token(client: TestClient) -> None:
    resident = WebResident(client)
    page = await resident.open()
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {"Origin": "null"}):
        response = await resident._request("POST", "/chat", data={"command": "start", "csrf": page.csrf}, headers=headers)
        assert response.status == 403, headers
    own = f"http://{client.host}:{client.port}"
    response = await resident._request("POST", "/chat", data={"command": "start", "csrf": page.csrf}, headers={"Origin": own})
    assert response.status == 200


async def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/officer/login", "/static/app.css", "/healthz", "/no-such-page"):
        response = await client.get(path)
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "same-origin"
    assert (await client.get("/no-such-page")).status == 404


async def test_no_template_or_script_uses_inline_script_or_style() -> None:
    """The CSP forbids inline script and style; a template that used them would break in the
    browser, so none may: no <script> without src, no on…= handler of any kind, no javascript:
    address, no style attribute or <style> element."""
    from html.parser import HTMLParser

    class Inline(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.found: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            names = {name for name, _ in attrs}
            if tag == "script" and "src" not in names:
                self.found.append("<script> without src")
            if tag == "style":
                self.found.append("<style>")
            for name, value in attrs:
                if name.startswith("on") or name == "style":
                    self.found.append(f"{name}= on <{tag}>")
                if value and value.strip().lower().startswith("javascript:"):
                    self.found.append(f"javascript: in {name}= on <{tag}>")

    root = Path(__file__).resolve().parent.parent / "bot" / "server"
    templates = sorted((root / "templates").rglob("*.html"))
    assert templates
    for template in templates:
        parser = Inline()
        parser.feed(template.read_text(encoding="utf-8"))
        assert parser.found == [], f"{template.name}: {parser.found}"
    # The check itself catches what it is for.
    for bad in ('<p onmouseover="x()">', "<script>x()</script>", '<a href="javascript:x()">', '<b style="">'):
        parser = Inline()
        parser.feed(bad)
        assert parser.found, bad


async def test_the_chat_cookie_is_httponly_and_samesite_strict(client: TestClient) -> None:
    response = await client.get("/")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie


async def test_cookies_are_secure_behind_an_https_proxy(sqlite_url: str, tmp_path: Path) -> None:
    settings = web_settings(sqlite_url, tmp_path / "data", trusted_proxy=True)
    async with TestClient(TestServer(create_app(settings))) as client:
        response = await client.get("/", headers={"X-Forwarded-For": "203.0.113.5", "X-Forwarded-Proto": "https"})
        assert "Secure" in response.headers["Set-Cookie"]
        assert "Strict-Transport-Security" in response.headers


async def test_a_huge_request_is_refused(client: TestClient) -> None:
    resident = WebResident(client)
    page = await resident.open()
    response = await resident._request("POST", "/chat", data={"csrf": page.csrf, "text": "x" * 400_000})
    assert response.status == 413


async def test_health_check_reports_the_database(database_url: str, tmp_path: Path) -> None:
    async with TestClient(TestServer(create_app(web_settings(database_url, tmp_path / "data")))) as client:
        response = await client.get("/healthz")
        assert response.status == 200
        assert await response.json() == {"status": "ok", "database": "ok"}
        # A database that does not answer (nothing listens on port 9) makes the check fail.
        runtime = client.app[RUNTIME]
        working = runtime.read_engine  # the check reads on the reader, never behind a turn
        runtime.read_engine = create_async_engine("postgresql+asyncpg://nobody@127.0.0.1:9/x")
        try:
            response = await client.get("/healthz")
            assert response.status == 503 and (await response.json())["database"] == "unavailable"
        finally:
            await runtime.read_engine.dispose()
            runtime.read_engine = working


# --- the officer dashboard -----------------------------------------------------------------------

OFFICER_PAGES = ("/officer", "/officer/results", "/officer/answers", "/officer/answers.csv", "/officer/audit")


class Officer:
    def __init__(self, client: TestClient) -> None:
        self.client = client

    async def login(self, name: str = "anna", password: str = PASSWORD, *, expect: int = 200) -> Page:
        response = await self.client.get("/officer/login")
        form = Page(response.status, await response.text())
        response = await self.client.post(
            "/officer/login", data={"csrf": form.csrf, "name": name, "password": password, "next": "/officer"}
        )
        page = Page(response.status, await response.text())
        assert response.status == expect, page.html[:300]
        return page

    async def get(self, path: str) -> Page:
        response = await self.client.get(path)
        return Page(response.status, await response.text())


async def test_no_officer_page_is_reachable_without_login(client: TestClient) -> None:
    for path in OFFICER_PAGES:
        response = await client.get(path, allow_redirects=False)
        assert response.status == 303, path
        assert response.headers["Location"].startswith("/officer/login")
    for path in ("/officer/logout", "/officer/results"):
        assert (await client.post(path, data={"csrf": "x"})).status == 403


async def test_officer_logs_in_and_reads_results_answers_and_csv(client: TestClient) -> None:
    await add_officer(client)
    await answer_in_web_chat(WebResident(client), "sv", "=cmd|' /C calc'!A0 " + HOSTILE, "campaign-focus-traffic-safety")
    officer = Officer(client)
    page = await officer.login()
    assert say("officer-tips-title", "sv") in page.html  # the dashboard opens on the tip inbox
    page = await officer.get("/officer/results")
    assert say("officer-results-total", "sv", count=1) in page.html
    assert "<svg" in page.html and 'role="img"' in page.html
    page = await officer.get("/officer/answers?area=traffic-safety")
    assert HOSTILE not in page.html and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html
    page = await officer.get("/officer/answers?area=visible-police")
    assert say("officer-answers-none", "sv") in page.html
    response = await client.get("/officer/answers.csv?area=traffic-safety")
    assert response.status == 200 and response.content_type == "text/csv"
    rows = list(csv.DictReader(io.StringIO((await response.read()).decode("utf-8-sig"))))
    assert len(rows) == 1 and rows[0]["focus_area"] == "traffic-safety"
    assert rows[0]["text"].startswith("'=cmd")  # a formula is defused
    async with client.app[RUNTIME].services.sessionmaker() as session:
        actions = [e.action for e in (await session.exec(select(AuditEvent))).all()]
    assert {"login", "view-results", "view-answers", "export-answers"} <= set(actions)
    page = await officer.get("/officer/audit")
    assert say("audit-action-export-answers", "sv") in page.html and "anna" in page.html
    assert say("audit-detail-rows", "sv", count=1) in page.html and "export-answers" not in page.html


async def test_a_wrong_password_is_refused_and_repeated_tries_are_throttled_across_restarts(
    sqlite_url: str, tmp_path: Path
) -> None:
    settings = web_settings(sqlite_url, tmp_path / "data")
    async with TestClient(TestServer(create_app(settings))) as client:
        await add_officer(client)
        for _ in range(3):
            page = await Officer(client).login(password="wrong password", expect=401)
            assert say("officer-login-failed", "sv") in page.html
    async with TestClient(TestServer(create_app(settings))) as client:  # a restart
        for _ in range(2):
            await Officer(client).login(password="wrong password", expect=401)
        page = await Officer(client).login(expect=429)  # even the right password waits now
        assert say("officer-login-throttled", "sv") in page.html
        assert (await Officer(client).get("/officer/results")).status == 200  # still the login form
        assert "md_officer" not in {c.key for c in client.session.cookie_jar}


async def test_the_session_cookie_is_httponly_strict_and_logout_ends_it(client: TestClient) -> None:
    await add_officer(client)
    response = await client.get("/officer/login")
    form = Page(response.status, await response.text())
    response = await client.post(
        "/officer/login", data={"csrf": form.csrf, "name": "Anna", "password": PASSWORD}, allow_redirects=False
    )
    assert response.status == 303 and response.headers["Location"] == "/officer"
    cookie = response.headers.getall("Set-Cookie")
    session_cookie = next(c for c in cookie if c.startswith("md_officer="))
    assert "HttpOnly" in session_cookie and "SameSite=Strict" in session_cookie and "Path=/officer" in session_cookie
    page = await Officer(client).get("/officer/results")
    # Logging out needs the session's form token, too.
    assert (await client.post("/officer/logout", data={"csrf": "wrong"})).status == 403
    response = await client.post("/officer/logout", data={"csrf": page.csrf}, allow_redirects=False)
    assert response.status == 303
    response = await client.get("/officer/results", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"].startswith("/officer/login")


async def test_login_refuses_a_missing_form_token_and_another_site(client: TestClient) -> None:
    await add_officer(client)
    response = await client.post("/officer/login", data={"name": "anna", "password": PASSWORD})
    assert response.status == 403
    response = await client.get("/officer/login")
    form = Page(response.status, await response.text())
    response = await client.post(
        "/officer/login", data={"csrf": form.csrf, "name": "anna", "password": PASSWORD},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status == 403


async def test_login_never_redirects_to_another_site(client: TestClient) -> None:
    await add_officer(client)
    response = await client.get("/officer/login")
    form = Page(response.status, await response.text())
    response = await client.post(
        "/officer/login",
        data={"csrf": form.csrf, "name": "anna", "password": PASSWORD, "next": "//evil.example/x"},
        allow_redirects=False,
    )
    assert response.headers["Location"] == "/officer"


async def test_results_count_by_focus_area_language_and_follow_ups(client: TestClient) -> None:
    await add_officer(client)
    await answer_in_web_chat(WebResident(client), "sv", "Fler poliser i Ed på helgerna tack", "campaign-focus-visible-police")
    await answer_in_web_chat(
        WebResident(client, accept_language="uk"), "uk", "Більше патрулів біля школи вранці, будь ласка",
        "campaign-focus-traffic-safety",
    )
    officer = Officer(client)
    await officer.login()
    page = await officer.get("/officer/results?locale=uk")
    assert say("officer-results-total", "sv", count=1) in page.html
    page = await officer.get("/officer/results")
    assert say("officer-results-total", "sv", count=2) in page.html
    for chart_id in ("chart-area", "chart-locale", "chart-text-language", "chart-fu-age-group", "chart-fu-area",
                     "chart-time"):
        assert f'id="{chart_id}-caption"' in page.html
    page = await officer.get("/officer/results?area=none&from=2000-01-01&to=2000-01-02&fu-area=bogus")
    assert say("officer-results-total", "sv", count=0) in page.html


# --- tips in the web chat and the dashboard --------------------------------------------------------

_REFERENCE = re.compile(r"\b[A-Z]{2,4}-[A-Z0-9]{5}\b")


async def send_tip_in_web_chat(resident: WebResident, locale: str, text: str) -> str:
    """Consent, then send an anonymous tip through the same tip flow as on Telegram; return its reference."""
    page = await resident.start()
    if say("privacy-agree", locale) in page.labels:
        await resident.press(say("privacy-agree", locale))
    page = await resident.command("tip")
    assert page.said(say("tips-notice-intro", locale))
    await resident.press(say("tips-continue-button", locale))
    await resident.press(say("tips-topic-crime", locale))
    await resident.send(text)
    await resident.press(say("tips-skip-button", locale))      # no photos on the web
    await resident.press(say("tips-skip-button", locale))      # no place
    page = await resident.press(say("tips-anonymous-button", locale))
    assert page.said(say("tips-summary-question", locale))
    page = await resident.press(say("tips-send-button", locale))
    sent = next(text for sender, text in reversed(page.messages) if _REFERENCE.search(text))
    match = _REFERENCE.search(sent)
    assert match is not None
    return match.group(0)


async def wait_until(predicate: object, timeout: float = 10.0) -> None:
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await predicate():  # type: ignore[operator]
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def test_a_web_tipster_and_the_officer_talk_through_the_dashboard(client: TestClient) -> None:
    await add_officer(client)
    resident = WebResident(client)
    reference = await send_tip_in_web_chat(resident, "sv", "Någon kör moped på gångvägen vid skolan varje kväll")

    officer = Officer(client)
    page = await officer.login()
    assert reference in page.html and "Någon kör moped på gångvägen" in page.html
    page = await officer.get("/officer/tips?status=closed")
    assert reference not in page.html
    page = await officer.get(f"/officer/tips/{reference}")
    assert "Någon kör moped på gångvägen vid skolan varje kväll" in page.html
    assert say("officer-tip-anonymous", "sv") in page.html
    # The channel by its name, never its id.
    assert f"via {say('officer-channel-web', 'sv')}." in page.html and "via web." not in page.html
    response = await client.post(f"/officer/tips/{reference}/status", data={"csrf": page.csrf, "status": "taken"},
                                 allow_redirects=False)
    assert response.status == 303
    page = await officer.get(f"/officer/tips/{reference}")
    assert say("officer-tip-status-taken", "sv") in page.html
    response = await client.post(f"/officer/tips/{reference}/reply",
                                 data={"csrf": page.csrf, "text": "Tack! Vi åker förbi i kväll. Vilken tid brukar det vara?"})
    assert response.status == 200

    async def resident_has_answer() -> bool:
        return (await resident.open()).said("Vi åker förbi i kväll")

    await wait_until(resident_has_answer)
    page = resident.page
    assert page.said(say("tips-status-changed-taken", "sv", reference=reference))
    assert ("officer", say("tips-officer-wrote", "sv", reference=reference) + "\n\n"
            + "Tack! Vi åker förbi i kväll. Vilken tid brukar det vara?" + "\n\n" + say("tips-answer-hint", "sv")) in page.messages
    # The resident answers; the answer joins the tip's thread in the dashboard.
    await resident.press(say("tips-answer-button", "sv"))
    page = await resident.send("Oftast runt klockan nio")
    assert page.said(say("tips-answer-sent", "sv", reference=reference))
    page = await officer.get(f"/officer/tips/{reference}")
    assert "Oftast runt klockan nio" in page.html and say("officer-tip-from-tipster", "sv") in page.html
    assert say("officer-tip-from-officer", "sv", name="anna") in page.html
    async with client.app[RUNTIME].services.sessionmaker() as session:
        actions = [(e.action, e.target) for e in (await session.exec(select(AuditEvent))).all()]
    assert ("tip-status", reference) in actions and ("tip-reply", reference) in actions
    assert ("view-tip", reference) in actions


async def test_tip_pages_need_login_and_an_existing_reference(client: TestClient) -> None:
    await add_officer(client)
    resident = WebResident(client)
    reference = await send_tip_in_web_chat(resident, "sv", HOSTILE)
    for path in (f"/officer/tips/{reference}", "/officer/tips", f"/officer/tips/{reference}/photo/1"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"].startswith("/officer/login"), path
    assert (await client.post(f"/officer/tips/{reference}/status", data={"status": "closed"})).status == 403
    assert (await client.post(f"/officer/tips/{reference}/reply", data={"text": "x"})).status == 403
    officer = Officer(client)
    page = await officer.login()
    assert HOSTILE not in page.html and "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html
    page = await officer.get(f"/officer/tips/{reference}")
    assert HOSTILE not in page.html and "&lt;img src=x onerror=alert(2)&gt;" in page.html
    assert (await officer.get("/officer/tips/DE-AAAAA")).status == 404
    assert (await officer.get("/officer/tips/1")).status == 404
    # A form token from the page is needed to change anything, even when logged in.
    response = await client.post(f"/officer/tips/{reference}/status", data={"csrf": "wrong", "status": "closed"})
    assert response.status == 403


async def test_a_crafted_or_stale_button_never_breaks_the_chat(client: TestClient) -> None:
    resident = WebResident(client)
    await resident.open()
    for data in ("*:lang:en", "99:focus:traffic-safety", "*:menu:nothing", "x" * 65, "<script>"):
        page = await resident._post("/chat", data=data)
        assert page.status == 200
    page = await resident.start()
    assert page.said(say("privacy-consent-question", "sv")) or page.said(say("privacy-consent-question", "en"))


# --- a tip's photo and place in the web chat -------------------------------------------------------


def tiny_png() -> bytes:
    """A real 1×1 PNG, built here: signature, IHDR, IDAT, IEND."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xcc\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


async def upload(resident: WebResident, data: bytes, filename: str = "photo.png",
                 content_type: str = "image/png") -> Page:
    """Choose a file in the photo form and send it (multipart, as a browser without JavaScript does)."""
    import aiohttp

    assert 'type="file"' in resident.page.html and 'accept="image/jpeg,image/png,image/webp"' in resident.page.html
    form = aiohttp.FormData()
    form.add_field("csrf", resident.page.csrf)
    form.add_field("photo", data, filename=filename, content_type=content_type)
    return await resident._request("POST", "/chat/photo", data=form)


async def to_photo_step(resident: WebResident, locale: str, text: str) -> Page:
    page = await resident.start()
    if say("privacy-agree", locale) in page.labels:
        await resident.press(say("privacy-agree", locale))
    await resident.command("tip")
    await resident.press(say("tips-continue-button", locale))
    await resident.press(say("tips-topic-crime", locale))
    return await resident.send(text)


async def stored_uploads(client: TestClient) -> list[object]:
    from storage import uploads

    async with client.app[RUNTIME].services.sessionmaker() as session:
        return await uploads.all_of(session=session)


async def test_a_web_tipster_attaches_a_photo_and_describes_the_place_and_the_officer_sees_both(
    client: TestClient,
) -> None:
    await add_officer(client)
    resident = WebResident(client)
    page = await to_photo_step(resident, "sv", "Någon har sprejat klotter på busskuren")
    assert page.said(say("tips-photos-question-form", "sv", limit=5)) and "📎" not in page.messages[-1][1]
    assert '<label for="photo">' in page.html and 'enctype="multipart/form-data"' in page.html
    png = tiny_png()
    page = await upload(resident, png, filename="../../etc/passwd.png")
    assert page.status == 200
    assert page.said(say("tips-photo-added-form", "sv", count=1, limit=5))
    page = await resident.press(say("tips-photos-done-button", "sv", count=1))
    assert page.said(say("tips-location-question-form", "sv", limit=200)) and "📎" not in page.messages[-1][1]
    assert 'id="location-form"' in page.html and 'type="file"' not in page.html
    place = "Busskuren vid Ed-skolan <b>norra</b>"
    page = await resident.send(place)
    assert page.said(say("tips-place-added", "sv"))
    page = await resident.press(say("tips-anonymous-button", "sv"))
    assert page.said(say("tips-summary-place", "sv", place=Resident(place)))
    page = await resident.press(say("tips-send-button", "sv"))
    reference = _REFERENCE.search(next(t for _, t in reversed(page.messages) if _REFERENCE.search(t))).group(0)  # type: ignore[union-attr]
    [stored] = await stored_uploads(client)
    assert stored.tip_id is not None and stored.resident_key is None  # type: ignore[attr-defined]

    # Not for anyone but a logged-in officer, and never by a guessable address.
    response = await client.get(f"/officer/tips/{reference}/photo/1", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"].startswith("/officer/login")
    officer = Officer(client)
    await officer.login()
    page = await officer.get(f"/officer/tips/{reference}")
    assert f'src="/officer/tips/{reference}/photo/1"' in page.html
    assert "Busskuren vid Ed-skolan &lt;b&gt;norra&lt;/b&gt;" in page.html and "<b>norra" not in page.html
    assert say("officer-tip-no-photo-access", "sv") not in page.html
    response = await client.get(f"/officer/tips/{reference}/photo/1")
    # The picture as stored: decoded and encoded anew (tests/test_web_privacy.py checks what is dropped).
    assert response.status == 200 and await response.read() == stored.data  # type: ignore[attr-defined]
    assert response.content_type == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Disposition"] == "inline"
    assert "sandbox" in response.headers["Content-Security-Policy"]
    assert response.headers["Cache-Control"] == "no-store"
    assert (await client.get(f"/officer/tips/{reference}/photo/2")).status == 404
    # The place is exported with the tip.
    from bot.dashboard.export import COLUMNS, tip_records

    records = [record async for record in tip_records(client.app[RUNTIME], "json")]
    assert "place_text" in COLUMNS and records[-1]["place_text"] == place and records[-1]["photos"] == 1


async def test_a_file_that_is_not_an_image_is_refused_in_the_residents_language(client: TestClient) -> None:
    resident = WebResident(client, accept_language="en-GB,en;q=0.9")
    await to_photo_step(resident, "en", "Graffiti on the bus shelter")
    page = await upload(resident, b"%PDF-1.7 not a picture at all" + b"\x00" * 100, filename="photo.png")
    assert page.said(say("tips-photo-not-an-image", "en"))
    # Asked again, with the buttons of the step still there.
    assert say("tips-skip-button", "en") in page.labels
    page = await upload(resident, b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
                        filename="x.jpg", content_type="image/jpeg")
    assert page.said(say("tips-photo-not-an-image", "en"))
    assert await stored_uploads(client) == []


async def test_an_oversized_photo_is_refused(sqlite_url: str, tmp_path: Path) -> None:
    settings = web_settings(sqlite_url, tmp_path / "data", web_photo_max_bytes=2048)
    async with TestClient(TestServer(create_app(settings))) as client:
        resident = WebResident(client)
        await to_photo_step(resident, "sv", "Klotter på busskuren")
        page = await upload(resident, tiny_png() + b"\x00" * 3000)
        assert page.said(say("tips-photo-too-large", "sv", limit=1))
        # Far over the limit: refused before it is read at all.
        response = await upload(resident, tiny_png() + b"\x00" * 200_000)
        assert response.status == 413
        assert await stored_uploads(client) == []


async def test_a_shared_place_from_the_browser_and_unsent_photos_are_deleted(client: TestClient) -> None:
    from datetime import timedelta

    from bot.server.app import sweep
    from storage.models import Tip, TipUpload, utcnow

    resident = WebResident(client)
    await to_photo_step(resident, "sv", "Klotter på busskuren")
    await upload(resident, tiny_png())
    assert len(await stored_uploads(client)) == 1
    page = await resident.press(say("tips-photos-done-button", "sv", count=1))
    page = await resident._post("/chat", latitude="58.9123", longitude="11.9345")
    assert page.said(say("tips-location-added", "sv"))
    await resident._post("/chat", latitude="nan", longitude="1")  # not a place: ignored
    # /forget takes the photos of a tip never sent with the rest.
    await resident.command("forget")
    await resident.press(say("forget-yes", "sv"))
    assert await stored_uploads(client) == []
    # A photo left behind in an unsent tip is swept after a day.
    other = WebResident(client)
    await to_photo_step(other, "sv", "Klotter igen")
    await upload(other, tiny_png())
    async with client.app[RUNTIME].services.sessionmaker.begin() as session:
        for row in (await session.exec(select(TipUpload))).all():
            row.created_at = utcnow() - timedelta(hours=25)
    await sweep(client.app)
    assert await stored_uploads(client) == []
    async with client.app[RUNTIME].services.sessionmaker() as session:
        assert (await session.exec(select(Tip))).all() == []


async def test_the_web_chat_offers_dari_to_a_resident_who_writes_dari_at_the_consent_step(client: TestClient) -> None:
    """Issue 10: the switch is offered wherever a resident writes, on every channel."""
    from tests.test_textlang import DARI_PLEASE

    resident = WebResident(client, accept_language="en-GB,en;q=0.8")
    page = await resident.start()
    assert page.said(say("privacy-consent-question", "en"))
    page = await resident.send(DARI_PLEASE)
    assert say("language-switch-no", "en") in page.labels
    page = await resident.press(say("language-switch-yes", "fa"))
    assert page.said(say("privacy-consent-question", "fa"))
    assert '<html lang="fa-AF" dir="rtl">' in page.html
