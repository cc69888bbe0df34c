"""The public results page and the officers' themes page in a real browser: axe-core, the keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.server.keys import RUNTIME
from tests.browser.conftest import Live, axe_violations, screenshot
from tests.browser.test_browser import officer_login
from tests.test_dialogue import say
from tests.test_results_page import TRAFFIC, seed

try:
    from playwright.async_api import expect
except ImportError:  # the fixtures skip these tests then
    expect = None  # type: ignore[assignment]


class _Client:
    """What `seed` needs of a test client: the app."""

    def __init__(self, live: Live) -> None:
        self.app = live.app


async def _answers(live: Live) -> None:
    rows = ([(9, "sv", "sv", "traffic-safety")] * 9 + [(9, "ar", "ar", "visible-police")] * 3
            + [(2, "so", "so", "migration-integration")] * 6)
    await seed(_Client(live), rows, text="Fler lampor i parken")  # type: ignore[arg-type]
    runtime = live.app[RUNTIME]
    from storage import answers as answer_store
    from storage import published
    from storage.models import Answer

    async with runtime.services.sessionmaker.begin() as session:
        for n, (language, text) in enumerate(TRAFFIC):
            answer = await answer_store.add(Answer(campaign_id=runtime.campaign.id, channel="web", text=text,
                                                   text_language=language, locale=language,
                                                   focus_area="traffic-safety", resident_key=f"b{n}"),
                                            session=session)
            if n in (0, 2):   # a Swedish and a Dari answer published as quotes
                assert answer.id is not None
                await published.set_quote(answer.id, runtime.campaign.id, True, session=session)


async def test_axe_finds_nothing_on_the_results_page_in_three_languages_nor_on_the_themes_page(
    live: Live, new_page: Any, axe_script: Path
) -> None:
    await _answers(live)
    await live.add_officer()
    found = {}
    for locale in ("sv", "ar", "so"):
        page = await new_page(locale=locale, bypass_csp=True)  # axe is injected as an inline script
        await page.goto(f"{live.url}/results?lang={locale}")
        await expect(page.locator("#results-total")).to_be_visible()
        for summary in await page.locator("summary").all():   # the tables too
            await summary.click()
        found[f"/results ({locale})"] = await axe_violations(page, axe_script)
        await screenshot(page, f"results-{locale}")
    officer = await new_page(bypass_csp=True)
    await officer_login(officer, live)
    await officer.goto(live.url + "/officer/answers")
    found["/officer/answers"] = await axe_violations(officer, axe_script)
    await officer.goto(live.url + "/officer/themes?area=traffic-safety")
    for _ in range(300):
        if await officer.locator("#themes-working").count() == 0:
            break
        await officer.reload()
    for summary in await officer.locator("summary").all():
        await summary.click()
    found["/officer/themes"] = await axe_violations(officer, axe_script)
    await screenshot(officer, "officer-themes")
    assert {name: v for name, v in found.items() if v} == {}


async def test_the_results_page_is_reached_from_the_web_chat_and_its_tables_by_keyboard(
    live: Live, new_page: Any
) -> None:
    await _answers(live)
    page = await new_page(locale="fa")
    await page.goto(live.url + "/")
    link = page.get_by_role("link", name=say("results-link", "fa"))
    await link.focus()
    await page.keyboard.press("Enter")
    await page.wait_for_url("**/results?lang=fa")
    assert await page.get_attribute("html", "dir") == "rtl"
    await page.get_by_role("heading", level=1, name=say("results-title", "fa")).wait_for()
    summary = page.locator("#results-area-caption ~ details > summary")
    await summary.focus()
    await page.keyboard.press("Enter")
    await expect(page.locator("#results-area-caption ~ details table")).to_be_visible()
