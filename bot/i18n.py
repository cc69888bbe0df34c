"""Fluent catalogs: one folder per language under `locales/`, one `.ftl` file per feature."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from fluent.runtime import FluentBundle, FluentResource

from handlers.types import Text

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
RTL_LOCALES = frozenset({"ar", "fa"})
FALLBACK_LOCALE = "sv"


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
                bundle.add_resource(FluentResource(file.read_text(encoding="utf-8")))
            self._bundles[code] = bundle

    def keys(self, locale: str) -> set[str]:
        return set(self._bundles[locale]._messages)  # noqa: SLF001 - fluent.runtime has no public lister

    def has(self, key: str, locale: str = FALLBACK_LOCALE) -> bool:
        return locale in self._bundles and self._bundles[locale].has_message(key)

    def render(self, text: Text | str, locale: str) -> str:
        """Render a text in `locale` (or the text's own), falling back to Swedish, then the key."""
        if isinstance(text, str):
            return text
        if text.literal is not None:
            return text.literal
        locale = text.locale or locale
        params = {name: self._param(value, locale) for name, value in text.params.items()}
        for code in (locale, FALLBACK_LOCALE):
            bundle = self._bundles.get(code)
            if bundle is None or not bundle.has_message(text.key):
                continue
            message = bundle.get_message(text.key)
            if message.value is None:
                continue
            value, errors = bundle.format_pattern(message.value, params)
            for error in errors:
                log.error("catalog %s, key %s: %s", code, text.key, error)
            return value
        log.error("no catalog has the key %s", text.key)
        return text.key

    def _param(self, value: object, locale: str) -> object:
        if isinstance(value, Text):
            return self.render(value, locale)
        return value

    def render_all(self, texts: Iterable[Text], locale: str, sep: str = "\n\n") -> str:
        return sep.join(self.render(t, locale) for t in texts)

    def direction(self, locale: str) -> str:
        return "rtl" if locale in RTL_LOCALES else "ltr"

