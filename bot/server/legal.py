"""The pages the law asks of a public body's site: the accessibility statement and the privacy notice.

The accessibility statement (*tillgänglighetsredogörelse*, lagen (2018:1937) om tillgänglighet
till digital offentlig service) and the privacy notice (GDPR art. 13) are plain pages in all
the campaign's languages: no JavaScript, no form, no cookie set. The municipality's and the
controllers' details come from the campaign file, the retention periods from the settings the
server runs with, so the notice says what the product really does.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.server.keys import RUNTIME, SETTINGS
from bot.server.render import browser_locale, page
from bot.server.security import LANG_COOKIE
from bot.settings import Settings
from handlers.campaign import Campaign

ACCESSIBILITY_PATH = "/accessibility"
PRIVACY_PATH = "/privacy"
# The Swedish address of the statement, as Swedish public bodies name it.
ACCESSIBILITY_PATH_SV = "/tillganglighet"


def setup_routes(app: web.Application) -> None:
    app.router.add_get(ACCESSIBILITY_PATH, accessibility_page, name="accessibility")
    app.router.add_get(ACCESSIBILITY_PATH_SV, accessibility_page, name="accessibility-sv")
    app.router.add_get(PRIVACY_PATH, privacy_page, name="privacy")


def _locale(request: web.Request) -> str:
    """`?lang=` (the chats link with the resident's language), the chosen one, the browser's, the default."""
    wanted = request.query.get("lang")
    if wanted is not None and wanted in request.app[RUNTIME].services.locales:
        return wanted
    return browser_locale(request, LANG_COOKIE)


def details(campaign: Campaign) -> dict[str, str]:
    """The municipality's contact and the controllers, from the campaign file (the contact officer
    and the police by name where the file has no [municipality_details] or [controller] table)."""
    municipality, controller = campaign.municipality_details, campaign.controller
    return {
        "organisation": municipality.name if municipality else campaign.municipality,
        "email": municipality.email if municipality else "—",
        "phone": municipality.phone if municipality else campaign.contact.phone,
        "date": municipality.statement_date if municipality else "—",
        "police": controller.police if controller else "Polismyndigheten",
        "legal_basis": controller.legal_basis if controller else "legal-basis-public-task",
        "dpo": controller.municipality_dpo if controller else "—",
        "police_dpo": controller.police_dpo if controller else "—",
    }


def _context(request: web.Request, path: str) -> dict[str, Any]:
    campaign = request.app[RUNTIME].campaign
    return {"legal": details(campaign), "path": path}


async def accessibility_page(request: web.Request) -> web.Response:
    return page(request, "accessibility.html", _locale(request), _context(request, ACCESSIBILITY_PATH))


async def privacy_page(request: web.Request) -> web.Response:
    settings: Settings = request.app[SETTINGS]
    context = _context(request, PRIVACY_PATH)
    context["retention"] = {
        "tips": settings.tip_retention_days,
        "web": settings.web_transcript_days,
        "inbox_hours": settings.inbox_retention_hours,
    }
    # Only the chat channels this server runs are named (a notice for a channel that is off would
    # tell the resident of a recipient their words never reach).
    telegram = settings.telegram_bot_token is not None
    context["channels"] = {
        "telegram": telegram,
        "officer_chat": telegram and settings.officer_chat_id is not None,
        "whatsapp": settings.whatsapp_enabled,
    }
    return page(request, "privacy.html", _locale(request), context)
