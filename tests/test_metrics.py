"""/metrics: what an operator's Prometheus scrapes, over HTTP, as residents answer and send tips.

The product runs as `run` assembles it (the web app with its runtime, Telegram polling the fake
Bot API, the outbox); /metrics is read from the port METRICS_PORT opens. The snapshot's queries
run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.metrics import Metrics
from storage import db, monitoring, tips
from storage.models import OutboxMessage, OutboxStatus, Tip, TipStatus, utcnow


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


def parse(text: str) -> Samples:
    """Return {(sample name, sorted labels): value} of a Prometheus text exposition."""
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


async def scrape(port: int) -> tuple[str, Samples]:
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics") as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=")
        text = await response.text()
    return text, parse(text)


# --- the database's part, on SQLite and PostgreSQL ----------------------------------------------------


@pytest.fixture
async def sessionmaker(database_url: str) -> AsyncIterator[Any]:
    engine = db.create_engine(database_url)
    await db.upgrade(engine)
    try:
        yield db.create_sessionmaker(engine)
    finally:
        await engine.dispose()


def _tip(**fields: Any) -> Tip:
    values: dict[str, Any] = {"reference": "", "campaign_id": "dals-ed-2017", "channel": "telegram", "topic": "other",
                              "text": "Storgatan 5", "text_language": "sv", "locale": "sv", "resident_key": "r1"}
    return Tip(**{**values, **fields})


def _message(recipient: str, status: OutboxStatus, age: timedelta) -> OutboxMessage:
    return OutboxMessage(recipient=recipient, channel="telegram", kind="tip", locale="sv", status=status.value,
                         created_at=utcnow() - age, payload={})


async def test_the_snapshot_counts_pending_messages_finds_the_oldest_and_counts_tips_by_status(
    sessionmaker: Any,
) -> None:
    async with sessionmaker() as session:
        empty = await monitoring.snapshot(session=session)
    assert empty.outbox_pending == {} and empty.outbox_oldest_pending is None and empty.inbox_unfinished == 0
    assert empty.tips == {"new": 0, "taken": 0, "closed": 0}
    async with sessionmaker.begin() as session:
        for status in (TipStatus.NEW, TipStatus.NEW, TipStatus.CLOSED):
            await tips.add(_tip(status=status.value), prefix="DE", channel="telegram", chat_id="1", session=session)
        session.add_all([
            _message("officer", OutboxStatus.PENDING, timedelta(minutes=5)),
            _message("officer", OutboxStatus.PENDING, timedelta(minutes=1)),
            _message("tipster", OutboxStatus.PENDING, timedelta(minutes=2)),
            _message("officer", OutboxStatus.SENT, timedelta(hours=3)),      # sent: neither counted nor oldest
            _message("tipster", OutboxStatus.FAILED, timedelta(hours=2)),
        ])
    async with sessionmaker() as session:
        found = await monitoring.snapshot(session=session)
    assert found.outbox_pending == {"officer": 2, "tipster": 1}
    assert found.outbox_oldest_pending is not None
    assert timedelta(minutes=4) < utcnow() - found.outbox_oldest_pending < timedelta(minutes=6)
    assert found.tips == {"new": 2, "taken": 0, "closed": 1}

    metrics = Metrics()
    await metrics.refresh(sessionmaker, now=found.outbox_oldest_pending + timedelta(seconds=90))
    samples = parse(metrics.exposition().decode())
    assert value(samples, "medborgardialog_outbox_oldest_pending_age_seconds") == 90
    assert value(samples, "medborgardialog_outbox_pending", recipient="officer") == 2
    assert value(samples, "medborgardialog_outbox_pending", recipient="follower") == 0
    assert value(samples, "medborgardialog_tips", status="new") == 2
    assert value(samples, "medborgardialog_database_up") == 1


async def test_a_scrape_with_the_database_gone_says_so_instead_of_failing(tmp_path: Path) -> None:
    engine = db.create_engine(f"sqlite+aiosqlite:///{tmp_path / 'never-migrated.db'}")
    try:
        metrics = Metrics()
        await metrics.refresh(db.create_sessionmaker(engine))
    finally:
        await engine.dispose()
    assert value(parse(metrics.exposition().decode()), "medborgardialog_database_up") == 0


def test_a_label_value_that_is_not_a_name_from_the_code_becomes_other() -> None:
    metrics = Metrics()
    metrics.observe_turn("telegram", "Mitt namn är Amina", "handled", 0.01)
    metrics.observe_delivery("tipster", "tip\nDE-7K3QX", "delivered")
    metrics.observe_request("BREW", "/officer/tips/{reference}", 200, 0.01)
    samples = parse(metrics.exposition().decode())
    assert value(samples, "medborgardialog_turns_total", channel="telegram", step="other", result="handled") == 1
    assert value(samples, "medborgardialog_outbox_deliveries_total", recipient="tipster", kind="other",
                 result="delivered") == 1
    assert value(samples, "medborgardialog_http_requests_total", method="other", route="/officer/tips/{reference}",
                 status="200") == 1
