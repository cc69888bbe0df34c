"""`medborgardialog export tips`: the tips for the officer's records, without tipster identities.

Exported: the reference, when, topic, the text and its language, the tipster's chat
language, how many photos, the place (shared, and as described in words), status, whether
the tipster asked to be contacted, and the thread with the officer. Never exported: the
pseudonym, the way back (chat id), the contact details (they are in the officer chat, and
purged with the way back), the photos' Telegram file ids (usable only with the bot's token).

`csv_safe` defuses a cell for a spreadsheet: this export and the dashboard's CSV use it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from handlers.common import BIDI_CONTROLS
from storage import tips
from storage.models import TipMessage, TipPublic

if TYPE_CHECKING:
    from bot.runtime import Runtime

COLUMNS = [
    "reference", "created_at", "campaign", "channel", "topic", "text", "text_language", "locale", "photos",
    "latitude", "longitude", "place_text", "status", "closed_at", "contact_requested", "messages",
]


async def tip_records(runtime: Runtime, fmt: str) -> AsyncIterator[dict[str, object]]:
    """Yield the tips as records (oldest first), read in chunks; in CSV the thread is one cell."""
    async for chunk in tips.export_chunks(runtime.reads):
        for tip, thread in chunk:
            yield _record(tip, thread, fmt)


def _record(tip: TipPublic, thread: list[TipMessage], fmt: str) -> dict[str, object]:
    messages = [
        {"at": message.created_at.isoformat(), "sender": message.sender, "text": message.text}
        for message in thread
    ]
    return {
        "reference": tip.reference,
        "created_at": tip.created_at.isoformat(),
        "campaign": tip.campaign_id,
        "channel": tip.channel,
        "topic": tip.topic,
        "text": tip.text,
        "text_language": tip.text_language,
        "locale": tip.locale,
        "photos": len(tip.photos),
        "latitude": tip.latitude if tip.latitude is not None else "",
        "longitude": tip.longitude if tip.longitude is not None else "",
        "place_text": tip.place_text or "",
        "status": tip.status,
        "closed_at": tip.closed_at.isoformat() if tip.closed_at else "",
        "contact_requested": tip.contact_requested,
        "messages": messages
        if fmt == "json"
        else "\n".join(f"{m['at']} {m['sender']}: {m['text']}" for m in messages),
    }


def csv_safe(value: object) -> object:
    """Defuse formula injection (a spreadsheet runs a cell that starts with = + - @) and bidi controls."""
    if isinstance(value, str):
        value = BIDI_CONTROLS.sub("", value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
