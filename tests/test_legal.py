"""The pages the law asks for: the accessibility statement and the privacy notice.

A resident reaches them from every page's footer and from /privacy and /help in the chats; they
are in every language of the campaign, right to left in Arabic and Dari, need no JavaScript, and
say what the running server really keeps (its retention settings) and who is responsible (the
campaign file).
"""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.i18n import bcp47
from bot.settings import BUNDLED_CAMPAIGN, Settings
from handlers.campaign import LOCALE_CODES, load_campaign
from tests.conftest import BotHarness
from tests.fakebotapi import FakeUser
from tests.test_dialogue import say
from tests.test_web import WebResident, web_settings

RTL = {"ar", "fa"}


@pytest.fixture
async def legal_client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    settings = web_settings(sqlite_url, tmp_path / "data", tip_retention_days=45, web_transcript_days=30,
                            inbox_retention_hours=36,
                            public_base_url="https://dialog.example.se/")
    async with TestClient(TestServer(create_app(settings))) as client:
        yield client


def _text(page: str) -> str:
    """The page's text as a reader sees it: no tags, entities decoded, bidi isolates dropped."""
    body = re.sub(r"<[^>]+>", " ", page.split("<main", 1)[1].split("</main>", 1)[0])
    return re.sub(r"\s+", " ", html.unescape(body).replace("\u2068", "").replace("\u2069", ""))


@pytest.mark.parametrize("locale", LOCALE_CODES)
async def test_the_accessibility_statement_is_there_in_every_language(legal_client: TestClient, locale: str) -> None:
    response = await legal_client.get(f"/accessibility?lang={locale}")
    assert response.status == 200
    page = await response.text()
    assert f'<html lang="{bcp47(locale)}" dir="{"rtl" if locale in RTL else "ltr"}">' in page   # Dari: fa-AF
    text = _text(page)
    for key in ("a11y-title", "a11y-status", "a11y-gap-translations", "a11y-gap-ethiopic", "a11y-supervision-heading"):
        assert say(key, locale).replace("\u2068", "").replace("\u2069", "") in text, key
    # The supervisory authority and its form, the municipality's own details, the date.
    assert "DIGG" in text and "digg.se/tdosanmalan" in text
    assert "Dals-Eds kommun" in text and "2026-12-01" in text
    assert "EN 301 549" in text and "WCAG 2.1" in text


@pytest.mark.parametrize("locale", LOCALE_CODES)
async def test_the_privacy_notice_says_who_why_how_long_and_the_residents_rights(
    legal_client: TestClient, locale: str
) -> None:
    response = await legal_client.get(f"/privacy?lang={locale}")
    assert response.status == 200
    page = await response.text()
    assert f'dir="{"rtl" if locale in RTL else "ltr"}"' in page.split(">", 2)[1]
    text = _text(page)
    # The real retention settings of this server (45 and 30 days, not the defaults of 90).
    tips = re.search(r'id="retention-tips">(.*?)</li>', page, re.S)
    web = re.search(r'id="retention-web">(.*?)</li>', page, re.S)
    assert tips and "45" in tips.group(1) and "90" not in tips.group(1)
    assert web and "30" in web.group(1) and "90" not in web.group(1)
    inbox = re.search(r'id="retention-inbox">(.*?)</li>', page, re.S)
    assert inbox and "36" in inbox.group(1) and "48" not in inbox.group(1)
    # Controllers and DPOs from the campaign file, the legal basis it names, the authority to complain to.
    assert "Polismyndigheten" in text and "Dals-Eds kommun" in text
    campaign = load_campaign(BUNDLED_CAMPAIGN)
    assert campaign.controller is not None and campaign.controller.municipality_dpo in text
    assert say("legal-basis-public-task", locale).replace("\u2068", "").replace("\u2069", "") in text
    assert "IMY" in text and "imy.se" in text
    assert "/mydata" in text and "/forget" in text and "114 14" in text
    # Following: what is followed and the way back, until /unfollow or /forget; on WhatsApp the way
    # back to a tipster and the message waiting in the inbox carry the number.
    follow = re.search(r'id="stored-follow">(.*?)</li>', page, re.S)
    assert follow and "/unfollow" in follow.group(1) and "WhatsApp" in follow.group(1)
    assert "WhatsApp" in tips.group(1) and "WhatsApp" in inbox.group(1)
    # A server without Telegram or WhatsApp names neither as a recipient, nor WhatsApp's window.
    for absent in ("recipient-telegram", "recipient-whatsapp", "recipient-officer-chat", "stored-whatsapp"):
        assert f'id="{absent}"' not in page, absent


async def test_the_swedish_address_serves_the_statement_and_the_browser_language_is_used(
    legal_client: TestClient,
) -> None:
    response = await legal_client.get("/tillganglighet", headers={"Accept-Language": "uk-UA,uk;q=0.9"})
    assert response.status == 200
    page = await response.text()
    assert '<html lang="uk"' in page and say("a11y-title", "uk") in page
    # Each language is a plain link (no form, no script): the statement in Somali.
    assert 'href="/accessibility?lang=so"' in page


async def test_the_legal_pages_need_no_script_and_carry_the_strict_policy(legal_client: TestClient) -> None:
    for path in ("/privacy", "/accessibility"):
        response = await legal_client.get(path)
        page = await response.text()
        assert "<script" not in page and "style=" not in page and "<style" not in page
        assert "script-src 'self'" in response.headers["Content-Security-Policy"]
        assert "set-cookie" not in {name.lower() for name in response.headers}


async def test_every_resident_page_links_both_pages_in_its_footer(legal_client: TestClient) -> None:
    resident = WebResident(legal_client, "ar")
    pages = {"chat": (await resident.open()).html}
    pages["not found"] = await (await legal_client.get("/no-such-page", headers={"Accept-Language": "ar"})).text()
    pages["privacy"] = await (await legal_client.get("/privacy?lang=ar")).text()
    pages["accessibility"] = await (await legal_client.get("/accessibility?lang=ar")).text()
    for name, page in pages.items():
        footer = page.split("<footer", 1)[1]
        assert 'href="/privacy?lang=ar"' in footer and 'href="/accessibility?lang=ar"' in footer, name
        assert say("legal-link-accessibility", "ar") in footer, name


async def test_help_and_privacy_in_the_web_chat_give_the_public_addresses(legal_client: TestClient) -> None:
    resident = WebResident(legal_client, "en-GB,en;q=0.9")
    await resident.start()
    await resident.press(say("privacy-agree", "en"))
    for command in ("/help", "/privacy"):
        page = await resident.send(command)
        last = page.messages[-1][1]
        assert "https://dialog.example.se/privacy?lang=en" in last, command
        assert "https://dialog.example.se/accessibility?lang=en" in last, command


async def test_help_and_privacy_on_telegram_link_the_pages_in_the_residents_language(
    bot: BotHarness, person: Callable[..., FakeUser]
) -> None:
    # No PUBLIC_BASE_URL: the address the web server listens on (HTTP_HOST:HTTP_PORT).
    resident = person(language_code="fa")
    [help_reply] = await resident.send("/help")
    assert "http://127.0.0.1:8080/privacy?lang=fa" in help_reply.text
    assert "http://127.0.0.1:8080/accessibility?lang=fa" in help_reply.text
    await resident.send("/start")
    await resident.press(say("privacy-agree", "fa"))
    replies = await resident.send("/privacy")
    assert "http://127.0.0.1:8080/privacy?lang=fa" in replies[-1].text


def test_the_public_address_falls_back_to_the_server_and_must_be_absolute() -> None:
    assert Settings(_env_file=None).effective_public_base_url == "http://127.0.0.1:8080"  # type: ignore[call-arg]
    assert Settings(_env_file=None, http_host="0.0.0.0", http_port=9000).effective_public_base_url == (  # type: ignore[call-arg]
        "http://127.0.0.1:9000")
    with pytest.raises(ValueError, match="PUBLIC_BASE_URL"):
        Settings(_env_file=None, public_base_url="dialog.example.se")  # type: ignore[call-arg]


def test_the_bundled_campaign_marks_what_the_municipality_must_fill_in(tmp_path: Path) -> None:
    campaign = load_campaign(BUNDLED_CAMPAIGN)
    assert campaign.municipality_details is not None and campaign.municipality_details.name == "Dals-Eds kommun"
    assert set(campaign.placeholders()) == {"municipality_details.email", "municipality_details.phone",
                                            "controller.municipality_dpo", "controller.police_dpo"}
    filled = BUNDLED_CAMPAIGN.read_text(encoding="utf-8")
    filled = re.sub(r'"FILL-IN[^"]*"', '"dataskydd@example.se"', filled)
    path = tmp_path / "filled.toml"
    path.write_text(filled, encoding="utf-8")
    assert load_campaign(path).placeholders() == []
