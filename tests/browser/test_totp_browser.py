"""The officer's second factor in a real browser: enrolment, recovery codes and the code page,
typed as an officer types them, with axe over each page (Swedish, and Arabic right to left)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pyotp
import pytest
from aiohttp import web

from bot.app import create_app
from bot.dashboard import totp
from tests.browser.conftest import Live, axe_violations, screenshot
from tests.test_dialogue import say
from tests.test_totp import wrong_code
from tests.test_web import PASSWORD, web_settings

try:
    from playwright.async_api import expect
except ImportError:  # the fixtures skip these tests then
    expect = None  # type: ignore[assignment]


@pytest.fixture
async def live(sqlite_url: str, tmp_path: Path) -> AsyncIterator[Live]:
    """The product's app with the second factor required, as it is by default."""
    app = create_app(web_settings(sqlite_url, tmp_path / "data", officer_totp_required=True))
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001
    try:
        yield Live(f"http://127.0.0.1:{port}", app)
    finally:
        await runner.cleanup()


async def log_in_with_password(page: Any, live: Live, locale: str) -> None:
    await page.goto(live.url + "/officer/results")
    await page.get_by_label(say("officer-login-name", locale)).fill("anna")
    await page.get_by_label(say("officer-login-password", locale)).fill(PASSWORD)
    await page.get_by_role("button", name=say("officer-login-submit", locale)).click()


@pytest.mark.parametrize("locale", ["sv", "ar"])
async def test_an_officer_enrols_by_qr_code_and_logs_in_with_a_code_and_axe_finds_nothing(
    live: Live, new_page: Any, axe_script: Path, locale: str
) -> None:
    await live.add_officer()
    page = await new_page(locale=locale, bypass_csp=True)  # axe is injected as an inline script
    await log_in_with_password(page, live, locale)
    await expect(page.locator("h1")).to_have_text(say("officer-enrol-title", locale))
    assert await page.locator("html").get_attribute("dir") == ("rtl" if locale == "ar" else "ltr")
    qr = page.get_by_role("img", name=say("officer-enrol-qr", locale))
    await expect(qr).to_be_visible()
    found = {"enrol": await axe_violations(page, axe_script)}
    await screenshot(page, f"officer-enrol-{locale}")
    secret = (await page.locator(".totp-secret").inner_text()).replace(" ", "")

    field = page.get_by_label(say("officer-totp-code", locale), exact=True)
    assert await field.get_attribute("autocomplete") == "one-time-code"
    assert await field.get_attribute("inputmode") == "numeric"
    step = totp.current_step()
    await field.fill(pyotp.TOTP(secret).generate_otp(step))
    await page.get_by_role("button", name=say("officer-enrol-submit", locale)).click()
    await expect(page.locator("h1")).to_have_text(say("officer-recovery-title", locale))
    assert await page.locator(".recovery-codes li").count() == 10
    found["recovery-codes"] = await axe_violations(page, axe_script)
    await screenshot(page, f"officer-recovery-codes-{locale}")
    await page.get_by_role("link", name=say("officer-recovery-continue", locale)).click()
    await expect(page.locator("h1")).to_have_text(say("officer-results-title", locale))

    await page.get_by_role("button", name=say("officer-logout", locale)).click()
    await log_in_with_password(page, live, locale)
    await expect(page.locator("h1").first).to_have_text(say("officer-totp-title", locale))
    found["code"] = await axe_violations(page, axe_script)
    await page.get_by_label(say("officer-totp-code", locale), exact=True).fill(wrong_code(secret, step))
    await page.get_by_role("button", name=say("officer-totp-submit", locale), exact=True).click()
    await expect(page.get_by_role("alert")).to_have_text(say("officer-totp-failed", locale))
    found["code-wrong"] = await axe_violations(page, axe_script)
    await screenshot(page, f"officer-code-{locale}")
    await page.get_by_label(say("officer-totp-code", locale), exact=True).fill(
        pyotp.TOTP(secret).generate_otp(step + 1))
    await page.get_by_role("button", name=say("officer-totp-submit", locale), exact=True).click()
    await expect(page.locator("h1")).to_have_text(say("officer-results-title", locale))
    assert {name: v for name, v in found.items() if v} == {}
