"""Delivery to the officer chat when things go wrong mid-tip: a resumed tip keeps its thread, and after
a crash the rest of a tip goes out within seconds, with no part twice but the one in flight."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from bot.outbox import Instance, OutboxConfig, OutboxWorker
from storage import outbox, tips
from storage.models import OutboxStatus
from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID, BotHarness, settle
from tests.fakebotapi import FakeBotAPI, FakeUser
from tests.test_tips import consent, make_resident, send_tip, wait_for_card, wait_for_message


def officer_of(person: Callable[..., FakeUser]) -> FakeUser:
    return person(OFFICER_USER_ID, first_name="Steve", chat_id=OFFICER_CHAT_ID, chat_type="group")


def sent(api: FakeBotAPI, method: str) -> list[Any]:
    """Successful calls of `method` to the officer chat."""
    return [c for c in api.sent_to(OFFICER_CHAT_ID, method) if isinstance(c.result, dict)]


async def own_workers(bot: BotHarness) -> tuple[Any, Any]:
    """Stop the harness's outbox worker, so the test runs its own; return the deliverers and services."""
    assert bot.outbox is not None and bot.runtime is not None
    await bot.outbox.stop()
    return bot.outbox.deliverers, bot.runtime.services


def replied_to(call: Any) -> int | None:
    parameters = call.params.get("reply_parameters") or {}
    return parameters.get("message_id")


async def test_a_tip_resumed_after_a_retry_and_a_restart_keeps_every_part_under_the_tip(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    officer = officer_of(person)
    resident = make_resident(person, "sv")
    await consent(resident)
    # The photo fails twice (retried by the same worker), the place fails until a restart.
    fake_api.fail("sendPhoto", status=502, times=2, chat_id=OFFICER_CHAT_ID)
    fake_api.fail("sendLocation", status=502, times=10_000, chat_id=OFFICER_CHAT_ID)
    reference = await send_tip(resident, photos=("AgAC-photo-1",), location=(58.91, 11.93))
    card = await wait_for_card(fake_api, officer, reference)
    await fake_api.wait_for(lambda: len(sent(fake_api, "sendPhoto")) == 1)
    await fake_api.wait_for(lambda: any(c.result == "fault 502" for c in fake_api.sent_to(OFFICER_CHAT_ID,
                                                                                         "sendLocation")))
    await bot.stop()
    fake_api.faults.clear()
    await bot.start()
    await fake_api.wait_for(lambda: len(sent(fake_api, "sendLocation")) == 1)
    [photo], [place] = sent(fake_api, "sendPhoto"), sent(fake_api, "sendLocation")
    # As in a delivery without trouble: each part replies to the tip's first message.
    assert replied_to(photo) == card.message_id
    assert replied_to(place) == card.message_id
    assert len([m for m in officer.messages if reference in m.text and m.buttons]) == 1
    # A reply to the place concerns the same tip.
    await officer.reply_to(place.result["message_id"], "Vi åker dit.")
    await wait_for_message(fake_api, resident, lambda m: "Vi åker dit." in m.text)


async def test_after_a_crash_mid_tip_the_rest_goes_out_within_seconds_and_nothing_twice_but_the_part_in_flight(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    officer = officer_of(person)
    deliverers, services = await own_workers(bot)
    lease = bot.settings.outbox_lease_seconds
    assert lease >= 30
    config = OutboxConfig(backoff_seconds=0.05, backoff_max_seconds=0.2, poll_seconds=0.2, lease_seconds=lease)
    # The process before this one, with this very pid (as after a restart in a container).
    here = Instance.current()
    before = OutboxWorker(services, deliverers, config, instance=Instance(here.host, here.pid, "0ld0ld00"))
    before.start()
    held = fake_api.stall("sendPhoto")
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident, photos=("AgAC-photo-1",), location=(58.91, 11.93))
    before.kick()
    await wait_for_card(fake_api, officer, reference)
    await fake_api.wait_for(lambda: any(c.result == "stalled" for c in fake_api.calls))
    # The crash: the worker dies with the photo in flight, releasing nothing.
    assert before._task is not None
    before._task.cancel()
    async with services.sessionmaker() as session:
        found = await tips.by_reference(reference, session=session)
        assert found is not None and found.id is not None
        [row] = [r for r in await outbox.of_tip(found.id, session=session) if r.recipient == "officer"]
    assert row.lock_owner is not None and row.lock_owner.startswith(here.prefix) and row.parts_done == 1
    # Telegram takes the photo after all (it was on its way); the new process cannot know.
    fake_api.stalls.clear()
    held.set()

    started = time.monotonic()
    after = OutboxWorker(services, deliverers, config)
    after.start()
    try:
        await fake_api.wait_for(lambda: len(sent(fake_api, "sendLocation")) == 1, timeout=lease / 2)
    finally:
        await after.stop()
    assert time.monotonic() - started < 5, "the rest waited for the lease"
    cards = [c for c in sent(fake_api, "sendMessage") if reference in c.params.get("text", "")]
    assert len(cards) == 1                                  # the part before the crash: once
    assert 1 <= len(sent(fake_api, "sendPhoto")) <= 2      # the part in flight: perhaps twice
    assert len(sent(fake_api, "sendLocation")) == 1         # the part after it: once
    card_id = cards[0].result["message_id"]
    assert all(replied_to(c) == card_id for c in sent(fake_api, "sendPhoto") + sent(fake_api, "sendLocation"))
    async with services.sessionmaker() as session:
        reloaded = await outbox.get(row.id or 0, session=session)
    assert reloaded is not None and reloaded.status == OutboxStatus.SENT.value


def test_a_lease_is_taken_over_at_once_only_from_a_process_that_is_certainly_gone() -> None:
    here = Instance.current()
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True, check=True)
    dead_pid = int(finished.stdout)
    assert here.is_gone(Instance(here.host, dead_pid, "a1b2c3d4").owner("w1"))
    assert here.is_gone(Instance(here.host, here.pid, "a1b2c3d4").owner("w1"))      # this pid, before us
    assert not here.is_gone(here.owner("w2"))                                        # another worker of ours
    assert not here.is_gone(Instance(here.host, os.getppid(), "a1b2c3d4").owner("w1"))  # still running
    assert not here.is_gone(Instance("0another", dead_pid, "a1b2c3d4").owner("w1"))    # another machine
    assert not here.is_gone("a1b2c3d4e5f6a7b8")                                       # an old-style owner


async def test_a_worker_keeps_its_lease_while_a_slow_part_is_sent(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser]
) -> None:
    """A short lease is safe: it is renewed while sending, so no other worker takes the message over."""
    officer = officer_of(person)
    deliverers, services = await own_workers(bot)
    config = OutboxConfig(backoff_seconds=0.05, poll_seconds=0.1, lease_seconds=0.6)
    first, second = (OutboxWorker(services, deliverers, config) for _ in range(2))
    held = fake_api.stall("sendPhoto")
    resident = make_resident(person, "sv")
    await consent(resident)
    reference = await send_tip(resident, photos=("AgAC-photo-1",))
    first.start()
    await wait_for_card(fake_api, officer, reference)
    await fake_api.wait_for(lambda: any(c.result == "stalled" for c in fake_api.calls))
    second.start()
    await asyncio.sleep(2.0)   # more than three leases
    fake_api.stalls.clear()
    held.set()
    await fake_api.wait_for(lambda: len(sent(fake_api, "sendPhoto")) == 1)
    await settle(services.sessionmaker, fake_api)
    await asyncio.gather(first.stop(), second.stop())
    assert len(sent(fake_api, "sendPhoto")) == 1
    assert [c.result for c in fake_api.calls if c.method == "sendPhoto"].count("stalled") == 1


async def test_after_kill_9_mid_tip_a_restarted_process_sends_the_rest_within_seconds(
    fake_api: FakeBotAPI, person: Callable[..., FakeUser], tmp_path: Any
) -> None:
    """The real process, killed with SIGKILL while the photo is on its way; the lease is two minutes."""
    import signal

    from tests.fakebotapi import TOKEN
    from tests.test_web_telegram import _env, _free_port

    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake_api.base_url,
               TELEGRAM_RATE_LIMIT="false", OFFICER_CHAT_ID=str(OFFICER_CHAT_ID),
               OFFICER_USER_IDS=str(OFFICER_USER_ID), HTTP_PORT=str(_free_port()), OUTBOX_LEASE_SECONDS="120",
               OUTBOX_BACKOFF_SECONDS="0.05", OUTBOX_POLL_SECONDS="1")

    async def run() -> asyncio.subprocess.Process:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
        )

    officer = officer_of(person)
    process = await run()
    try:
        held = fake_api.stall("sendPhoto")
        resident = make_resident(person, "sv")
        await fake_api.wait_for(lambda: any(c.method == "setMyCommands" for c in fake_api.calls), timeout=60)
        await consent(resident)
        reference = await send_tip(resident, photos=("AgAC-photo-1",), location=(58.91, 11.93))
        await wait_for_card(fake_api, officer, reference)
        await fake_api.wait_for(lambda: any(c.result == "stalled" for c in fake_api.calls), timeout=30)
        process.send_signal(signal.SIGKILL)
        await process.wait()
        fake_api.stalls.clear()
        held.set()   # Telegram took the photo after all; the dead process never learnt it
        started = time.monotonic()
        process = await run()
        await fake_api.wait_for(lambda: len(sent(fake_api, "sendLocation")) == 1, timeout=60)
        took = time.monotonic() - started
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    assert took < 30, f"the rest of the tip took {took:.0f} s (the lease is 120 s)"
    cards = [c for c in sent(fake_api, "sendMessage") if reference in c.params.get("text", "")]
    assert len(cards) == 1
    assert 1 <= len(sent(fake_api, "sendPhoto")) <= 2 and len(sent(fake_api, "sendLocation")) == 1
    assert all(replied_to(c) == cards[0].result["message_id"]
               for c in sent(fake_api, "sendPhoto") + sent(fake_api, "sendLocation"))
