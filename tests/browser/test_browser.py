"""The web chat and the dashboard in a real browser (Debian's Chromium, headless, via Playwright)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from tests.browser.conftest import Live, axe_violations, screenshot
from tests.test_dialogue import say
from tests.test_web import HOSTILE, PASSWORD

try:
    from playwright.async_api import expect
except ImportError:  # the fixtures skip these tests then
    expect = None  # type: ignore[assignment]


async def press(page: Any, label: str) -> None:
    await page.get_by_role("button", name=label, exact=True).last.click()


async def send(page: Any, text: str) -> None:
    await page.get_by_label(say("web-message-label", page.locale_code)).fill(text)
    await page.get_by_role("button", name=say("web-send", page.locale_code), exact=True).click()


async def said(page: Any, text: str) -> None:
    await expect(page.locator("#transcript")).to_contain_text(text, timeout=10_000)


async def open_chat(page: Any, live: Live, locale: str) -> None:
    page.locale_code = locale
    await page.goto(live.url + "/")
    await expect(page.locator("html")).to_have_attribute("lang", locale)
    await press(page, say("web-start", locale))
    await said(page, say("privacy-consent-question", locale))


async def answer_the_question(page: Any, locale: str, text: str, area_key: str) -> None:
    await press(page, say("privacy-agree", locale))
    await said(page, say("campaign-question", locale))
    await send(page, text)
    await said(page, say("dialogue-answer-saved", locale))
    await press(page, say(area_key, locale))
    await said(page, say("campaign-fq-relation", locale))
    await press(page, say("campaign-fq-relation-lives", locale))
    await said(page, say("campaign-fq-age-group", locale))
    await press(page, say("dialogue-follow-up-skip", locale))
    await said(page, say("campaign-fq-area", locale))
    await press(page, say("campaign-fq-area-ed", locale))
    await said(page, say("dialogue-thanks", locale, municipality="Dals-Ed"))


async def officer_login(page: Any, live: Live) -> None:
    page.locale_code = "sv"
    await page.goto(live.url + "/officer")
    assert "/officer/login" in page.url
    await page.get_by_label(say("officer-login-name", "sv")).fill("anna")
    await page.get_by_label(say("officer-login-password", "sv")).fill(PASSWORD)
    await page.get_by_role("button", name=say("officer-login-submit", "sv")).click()
    await expect(page.locator("h1")).to_have_text(say("officer-tips-title", "sv"))


async def then_said(page: Any, action: Any, text: str) -> None:
    """Do `action` and wait for one more bot message containing `text` than before it.

    An action taken while the transcript is being replaced would be lost with it, and a
    text the bot said earlier in the chat proves nothing about this step.
    """
    messages = page.locator("#transcript .message-bot").filter(has_text=text)
    before = await messages.count()
    await action
    await expect(messages).to_have_count(before + 1, timeout=10_000)


async def start_a_crime_tip(page: Any, locale: str = "sv") -> None:
    """From the chat's menu to the tip's text question, each step waiting for the bot's answer."""
    tip_button = page.get_by_role("button", name=say("command-tip", locale), exact=True)
    await then_said(page, tip_button.click(), say("tips-notice-intro", locale))
    await then_said(page, press(page, say("tips-continue-button", locale)), say("tips-topic-question", locale))
    await then_said(page, press(page, say("tips-topic-crime", locale)), say("tips-text-question", locale, limit=3000))


async def send_tip(page: Any, locale: str, text: str) -> str:
    """Send an anonymous tip from the chat's menu (after consent); return its reference."""
    await start_a_crime_tip(page, locale)
    await send(page, text)
    await said(page, say("tips-photos-question-form", locale, limit=5))
    await press(page, say("tips-skip-button", locale))
    await said(page, say("tips-location-question-form", locale, limit=200))
    await press(page, say("tips-skip-button", locale))
    await said(page, say("tips-contact-question", locale))
    await press(page, say("tips-anonymous-button", locale))
    await said(page, say("tips-summary-question", locale))
    await press(page, say("tips-send-button", locale))
    await said(page, say("tips-mytips-hint", locale))
    sent = await page.locator("#transcript .message-bot .bubble").filter(has_text=re.compile(r"[A-Z]{2}-[A-Z0-9]{5}")).last.inner_text()
    match = re.search(r"[A-Z]{2}-[A-Z0-9]{5}", sent)
    assert match is not None
    return match.group(0)


async def test_resident_answers_in_swedish_and_the_officer_finds_it_in_results_answers_and_csv(
    live: Live, new_page: Any
) -> None:
    await live.add_officer()
    resident = await new_page(locale="sv-SE")
    await open_chat(resident, live, "sv")
    await screenshot(resident, "chat-sv-consent")
    await answer_the_question(resident, "sv", "Fler vuxna ute på kvällarna vid stationen", "campaign-focus-traffic-safety")
    await screenshot(resident, "chat-sv-thanks")
    # A reload keeps the conversation.
    await resident.reload()
    await said(resident, "Fler vuxna ute på kvällarna vid stationen")
    reference = await send_tip(resident, "sv", "Mopeder kör fort på gångvägen vid Ed-skolan varje kväll")
    await screenshot(resident, "chat-sv-tip-sent")

    officer = await new_page()
    await officer_login(officer, live)
    await expect(officer.locator("#tips")).to_contain_text(reference)
    await screenshot(officer, "officer-tips")
    await officer.get_by_role("link", name=reference).click()
    await expect(officer.locator("#tip-text")).to_have_text("Mopeder kör fort på gångvägen vid Ed-skolan varje kväll")
    await officer.get_by_label(say("officer-tip-set-status", "sv")).select_option("taken")
    await officer.get_by_role("button", name=say("officer-tip-status-save", "sv")).click()
    await expect(officer.locator("#tip-status")).to_have_text(say("officer-tip-status-taken", "sv"))
    await officer.get_by_label(say("officer-tip-reply", "sv")).fill("Tack! Vi åker förbi i kväll vid niotiden.")
    await officer.get_by_role("button", name=say("officer-tip-reply-send", "sv")).click()
    await expect(officer.locator(".notice")).to_have_text(say("officer-tip-replied", "sv"))
    await expect(officer.locator(".thread")).to_contain_text("Tack! Vi åker förbi i kväll vid niotiden.")
    await screenshot(officer, "officer-tip")

    # The resident comes back later and reads the answer (delivered through the outbox).
    for _ in range(50):
        await resident.reload()
        if await resident.locator(".message-officer").count() >= 2:
            break
        await resident.wait_for_timeout(100)
    await expect(resident.locator(".message-officer").last).to_contain_text("Tack! Vi åker förbi i kväll vid niotiden.")
    await expect(resident.locator("#transcript")).to_contain_text(
        say("tips-status-changed-taken", "sv", reference=reference))
    await screenshot(resident, "chat-sv-officer-answer")
    await press(resident, say("tips-answer-button", "sv"))
    await said(resident, say("tips-answer-question", "sv", reference=reference, limit=3000))
    await send(resident, "Tack, oftast strax efter nio.")
    await said(resident, say("tips-answer-sent", "sv", reference=reference))
    await officer.reload()
    await expect(officer.locator(".thread")).to_contain_text("Tack, oftast strax efter nio.")

    await officer.get_by_role("link", name=say("officer-nav-results", "sv"), exact=True).click()
    await expect(officer.locator("#total")).to_have_text(say("officer-results-total", "sv", count=1))
    area_chart = officer.locator("#chart-area-title")
    await expect(area_chart).to_contain_text(f"{say('campaign-focus-traffic-safety', 'sv')} 1")
    await screenshot(officer, "officer-results")
    await officer.get_by_role("link", name=say("officer-nav-answers", "sv"), exact=True).click()
    await expect(officer.locator("table")).to_contain_text("Fler vuxna ute på kvällarna vid stationen")
    await expect(officer.locator("table")).to_contain_text(say("campaign-focus-traffic-safety", "sv"))
    await screenshot(officer, "officer-answers")
    async with officer.expect_download() as info:
        await officer.get_by_role("link", name=say("officer-download-csv", "sv")).click()
    download = await info.value
    rows = list(csv.DictReader(io.StringIO(Path(await download.path()).read_text(encoding="utf-8-sig"))))
    assert [(r["text"], r["focus_area"], r["channel"]) for r in rows] == [
        ("Fler vuxna ute på kvällarna vid stationen", "traffic-safety", "web")
    ]
    await officer.get_by_role("link", name=say("officer-nav-audit", "sv"), exact=True).click()
    await expect(officer.locator("table")).to_contain_text(say("audit-action-export-answers", "sv"))
    await screenshot(officer, "officer-audit")


async def test_a_web_tipster_attaches_a_photo_and_a_place_and_the_officer_sees_both(
    live: Live, new_page: Any, tmp_path: Path
) -> None:
    from tests.test_web import tiny_png

    await live.add_officer()
    resident = await new_page(locale="sv-SE")
    await resident.context.grant_permissions(["geolocation"], origin=live.url)
    await resident.context.set_geolocation({"latitude": 58.9123, "longitude": 11.9345})
    await open_chat(resident, live, "sv")
    await press(resident, say("privacy-agree", "sv"))
    await said(resident, say("campaign-question", "sv"))
    await start_a_crime_tip(resident)
    await send(resident, "Klotter på busskuren vid torget")
    await said(resident, say("tips-photos-question-form", "sv", limit=5))
    photo = tmp_path / "busskuren.png"
    photo.write_bytes(tiny_png())
    await resident.get_by_label(say("web-photo-label", "sv", limit=5)).set_input_files(str(photo))
    await resident.get_by_role("button", name=say("web-photo-send", "sv"), exact=True).click()
    await said(resident, say("tips-photo-added-form", "sv", count=1, limit=5))
    await press(resident, say("tips-photos-done-button", "sv", count=1))
    await said(resident, say("tips-location-question-form", "sv", limit=200))
    await expect(resident.locator("#transcript")).not_to_contain_text("📎")
    await screenshot(resident, "chat-sv-tip-place")
    # "Share my location" asks the browser (granted here); the place can be written as well.
    await resident.get_by_role("button", name=say("web-location-share", "sv"), exact=True).click()
    await said(resident, say("tips-location-added", "sv"))
    await press(resident, say("tips-cancel-button", "sv"))
    await said(resident, say("tips-cancelled", "sv"))
    await start_a_crime_tip(resident)
    await then_said(resident, send(resident, "Klotter på busskuren vid torget, igen"),
                    say("tips-photos-question-form", "sv", limit=5))
    await resident.get_by_label(say("web-photo-label", "sv", limit=5)).set_input_files(str(photo))
    await then_said(resident, resident.get_by_role("button", name=say("web-photo-send", "sv"), exact=True).click(),
                    say("tips-photo-added-form", "sv", count=1, limit=5))
    await then_said(resident, press(resident, say("tips-photos-done-button", "sv", count=1)),
                    say("tips-location-question-form", "sv", limit=200))
    await send(resident, "Torget, busskuren mot kyrkan")
    await said(resident, say("tips-place-added", "sv"))
    await press(resident, say("tips-anonymous-button", "sv"))
    await press(resident, say("tips-send-button", "sv"))
    await said(resident, say("tips-mytips-hint", "sv"))
    transcript = await resident.locator("#transcript").inner_text()
    reference = re.findall(r"[A-Z]{2}-[A-Z0-9]{5}", transcript)[-1]

    officer = await new_page()
    await officer_login(officer, live)
    await officer.goto(f"{live.url}/officer/tips/{reference}")
    await expect(officer.locator("#tip-place")).to_have_text("Torget, busskuren mot kyrkan")
    image = officer.locator("img.photo")
    await expect(image).to_have_count(1)
    # The photo really loads (behind the login, from the database).
    assert await image.evaluate("img => img.complete && img.naturalWidth") == 1
    await screenshot(officer, "officer-tip-photo-place")


async def test_arabic_resident_answers_right_to_left(live: Live, new_page: Any) -> None:
    resident = await new_page(locale="ar", mobile=True)
    await open_chat(resident, live, "ar")
    await expect(resident.locator("html")).to_have_attribute("dir", "rtl")
    await answer_the_question(resident, "ar", "نريد المزيد من الدوريات قرب المدرسة في الصباح",
                              "campaign-focus-visible-police")
    # The page reads right to left: the message box's label starts at the right edge.
    box = await resident.get_by_label(say("web-message-label", "ar")).bounding_box()
    label = await resident.locator("label[for=message]").bounding_box()
    assert label["x"] + label["width"] > box["x"] + box["width"] - 5
    await screenshot(resident, "chat-ar-mobile")
    reference = await send_tip(resident, "ar", "سيارة تقف كل ليلة بجانب المدرسة وأضواؤها مطفأة")
    await live.add_officer()
    officer = await new_page()
    await officer_login(officer, live)
    row = officer.locator("#tips tr", has_text=reference)
    await expect(row).to_contain_text("سيارة تقف كل ليلة بجانب المدرسة")
    await expect(row.locator("bdi[lang=ar]").last).to_have_text("العربية")


async def test_the_language_picker_works_without_javascript(live: Live, browser: Any) -> None:
    context = await browser.new_context(locale="sv-SE", java_script_enabled=False)
    page = await context.new_page()
    page.locale_code = "sv"
    await page.goto(live.url + "/")
    await page.select_option("#lang-select", "fa")
    await page.get_by_role("button", name=say("web-language-change", "sv")).click()
    await expect(page.locator("html")).to_have_attribute("dir", "rtl")
    await press(page, say("web-start", "fa"))
    await said(page, say("privacy-consent-question", "fa"))
    await press(page, say("privacy-agree", "fa"))
    await said(page, say("campaign-question", "fa"))
    await context.close()


async def test_hostile_text_is_shown_literally_everywhere_and_never_runs(live: Live, new_page: Any) -> None:
    await live.add_officer()
    # Without the Content-Security-Policy: escaping alone must keep the script from running.
    resident = await new_page(bypass_csp=True)
    await open_chat(resident, live, "sv")
    await press(resident, say("privacy-agree", "sv"))
    await said(resident, say("campaign-question", "sv"))
    await send(resident, HOSTILE)
    await said(resident, say("dialogue-answer-saved", "sv"))
    await expect(resident.locator(".message-resident .bubble").last).to_have_text(HOSTILE)
    await resident.reload()
    await expect(resident.locator(".message-resident .bubble").last).to_have_text(HOSTILE)
    await press(resident, say("campaign-focus-other", "sv"))
    await said(resident, say("campaign-fq-relation", "sv"))
    reference = await send_tip(resident, "sv", HOSTILE)
    await expect(resident.locator(".message-resident .bubble").last).to_have_text(say("tips-send-button", "sv"))

    officer = await new_page(bypass_csp=True)
    await officer_login(officer, live)
    await expect(officer.locator("#tips td.answer-text").first).to_contain_text(HOSTILE)
    await officer.get_by_role("link", name=reference).click()
    await expect(officer.locator("#tip-text")).to_have_text(HOSTILE)
    await officer.get_by_label(say("officer-tip-reply", "sv")).fill(HOSTILE)
    await officer.get_by_role("button", name=say("officer-tip-reply-send", "sv")).click()
    await expect(officer.locator(".thread .bubble").last).to_have_text(HOSTILE)
    for _ in range(50):
        await resident.reload()
        if await resident.locator(".message-officer").count():
            break
        await resident.wait_for_timeout(100)
    await expect(resident.locator(".message-officer .bubble").last).to_contain_text(HOSTILE)
    await officer.goto(live.url + "/officer/answers")
    await expect(officer.locator("td.answer-text").first).to_have_text(HOSTILE)
    await officer.goto(live.url + "/officer/answers?q=" + "%3Cscript%3E")
    await expect(officer.locator("td.answer-text").first).to_have_text(HOSTILE)
    await expect(officer.locator("#f-q")).to_have_value("<script>")
    await officer.wait_for_timeout(300)
    assert resident.dialogs == [] and officer.dialogs == []
    assert await officer.locator("img[src=x]").count() == 0 and await resident.locator("img[src=x]").count() == 0


async def test_other_sites_and_strangers_are_refused(live: Live, new_page: Any) -> None:
    page = await new_page()
    for path in ("/officer", "/officer/tips", "/officer/tips/DE-ABCDE", "/officer/tips/DE-ABCDE/photo/1",
                 "/officer/results", "/officer/answers", "/officer/answers.csv", "/officer/audit"):
        response = await page.goto(live.url + path)
        assert response is not None and "/officer/login" in page.url, path
    # A form on another origin posting into the chat: refused (Origin and the missing token).
    response = await page.request.post(live.url + "/chat", form={"command": "start"},
                                       headers={"Origin": "https://evil.example"})
    assert response.status == 403
    response = await page.request.post(live.url + "/officer/logout", form={"csrf": "x"})
    assert response.status == 403


async def test_axe_finds_nothing_on_the_resident_and_officer_pages(
    live: Live, new_page: Any, axe_script: Path
) -> None:
    await live.add_officer()
    resident = await new_page(locale="sv-SE", bypass_csp=True)  # axe is injected as an inline script
    resident.locale_code = "sv"
    await resident.goto(live.url + "/")
    found = {"welcome": await axe_violations(resident, axe_script)}
    await screenshot(resident, "chat-welcome")
    await press(resident, say("web-start", "sv"))
    await said(resident, say("privacy-consent-question", "sv"))
    await press(resident, say("privacy-agree", "sv"))
    await said(resident, say("campaign-question", "sv"))
    await send(resident, "Mer belysning i parken")
    await said(resident, say("dialogue-focus-question", "sv"))
    await resident.reload()
    found["chat"] = await axe_violations(resident, axe_script)

    rtl = await new_page(locale="ar", bypass_csp=True)
    await rtl.goto(live.url + "/")
    found["welcome-ar"] = await axe_violations(rtl, axe_script)

    officer = await new_page(bypass_csp=True)
    await officer.goto(live.url + "/officer/login")
    found["login"] = await axe_violations(officer, axe_script)
    await screenshot(officer, "officer-login")
    await officer_login(officer, live)
    reference = await send_tip(resident, "sv", "Trasig gatubelysning på Storgatan")
    for path in ("/officer/tips", f"/officer/tips/{reference}", "/officer/results", "/officer/answers",
                 "/officer/updates", "/officer/audit"):
        await officer.goto(live.url + path)
        found[path] = await axe_violations(officer, axe_script)
    await resident.reload()
    found["chat-after-tip"] = await axe_violations(resident, axe_script)
    assert {page: v for page, v in found.items() if v} == {}


# The x position of each character of a phone number as the browser draws it, in typed order.
_DRAWN_X = """(phone) => {
  const walker = document.createTreeWalker(document.querySelector('#tip-contact'), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(phone);
    if (at < 0) continue;
    const xs = [];
    for (let i = 0; i < phone.length; i++) {
      if (phone[i] === ' ') continue;
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      xs.push(range.getBoundingClientRect().left);
    }
    return xs;
  }
  return null;
}"""


async def test_an_override_in_a_tipsters_name_does_not_turn_the_phone_number_around_on_the_officers_screen(
    live: Live, new_page: Any
) -> None:
    from bot.server.keys import RUNTIME
    from storage import tips
    from storage.models import Tip

    phone = "+46 70-123 45 67"
    await live.add_officer()
    # Stored as it came (as before input was cleaned): a right-to-left override after the name.
    async with live.app[RUNTIME].services.sessionmaker.begin() as session:
        tip = await tips.add(Tip(reference="", campaign_id="dals-ed-2017", channel="web", topic="crime",
                                 text="Bråk vid kiosken \u202evarje kväll", text_language="sv", locale="sv",
                                 contact_requested=True, contact_name="Ali \u202e", contact_phone=phone),
                             prefix="DE", channel="web", chat_id="x", session=session)
    officer = await new_page()
    await officer_login(officer, live)
    await officer.goto(f"{live.url}/officer/tips/{tip.reference}")
    xs = await officer.evaluate(_DRAWN_X, phone)
    assert xs is not None and len(xs) == 13
    # Drawn left to right, as typed: +46 70-123 45 67, not 76 54 321-07 64+.
    assert xs == sorted(xs) and xs[0] < xs[-1], xs
    await expect(officer.locator("#tip-text")).to_have_text("Bråk vid kiosken varje kväll")
    await screenshot(officer, "officer-tip-bidi")


async def test_axe_finds_nothing_on_the_accessibility_statement_and_the_privacy_notice(
    live: Live, new_page: Any, axe_script: Path
) -> None:
    found = {}
    for locale, path in (("sv-SE", "/accessibility"), ("sv-SE", "/privacy"), ("ar", "/privacy"),
                         ("fa", "/accessibility"), ("ti", "/privacy")):
        page = await new_page(locale=locale, bypass_csp=True)  # axe is injected as an inline script
        await page.goto(live.url + path)
        found[f"{path} ({locale})"] = await axe_violations(page, axe_script)
    await screenshot(page, "privacy-ti")
    assert {name: v for name, v in found.items() if v} == {}


async def test_the_footer_link_leads_to_the_privacy_notice_by_keyboard(live: Live, new_page: Any) -> None:
    page = await new_page(locale="ar")
    await page.goto(live.url + "/")
    link = page.get_by_role("link", name=say("legal-link-privacy", "ar"))
    await link.focus()
    await page.keyboard.press("Enter")
    await page.wait_for_url("**/privacy?lang=ar")
    assert await page.get_attribute("html", "dir") == "rtl"
    await page.get_by_role("heading", level=1, name=say("privacy-page-title", "ar")).wait_for()
