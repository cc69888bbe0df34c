"""Each key term is one word per language, across all of a language's files (locales/GLOSSARY.md).

The catalogs were translated file by file, and web.ftl and officer-dashboard.ftl drifted:
two names for the kommunpolis in each language, "citizens" (which tells a refugee the
service is not for them) next to "residents", a Dari that slid into Iranian forms. These
tests pin what GLOSSARY.md decides: the chosen term appears wherever its concept does, and
the variants it rejects appear nowhere.
"""

from __future__ import annotations

import re

import pytest
from fluent.runtime import FluentBundle, FluentResource

from bot.i18n import LOCALES_DIR
from handlers.campaign import LOCALE_CODES

GLOSSARY = LOCALES_DIR / "GLOSSARY.md"

# The messages that name each concept.
KOMMUNPOLIS_IN = ["campaign-contact-title", "web-sender-officer", "tips-notice-intro", "tips-menu-button", "officer-dashboard-name"]
DIALOGUE_IN = ["start-welcome", "web-site-name", "web-sender-bot", "web-error-back"]
TIP_IN = ["tips-menu-button", "command-tip", "tips-notice-intro", "officer-tips-title", "officer-col-tip"]

# language: (kommunpolis, dialogue, tip) as regular expressions, and the rejected variants.
TERMS: dict[str, tuple[str, str, str, list[str]]] = {
    "sv": ("[Kk]ommunpolis", "[Mm]edborgardialog", r"\b[Tt]ips", [r"problembild", r"polisiär", r"upprättas", r"\btagen\b"]),
    "en": (
        "[Cc]ommunity police officer",
        "[Cc]itizen dialogue",
        r"\b[Tt]ips?\b",
        [r"neighbourhood police", r"can only take photos", r"everything you have given"],
    ),
    "ar": (
        "شرطي المنطقة",
        "حوار السكان",
        "بلاغ",
        ["شرطي البلدية", "شرطي الحي", "شرطة البلدية", "المواطن", "(?<=\\w)اً", "دالس-إيد"],
    ),
    "fa": (
        "مامور پولیس محل",
        "گفت‌وگو با باشندگان",
        "اطلاع",
        [
            "پولیس شاروالی",
            "(?<!مامور )(?<!ماموران )پولیس محل",
            "شهروند",
            "مرورگر",
            "رد شدن",
            "سنجاق",
            "گفتگو",
            "حداکثر",
            "پلیس",
            "اطلاعات",
            "روی (?:آن|اطلاع)",
            "کی هستید",
            "اضافه کن(?!\\w)",
            "دالس-اید",
        ],
    ),
    "so": (
        "[Ss]arkaalka booliiska ee degmada",
        "[Ww]adahadalka dadweynaha",
        "[Ww]arbixin",
        ["muwaadin", "xaafadda", "biinka", "taleefan", "tibaax", r"\b[Bb]oolis(?!i)", "Salaan, "],
    ),
    "ti": (
        "ፖሊስ ኮሙን",
        "ዘተ ተቐማጦ",
        "ሓበሬታ",
        [
            "ፖሊስ ከባቢ",
            "ናይ ኮሙን ፖሊስ",
            "ምምሕዳር",
            "ምላሽ",
            "ቁልፊ",
            "ቁልፍታት",
            "ተሌፎን",
            "ይቀየር",
            "ኣይቀየር",
            "ኰ",
            "ዳልስ-ኤድ",
            # the comma is ፣; the old word divider ፡ was used for it in some messages
            "፡",
            # personal data is ውልቃዊ ሓበሬታ, never the bare word that means "tip" here
            "(?<!ውልቃዊ )ሓበሬታኹም ደምስሱ",
            # the masculine singular "you" (-ka, -kha) speaks to every woman as a man
            "ንስኻ",
            "\\w[ካኻ](?=[\\s።፣፦,.)»]|$)",
        ],
    ),
    "uk": (
        r"[Пп]оліцейськ\w* офіцер\w* громади",
        r"[Дд]іалог\w* з мешканцями",
        r"[Пп]овідомлен",
        ["дільнич", "Дільнич", "Дальс-Ед", "Молодше", "залишитися анонімним", "отримаєте тут повідомлення"],
    ),
}


def _texts(locale: str) -> dict[str, str]:
    bundle = FluentBundle([locale], use_isolating=False)
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    args = {"municipality": "Dals-Ed", "reference": "DE-7K3QX", "count": 2, "limit": 2, "days": 2}
    out = {}
    for key in bundle._messages:  # noqa: SLF001 - fluent.runtime has no public lister
        message = bundle.get_message(key)
        if message.value is not None:
            out[key] = bundle.format_pattern(message.value, args)[0]
    return out


def test_the_glossary_covers_every_language() -> None:
    assert set(TERMS) == set(LOCALE_CODES)
    text = GLOSSARY.read_text(encoding="utf-8")
    for locale in LOCALE_CODES:
        assert f"## {locale}" in text, f"GLOSSARY.md has no section for {locale}"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_one_word_for_the_kommunpolis_the_dialogue_and_the_tip(locale: str) -> None:
    kommunpolis, dialogue, tip, _ = TERMS[locale]
    texts = _texts(locale)
    for concept, pattern, keys in (
        ("kommunpolis", kommunpolis, KOMMUNPOLIS_IN),
        ("dialogue", dialogue, DIALOGUE_IN),
        ("tip", tip, TIP_IN),
    ):
        missing = [key for key in keys if not re.search(pattern, texts[key])]
        assert missing == [], f"{locale}: the {concept} term {pattern!r} is not used in"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_no_rejected_variant_appears_anywhere(locale: str) -> None:
    rejected = TERMS[locale][3]
    found = {
        key: pattern for key, text in _texts(locale).items() for pattern in rejected if re.search(pattern, text)
    }
    assert found == {}, f"{locale}: rejected variants (see locales/GLOSSARY.md)"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_the_tip_notice_says_a_tip_is_not_a_police_report(locale: str) -> None:
    intro = _texts(locale)["tips-notice-intro"]
    assert ("police report" if locale == "en" else "polisanmälan") in intro
    assert "114 14" in intro and "polisen.se" in intro


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_the_public_record_notice_explains_what_it_means(locale: str) -> None:
    # "allmän handling" alone reads as "will be published" in translation; each language
    # says in plain words that others may ask to read the tip.
    plain = {
        "sv": "begära att få läsa",
        "en": "ask to read",
        "ar": "يطلب الاطلاع",
        "fa": "درخواست کنند",
        "so": "codsan karaan",
        "ti": "ክሓቱ ይኽእሉ",
        "uk": "попросити його прочитати",
    }
    assert plain[locale] in _texts(locale)["tips-notice-public-record"]


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_one_word_for_the_skip_button(locale: str) -> None:
    texts = _texts(locale)
    assert texts["dialogue-follow-up-skip"] == texts["tips-skip-button"]
