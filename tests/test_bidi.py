"""Numbers, phone numbers, references, addresses and /commands read in order in Arabic and Dari.

Arabic and Dari sentences are drawn right to left. A phone number written into such a
sentence as plain text ("… اتصل بالرقم 114 14.") is drawn "14 114": the space between the
two groups takes the sentence's direction, and a resident who dials what they see calls
the wrong number. "/help" is drawn "help/". The catalogs therefore write every number
with more than one group, every command and every address as a Fluent term or placeable,
which the ar/fa bundles wrap in FSI…PDI (bot/i18n.py), so each keeps its left-to-right
order. This test renders every message of the ar and fa catalogs with representative
values, runs the Unicode Bidirectional Algorithm over each line (python-bidi) in a
right-to-left paragraph (the web page is dir="rtl") and in an auto-detected one
(Telegram's clients pick the direction from the first strong letter), and checks that
each such item appears in the drawn line exactly as it is written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bidi import get_display
from fluent.syntax import FluentParser, ast

from bot.i18n import LOCALES_DIR, RTL_LOCALES, Catalogs
from handlers.campaign import LOCALE_CODES
from handlers.types import Text

BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# What a resident must read in its written order: an address, a reference such as
# DE-7K3QX, a command, and a number, including a phone number of several groups
# (114 14, 010-565 24 40, +46 70-123 45 67) and a grouped number (2,500).
ITEM = re.compile(
    r"(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:se|org|com|nu)(?:/[^\s)»«]*)?"
    r"|[A-Z]{2}-[A-Z0-9]{5}"
    r"|(?<![\w/])/[a-z]+"
    r"|\+?\d+(?:[ \-.,\u00a0\u202f\u066b\u066c]\d+)*"
)

# The values the handlers pass, as they pass them: campaign texts as catalog keys, the
# contact officer's name and phone from bot/campaigns/dals-ed-2017.toml.
CONTACT_PHONE = "010-565 24 40"
TIPSTER_PHONE = "+46 70-123 45 67"
COUNTS = (1, 2, 11, 2500)


def _arguments(count: int) -> dict[str, object]:
    return {
        "municipality": "Dals-Ed",
        "name": "Steve Johansson",
        "title": Text.of("campaign-contact-title"),
        "phone": CONTACT_PHONE,
        "hours": Text.of("campaign-tips-office-hours"),
        "reference": "DE-7K3QX",
        "date": "2026-12-01",
        "time": "2026-12-01 10:30",
        "area": Text.of("campaign-focus-visible-police"),
        "promise": Text.of("campaign-promise-visible-police"),
        "follow_up": Text.of("campaign-follow-up-visible-police"),
        "question": Text.of("campaign-fq-age-group"),
        "option": Text.of("campaign-fq-age-18-29"),
        "topic": Text.of("tips-topic-crime"),
        "status": Text.of("tips-status-name-taken"),
        "language": Text.of("language-name"),
        "written": Text.of("language-name"),
        "chosen": Text.of("language-name"),
        "location": Text.of("officer-chat-tip-has-location"),
        "consent": "2026-12-01",
        "channel": "telegram",
        "code": "fa",
        "locale": "ar",
        "text": "رأيت سيارة سرعتها 90 عند الساعة 22:30",
        "place": "Storgatan 5, Ed",
        "count": count,
        "limit": count,
        "length": count,
        "answers": count,
        "days": count,
        "number": count,
        "page": count,
        "pages": count,
    }


def _keys(locale: str) -> list[str]:
    keys = []
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        keys += [entry.id.name for entry in resource.body if isinstance(entry, ast.Message)]
    return keys


CATALOGS = Catalogs()


def _renderings(locale: str) -> list[tuple[str, str]]:
    out = []
    for key in _keys(locale):
        for count in COUNTS:
            args = _arguments(count)
            if key == "officer-tip-contact-given" or key == "officer-chat-tip-contact" or key == "tips-summary-contact":
                args["phone"] = TIPSTER_PHONE
            out.append((key, CATALOGS.render(Text.of(key, **args), locale)))
    return out


def _misdrawn(text: str) -> list[str]:
    """The items of `text` that some line draws out of their written order."""
    wrong = []
    for line in text.split("\n"):
        items = ITEM.findall(BIDI_CONTROLS.sub("", line))
        for base in ("R", None):
            drawn = BIDI_CONTROLS.sub("", get_display(line, base_dir=base))
            wrong += [f"{item!r} ({base or 'auto'}: {drawn!r})" for item in items if item not in drawn]
    return wrong


@pytest.mark.parametrize("locale", sorted(RTL_LOCALES))
def test_every_number_phone_reference_address_and_command_reads_in_order(locale: str) -> None:
    wrong = {key: bad for key, text in _renderings(locale) if (bad := _misdrawn(text))}
    assert wrong == {}, f"{locale}: drawn out of order"


def test_the_check_itself_sees_a_reversed_number_and_command() -> None:
    # The failure this file exists for, in plain text and fixed with isolation marks.
    assert _misdrawn("اتصل بالرقم 114 14.") and _misdrawn("اكتب /help لترى")
    assert not _misdrawn("اتصل بالرقم \u2068114 14\u2069.") and not _misdrawn("اكتب \u2068/help\u2069 لترى")


@pytest.mark.parametrize("locale", sorted(set(LOCALE_CODES) - RTL_LOCALES))
def test_left_to_right_catalogs_carry_no_bidi_controls(locale: str) -> None:
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        found = BIDI_CONTROLS.findall(path.read_text(encoding="utf-8"))
        assert found == [], f"{path}: stray bidi controls {found!r}"
    stray = {key: text for key, text in _renderings(locale) if BIDI_CONTROLS.search(text)}
    assert stray == {}, f"{locale}: rendered with bidi controls"


def test_emergency_and_police_numbers_are_the_same_in_every_language() -> None:
    # Wherever the Swedish names 112 or 114 14, every translation names the same numbers.
    def numbers(text: str) -> set[str]:
        plain = BIDI_CONTROLS.sub("", text)
        return {n for n in ("112", "114 14") if n in plain}

    swedish = dict(_renderings("sv"))
    for locale in LOCALE_CODES:
        translated = dict(_renderings(locale))
        differing = {k: numbers(t) for k, t in translated.items() if numbers(t) != numbers(swedish[k])}
        assert differing == {}, f"{locale}: emergency numbers differ from Swedish"


def test_arabic_and_dari_write_multi_group_numbers_and_commands_only_as_terms() -> None:
    # The catalogs' own text: a bare "114 14" or "/help" would be drawn out of order.
    bare = re.compile(r"(?<![\w/{-])/[a-z]+|\d+[ \-]\d+")
    for locale in sorted(RTL_LOCALES):
        for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.startswith("#") or line.startswith("-"):
                    continue
                value = line.split(" = ", 1)[-1] if not line.startswith(" ") else line
                assert not bare.search(value), f"{Path(path).relative_to(LOCALES_DIR)}:{number}: {line}"
