"""The officers' themes page (/officer/themes) and the mark that publishes an answer as a quote.

Themes are worked out by bot/dashboard/themes.py in a thread and kept per focus area until its
answers change; without the themes extra the page says how to install it. The quote mark is a
form on the answers page (POST /officer/answers/{id}/quote): only an answer so marked is ever
shown on the public results page (bot/server/results.py). Both are written to the audit log.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.dashboard import themes
from bot.dashboard.views import _safe_next, audit, officer_page, ui_locale
from bot.server.keys import RUNTIME, THEMES
from handlers.types import Text
from storage import published


def setup_routes(app: web.Application) -> None:
    app[THEMES] = themes.ThemeCache()
    app.router.add_get("/officer/themes", themes_page, name="officer-themes")
    app.router.add_post(r"/officer/answers/{answer_id:\d{1,18}}/quote", mark_quote, name="officer-answer-quote")


async def themes_page(request: web.Request) -> web.Response:
    """Show the themes of one focus area: each with its most typical answer, key words and count."""
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    locale = ui_locale(request)
    areas = [(a.id, catalogs.render(Text.of(a.label), locale)) for a in campaign.focus_areas]
    chosen = request.query.get("area", "")
    if campaign.focus_area(chosen) is None:
        chosen = campaign.focus_areas[0].id
    context: dict[str, Any] = {"areas": areas, "chosen": chosen, "enabled": themes.available(),
                               "command": themes.ENABLE_COMMAND, "found": None, "working": False,
                               "total": 0, "limited": False}
    if context["enabled"]:
        async with runtime.reads() as session:
            signatures = await published.area_signatures(campaign.id, session=session)
        signature = signatures.get(chosen, (0, 0))
        context["total"] = signature[0]
        context["limited"] = signature[0] > themes.MAX_ANSWERS

        async def fetch() -> themes.Rows:
            async with runtime.reads() as session:
                return await published.area_texts(campaign.id, chosen, session=session, limit=themes.MAX_ANSWERS)

        found = await request.app[THEMES].themes(f"{campaign.id}:{chosen}", signature, fetch) if signature[0] else []
        context["working"] = found is None
        context["found"] = [
            {"count": theme.count, "quote": theme.quote, "key_words": theme.key_words,
             "lang": theme.quote_language if theme.quote_language != "und" else "",
             "examples": [{"text": text, "lang": lang if lang != "und" else ""} for text, lang in theme.examples]}
            for theme in found or ()
        ]
    await audit(request, "view-themes", detail=f"area={chosen}")
    return officer_page(request, "officer/themes.html", context)


async def mark_quote(request: web.Request) -> web.StreamResponse:
    """Publish an answer as a quote on the public results page, or take it off again."""
    runtime = request.app[RUNTIME]
    form = await request.post()
    answer_id = int(request.match_info["answer_id"])
    publish = form.get("publish") == "1"
    async with runtime.services.sessionmaker.begin() as session:
        found = await published.set_quote(answer_id, runtime.campaign.id, publish, session=session)
    if not found:
        raise web.HTTPNotFound()
    await audit(request, "publish-quote" if publish else "unpublish-quote", target=f"answer {answer_id}")
    back = form.get("next")
    target = _safe_next(back if isinstance(back, str) else None)
    raise web.HTTPSeeOther(location=target if target != "/officer" else "/officer/answers")
