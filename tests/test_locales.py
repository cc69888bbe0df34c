"""Every catalog has every message, with the same placeholders, in all seven languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast, visitor

from bot.app import load_catalogs_and_campaign
from bot.i18n import LOCALES_DIR, Catalogs
from bot.settings import Settings
from handlers.campaign import LOCALE_CODES
from handlers.types import Text

REFERENCE = "sv"
FILES = sorted(p.name for p in (LOCALES_DIR / REFERENCE).glob("*.ftl"))


class _Variables(visitor.Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:  # noqa: N802
        self.names.add(node.id.name)
        self.generic_visit(node)


def _messages(path: Path) -> dict[str, set[str]]:
    resource = FluentParser().parse(path.read_text(encoding="utf-8"))
    junk = [entry.content for entry in resource.body if isinstance(entry, ast.Junk)]
    assert not junk, f"{path}: does not parse: {junk}"
    out: dict[str, set[str]] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            variables = _Variables()
            variables.visit(entry)
            out[entry.id.name] = variables.names
    return out


def test_there_is_a_catalog_folder_for_each_of_the_seven_languages() -> None:
    assert sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir() and not p.name.startswith("_")) == sorted(
        LOCALE_CODES
    )


@pytest.mark.parametrize("locale", [c for c in LOCALE_CODES if c != REFERENCE])
@pytest.mark.parametrize("file", FILES)
def test_catalog_has_every_message_with_the_same_placeholders(locale: str, file: str) -> None:
    reference = _messages(LOCALES_DIR / REFERENCE / file)
    path = LOCALES_DIR / locale / file
    assert path.exists(), f"{path} is missing"
    translated = _messages(path)
    assert sorted(set(reference) - set(translated)) == [], f"{path}: missing messages"
    assert sorted(set(translated) - set(reference)) == [], f"{path}: messages not in {REFERENCE}"
    differing = {key: (reference[key], translated[key]) for key in reference if reference[key] != translated[key]}
    assert differing == {}, f"{path}: placeholders differ from {REFERENCE} (reference, translation)"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_catalog_says_whether_it_awaits_review(locale: str) -> None:
    for file in FILES:
        head = (LOCALES_DIR / locale / file).read_text(encoding="utf-8").splitlines()[0]
        assert head.startswith("### "), f"{locale}/{file}: first line should be the review status comment"
        if locale != REFERENCE:
            assert "review" in head.lower(), f"{locale}/{file}: a draft must say it awaits review"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_every_message_renders_without_errors(locale: str) -> None:
    bundle = FluentBundle([locale], use_isolating=False)
    for file in FILES:
        bundle.add_resource(FluentResource((LOCALES_DIR / locale / file).read_text(encoding="utf-8")))
    reference = {k: v for file in FILES for k, v in _messages(LOCALES_DIR / REFERENCE / file).items()}
    for key, variables in reference.items():
        for count in (0, 1, 2, 5, 11):
            args = {name: count if name in ("answers", "limit", "length", "count") else "X" for name in variables}
            message = bundle.get_message(key)
            assert message.value is not None, f"{locale}: {key} has no value"
            text, errors = bundle.format_pattern(message.value, args)
            assert not errors, f"{locale}: {key}: {errors}"
            assert text.strip(), f"{locale}: {key} renders empty"


def test_arabic_and_dari_isolate_inserted_values_and_others_do_not() -> None:
    catalogs = Catalogs()
    arabic = catalogs.render(Text.of("dialogue-answer-too-long", length=2500, limit=2000), "ar")
    assert "\u2068" in arabic and "\u2069" in arabic
    swedish = catalogs.render(Text.of("dialogue-answer-too-long", length=2500, limit=2000), "sv")
    assert "\u2068" not in swedish
    assert catalogs.direction("fa") == "rtl" and catalogs.direction("uk") == "ltr"


def test_the_bundled_campaign_uses_only_keys_every_catalog_has() -> None:
    catalogs, campaign = load_catalogs_and_campaign(Settings(_env_file=None))  # type: ignore[call-arg]
    for locale in LOCALE_CODES:
        keys = catalogs.keys(locale)
        missing = [key for _, key in campaign.text_keys() if key not in keys]
        assert missing == [], f"{locale}: campaign keys missing"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_no_message_is_defined_twice_across_a_languages_files(locale: str) -> None:
    # Fluent keeps the first definition it loads and drops the other without a word.
    seen: dict[str, str] = {}
    duplicates = []
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for key in _messages(path):
            if key in seen:
                duplicates.append(f"{key} in {seen[key]} and {path.name}")
            seen[key] = path.name
    assert duplicates == []


# Answers are not anonymous: they are stored under a keyed pseudonym (an HMAC of the chat
# account), and /mydata and /forget prove the link exists. A privacy text that says
# "anonymous" about them promises more than the product does, to people who have every
# reason to check. These are the words (or stems) for "anonymous" / "nameless" in each
# language's catalogs; a pattern is a regular expression.
ANONYMOUS_WORDS = {
    "sv": [r"anonym"],
    "en": [r"anonym"],
    "ar": [r"مجهول", r"لا يكشف هويتك", r"دون ذكر هويتك"],
    "fa": [r"بی‌نام", r"بی نام", r"ناشناس"],
    "so": [r"magac la'aan", r"qarsoodi"],
    "ti": [r"ብዘይ ስም(?!\w)", r"ስም ዘይብሉ", r"ስምኩም ኣይፍለጥን"],
    "uk": [r"анонім"],
}
# Towards the officer a tipster who leaves no contact details IS anonymous: the officer
# sees neither the pseudonym nor the chat. Only these messages, which speak of what the
# police learn about a tipster, may use the word; tips-notice-anonymous must then say
# how the tip is linked to the resident's chat (/mytips).
MAY_SAY_ANONYMOUS_TOWARDS_THE_POLICE = {
    "tips-notice-anonymous",
    "tips-anonymous-button",
    "tips-contact-question",
    "tips-summary-anonymous",
    "officer-chat-tip-anonymous",
    "officer-tip-anonymous",
}
# The plain words of the truth: a secret key links the answers to the chat.
SECRET_KEY_WORD = {"sv": "nyckel", "en": "key", "ar": "مفتاح", "fa": "کلید", "so": "fure", "ti": "መፍትሕ", "uk": "ключ"}


def _rendered(locale: str) -> dict[str, str]:
    bundle = FluentBundle([locale], use_isolating=False)
    for file in FILES:
        bundle.add_resource(FluentResource((LOCALES_DIR / locale / file).read_text(encoding="utf-8")))
    out = {}
    for key in bundle._messages:  # noqa: SLF001 - fluent.runtime has no public lister
        message = bundle.get_message(key)
        if message.value is not None:
            out[key] = bundle.format_pattern(message.value, {})[0]
    return out


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_no_catalog_calls_the_answers_anonymous(locale: str) -> None:
    import re

    assert set(ANONYMOUS_WORDS) == set(LOCALE_CODES)
    texts = _rendered(locale)
    claims = {
        key: pattern
        for key, text in texts.items()
        for pattern in ANONYMOUS_WORDS[locale]
        if re.search(pattern, text, re.IGNORECASE) and key not in MAY_SAY_ANONYMOUS_TOWARDS_THE_POLICE
    }
    assert claims == {}, f"{locale}: these messages call something anonymous that is only pseudonymous"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_the_privacy_note_says_a_secret_key_links_answers_to_the_chat(locale: str) -> None:
    texts = _rendered(locale)
    note = texts["privacy-note"]
    assert SECRET_KEY_WORD[locale] in note.lower()
    assert "/mydata" in note and "/forget" in note
    # A tip is anonymous towards the police, but the resident can follow it: say how.
    assert "/mytips" in texts["tips-notice-anonymous"] and "/mytips" in texts["tips-privacy-note"]
