"""WhatsApp followers and the 24-hour window, over HTTP against the fake Cloud API: an update on a promise
to a follower who last wrote more than a day ago is held, announced by at most one template a day, and
delivered — every one that waits, in order, in their language, once — on their tap or their next message,
across a restart too; the dashboard counts the held ones as waiting, not failed."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlmodel import select

from bot.settings import BUNDLED_CAMPAIGN
from storage.models import OutboxMessage, WhatsAppHeld
from tests.fakebotapi import FakeBotAPI
from tests.fakecloudapi import FakeCloudAPI, FakeWhatsAppUser
from tests.test_web import Officer, add_officer
from tests.test_whatsapp import Side, consent, rows, running, say

TRAFFIC = "campaign-focus-traffic-safety"
POLICE = "campaign-focus-visible-police"
A_DAY_LATER = 25 * 3600


@pytest.fixture
async def cloud() -> AsyncIterator[FakeCloudAPI]:
    api = FakeCloudAPI()
    await api.start()
    try:
        yield api
    finally:
        await api.stop()


async def post_update(side: Side, officer: Officer, area: str, text: str) -> None:
    page = await officer.get("/officer/updates")
    response = await side.client.post(f"/officer/updates/{area}",
                                      data={"csrf": page.csrf, "text-sv": text, "action": "send"},
                                      allow_redirects=False)
    assert response.status == 303


async def logged_in(side: Side) -> Officer:
    officer = Officer(side.client)
    await officer.login()
    return officer


def words(resident: FakeWhatsAppUser, text: str) -> list[str]:
    return [s.text for s in resident.api.sent_to(resident.wa_id) if text in s.text]


def templates(resident: FakeWhatsAppUser) -> int:
    return [s.type for s in resident.api.sent_to(resident.wa_id)].count("template")


def age(side: Side, seconds: int) -> None:
    """Move the channel's clock (and so the fake Cloud API's: the resident's last message is that old)."""
    from datetime import timedelta

    side.clock.offset = timedelta(seconds=seconds)


async def test_a_follower_outside_the_window_gets_one_template_and_every_update_on_the_tap_once_after_a_restart(
    cloud: FakeCloudAPI, fake_api: FakeBotAPI, database_url: str, tmp_path: Path
) -> None:
    """On SQLite and (with TEST_DATABASE_URL) on PostgreSQL."""
    data = tmp_path / "data"
    first, second = "Två fartkameror sitter nu vid skolan på Storgatan.", "Polisen går i Ed varje fredag kväll."
    async with running(cloud, fake_api, database_url, data) as side:
        resident = side.resident()
        await consent(resident, "so")
        await resident.send("/follow")
        await resident.press(say("follow-all-button", "so"))
        assert say("follow-done-all", "so") in resident.texts()[-1]
        # The campaign names an update template: no word that updates wait.
        assert say("follow-whatsapp-waits", "so") not in resident.texts()[-1]

        await add_officer(side.client)
        officer = await logged_in(side)
        age(side, A_DAY_LATER)
        await post_update(side, officer, "traffic-safety", first)
        await cloud.wait_for(lambda: resident.last().type == "template")
        template = resident.last().body["template"]
        # Somali has no WhatsApp template: the English one, with the area named in English.
        assert template["name"] == "promise_update_en" and template["language"] == {"code": "en"}
        assert resident.last().text == say(TRAFFIC, "en")
        # A second update the same day waits too, without a second template.
        await post_update(side, officer, "visible-police", second)
        await side.settled()
        assert templates(resident) == 1
        assert not words(resident, first) and not words(resident, second)
        # The dashboard: waiting, and held for WhatsApp, not failed.
        page = (await officer.get("/officer/updates")).html
        assert page.count(html.escape(say("officer-updates-progress", "sv", sent=0, pending=1, failed=0))) == 2
        assert page.count(html.escape(say("officer-updates-held", "sv", count=1))) == 2
        assert {m.status for m in await rows(side, OutboxMessage) if m.update_id is not None} == {"pending"}

    # The process restarts while the updates wait; the resident taps the template the next morning.
    async with running(cloud, fake_api, database_url, data) as side:
        age(side, A_DAY_LATER + 8 * 3600)
        resident = side.resident()
        await resident.tap_template("wa:open")
        await cloud.wait_for(lambda: bool(words(resident, first) and words(resident, second)))
        await side.settled()
        [one], [two] = words(resident, first), words(resident, second)
        texts = [s.text for s in cloud.sent_to(resident.wa_id)]
        assert texts.index(one) < texts.index(two)            # in the order they were written
        for sent in (one, two):                               # in Somali, the Swedish text under a line saying so
            assert say("follow-update-in-swedish", "so") in sent
        assert one.startswith(say("follow-update-title", "so", municipality="Dals-Ed", area=say(TRAFFIC, "so"),
                                  date=one.split("(")[1][:10]))
        assert templates(resident) == 1
        assert await rows(side, WhatsAppHeld) == []
        officer = await logged_in(side)
        page = (await officer.get("/officer/updates")).html
        assert page.count(html.escape(say("officer-updates-progress", "sv", sent=1, pending=0, failed=0))) == 2
        assert say("officer-updates-held", "sv", count=1)[:20] not in page


async def test_without_an_update_template_follow_says_updates_wait_and_one_comes_when_the_resident_writes(
    cloud: FakeCloudAPI, fake_api: FakeBotAPI, sqlite_url: str, tmp_path: Path
) -> None:
    bundled = BUNDLED_CAMPAIGN.read_text(encoding="utf-8")
    start, end = bundled.index("[whatsapp.update_templates]"), bundled.index("[[focus_areas]]")
    campaign = tmp_path / "campaign.toml"
    campaign.write_text(bundled[:start] + bundled[end:], encoding="utf-8")
    text = "Vi har satt upp två fartkameror vid skolan."
    async with running(cloud, fake_api, sqlite_url, tmp_path / "data", campaign_file=campaign) as side:
        resident = side.resident()
        await consent(resident, "ar")
        await resident.send("/follow")
        await resident.press(say(TRAFFIC, "ar"))
        assert say("follow-whatsapp-waits", "ar") in resident.texts()[-1]

        await add_officer(side.client)
        officer = await logged_in(side)
        age(side, A_DAY_LATER)
        await post_update(side, officer, "traffic-safety", text)
        await side.settled()
        assert templates(resident) == 0 and not words(resident, text)     # nothing may reach them now
        page = (await officer.get("/officer/updates")).html
        assert html.escape(say("officer-updates-progress", "sv", sent=0, pending=1, failed=0)) in page
        assert html.escape(say("officer-updates-held", "sv", count=1)) in page

        # They write (anything): the update comes, in Arabic words around the Swedish text, once.
        await resident.send("مرحبا")
        await cloud.wait_for(lambda: bool(words(resident, text)))
        await side.settled()
        [update] = words(resident, text)
        assert say("follow-update-in-swedish", "ar") in update
        async with side.runtime.services.sessionmaker() as session:
            statuses = (await session.exec(select(OutboxMessage.status).where(
                OutboxMessage.update_id.is_not(None)))).all()  # type: ignore[union-attr]
        assert list(statuses) == ["sent"]
