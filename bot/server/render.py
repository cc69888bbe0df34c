"""Render a page in a language: templates get `t(key, **params)`, `lang`, `dir` and the CSRF token."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Protocol

import aiohttp_jinja2
from aiohttp import web
from markupsafe import Markup

from bot.server.keys import RUNTIME
from handlers.common import BIDI_CONTROLS, locale_from_code
from handlers.types import Resident, Text


class Translate(Protocol):
    """`t(key, **params)`: a catalog text in the page's language (Markup when a parameter is a `Resident`)."""

    def __call__(self, key: str, /, **params: object) -> str: ...


def translator(request: web.Request, locale: str) -> Translate:
    """Return `t(key, **params)`; a parameter wrapped in `resident(...)` is shown in a `<bdi>`, as written."""
    catalogs = request.app[RUNTIME].catalogs

    def t(key: str, /, **params: object) -> str:
        text = Text(key, MappingProxyType(dict(params)))
        if any(isinstance(value, Resident) for value in params.values()):
            return Markup(catalogs.render(text, locale, html=True))  # escaped there, values in <bdi>
        return catalogs.render(text, locale)

    return t


def clean_shown(words: str | None) -> str:
    """Return a resident's words without bidi controls (for text stored before the input removed them)."""
    return BIDI_CONTROLS.sub("", words or "")


def language_names(request: web.Request) -> list[tuple[str, str]]:
    """Return (code, name in its own language) for every language of the campaign."""
    runtime = request.app[RUNTIME]
    render = runtime.catalogs.render
    return [(code, render(Text("language-name", locale=code), code)) for code in runtime.services.locales]


def browser_locale(request: web.Request, cookie: str) -> str:
    """The language for a page with no conversation behind it: a chosen one, the browser's, the default."""
    runtime = request.app[RUNTIME]
    supported = runtime.services.locales
    chosen = request.cookies.get(cookie)
    if chosen is not None and chosen in supported:
        return chosen
    for part in request.headers.get("Accept-Language", "").split(","):
        code = locale_from_code(part.split(";")[0].strip() or None, supported)
        if code is not None:
            return code
    return runtime.campaign.default_locale


def accept_language(request: web.Request) -> str | None:
    first = request.headers.get("Accept-Language", "").split(",")[0].split(";")[0].strip()
    return first or None


def page(
    request: web.Request,
    template: str,
    locale: str,
    context: Mapping[str, Any] | None = None,
    *,
    status: int = 200,
) -> web.Response:
    runtime = request.app[RUNTIME]
    values = {
        "t": translator(request, locale),
        "lang": locale,
        "dir": runtime.catalogs.direction(locale),
        "campaign": runtime.campaign,
        "languages": language_names(request),
        "asset": lambda name: request.app.router["static"].url_for(filename=name),
        # A resident's words as a parameter of t(): t('key', name=resident(tip.contact_name)),
        # and on their own, in an element with dir="auto" or a <bdi>: clean(tip.text).
        "resident": Resident,
        "clean": clean_shown,
        **(context or {}),
    }
    return aiohttp_jinja2.render_template(template, request, values, status=status)
