"""Tips in the officer dashboard: the inbox with filters, a tip with its photos, place and thread,
status changes and answers to the tipster.

Changes go through the same channel-agnostic actions as the Telegram officer chat
(handlers/officer.py), so the tipster hears about them on whichever channel the tip
came from. A tip is addressed by its unguessable reference, and only behind the login
(the app's middleware); the tipster's identity (pseudonym, way back) is never loaded.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from aiohttp import web

from bot.dashboard.views import (
    PAGE_SIZE,
    audit,
    local_midnight,
    officer_of,
    officer_page,
    page_number,
    parse_day,
    ui_locale,
)
from bot.images import sniff_image
from bot.server.keys import RUNTIME, TELEGRAM
from bot.server.render import translator
from handlers import officer as officer_actions
from handlers.context import LOCAL_TIME
from handlers.tips import topic_label, topics
from handlers.types import Text
from storage import results, uploads
from storage import tips as tip_store
from storage import whatsapp as whatsapp_store
from storage.models import TipStatus, utcnow

if TYPE_CHECKING:
    from bot.i18n import Catalogs

log = logging.getLogger(__name__)

_REFERENCE = re.compile(r"^[A-Z]{2,4}-[A-Z0-9]{4,12}$")
# A photo is fetched from Telegram for the officer's browser; larger files are not passed on.
MAX_PHOTO_BYTES = 10 * 1024 * 1024
# A photo is an image, never a page: no script, no plugin, no frame, even if opened on its own.
PHOTO_HEADERS = {
    "Cache-Control": "no-store",
    "Content-Disposition": "inline",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
}

def setup_routes(app: web.Application) -> None:
    app.router.add_get("/officer/tips", inbox, name="officer-tips")
    app.router.add_get("/officer/tips/{reference}", tip_page, name="officer-tip")
    app.router.add_get("/officer/tips/{reference}/photo/{number}", photo, name="officer-tip-photo")
    app.router.add_post("/officer/tips/{reference}/status", change_status, name="officer-tip-status")
    app.router.add_post("/officer/tips/{reference}/reply", reply, name="officer-tip-reply")


def _reference(request: web.Request) -> str:
    reference = request.match_info["reference"].upper()
    if not _REFERENCE.match(reference):
        raise web.HTTPNotFound()
    return reference


def channel_name(catalogs: Catalogs, channel: str, locale: str) -> str:
    """A channel as officers read it (Telegram, WhatsApp, the web chat), never its id; an unknown one as is."""
    key = f"officer-channel-{channel}"
    return catalogs.render(Text.of(key), locale) if catalogs.has(key) else channel


def _statuses(t: Any) -> list[tuple[str, str]]:
    return [(s.value, t(f"officer-tip-status-{s.value}")) for s in TipStatus]


async def inbox(request: web.Request) -> web.Response:
    """List the tips, newest first, filtered by status, topic, language and date."""
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    locale = ui_locale(request)
    t = translator(request, locale)
    q = request.query
    topic_ids = [topic_id for topic_id, _ in topics(campaign)]
    chosen: dict[str, str] = {}
    if q.get("status") in TipStatus._value2member_map_:
        chosen["status"] = q["status"]
    if q.get("topic") in topic_ids:
        chosen["topic"] = q["topic"]
    if q.get("locale") in runtime.services.locales:
        chosen["locale"] = q["locale"]
    since, until = parse_day(q.get("from")), parse_day(q.get("to"))
    if since:
        chosen["from"] = since.isoformat()
    if until:
        chosen["to"] = until.isoformat()
    flt = results.TipFilter(
        campaign_id=campaign.id,
        status=chosen.get("status"),
        topic=chosen.get("topic"),
        locale=chosen.get("locale"),
        since=local_midnight(since) if since else None,
        until=local_midnight(until + timedelta(days=1)) if until else None,
    )
    page_no = page_number(request)
    async with runtime.reads() as session:  # on the reader: counted and paged in SQL
        total = await results.tip_count(flt, session=session)
        pages = max(1, -(-total // PAGE_SIZE))
        page_no = min(page_no, pages)
        rows = await results.tips(flt, session=session, limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        # WhatsApp tips whose tipster last wrote over 24 hours ago: an answer goes as a template first.
        outside = await whatsapp_store.outside_window([tip.id for tip in rows if tip.channel == "whatsapp"],
                                                      utcnow(), session=session)
    items = [
        {
            "reference": tip.reference,
            "time": tip.created_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M"),
            "status": tip.status,
            "status_label": t(f"officer-tip-status-{tip.status}"),
            "topic": catalogs.render(topic_label(campaign, tip.topic), locale),
            "text": tip.text if len(tip.text) <= 160 else tip.text[:159] + "…",
            "text_lang": tip.text_language if tip.text_language != "und" else "",
            "language": catalogs.render(Text("language-name", locale=tip.locale), tip.locale),
            "language_code": tip.locale,
            "photos": len(tip.photos),
            "place": tip.latitude is not None or bool(tip.place_text),
            "channel": tip.channel,
            "outside_window": tip.id in outside,
        }
        for tip in rows
    ]
    await audit(request, "view-tips", detail=urlencode(chosen)[:255])
    return officer_page(
        request,
        "officer/tips.html",
        {
            "tips": items,
            "total": total,
            "page_no": page_no,
            "pages": pages,
            "query": urlencode(chosen),
            "chosen": chosen,
            "statuses": _statuses(t),
            "topics": [(topic_id, catalogs.render(label, locale)) for topic_id, label in topics(campaign)],
            "locales": [(c, catalogs.render(Text("language-name", locale=c), c)) for c in runtime.services.locales],
        },
    )


async def tip_page(request: web.Request) -> web.Response:
    """Show one tip: text, photos, place, contact details if the tipster chose to give them, the thread."""
    reference = _reference(request)
    runtime = request.app[RUNTIME]
    campaign, catalogs = runtime.campaign, runtime.catalogs
    locale = ui_locale(request)
    t = translator(request, locale)
    async with runtime.services.sessionmaker() as session:
        tip = await tip_store.by_reference(reference, session=session)
        if tip is None or tip.id is None:
            raise web.HTTPNotFound()
        view = tip_store.for_officer(tip)
        thread = await tip_store.messages_of(tip.id, session=session)
        reachable = await tip_store.return_path(tip.id, session=session) is not None
        outside = await whatsapp_store.outside_window([tip.id], utcnow(), session=session) \
            if tip.channel == "whatsapp" else set()
        names = await _officer_names(session, [m.officer for m in thread if m.officer])
    messages = [
        {
            "time": m.created_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M"),
            "from_officer": m.sender == "officer",
            "who": t("officer-tip-from-officer", name=names.get(m.officer or "", m.officer or ""))
            if m.sender == "officer"
            else t("officer-tip-from-tipster"),
            "text": m.text,
        }
        for m in thread
    ]
    await audit(request, "view-tip", target=view.reference)
    done = request.query.get("done", "")
    notice = {"status": "officer-tip-status-changed", "replied": "officer-tip-replied",
              "unchanged": "officer-tip-not-changed"}.get(done)
    error = request.query.get("error", "")
    error_key = {"empty": "officer-tip-reply-empty", "too-long": "officer-tip-reply-too-long",
                 "unreachable": "officer-tip-unreachable"}.get(error)
    return officer_page(
        request,
        "officer/tip.html",
        {
            "tip": view,
            "time": view.created_at.astimezone(LOCAL_TIME).strftime("%Y-%m-%d %H:%M"),
            "topic": catalogs.render(topic_label(campaign, view.topic), locale),
            "language": catalogs.render(Text("language-name", locale=view.locale), view.locale),
            "text_lang": view.text_language if view.text_language != "und" else "",
            "status_label": t(f"officer-tip-status-{view.status}"),
            "channel": channel_name(catalogs, view.channel, locale),
            "statuses": _statuses(t),
            # (number, shown here): a web upload always; a Telegram photo only with the bot's token.
            "photos": [(n, uploads.upload_id(media_id) is not None or TELEGRAM in request.app)
                       for n, media_id in enumerate(view.photos, start=1)],
            "map_url": _map_url(view.latitude, view.longitude),
            "thread": messages,
            "reachable": reachable,
            "outside_window": tip.id in outside,
            "max_length": runtime.services.tips.max_length,
            "notice": notice,
            "error": error_key,
        },
    )


async def _officer_names(session: Any, refs: list[str]) -> dict[str, str]:
    """Map "web:<id>" officer references to dashboard names; Telegram officers keep their reference."""
    from storage import officers as officer_store

    names: dict[str, str] = {}
    for ref in set(refs):
        channel, _, ident = ref.partition(":")
        if channel == "web" and ident.isdigit():
            found = await officer_store.get(int(ident), session=session)
            if found is not None:
                names[ref] = found.name
    return names


def _map_url(latitude: float | None, longitude: float | None) -> str | None:
    if latitude is None or longitude is None:
        return None
    return f"https://www.openstreetmap.org/?mlat={latitude:.6f}&mlon={longitude:.6f}#map=17/{latitude:.6f}/{longitude:.6f}"


async def photo(request: web.Request) -> web.StreamResponse:
    """Pass a tip's photo to the officer's browser (behind the login, never cached): an upload from
    the web chat from the database, a Telegram photo from Telegram."""
    reference = _reference(request)
    try:
        number = int(request.match_info["number"])
    except ValueError:
        raise web.HTTPNotFound() from None
    runtime = request.app[RUNTIME]
    async with runtime.services.sessionmaker() as session:
        tip = await tip_store.by_reference(reference, session=session)
    if tip is None or tip.id is None or not 1 <= number <= len(tip.photos):
        raise web.HTTPNotFound()
    media_id = tip.photos[number - 1]
    if uploads.upload_id(media_id) is not None:
        async with runtime.services.sessionmaker() as session:
            upload = await uploads.of_tip(media_id, tip.id, session=session)
        if upload is None:
            raise web.HTTPNotFound()
        await audit(request, "view-photo", target=reference, detail=str(number))
        return web.Response(body=upload.data, content_type=upload.content_type, headers=PHOTO_HEADERS)
    application = request.app.get(TELEGRAM)
    if application is None:
        raise web.HTTPNotFound()
    from telegram.error import TelegramError

    try:
        file = await application.bot.get_file(tip.photos[number - 1])
        if file.file_size is not None and file.file_size > MAX_PHOTO_BYTES:
            raise web.HTTPRequestEntityTooLarge(max_size=MAX_PHOTO_BYTES, actual_size=file.file_size)
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.warning("photo %d of tip %s could not be fetched: %s", number, reference, exc.message)
        raise web.HTTPBadGateway() from None
    await audit(request, "view-photo", target=reference, detail=str(number))
    # Telegram re-encodes a photo as a JPEG; whatever it is, it is served as what its bytes say.
    content_type = sniff_image(data) or "image/jpeg"
    return web.Response(body=data[:MAX_PHOTO_BYTES], content_type=content_type, headers=PHOTO_HEADERS)


async def change_status(request: web.Request) -> web.StreamResponse:
    """Set the tip's status through the officer action; the tipster is told on their channel."""
    reference = _reference(request)
    form = await request.post()
    value = form.get("status")
    if value not in TipStatus._value2member_map_:
        raise web.HTTPBadRequest(text="unknown status")
    status = TipStatus(str(value))
    services = request.app[RUNTIME].services
    result = await officer_actions.set_status(_identity(request), reference, status, services=services)
    if result.result is officer_actions.Result.NO_SUCH_TIP:
        raise web.HTTPNotFound()
    await audit(request, "tip-status", target=result.reference, detail=f"{status.value} ({result.result.value})")
    done = "status" if result.result is officer_actions.Result.DONE else "unchanged"
    return web.Response(status=303, headers={"Location": f"/officer/tips/{result.reference}?done={done}"})


async def reply(request: web.Request) -> web.StreamResponse:
    """Send the officer's words to the tipster through the officer action (the outbox)."""
    reference = _reference(request)
    form = await request.post()
    text = form.get("text")
    text = text if isinstance(text, str) else ""
    services = request.app[RUNTIME].services
    result = await officer_actions.send_message(_identity(request), reference, text, services=services)
    if result.result is officer_actions.Result.NO_SUCH_TIP:
        raise web.HTTPNotFound()
    await audit(request, "tip-reply", target=result.reference, detail=result.result.value)
    query = "done=replied" if result.result is officer_actions.Result.DONE else f"error={result.result.value}"
    return web.Response(status=303, headers={"Location": f"/officer/tips/{result.reference}?{query}#thread"})


def _identity(request: web.Request) -> officer_actions.OfficerIdentity:
    officer = officer_of(request)
    return officer_actions.OfficerIdentity("web", str(officer.id), officer.name)


