"""Photos uploaded in the web chat: kept as bytes until the tip is sent, then as part of the tip.

A tip refers to an upload as "web:<id>" in its list of photos, beside Telegram's file ids.
The id is random (32 bytes from `secrets`), never sequential; the bytes are only ever
served to logged-in officers, and only for the tip they were attached to.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import update
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import TipUpload

PREFIX = "web:"

def upload_id(media_id: str) -> str | None:
    """Return the upload id of a "web:<id>" media id, or None for another channel's file id."""
    if not media_id.startswith(PREFIX):
        return None
    ident = media_id[len(PREFIX):]
    return ident if 20 <= len(ident) <= 43 else None


async def add(resident_key: str, data: bytes, content_type: str, *, session: AsyncSession) -> str:
    """Keep an uploaded photo for the resident's unsent tip; return its media id ("web:<id>")."""
    upload = TipUpload(
        id=secrets.token_urlsafe(32), resident_key=resident_key, content_type=content_type, size=len(data), data=data
    )
    session.add(upload)
    await session.flush()
    return PREFIX + upload.id


async def attach(media_ids: Iterable[str], tip_id: int, resident_key: str | None, *, session: AsyncSession) -> int:
    """Make the resident's unattached uploads among `media_ids` part of the tip (and no longer theirs)."""
    ids = [i for i in (upload_id(m) for m in media_ids) if i is not None]
    if not ids or resident_key is None:
        return 0
    result = await session.exec(
        update(TipUpload)
        .where(col(TipUpload.id).in_(ids), col(TipUpload.resident_key) == resident_key, col(TipUpload.tip_id).is_(None))
        .values(tip_id=tip_id, resident_key=None)
    )
    return result.rowcount or 0


async def of_tip(media_id: str, tip_id: int, *, session: AsyncSession) -> TipUpload | None:
    """Return the upload behind "web:<id>" if it belongs to this tip."""
    ident = upload_id(media_id)
    if ident is None:
        return None
    upload = await session.get(TipUpload, ident)
    return upload if upload is not None and upload.tip_id == tip_id else None


async def delete_unattached(*, session: AsyncSession, before: datetime | None = None,
                            resident_key: str | None = None) -> int:
    """Delete uploads no tip was sent with: older than `before`, or the resident's (for /forget)."""
    statement = delete(TipUpload).where(col(TipUpload.tip_id).is_(None))
    if before is not None:
        statement = statement.where(col(TipUpload.created_at) < before)
    if resident_key is not None:
        statement = statement.where(col(TipUpload.resident_key) == resident_key)
    result = await session.exec(statement)
    return result.rowcount or 0


async def all_of(*, session: AsyncSession) -> list[TipUpload]:
    """Return every upload (for tests and checks)."""
    return list((await session.exec(select(TipUpload).order_by(col(TipUpload.created_at)))).all())
