"""Counted words agree with their number in every language ("Dina 1 tips", "Your 1 tips" no more).

Each message below counts something with a number variable. In every language it either
selects its words by the CLDR plural category of the number (Fluent's `{ $n -> [one] …
*[other] … }`, with a variant for each category the language has: Arabic zero one two few
many other, Ukrainian one few many other, the others one other), or shows the number as a
value after a label ("максимальна кількість символів: 2000"), where nothing agrees with
it. The categories come from Babel, which fluent.runtime itself uses to choose a variant.
"""

from __future__ import annotations

import re

import pytest
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast

from bot.i18n import LOCALES_DIR
from handlers.campaign import LOCALE_CODES

# message: the variables in it that count something
COUNTED = {
    "dialogue-answer-hint": ["limit"],
    "dialogue-answer-too-long": ["length"],
    "tips-privacy-note": ["days"],
    "web-footer-privacy": ["days"],
    "tips-forget-note": ["count"],
    "tips-limit-reached": ["limit"],
    "tips-text-question": ["limit"],
    "tips-text-too-long": ["length"],
    "tips-photos-question": ["limit"],
    "tips-photos-done-button": ["count"],
    "tips-photos-full": ["limit"],
    "tips-photos-question-form": ["limit"],
    "tips-location-question": ["limit"],
    "tips-location-question-form": ["limit"],
    "tips-place-too-long": ["length"],
    "tips-name-invalid": ["limit"],
    "tips-answer-question": ["limit"],
    "tips-mytips-intro": ["count"],
    "forget-confirm": ["answers"],
    "officer-results-total": ["count"],
    "officer-tip-reply-too-long": ["limit"],
    "officer-chat-message-too-long": ["limit"],
    "officer-chat-tip-attachments": ["count"],
    # Following what happens (locales/*/follow-dashboard.ftl)
    "officer-updates-followers": ["count"],
    "officer-updates-followers-all": ["count"],
    "officer-updates-queued": ["count"],
    "officer-updates-too-long": ["limit"],
    # The audit log (locales/*/officer-audit.ftl)
    "audit-detail-rows": ["count"],
    "audit-detail-followers": ["count"],
    # The privacy notice (locales/*/legal.ftl)
    "privacy-page-retention-tips": ["days"],
    "privacy-page-stored-web": ["days"],
    "privacy-page-stored-inbox": ["hours"],
}
NUMBERS = (0, 1, 2, 5, 11, 21, 101)
# A number shown as the value of a label: after a colon (also the Ethiopic ፦) or a dash.
LABEL = re.compile(r"(?:[:፦]|\s[–—])\s*$")


def _messages(locale: str) -> dict[str, ast.Message]:
    out = {}
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        for entry in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if isinstance(entry, ast.Message):
                out[entry.id.name] = entry
    return out


def _selects_and_bare_uses(pattern: ast.Pattern, name: str) -> tuple[list[ast.SelectExpression], list[str]]:
    """The select expressions on `$name`, and the text before each use of `$name` outside a selector."""
    selects: list[ast.SelectExpression] = []
    before: list[str] = []

    def walk(pat: ast.Pattern) -> None:
        text = ""
        for element in pat.elements:
            if isinstance(element, ast.TextElement):
                text += element.value
                continue
            expression = element.expression
            if isinstance(expression, ast.SelectExpression):
                if isinstance(expression.selector, ast.VariableReference) and expression.selector.id.name == name:
                    selects.append(expression)
                else:
                    for variant in expression.variants:
                        walk(variant.value)
                text = ""
            elif isinstance(expression, ast.VariableReference) and expression.id.name == name:
                before.append(text)
                text = ""
            else:
                text = ""

    walk(pattern)
    return selects, before


def _categories(locale: str) -> set[str]:
    return set(Locale.parse(locale).plural_form.tags) | {"other"}


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_each_counted_word_agrees_with_its_number_in_every_plural_category(locale: str) -> None:
    messages = _messages(locale)
    needed = _categories(locale)
    wrong = {}
    for key, names in COUNTED.items():
        pattern = messages[key].value
        assert pattern is not None
        for name in names:
            selects, bare = _selects_and_bare_uses(pattern, name)
            for select in selects:
                keys = {v.key.name if isinstance(v.key, ast.Identifier) else v.key.value for v in select.variants}
                covered = keys | ({"zero"} if "0" in keys else set())
                if not needed <= covered:
                    wrong[f"{key} ${name}"] = f"selector lacks {sorted(needed - covered)}"
            if not selects and not (bare and all(LABEL.search(text) for text in bare)):
                wrong[f"{key} ${name}"] = "counts without a selector or a label"
    assert wrong == {}, f"{locale}: CLDR categories {sorted(needed)}"


@pytest.mark.parametrize("locale", LOCALE_CODES)
def test_each_counted_message_renders_at_every_kind_of_number(locale: str) -> None:
    bundle = FluentBundle([locale], use_isolating=False)
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    rule = Locale.parse(locale).plural_form
    for key, names in COUNTED.items():
        pattern = bundle.get_message(key).value
        for n in NUMBERS:
            args: dict[str, object] = {"municipality": "Dals-Ed", "reference": "DE-7K3QX", "location": "X", "limit": 2000}
            args |= {name: n for name in names}
            text, errors = bundle.format_pattern(pattern, args)
            assert not errors, f"{locale}: {key} at {n}: {errors}"
            # "Your tip", "one photo", "two photos" may say the number in words; any larger
            # count is written as a number.
            if rule(n) not in ("zero", "one", "two") and not (n == 0 and key == "forget-confirm"):
                assert str(n) in text, f"{locale}: {key} at {n} does not show the number: {text!r}"


def test_swedish_says_one_tip_and_one_photo() -> None:
    bundle = FluentBundle(["sv"], use_isolating=False)
    for path in sorted((LOCALES_DIR / "sv").glob("*.ftl")):
        bundle.add_resource(FluentResource(path.read_text(encoding="utf-8")))

    def say(key: str, **args: object) -> str:
        return bundle.format_pattern(bundle.get_message(key).value, args)[0]

    assert say("tips-forget-note", count=1).startswith("Ditt tips finns kvar hos polisen som allmän handling")
    assert "Bifogat: 1 bild," in say("officer-chat-tip-attachments", count=1, location="en plats")
    assert "1 dag efter" in say("tips-privacy-note", days=1)
