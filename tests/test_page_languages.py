"""How pages and the officers' views mark languages: the BCP 47 tag of Dari (fa-AF), a name for
every code the tagger can store (officer chat and dashboard, in all seven languages), and the
right-to-left languages shown dir="rtl" and isolated wherever a resident's text or its language
appears in the dashboard."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import create_app
from bot.i18n import RTL_LANGUAGES, Catalogs, bcp47, text_direction
from bot.textlang import CODES, LanguageDetector
from handlers.types import Text
from tests.test_dialogue import say
from tests.test_web import Officer, WebResident, add_officer, answer_in_web_chat, send_tip_in_web_chat, web_settings

CATALOGS = Catalogs()
OURS = ("sv", "en", "ar", "fa", "so", "ti", "uk")
# A sentence the tagger stores as each right-to-left language that is not one of ours.
RTL_TEXTS = {
    "ps": "موږ غواړو چې د ښوونځي سره ډېر پولیس وي",
    "ur": "ہم اسکول کے پاس زیادہ پولیس چاہتے ہیں",
    "ckb": "ئێمە پۆلیسی زیاتر دەخوازین لە نزیک قوتابخانە",
    "he": "אנחנו רוצים יותר שוטרים ליד בית הספר",
}
_BARE_FA = re.compile(r'(?:lang|hreflang)="fa"')


# --- the tags and directions --------------------------------------------------------------------


def test_dari_is_tagged_fa_af_and_the_others_as_they_are() -> None:
    assert bcp47("fa") == "fa-AF"
    assert [bcp47(code) for code in ("sv", "en", "ar", "so", "ti", "uk", "ps", "und")] == [
        "sv", "en", "ar", "so", "ti", "uk", "ps", "und"]


def test_every_right_to_left_code_the_tagger_stores_is_shown_right_to_left() -> None:
    assert {"ar", "fa", "ps", "ur", "ckb", "he"} == RTL_LANGUAGES & (CODES | set(OURS))
    assert all(text_direction(code) == "rtl" for code in RTL_LANGUAGES)
    assert all(text_direction(code) == "auto" for code in CODES - RTL_LANGUAGES)  # a guess never forces ltr
    assert text_direction("und") == text_direction("") == text_direction(None) == "auto"


@pytest.mark.parametrize(("code", "text"), RTL_TEXTS.items())
def test_the_right_to_left_samples_are_tagged_as_meant(code: str, text: str) -> None:
    assert LanguageDetector()(text).language == code


# --- a name for every code, in every language ---------------------------------------------------


def test_the_tagger_stores_only_codes_it_declares() -> None:
    detector = LanguageDetector()
    for languages in detector.languages.values():
        assert set(languages) <= CODES
    samples = ["ښځه", "ئێمە", "ہیں", "білоруська ў", "Καλημέρα", "שלום", "안녕하세요", "สวัสดี"]
    assert {detector(text).language for text in samples} <= CODES


@pytest.mark.parametrize("locale", OURS)
def test_the_officer_chat_names_every_code_the_tagger_can_store(locale: str) -> None:
    names = {code: CATALOGS.render(Text.of("officer-chat-language-name", code=code), locale)
             for code in sorted(CODES | {"und"})}
    unnamed = [code for code, name in names.items() if name.strip("\u2068\u2069") in (code, "") or "{" in name]
    assert not unnamed, f"{locale}: no name for {unnamed}"
    assert len(set(names.values())) == len(names), f"{locale}: two codes share a name"


@pytest.mark.parametrize("locale", OURS)
def test_the_dashboard_names_every_code_the_tagger_can_store(locale: str) -> None:
    others = sorted(CODES - set(OURS))
    names = {code: CATALOGS.render(Text.of("officer-language-other", code=code), locale) for code in others}
    unnamed = [code for code, name in names.items() if name.strip("\u2068\u2069") in (code, "") or "{" in name]
    assert not unnamed, f"{locale}: no name for {unnamed}"
    assert len(set(names.values())) == len(names), f"{locale}: two codes share a name"


# --- pages ------------------------------------------------------------------------------------------


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(web_settings(sqlite_url, tmp_path / "data")))) as client:
        yield client


async def test_pages_in_dari_say_fa_af(client: TestClient) -> None:
    resident = WebResident(client, accept_language="fa-AF,fa;q=0.9")
    page = await resident.open()
    assert '<html lang="fa-AF" dir="rtl">' in page.html
    assert f'lang="fa-AF" dir="rtl" selected>{say("language-name", "fa")}</option>' in page.html   # the picker
    assert not _BARE_FA.search(page.html)
    response = await client.get("/privacy?lang=fa")
    html = await response.text()
    assert '<html lang="fa-AF" dir="rtl">' in html and 'hreflang="fa-AF"' in html
    assert not _BARE_FA.search(html)
    # The dashboard in Dari, and the language menu of a dashboard in Swedish.
    await add_officer(client)
    officer = Officer(client)
    page = await officer.login()
    assert '<html lang="sv" dir="ltr">' in page.html and 'lang="fa-AF" dir="rtl"' in page.html
    assert not _BARE_FA.search(page.html)


async def test_a_dari_tip_shows_its_language_tagged_and_isolated_in_the_dashboard(client: TestClient) -> None:
    await add_officer(client)
    resident = WebResident(client, accept_language="fa")
    text = "یک نفر هر شب نزدیک مکتب با موتورسایکل در پیاده‌رو می‌راند"
    reference = await send_tip_in_web_chat(resident, "fa", text)
    officer = Officer(client)
    page = await officer.login()
    row = page.html.split(reference, 1)[1].split("</tr>", 1)[0]
    assert f'<bdi lang="fa-AF" dir="rtl">{text}</bdi>' in row
    assert f'<bdi lang="fa-AF" dir="rtl">{say("language-name", "fa")}</bdi>' in row
    page = await officer.get(f"/officer/tips/{reference}")
    assert f'lang="fa-AF" dir="rtl">{text}</p>' in page.html
    assert f'<bdi lang="fa-AF" dir="rtl">{say("language-name", "fa")}</bdi>' in page.html


@pytest.mark.parametrize(("code", "text"), RTL_TEXTS.items())
async def test_an_answer_in_another_right_to_left_language_is_shown_right_to_left_and_named(
    client: TestClient, code: str, text: str
) -> None:
    await add_officer(client)
    await answer_in_web_chat(WebResident(client), "sv", text, "campaign-focus-visible-police")
    officer = Officer(client)
    await officer.login()
    page = await officer.get("/officer/answers")
    assert f'lang="{code}" dir="rtl">{text}</td>' in page.html
    assert say("officer-language-other", "sv", code=code) in page.html
    page = await officer.get("/officer/results")
    assert say("officer-language-other", "sv", code=code) in page.html   # the chart of text languages


async def test_an_answer_in_a_left_to_right_language_is_tagged_and_left_to_its_own_direction(
    client: TestClient,
) -> None:
    await add_officer(client)
    text = "Fler poliser i Ed på helgerna tack"
    await answer_in_web_chat(WebResident(client), "sv", text, "campaign-focus-visible-police")
    officer = Officer(client)
    await officer.login()
    page = await officer.get("/officer/answers")
    assert f'lang="sv" dir="auto">{text}</td>' in page.html  # the tag is a guess: never forced ltr
