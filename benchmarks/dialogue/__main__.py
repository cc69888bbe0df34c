"""Residents through the whole dialogue, next to a bare python-telegram-bot echo bot.

    python3 tasks.py bench                 # 2,000 residents, 3 runs, SQLite file
    python3 tasks.py bench --quick         # smoke run: 200 residents, 1 run
    python3 tasks.py bench --database-url postgresql://postgres@127.0.0.1:5432/test
    python -m benchmarks.dialogue ...      # the same, from the project's environment

Each bot runs in its own subprocess (child.py) and long-polls `getUpdates` from a lean
fake Bot API in this process (fake_api.py), or takes its updates by webhook from it;
this process also plays the residents (driver.py) through the phases (phases.py,
measure.py). Our bot is started as production starts it. Every update is one a resident
sends after seeing the bot's previous reply (/start, the consent button, a free-text
answer in one of seven languages, a focus area, three follow-up answers); latency runs
from offering the update to the bot's last reply for it reaching the fake server.
report.py makes the tables. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.dialogue.bots import wait_for_quiet_machine
from benchmarks.dialogue.child import child_main
from benchmarks.dialogue.config import BOTS, MODES, RESULTS, ROOT, Config
from benchmarks.dialogue.measure import measure
from benchmarks.dialogue.report import markdown, package_version, run_line, summarize


async def bench(config: Config) -> int:
    # SIGTERM cancels like Ctrl+C does, so the bots are stopped and scratch databases dropped.
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    results: list[dict[str, Any]] = []
    failures: list[str] = []
    engine = "PostgreSQL" if config.database_url else f"SQLite (file, WAL, durability {config.durability})"
    print(f"benchmark: {config.residents:,} residents in the burst, steady {config.rate:g} updates/s "
          f"({config.steady_updates:,} updates), {config.runs} run(s), {engine}; bots {', '.join(config.bots)}; "
          f"{' and '.join(config.modes)}; dashboard over {config.dashboard_answers:,} answers", flush=True)
    keep = RESULTS / f"bench-{stamp}-work"
    for run in range(1, config.runs + 1):
        # Alternate the order, so that no bot always runs on a cooler machine.
        order = [(kind, mode) for mode in config.modes for kind in config.bots]
        for kind, mode in (order if run % 2 else order[::-1]):
            if config.wait_quiet:
                await wait_for_quiet_machine(config.wait_quiet)
            name = f"{kind}-{mode}"
            workdir = Path(tempfile.mkdtemp(prefix=f"md-bench-{name}-"))
            t0 = time.perf_counter()
            try:
                result = await measure(kind, mode, config, run, workdir)
            except (RuntimeError, OSError) as exc:
                failures.append(f"run {run}, {name}: {exc}")
                print(f"  run {run} {name}: FAILED: {exc}", file=sys.stderr, flush=True)
                shutil.copytree(workdir, keep / f"run{run}-{name}", dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*.db*"))
                shutil.rmtree(workdir, ignore_errors=True)
                continue
            results.append(result)
            if result["errors_logged"] or (not result.get("committed", {}).get("ok", True)):
                shutil.copytree(workdir, keep / f"run{run}-{name}", dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*.db*"))
            shutil.rmtree(workdir, ignore_errors=True)
            if "committed" in result and not result["committed"]["ok"]:
                c = result["committed"]
                failures.append(f"run {run}, {name}: {c['answers']} answers, {c['complete']} complete, "
                                f"{c['expected']} residents")
            if result["errors_logged"]:
                failures.append(f"run {run}, {name}: {result['errors_logged']} errors logged (see {keep})")
            line = run_line(run, name, result, time.perf_counter() - t0)
            print(line, flush=True)

    summary = summarize(results) if {r["bot"] for r in results} >= {"echo", "ours"} else {}
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(json.dumps({
        "when": stamp,
        "config": config.__dict__ | {"database_url": "postgresql (scratch)" if config.database_url else None,
                                     "py_spy": str(config.py_spy) if config.py_spy else None},
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    **{name: package_version(name)
                       for name in ("python-telegram-bot", "aiohttp", "httpx", "SQLAlchemy")}},
        "summary": summary,
        "runs": results,
        "failures": failures,
    }, indent=2, ensure_ascii=False))
    if summary:
        print()
        print(markdown(config, summary, results, engine))
        print()
    print(f"results: {out.relative_to(ROOT)}")
    for failure in failures:
        print(f"FAILED: {failure}", file=sys.stderr)
    return 1 if failures or not summary else 0


# --- command line ---------------------------------------------------------------------------


def parse_args(argv: Iterable[str]) -> argparse.Namespace:
    from bot.settings import Settings

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, help="residents in the burst, all at once (default 2000)")
    parser.add_argument("--runs", type=int, help="runs per bot; medians are reported (default 3)")
    parser.add_argument("--rate", type=float, default=100.0, help="steady offered load, updates/s (default 100)")
    parser.add_argument("--steady-updates", type=int, help="updates in the steady phase (default 1000)")
    parser.add_argument("--pool", type=int, default=50,
                        help="residents in the dialogue at once during the steady phase (default 50)")
    parser.add_argument("--warmup", type=int, default=20, help="residents through the dialogue before measuring")
    parser.add_argument("--concurrency", type=int, default=Settings.model_fields["telegram_concurrency"].default,
                        help="PTB concurrent_updates for both bots (default: the product's setting)")
    parser.add_argument("--database-url", help="PostgreSQL server to make a scratch database on, e.g. "
                        "postgresql://postgres@127.0.0.1:5432/test (default: a SQLite file)")
    parser.add_argument("--timeout", type=float, default=600.0, help="give up on a phase after this many seconds")
    parser.add_argument("--seed", type=int, default=2017)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 200 residents, 300 steady updates, 1 run")
    parser.add_argument("--py-spy", type=Path, metavar="DIR",
                        help="record each bot with py-spy (collapsed stacks) into DIR; needs py-spy installed")
    parser.add_argument("--wait-quiet", type=float, default=0.0, metavar="SECONDS",
                        help="before each bot, wait up to SECONDS for other processes to go quiet (shared machines)")
    parser.add_argument("--bots", default=",".join(BOTS), help=f"which bots, of {','.join(BOTS)} (default all)")
    parser.add_argument("--modes", default=",".join(MODES), help="polling, webhook or both (default both)")
    parser.add_argument("--durability", choices=["group", "full", "normal"], default="group",
                        help="our bot's SQLITE_DURABILITY (README, Durability; default group)")
    parser.add_argument("--dashboard-answers", type=int,
                        help="answers seeded for the dashboard phase (default 100000; 0: no dashboard phase)")
    parser.add_argument("--dashboard-tips", type=int, help="tips seeded for the dashboard phase (default 10000)")
    parser.add_argument("--dashboard-updates", type=int,
                        help="updates residents send during the dashboard phase (default 1500)")
    parser.add_argument("--child", choices=BOTS, help=argparse.SUPPRESS)
    parser.add_argument("--api-base", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
    parser.add_argument("--http-port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=MODES, default="polling", help=argparse.SUPPRESS)
    return parser.parse_args(list(argv))


def main(argv: Iterable[str]) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main(args)
    config = Config(
        residents=args.residents or (200 if args.quick else 2000),
        runs=args.runs or (1 if args.quick else 3),
        rate=args.rate,
        steady_updates=args.steady_updates or (300 if args.quick else 1000),
        pool=args.pool,
        warmup=args.warmup,
        concurrency=args.concurrency,
        database_url=args.database_url,
        timeout=args.timeout,
        seed=args.seed,
        quick=args.quick,
        py_spy=args.py_spy,
        wait_quiet=args.wait_quiet,
        bots=tuple(args.bots.split(",")),
        modes=tuple(args.modes.split(",")),
        durability=args.durability,
        dashboard_answers=args.dashboard_answers if args.dashboard_answers is not None else
        (20_000 if args.quick else 100_000),
        dashboard_tips=args.dashboard_tips if args.dashboard_tips is not None else (2_000 if args.quick else 10_000),
        dashboard_updates=args.dashboard_updates or (500 if args.quick else 1_500),
    )
    if not set(config.bots) <= set(BOTS) or not set(config.modes) <= set(MODES):
        raise SystemExit(f"--bots: some of {', '.join(BOTS)}; --modes: some of {', '.join(MODES)}")
    try:
        return asyncio.run(bench(config))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted; the bots were stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
