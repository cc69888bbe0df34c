"""The WhatsApp channel's storage on each engine: the window, held messages, statuses."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.app import build_runtime
from bot.runtime import Runtime
from bot.settings import Settings
from storage import tips
from storage import whatsapp as store
from storage.models import OutboxMessage, Tip, utcnow

A, B = "a" * 64, "b" * 64


@pytest.fixture
async def runtime(database_url: str, tmp_path: Path) -> AsyncIterator[Runtime]:
    settings = Settings(_env_file=None, database_url=database_url, data_dir=tmp_path,  # type: ignore[call-arg]
                        pseudonym_secret="test-pseudonym-secret-0123456789")
    runtime = await build_runtime(settings)
    try:
        yield runtime
    finally:
        await runtime.close()


async def test_windows_held_messages_and_statuses(runtime: Runtime) -> None:
    now = utcnow()
    async with runtime.services.sessionmaker.begin() as session:
        await store.touch_window(A, now, session=session)
        await store.touch_window(A, now - timedelta(hours=1), session=session)   # an older one does not win
        await store.touch_window(B, now - timedelta(hours=30), session=session)
        assert await store.last_inbound(A, session=session) == now
        first, second = (Tip(reference="", campaign_id="c", channel="whatsapp", topic="other", text_language="und",
                             locale="sv", resident_key=key) for key in (A, B))
        await tips.add(first, prefix="DE", channel="whatsapp", chat_id="46700000001", session=session)
        await tips.add(second, prefix="DE", channel="whatsapp", chat_id="46700000002", session=session)
        message = OutboxMessage(recipient="tipster", channel="whatsapp", kind="status", tip_id=second.id, locale="sv",
                                next_attempt_at=now + timedelta(hours=6))
        session.add(message)
        await session.flush()
        assert message.id is not None and first.id is not None and second.id is not None
        assert await store.open_windows([A, B], now, session=session) == {A}
        assert await store.outside_window([first.id, second.id, None], now, session=session) == {second.id}

        await store.hold(message.id, B, template_sent_at=now, session=session)
        assert await store.template_sent_since(B, now - store.WINDOW, session=session)
        assert not await store.template_sent_since(A, now - store.WINDOW, session=session)
        assert await store.release_held(B, now, session=session) == [message.id]

        await store.record_sent("wamid.ONE", message.id, now, session=session)
        assert await store.update_status("wamid.ONE", "delivered", None, now, session=session) is not None
        assert await store.update_status("wamid.ONE", "sent", None, now, session=session) is None   # no way back
        assert await store.update_status("wamid.OTHER", "read", None, now, session=session) is None
        assert await store.reopen(message.id, "again", now, session=session)

        assert await store.purge_windows(now, session=session) == 1   # B's closed window
        await store.delete_of_resident(B, session=session)
        assert await store.held(message.id, session=session) is None
        await store.close_window(A, session=session)
        assert await store.last_inbound(A, session=session) is None


async def test_a_resident_writing_while_their_held_message_is_looked_at_again_is_not_overwritten(
    runtime: Runtime,
) -> None:
    """The worker took the held message (its 6 hours were over) and found the window closed; the resident's
    message released it meanwhile: the worker's retry does not put it back 6 hours, it is due now."""
    from storage import outbox

    now = utcnow()
    lease = timedelta(seconds=30)
    sessionmaker = runtime.services.sessionmaker
    async with sessionmaker.begin() as session:
        tip = Tip(reference="", campaign_id="c", channel="whatsapp", topic="other", text_language="und", locale="sv",
                  resident_key=B)
        await tips.add(tip, prefix="DE", channel="whatsapp", chat_id="46700000002", session=session)
        held, other = (OutboxMessage(recipient="tipster", channel="whatsapp", kind="status", tip_id=tip.id,
                                     locale="sv", next_attempt_at=now - timedelta(minutes=1)) for _ in range(2))
        session.add_all([held, other])
        await session.flush()
        assert held.id is not None and other.id is not None
        await store.hold(held.id, B, template_sent_at=now - timedelta(hours=8), session=session)
    taken = {}
    for message_id in (held.id, other.id):
        async with sessionmaker.begin() as session:
            assert await outbox.claim(message_id, "worker", now, lease, session=session)
        async with sessionmaker() as session:
            row = await outbox.get(message_id, session=session)
            assert row is not None
            taken[message_id] = row.next_attempt_at
    async with sessionmaker.begin() as session:   # the resident writes
        assert await store.release_held(B, now, session=session) == [held.id]
    later = now + timedelta(hours=6)
    async with sessionmaker.begin() as session:
        for message_id in (held.id, other.id):
            await outbox.retry_later(message_id, "worker", at=later, error="outside the window",
                                     taken_due=taken[message_id], session=session)
    async with sessionmaker() as session:
        assert await outbox.due(now, channels=["whatsapp"], limit=10, session=session) == [held.id]
        row = await outbox.get(other.id, session=session)
        assert row is not None and row.next_attempt_at == later and row.lock_owner is None
