"""/metrics: what an operator's Prometheus scrapes, over HTTP, as residents answer and send tips.

The product runs as `run` assembles it (the web app with its runtime, Telegram polling the fake
Bot API, the outbox); /metrics is read from the port METRICS_PORT opens. The snapshot's queries
run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from bot.app import create_app
from bot.metrics import Metrics
from bot.settings import Settings
from handlers.states import State
from storage import db, monitoring, tips
from storage.models import OutboxMessage, OutboxStatus, Party, Tip, TipStatus, utcnow
from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID, BotHarness
from tests.fakebotapi import TOKEN, FakeBotAPI, FakeUser
from tests.test_dialogue import say
from tests.test_tips import consent, make_resident, send_tip, wait_for_card
from tests.test_web import WebResident, answer_in_web_chat

ROOT = Path(__file__).resolve().parent.parent


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


# --- over HTTP, as residents talk ----------------------------------------------------------------------


async def until(port: int, condition: Callable[[Samples], bool], timeout: float = 20.0) -> Samples:
    """Scrape until `condition` holds (what a turn counts is counted just after its replies are sent)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        _, samples = await scrape(port)
        if condition(samples):
            return samples
        assert asyncio.get_running_loop().time() < deadline, "the metrics never showed it"
        await asyncio.sleep(0.05)


def turns(samples: Samples, step: str, channel: str = "telegram") -> float:
    return value(samples, "medborgardialog_turns_total", channel=channel, step=step, result="handled")


async def test_the_running_program_shows_an_answer_and_a_tip_in_metrics_as_they_happen(
    fake_api: FakeBotAPI, tmp_path: Path, person: Callable[..., FakeUser],
) -> None:
    http_port, metrics_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "OFFICER_",
                                                                     "METRICS_", "HTTP_", "LOG_"))}
    env.update(DATA_DIR=str(tmp_path / "data"), PSEUDONYM_SECRET="metrics-test-secret-0123456789abcdef",
               PYTHONPATH=str(ROOT), TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_api.base_url,
               TELEGRAM_RATE_LIMIT="false", OFFICER_CHAT_ID=str(OFFICER_CHAT_ID), OFFICER_USER_IDS=str(OFFICER_USER_ID),
               HTTP_PORT=str(http_port), METRICS_PORT=str(metrics_port), OUTBOX_BACKOFF_SECONDS="0.05")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        assert process.stdout is not None
        async with asyncio.timeout(60):
            while b"Metrics (Prometheus):" not in (line := await process.stdout.readline()):
                assert line, "the program stopped before it was running"
        assert line.decode().strip().endswith(f"http://127.0.0.1:{metrics_port}/metrics")
        resident = person(language_code="sv")
        officer = person(OFFICER_USER_ID, chat_id=OFFICER_CHAT_ID, chat_type="group")

        _, before = await scrape(metrics_port)
        assert turns(before, "answer") == 0 and value(before, "medborgardialog_tips", status="new") == 0
        await resident.send("/start")
        await resident.press(say("privacy-agree", "sv"))
        await resident.send("Mer belysning vid busshållplatsen vid Storgatan")
        after = await until(metrics_port, lambda s: turns(s, "answer") == 1)
        assert turns(after, "consent") == 1 and turns(after, "new") == 1
        assert value(after, "medborgardialog_turn_seconds_count", channel="telegram", step="answer") == 1

        reference = await send_tip(resident, "Bilar kör för fort förbi skolan varje morgon.")
        await wait_for_card(fake_api, officer, reference)
        shown = await until(metrics_port, lambda s: value(
            s, "medborgardialog_outbox_deliveries_total", recipient="officer", kind="tip", result="delivered") == 1)
        assert value(shown, "medborgardialog_tips", status="new") == 1
        assert turns(shown, "tip-confirm") == 1
        assert value(shown, "medborgardialog_outbox_pending", recipient="officer") == 0
        assert value(shown, "medborgardialog_outbox_oldest_pending_age_seconds") == 0
        assert value(shown, "medborgardialog_database_up") == 1

        async with aiohttp.ClientSession() as http:
            for path, status in (("/", 200), ("/Storgatan-5-Anna", 404), ("/metrics", 404)):
                async with http.get(f"http://127.0.0.1:{http_port}{path}", allow_redirects=False) as response:
                    assert response.status == status, path
        _, web = await scrape(metrics_port)
        assert value(web, "medborgardialog_http_requests_total", method="GET", route="/", status="200") == 1
        # A path no route has is counted as "unmatched"; /metrics is not on the public port.
        assert value(web, "medborgardialog_http_requests_total", method="GET", route="unmatched", status="404") == 2
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()


# Every label a metric may carry, and the values it may take: names from the code, nothing else.
_STATES = {state.value for state in State} | {"none"}
_ALLOWED: dict[str, Callable[[str], bool]] = {
    "channel": lambda v: v in {"telegram", "web", "whatsapp"},
    "step": lambda v: v in _STATES,
    "result": lambda v: v in {"handled", "flood-limited", "group", "duplicate", "error", "delivered", "retried",
                              "failed"},
    "recipient": lambda v: v in {party.value for party in Party},
    "kind": lambda v: re.fullmatch(r"[a-z][a-z-]{0,31}", v) is not None,
    "status": lambda v: v in {s.value for s in TipStatus} or re.fullmatch(r"[1-5]\d\d", v) is not None,
    "method": lambda v: v in {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "other"},
    "le": lambda v: v == "+Inf" or re.fullmatch(r"\d+(\.\d+)?", v) is not None,
}


async def test_no_label_value_carries_anything_a_resident_typed_or_is_known_by(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], sqlite_url: str, tmp_path: Path,
) -> None:
    assert bot.runtime is not None
    port = free_port()
    settings = Settings(_env_file=None, database_url=sqlite_url, data_dir=tmp_path / "data",  # type: ignore[call-arg]
                        pseudonym_secret="test-pseudonym-secret-0123456789", metrics_port=port)
    app = create_app(settings, runtime=bot.runtime)
    routes = {resource.canonical for resource in app.router.resources()} | {"unmatched"}
    words, name, phone = "Grannen Anders säljer knark på Storgatan 5", "Amina Warsame", "070-123 45 67"
    answer = "Ljusare gångväg vid Nössemark, tack"
    async with TestClient(TestServer(app)) as client:
        officer = person(OFFICER_USER_ID, chat_id=OFFICER_CHAT_ID, chat_type="group")
        tipster = make_resident(person, "sv")
        await consent(tipster)
        reference = await send_tip(tipster, words, contact=(name, phone))
        await wait_for_card(fake_api, officer, reference)
        await answer_in_web_chat(WebResident(client), "sv", answer, "campaign-focus-traffic-safety")
        for path in (f"/officer/tips/{reference}", f"/{quote(name)}/{quote(phone)}", f"/chat?text={quote(words)}"):
            await client.get(path, allow_redirects=False)
        text, samples = await scrape(port)
    assert value(samples, "medborgardialog_turns_total", channel="web", step="answer", result="handled") == 1
    assert value(samples, "medborgardialog_http_requests_total", method="GET", route="/officer/tips/{reference}",
                 status="303") + value(samples, "medborgardialog_http_requests_total", method="GET",
                                       route="/officer/tips/{reference}", status="302") == 1
    label_values = []
    for (_, labels), _ in samples.items():
        for label, label_value in labels:
            if label == "route":
                assert label_value in routes, label_value
            else:
                assert label in _ALLOWED and _ALLOWED[label](label_value), (label, label_value)
            label_values.append(label_value)
    anywhere = [words, "Storgatan", "Anders", name, "Amina", phone, answer, "Nössemark", reference, quote(name)]
    for secret in anywhere:
        assert secret not in text, secret
    # Digits may turn up in a sample's value by chance; in a label value they must not.
    joined = "\n".join(label_values)
    for secret in [*anywhere, "070", str(tipster.user_id), str(OFFICER_CHAT_ID), str(OFFICER_USER_ID)]:
        assert secret not in joined, secret
    assert not re.search(r"[0-9a-f]{16}", joined)  # no pseudonym, key or cookie
