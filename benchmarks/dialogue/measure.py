"""One bot, one run: a scratch database, the bot started, warmed up, the steady load, the burst,
the dashboard-heavy phase for ours; stopped; what it committed counted."""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import random
import signal
import subprocess
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.dialogue.bots import BotProcess, Usage, start_py_spy
from benchmarks.dialogue.config import Config
from benchmarks.dialogue.driver import (
    DIALOGUE,
    ECHO,
    FIRST_RESIDENT_ID,
    OPTIONS,
    UPDATES_PER_RESIDENT,
    Driver,
    make_residents,
)
from benchmarks.dialogue.phases import ClosedLoop, Phase, SteadyLoad

# --- databases ------------------------------------------------------------------------------


class ScratchDatabase:
    """A fresh database for one run of our bot: a SQLite file, or a PostgreSQL database made and dropped."""

    def __init__(self, admin_url: str | None, workdir: Path) -> None:
        self.admin_url = admin_url
        self.workdir = workdir
        self.url: str = f"sqlite:///{workdir / 'bench.db'}"
        self.engine = "sqlite"
        self._dsn = ""
        self._name = ""

    async def __aenter__(self) -> ScratchDatabase:
        if self.admin_url is None:
            return self
        import asyncpg
        from sqlalchemy.engine import make_url

        admin = make_url(self.admin_url)
        if not admin.get_backend_name().startswith("postgres"):
            raise SystemExit(f"--database-url: only PostgreSQL is supported (SQLite is the default): {self.admin_url}")
        self.engine = "postgresql"
        self._name = f"md_bench_{uuid.uuid4().hex[:12]}"
        self._dsn = admin.set(drivername="postgresql").render_as_string(hide_password=False)
        conn = await asyncpg.connect(self._dsn)
        try:
            await conn.execute(f'CREATE DATABASE "{self._name}"')
        finally:
            await conn.close()
        self.url = admin.set(drivername="postgresql", database=self._name).render_as_string(hide_password=False)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if not self._name:
            return
        import asyncpg

        conn = await asyncpg.connect(self._dsn)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{self._name}" WITH (FORCE)')
        finally:
            await conn.close()

    async def committed(self) -> dict[str, Any]:
        """Count what the bot committed (read after it has exited, by a separate connection)."""
        # Not the answers the dashboard phase seeded (benchmarks/dialogue/dashboard.py).
        query_answers = "SELECT focus_area, follow_ups, text_language FROM answer WHERE channel <> 'seed'"
        query_states = "SELECT state, count(*) FROM conversation GROUP BY state"
        if self.engine == "sqlite":
            import sqlite3

            conn = sqlite3.connect(self.workdir / "bench.db")
            try:
                answers = conn.execute(query_answers).fetchall()
                states = dict(conn.execute(query_states).fetchall())
            finally:
                conn.close()
        else:
            import asyncpg

            conn = await asyncpg.connect(self.url)
            try:
                answers = [tuple(r) for r in await conn.fetch(query_answers)]
                states = {r[0]: r[1] for r in await conn.fetch(query_states)}
            finally:
                await conn.close()
        complete = 0
        languages: Counter[str] = Counter()
        for focus_area, follow_ups, language in answers:
            follow_ups = json.loads(follow_ups) if isinstance(follow_ups, str) else follow_ups
            complete += focus_area is not None and len(follow_ups or {}) == len(OPTIONS)
            languages[language] += 1
        return {"answers": len(answers), "complete": complete, "states": states,
                "text_languages": dict(languages.most_common())}


# --- one bot, one run -------------------------------------------------------------------------


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _ms(values: list[float], q: float) -> float:
    return round(_percentile(values, q) * 1000, 2)


async def measure(kind: str, mode: str, config: Config, run: int, workdir: Path) -> dict[str, Any]:
    """Start one bot, warm it up, offer a steady load, then the burst (and for ours, the dashboard
    phase); stop it; check the database."""
    ours = kind == "ours"
    driver = Driver(DIALOGUE if ours else ECHO, not ours)
    rng = random.Random(config.seed * 1000 + run)  # the same residents for every bot in a run
    steady_residents = max(1, config.steady_updates // UPDATES_PER_RESIDENT)
    next_id = itertools.count(FIRST_RESIDENT_ID, 1_000_000)
    warm = make_residents(config.warmup, rng, next(next_id))
    steady = make_residents(steady_residents, rng, next(next_id))
    burst = make_residents(config.residents, rng, next(next_id))
    dashboard = ours and mode == "polling" and config.dashboard_answers > 0
    talking = make_residents(max(1, config.dashboard_updates // UPDATES_PER_RESIDENT) if dashboard else 0, rng,
                             next(next_id))
    everyone = (*warm, *steady, *burst, *talking)

    await driver.api.start()
    database = ScratchDatabase(config.database_url if ours else None, workdir)
    result: dict[str, Any] = {"bot": kind, "mode": mode, "run": run}
    async with database:
        if dashboard:
            from benchmarks.dialogue.dashboard import prepare
            from bot.settings import normalize_database_url

            t0 = time.perf_counter()
            await prepare(normalize_database_url(database.url), answers=config.dashboard_answers,
                          tips=config.dashboard_tips)
            result["seed_s"] = round(time.perf_counter() - t0, 1)
        bot = BotProcess(kind, driver.api.base_url, config.concurrency, workdir, database.url if ours else None,
                         mode=mode, durability=config.durability)
        profiler: subprocess.Popen[bytes] | None = None
        try:
            started = time.perf_counter()
            while not driver.api.polling.is_set():
                bot.check_alive()
                if time.perf_counter() - started > 90:
                    raise RuntimeError(f"the {kind} bot did not start ({mode}) in 90 s:\n{bot.log_tail()}")
                await asyncio.sleep(0.05)
            result["startup_s"] = round(time.perf_counter() - started, 2)
            result["rss_idle_mib"] = round(bot.memory_kib().get("VmRSS", 0) / 1024, 1)
            profiler = start_py_spy(config.py_spy, bot, f"{kind}-{mode}-run{run}") if config.py_spy else None

            phase: Phase | None = None
            try:
                if warm:
                    phase = ClosedLoop(driver, warm, "warmup")
                    await phase.run(config.timeout)
                phase = steady_phase = SteadyLoad(driver, steady, "steady", config.rate, config.pool)
                before = Usage.now(bot)
                await steady_phase.run(config.timeout)
                steady_usage = Usage.now(bot).since(before, len(steady_phase.latencies))
                phase = burst_phase = ClosedLoop(driver, burst, "burst")
                before = Usage.now(bot)
                await burst_phase.run(config.timeout)
                burst_usage = Usage.now(bot).since(before, len(burst_phase.latencies))
                if dashboard:
                    phase = talk_phase = SteadyLoad(driver, talking, "dashboard", config.rate, config.pool)
                    result["dashboard"] = await _dashboard_phase(bot, talk_phase, config)
            except TimeoutError:
                bot.check_alive()
                assert phase is not None
                raise RuntimeError(f"{kind} bot ({mode}), run {run}: the {phase.name} phase did not finish in "
                                   f"{config.timeout:.0f} s; residents waiting per step: {dict(phase.stuck())}; "
                                   f"log {bot.log_path}:\n{bot.log_tail()}") from None
            memory = bot.memory_kib()
        finally:
            report = await bot.stop()
            await driver.api.stop()
            if profiler is not None:
                await asyncio.to_thread(profiler.wait, 60)
        burst_s = burst_phase.ended - burst_phase.started
        result.update({
            "steady": {
                "target_rate": config.rate,
                "offered_rate": round(steady_phase.offered_rate, 1),
                "missed_ticks": steady_phase.missed,
                "updates": len(steady_phase.latencies),
                "p50_ms": _ms(steady_phase.latencies, 0.50),
                "p99_ms": _ms(steady_phase.latencies, 0.99),
                "max_ms": _ms(steady_phase.latencies, 1.0),
                "p50_ms_by_step": {k: _ms(v, 0.5) for k, v in steady_phase.by_step.items()},
                "p99_ms_by_step": {k: _ms(v, 0.99) for k, v in steady_phase.by_step.items()},
                **steady_usage,
            },
            "burst": {
                "residents": len(burst),
                "updates": len(burst_phase.latencies),
                "seconds": round(burst_s, 2),
                "updates_per_s": round(len(burst_phase.latencies) / burst_s, 1),
                "p50_ms": _ms(burst_phase.latencies, 0.50),
                "p99_ms": _ms(burst_phase.latencies, 0.99),
                "max_ms": _ms(burst_phase.latencies, 1.0),
                **burst_usage,
            },
            "peak_rss_mib": round((memory.get("VmHWM") or report.get("maxrss_kib", 0)) / 1024, 1),
            "gc": report.get("gc", {}),
            "calls": dict(driver.api.calls),
            "replies_per_resident": round(sum(r.replies for r in everyone) / len(everyone), 2),
            "unexpected_replies": driver.unexpected,
            "webhook_retries": driver.api.webhook_errors,
            "errors_logged": bot.errors_logged(),
            "residents": len(everyone),
        })
        if ours:
            committed = await database.committed()
            committed["expected"] = len(everyone)
            committed["ok"] = committed["answers"] == committed["complete"] == len(everyone)
            result["committed"] = committed
            result["database"] = database.engine
    return result


async def _dashboard_phase(bot: BotProcess, talk: SteadyLoad, config: Config) -> dict[str, Any]:
    """Residents at the steady rate while an officer pages results and downloads the CSV; the bot
    times how long its event loop is held meanwhile."""
    from benchmarks.dialogue.dashboard import Officer

    officer = Officer(f"http://127.0.0.1:{bot.http_port}")
    try:
        await officer.login()  # (the password check is not part of what is measured)
        looplag = bot.workdir / "looplag.json"
        looplag.unlink(missing_ok=True)
        bot.proc.send_signal(signal.SIGUSR1)
        await asyncio.sleep(0.2)
        stop = asyncio.Event()
        before = Usage.now(bot)
        browsing = asyncio.create_task(officer.browse(stop))
        await talk.run(config.timeout)
        stop.set()
        rounds = await asyncio.wait_for(browsing, config.timeout)
        usage = Usage.now(bot).since(before, len(talk.latencies))
        bot.proc.send_signal(signal.SIGUSR2)
        for _ in range(100):
            if looplag.exists() and looplag.stat().st_size:
                break
            await asyncio.sleep(0.05)
        stalls = json.loads(looplag.read_text()) if looplag.exists() else {}
    finally:
        await officer.close()
    return {
        "answers": config.dashboard_answers, "tips": config.dashboard_tips, "rounds": rounds,
        "csv_rows": officer.csv_rows, "pages": officer.report(), "loop": stalls,
        "updates": len(talk.latencies), "offered_rate": round(talk.offered_rate, 1),
        "p50_ms": _ms(talk.latencies, 0.50), "p99_ms": _ms(talk.latencies, 0.99), "max_ms": _ms(talk.latencies, 1.0),
        **usage,
    }

