"""Fluent catalogs: one folder per language under `locales/`, one `.ftl` file per feature."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax.ast import Resource
from markupsafe import escape

from handlers.common import BIDI_CONTROLS, FSI, PDI, isolate
from handlers.types import Resident, Text

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
RTL_LOCALES = frozenset({"ar", "fa"})
# Every language written right to left among our locales and what a text can be tagged with
# (bot/textlang.py): shown dir="rtl" wherever it appears.
RTL_LANGUAGES = RTL_LOCALES | {"ps", "ur", "ckb", "he"}
# The BCP 47 tag of a code in HTML lang attributes: our "fa" is Dari, Persian as written in
# Afghanistan (CLDR's fa_AF), so screen readers and fonts pick the Afghan forms.
_BCP47 = {"fa": "fa-AF"}
FALLBACK_LOCALE = "sv"
# Where a resident's words go in a formatted catalog text (private-use characters, which no
# catalog text contains), and Fluent's own isolation marks around it in Arabic and Dari.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_INSERT = re.compile(f"({FSI})?{_MARK_OPEN}(\\d+){_MARK_CLOSE}(?(1){PDI})")
# Catalog texts kept formatted, by key, language and parameters (a missing key or a text Fluent
# reports an error for is never kept): the oldest forgotten past this.
_FORMATTED_KEPT = 8_192
# Parameters a formatted text is kept for: values that cannot change once made (a rendered Text is
# a str by then, a resident's words a marker).
_PLAIN_TYPES = frozenset({str, int, float, bool})


def _bdi(words: str) -> str:
    return f"<bdi>{escape(BIDI_CONTROLS.sub('', words))}</bdi>"


@functools.lru_cache(maxsize=256)
def _parsed(file: Path, mtime_ns: int, size: int) -> Resource:
    """One catalog file, parsed once per process for as long as it is unchanged on disk.

    Parsing every file takes most of the time of building `Catalogs`; the process builds it
    once, but `check`, the tests and a reload after an edit build it again."""
    del mtime_ns, size  # part of the cache key only
    return FluentResource(file.read_text(encoding="utf-8"))


def _resource(file: Path) -> Resource:
    stat = file.stat()
    return _parsed(file, stat.st_mtime_ns, stat.st_size)


def bcp47(code: str) -> str:
    """The tag for an HTML lang attribute of one of our codes ("fa" -> "fa-AF"; others as they are)."""
    return _BCP47.get(code, code)


def text_direction(code: str | None) -> str:
    """The dir attribute of a resident's text tagged `code`: rtl for a right-to-left language (so
    an Arabic text that starts with a number or a Latin name still reads from the right), auto
    for every other. Never ltr: the tag is a guess, and a text the tagger took for Swedish that
    starts in Arabic must not be forced left to right."""
    return "rtl" if code in RTL_LANGUAGES else "auto"


class Catalogs:
    """All messages of all languages, rendered with a fallback chain `[locale, "sv"]`."""

    def __init__(self, directory: Path = LOCALES_DIR, locales: Iterable[str] | None = None) -> None:
        self.directory = directory
        codes = sorted(p.name for p in directory.iterdir() if p.is_dir() and not p.name.startswith("_"))
        self.locales: tuple[str, ...] = tuple(c for c in codes if locales is None or c in set(locales))
        self._bundles: dict[str, FluentBundle] = {}
        for code in self.locales:
            # Bidi isolation marks keep an inserted number or Latin name in its place in an
            # Arabic or Dari sentence; in left-to-right languages they would only be noise.
            bundle = FluentBundle([code], use_isolating=code in RTL_LOCALES)
            for file in sorted((directory / code).glob("*.ftl")):
                bundle.add_resource(_resource(file))
            self._bundles[code] = bundle
        # A text formats the same every time with the same plain parameters: Fluent's resolver
        # runs once for each (`_kept_format`).
        self._kept: dict[tuple[object, ...], str] = {}

    def keys(self, locale: str) -> set[str]:
        return set(self._bundles[locale]._messages)  # noqa: SLF001 - fluent.runtime has no public lister

    def has(self, key: str, locale: str = FALLBACK_LOCALE) -> bool:
        return locale in self._bundles and self._bundles[locale].has_message(key)

    def render(self, text: Text | str, locale: str, *, html: bool = False) -> str:
        """Render a text in `locale` (or the text's own), falling back to Swedish, then the key.

        A resident's words (`Resident` parameters, `Text.resident`) are joined in after the
        catalog text is formatted, bidi-isolated. With `html` the result is HTML: the text
        escaped, each resident value in a `<bdi>`.
        """
        if isinstance(text, str):
            return str(escape(text)) if html else text
        if text.literal is not None:
            if not text.isolated:
                return str(escape(text.literal)) if html else text.literal
            return _bdi(text.literal) if html else isolate(text.literal)
        locale = text.locale or locale
        if not text.params:
            found = self._kept_format(text.key, {}, locale)
            return str(escape(found)) if html else found
        inserts: list[str] = []
        params: dict[str, object] = {}
        for name, value in text.params.items():
            if isinstance(value, Resident):
                params[name] = f"{_MARK_OPEN}{len(inserts)}{_MARK_CLOSE}"
                inserts.append(value.words)
            else:
                params[name] = self._param(value, locale)
        value = self._kept_format(text.key, params, locale)
        if html:
            value = str(escape(value))
        if not inserts:
            return value
        shown = _bdi if html else isolate
        # Fluent isolates a placeable itself in Arabic and Dari: that pair goes, ours stays.
        return _INSERT.sub(lambda match: shown(inserts[int(match.group(2))]), value)

    def _kept_format(self, key: str, params: dict[str, object], locale: str) -> str:
        """`_formatted`, kept for texts whose parameters are plain values (a resident's words are
        only a marker here, never kept); the oldest forgotten past _FORMATTED_KEPT."""
        if any(type(value) not in _PLAIN_TYPES for value in params.values()):
            return self._formatted(key, params, locale)[0]
        kept = (key, locale, *params.items())
        found = self._kept.get(kept)
        if found is None:
            found, ok = self._formatted(key, params, locale)
            if ok:
                if len(self._kept) >= _FORMATTED_KEPT:
                    del self._kept[next(iter(self._kept))]
                self._kept[kept] = found
        return found

    def _formatted(self, key: str, params: dict[str, object], locale: str) -> tuple[str, bool]:
        """The text, and whether it formatted without an error (else it is the key, or "{???}")."""
        for code in (locale, FALLBACK_LOCALE):
            bundle = self._bundles.get(code)
            if bundle is None or not bundle.has_message(key):
                continue
            message = bundle.get_message(key)
            if message.value is None:
                continue
            value, errors = bundle.format_pattern(message.value, params)
            for error in errors:
                log.error("catalog %s, key %s: %s", code, key, error)
            # Not a string only for a message that refers to itself, which `errors` reports: shown
            # as Fluent shows what it cannot format.
            return (value, not errors) if isinstance(value, str) else ("{???}", False)
        log.error("no catalog has the key %s", key)
        return key, False

    def _param(self, value: object, locale: str) -> object:
        if isinstance(value, Text):
            return self.render(value, locale)
        return value

    def render_all(self, texts: Iterable[Text], locale: str, sep: str = "\n\n") -> str:
        return sep.join(self.render(t, locale) for t in texts)

    def direction(self, locale: str) -> str:
        return "rtl" if locale in RTL_LANGUAGES else "ltr"

