"""The audit log in the officer's language: stored as codes (`export-answers`, `11 rows; …`), shown
translated from locales/<lang>/officer-audit.ftl, counts with their plural, in all seven languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.dashboard import audit_view
from bot.i18n import LOCALES_DIR
from bot.server.keys import RUNTIME
from handlers.campaign import LOCALE_CODES
from storage import officers
from tests.test_dialogue import say
from tests.test_web import Officer, add_officer, web_settings

ROOT = Path(__file__).resolve().parents[1]
# The details as the dashboard and the command line store them.
STORED = [
    ("export-answers", "11 rows; area=traffic-safety&lang=sv"),
    ("update-send", "4 followers"),
    ("login", "10.0.0.7 (recovery code)"),
    ("login", "10.0.0.7 (enrolled)"),
    ("login", "10.0.0.7 (totp)"),
    ("tip-status", "closed (done)"),
    ("tip-reply", "unreachable"),
    ("view-photo", "2"),
]
ENGLISH = re.compile(r"\b(rows?|followers?|recovery code|enrolled|totp|closed|done|unreachable)\b")


def _t(locale: str) -> audit_view.Translate:
    return lambda key, /, **params: say(key, locale, **params)


def test_every_action_the_code_writes_has_words() -> None:
    written = set()
    for path in [*(ROOT / "bot").rglob("*.py")]:
        for match in re.finditer(r"\baudit\((?:[^,()]+), \"([a-z-]+)\"", path.read_text(encoding="utf-8")):
            written.add(match.group(1))
        for match in re.finditer(r"\"(publish-quote)\" if publish else \"(unpublish-quote)\"", path.read_text()):
            written.update(match.groups())
    assert written and written <= audit_view.ACTIONS, written - audit_view.ACTIONS
    assert {"view-tips", "login-password", "update-send", "export-answers", "totp-enrolled"} <= written


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_codes_and_details_are_shown_in_each_language(locale: str) -> None:
    t = _t(locale)
    catalog = "".join(p.read_text(encoding="utf-8") for p in (LOCALES_DIR / locale).glob("*.ftl"))
    for action in audit_view.ACTIONS:
        assert f"audit-action-{action} =" in catalog, action
        shown = audit_view.action_text(action, t)
        assert shown and shown != action and "audit-" not in shown
    for action, detail in STORED:
        shown = audit_view.detail_text(action, detail, t)
        assert "audit-" not in shown and "officer-" not in shown, (action, shown)
        if locale != "en":
            assert not ENGLISH.search(shown), (action, shown)
    assert audit_view.officer_text("(command line)", t) == say("audit-command-line", locale)
    assert "answer" not in audit_view.target_text("publish-quote", "answer 12", t) or locale == "en"
    # The address and the filter stay as they were; the count is in it.
    assert "10.0.0.7" in audit_view.detail_text("login", "10.0.0.7 (totp)", t)
    export = audit_view.detail_text("export-answers", "11 rows; area=traffic-safety&lang=sv", t)
    assert "11" in export and "area=traffic-safety, lang=sv" in export
    assert "4" in audit_view.detail_text("update-send", "4 followers", t)


def test_what_is_not_known_is_shown_as_stored() -> None:
    t = _t("sv")
    assert audit_view.action_text("something-new", t) == "something-new"
    assert audit_view.detail_text("login", "10.0.0.7 (by magic)", t) == "10.0.0.7 (by magic)"
    assert audit_view.detail_text("export-answers", "many rows", t) == "many rows"
    assert audit_view.detail_text("tip-status", "lost (done)", t) == "lost (done)"


async def test_the_audit_page_shows_the_log_in_the_officers_language(sqlite_url: str, tmp_path: Path) -> None:
    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        await _audit_page_in_ukrainian(client)


async def _audit_page_in_ukrainian(client: TestClient) -> None:
    await add_officer(client)
    officer = Officer(client)
    await officer.login()
    await client.get("/officer/answers.csv")
    async with client.app[RUNTIME].services.sessionmaker.begin() as session:
        await officers.audit(None, "officer-added", session=session, target="bo", officer_name="(command line)")
        anna = await officers.by_name("anna", session=session)
        await officers.audit(anna, "update-send", session=session, target="traffic-safety", detail="4 followers")
    client.session.cookie_jar.update_cookies({"md_officer_lang": "uk"})
    page = await officer.get("/officer/audit")
    assert page.status == 200
    for code in ("export-answers", "update-send", "officer-added", "view-audit", "(command line)", "followers",
                 " rows"):
        assert code not in page.html, code
    assert say("audit-action-export-answers", "uk") in page.html
    assert say("audit-detail-rows", "uk", count=0) in page.html
    assert say("audit-detail-followers", "uk", count=4) in page.html
    assert say("audit-action-officer-added", "uk") in page.html and say("audit-command-line", "uk") in page.html
    async with client.app[RUNTIME].services.sessionmaker() as session:
        stored = {e.action: e.detail for e in await officers.audit_events(session=session)}
    assert stored["update-send"] == "4 followers" and stored["export-answers"].startswith("0 rows")
