"""Updates on the promises in the officer dashboard ("what we did"): write, preview, send, follow progress.

For each promise an officer writes what was done, in Swedish and, if they like, in the other
languages; a preview shows the message as a follower reads it in each language (in Swedish
under a line saying so where no text of its own was written), and the send button stores the
update and queues it for every follower of the area at once (handlers/follow.py). The page
shows, per update sent, how many messages went out, wait, and failed. No follower's identity
or chat is ever loaded here: only counts.
"""

from __future__ import annotations

import logging
from typing import Any

from aiohttp import web

from bot.dashboard.views import audit, officer_of, officer_page, ui_locale
from bot.server.keys import RUNTIME
from bot.server.render import translator
from handlers import follow as following
from handlers.context import LOCAL_TIME
from handlers.types import Text
from storage import follow as store
from storage.models import ALL_AREAS, PromiseUpdate, utcnow

log = logging.getLogger(__name__)

PATH = "/officer/updates"
# Updates shown under each promise, newest first.
HISTORY = 10


def setup_routes(app: web.Application) -> None:
    app.router.add_get(PATH, updates_page, name="officer-updates")
    app.router.add_post(PATH + "/{area}", post_update, name="officer-updates-post")


def _texts_of(form: Any, locales: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    def field(name: str) -> str:
        value = form.get(name)
        return value if isinstance(value, str) else ""

    return field("text-sv"), {code: field(f"text-{code}") for code in locales if code != following.SOURCE_LOCALE}


async def updates_page(
    request: web.Request,
    *,
    draft: dict[str, Any] | None = None,
    error: str | None = None,
    status: int = 200,
) -> web.Response:
    """Show each promise with its followers, a form to write an update, and the updates sent with their progress."""
    runtime = request.app[RUNTIME]
    campaign, catalogs, services = runtime.campaign, runtime.catalogs, runtime.services
    locale = ui_locale(request)
    t = translator(request, locale)
    async with runtime.reads() as session:
        counts = await store.count_by_area(session=session)
        latest = await store.latest_updates(campaign.id, per_area=HISTORY, session=session)
        ids = [u.id for updates in latest.values() for u in updates if u.id is not None]
        progress = await store.progress(ids, session=session)
    languages = [
        (code, catalogs.render(Text("language-name", locale=code), code))
        for code in services.locales
        if code != following.SOURCE_LOCALE
    ]
    areas = []
    for area in campaign.focus_areas:
        if area.promise is None:
            continue
        history = [
            {
                "by": t("officer-updates-by", date=u.created_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M"),
                        officer=u.officer),
                "text": u.text,
                "languages": [name for code, name in languages if u.texts.get(code)],
                "recipients": u.recipients,
                "progress": progress.get(u.id or 0, {}),
            }
            for u in latest.get(area.id, [])
        ]
        mine = draft is not None and draft["area"] == area.id
        areas.append(
            {
                "id": area.id,
                "label": catalogs.render(Text.of(area.label), locale),
                "promise": catalogs.render(Text.of(area.promise), locale),
                "followers": counts.get(area.id, 0),
                "history": history,
                "draft": draft if mine else None,
                "error": error if mine else None,
            }
        )
    await audit(request, "view-updates")
    done = request.query.get("done", "")
    return officer_page(
        request,
        "officer/updates.html",
        {
            "areas": areas,
            "all_followers": counts.get(ALL_AREAS, 0),
            "languages": languages,
            "max_length": following.MAX_UPDATE_LENGTH,
            "queued": int(request.query.get("recipients", "0") or 0) if done else None,
            "done_area": done,
        },
        status=status,
    )


async def post_update(request: web.Request) -> web.StreamResponse:
    """Preview an update in every language, or send it to the area's followers."""
    runtime = request.app[RUNTIME]
    services, campaign, catalogs = runtime.services, runtime.campaign, runtime.catalogs
    area_id = request.match_info["area"]
    area = campaign.focus_area(area_id)
    if area is None or area.promise is None:
        raise web.HTTPNotFound()
    form = await request.post()
    raw_text, raw_texts = _texts_of(form, services.locales)
    action = form.get("action")
    text, texts = following.clean_texts(services, raw_text, raw_texts)
    refused = following.check(services, area_id, text, texts)
    draft: dict[str, Any] = {"area": area_id, "text": raw_text, "texts": raw_texts, "previews": []}
    if refused is not None:
        key = {following.PostResult.EMPTY: "officer-updates-empty",
               following.PostResult.TOO_LONG: "officer-updates-too-long"}.get(refused, "officer-updates-no-such-area")
        return await updates_page(request, draft=draft, error=key, status=400)
    if action != "send":
        # The message as each follower will read it (not stored: nothing is sent before the button).
        preview = PromiseUpdate(campaign_id=campaign.id, focus_area=area_id, text=text, texts=texts,
                                officer=officer_of(request).name, created_at=utcnow())
        for code in services.locales:
            reply = following.update_reply(preview, campaign, code)
            draft["previews"].append({
                "code": code,
                "name": catalogs.render(Text("language-name", locale=code), code),
                "dir": catalogs.direction(code),
                "text": catalogs.render_all(reply.texts, code),
                "button": catalogs.render(reply.buttons[0][0].label, code) if reply.buttons else "",
            })
        return await updates_page(request, draft=draft)
    posted = await following.post_update(officer_of(request).name, area_id, raw_text, raw_texts, services=services)
    await audit(request, "update-send", target=area_id, detail=f"{posted.recipients} followers")
    return web.Response(
        status=303, headers={"Location": f"{PATH}?done={area_id}&recipients={posted.recipients}#area-{area_id}"}
    )
