"""Medians over runs, the ratios of ours to each echo bot, and the Markdown tables for the README."""

from __future__ import annotations

import math
import os
import platform
import statistics
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.dialogue.config import BOT_NAMES, MODES, Config
from benchmarks.dialogue.driver import STEP_LABELS, UPDATES_PER_RESIDENT

# --- many runs, medians, the table ------------------------------------------------------------


def _median(results: list[dict[str, Any]], *path: str) -> float:
    values = []
    for result in results:
        value: Any = result
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value is not None:
            values.append(value)
    return statistics.median(values) if values else math.nan


def summarize(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Medians per bot and mode, keyed "<bot>/<mode>", and the ratios of ours to each echo bot."""
    summary: dict[str, dict[str, Any]] = {}
    for key in sorted({f"{r['bot']}/{r['mode']}" for r in results}):
        runs = [r for r in results if f"{r['bot']}/{r['mode']}" == key]
        summary[key] = {
            "updates_per_s": _median(runs, "burst", "updates_per_s"),
            "steady_p50_ms": _median(runs, "steady", "p50_ms"),
            "steady_p99_ms": _median(runs, "steady", "p99_ms"),
            "steady_offered_rate": _median(runs, "steady", "offered_rate"),
            "burst_p50_ms": _median(runs, "burst", "p50_ms"),
            "burst_p99_ms": _median(runs, "burst", "p99_ms"),
            "peak_rss_mib": _median(runs, "peak_rss_mib"),
            "cpu_ms_per_update": _median(runs, "burst", "bot_cpu_ms_per_update"),
            "other_cpu_steady": _median(runs, "steady", "other_cpu_utilisation"),
            "other_cpu_burst": _median(runs, "burst", "other_cpu_utilisation"),
            "gc_full_max_ms": max((r["gc"].get("full_max_ms", 0.0) for r in runs), default=math.nan),
            "gc_full_per_run": _median(runs, "gc", "full_collections"),
            "steady_p50_ms_by_step": {label: _median(runs, "steady", "p50_ms_by_step", label) for label in STEP_LABELS},
            "steady_p99_ms_by_step": {label: _median(runs, "steady", "p99_ms_by_step", label) for label in STEP_LABELS},
        }
        if any("dashboard" in r for r in runs):
            summary[key]["dashboard"] = {
                "p50_ms": _median(runs, "dashboard", "p50_ms"),
                "p99_ms": _median(runs, "dashboard", "p99_ms"),
                "loop_cpu_ms": max(r["dashboard"]["loop"].get("longest_callback_cpu_ms", math.nan)
                                   for r in runs if "dashboard" in r),
                "loop_wall_ms": max(r["dashboard"]["loop"].get("longest_callback_wall_ms", math.nan)
                                    for r in runs if "dashboard" in r),
                "ticker_lag_ms": max(r["dashboard"]["loop"].get("ticker_lag_ms", math.nan)
                                     for r in runs if "dashboard" in r),
                "csv_ms": _median(runs, "dashboard", "pages", "csv", "median_ms"),
                "results_ms": _median(runs, "dashboard", "pages", "results", "median_ms"),
                "answers_ms": _median(runs, "dashboard", "pages", "answers", "median_ms"),
                "answers": _median(runs, "dashboard", "answers"),
                "tips": _median(runs, "dashboard", "tips"),
                "other_cpu": _median(runs, "dashboard", "other_cpu_utilisation"),
            }
    for mode in MODES:
        ours = summary.get(f"ours/{mode}")
        for echo in ("echo", "echo-aiohttp"):
            base = summary.get(f"{echo}/{mode}")
            if ours and base:
                summary[f"ratio/{echo}/{mode}"] = {
                    key: round(ours[key] / base[key], 3) if base[key] else math.nan
                    for key in ("updates_per_s", "steady_p99_ms", "cpu_ms_per_update", "peak_rss_mib")}
    return summary


def _ratio(ours: float, echo: float) -> str:
    return f"{ours / echo:.2f}" if echo else "–"


def _fmt(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}" if not math.isnan(value) else "–"


def markdown(config: Config, summary: dict[str, dict[str, Any]], results: list[dict[str, Any]],
             engine: str) -> str:
    rate = f"{config.rate:g}"
    out: list[str] = []
    bots = [b for b in config.bots if any(k == f"{b}/{m}" for k in summary for m in config.modes)]
    for mode in config.modes:
        cols = [b for b in bots if f"{b}/{mode}" in summary]
        if "ours" not in cols:
            continue
        ours = summary[f"ours/{mode}"]
        bases = [b for b in cols if b != "ours"]
        head = "| " + mode + " | " + " | ".join(BOT_NAMES[b] for b in cols) + " | " + " | ".join(
            f"ours ÷ {BOT_NAMES[b].replace('PTB echo bot', 'echo')}" for b in bases) + " |"
        out += [head, "|---|" + "---:|" * (len(cols) + len(bases))]

        def row(label: str, value: Callable[[dict[str, Any]], str], ratio: Callable[[str], str] | None = None,
                cols: list[str] = cols, bases: list[str] = bases, mode: str = mode) -> str:
            cells = [value(summary[f"{b}/{mode}"]) for b in cols]
            ratios = [ratio(b) if ratio else "" for b in bases]
            return "| " + label + " | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |"

        def r(key: str, mode: str = mode) -> Callable[[str], str]:
            return lambda base: f"{summary[f'ratio/{base}/{mode}'][key]:.2f}"

        out += [
            row(f"updates/s at saturation ({config.residents:,}-resident burst)", lambda m: _fmt(m["updates_per_s"]),
                lambda b, mode=mode: f"**{summary[f'ratio/{b}/{mode}']['updates_per_s']:.2f}**"),
            row(f"p50 / p99 at a steady {rate} updates/s (ms)",
                lambda m: f"{_fmt(m['steady_p50_ms'])} / {_fmt(m['steady_p99_ms'])}", r("steady_p99_ms")),
            row(f"p50 / p99 in the {config.residents:,}-resident burst (ms)",
                lambda m: f"{_fmt(m['burst_p50_ms'], 0)} / {_fmt(m['burst_p99_ms'], 0)}"),
            row("bot CPU per update (ms)", lambda m: _fmt(m["cpu_ms_per_update"], 2), r("cpu_ms_per_update")),
            row("full garbage collections while serving: per run / longest (ms; the loop stops)",
                lambda m: f"{_fmt(m['gc_full_per_run'], 0)} / {_fmt(m['gc_full_max_ms'], 0)}"),
            row("peak memory (RSS, MiB)", lambda m: _fmt(m["peak_rss_mib"], 0), r("peak_rss_mib")),
            "",
        ]
        d = ours.get("dashboard")
        if d:
            out += [
                f"Dashboard-heavy phase ({mode}, {_fmt(d['answers'], 0)} answers and {_fmt(d['tips'], 0)} tips "
                f"in the database): an officer goes round results, answer pages and the full CSV while "
                f"residents talk at {rate} updates/s. Residents' p50 / p99 {_fmt(d['p50_ms'])} / "
                f"**{_fmt(d['p99_ms'])} ms**; the event loop held at most **{_fmt(d['loop_cpu_ms'])} ms** by one "
                f"callback (CPU of the loop's thread; {_fmt(d['loop_wall_ms'])} ms wall, a 5 ms ticker's longest "
                f"lag {_fmt(d['ticker_lag_ms'])} ms, other processes {_fmt(d['other_cpu'], 2)} cores); "
                f"medians: results page {_fmt(d['results_ms'], 0)} ms, answer page {_fmt(d['answers_ms'], 0)} ms, "
                f"CSV {_fmt(d['csv_ms'], 0)} ms.",
                "",
            ]
    commits = [r["committed"] for r in results if r["bot"] == "ours"]
    committed = ", ".join(f"{c['complete']:,}/{c['expected']:,}" for c in commits)
    out.append(f"Answers committed and complete, per run of ours: {committed}.")
    aims = []
    for mode in config.modes:
        ratio = summary.get(f"ratio/echo/{mode}", {}).get("updates_per_s", math.nan)
        ours = summary.get(f"ours/{mode}", {})
        p99 = ours.get("steady_p99_ms", math.nan)
        aims.append(f"{mode}: throughput {ratio:.2f} × the PTB echo bot (aim ≥ 0.70) — "
                    f"{'met' if ratio >= 0.70 else 'MISSED'}; p99 {p99:.1f} ms at {rate} updates/s (aim < 20) — "
                    f"{'met' if p99 < 20 else 'MISSED'}")
        d = ours.get("dashboard")
        if d:
            aims.append(f"dashboard phase: loop held {d['loop_cpu_ms']:.1f} ms at most (aim < 50) — "
                        f"{'met' if d['loop_cpu_ms'] < 50 else 'MISSED'}")
    out.append("Aims (issue 11): " + "; ".join(aims) + ".")
    note = (f"Medians of {config.runs} run(s); python-telegram-bot {package_version('python-telegram-bot')}, "
            f"`concurrent_updates({config.concurrency})`, {engine}, Python {platform.python_version()}, "
            f"{_cpu_model()}, {os.cpu_count()} CPUs, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; "
            f"{config.residents:,} residents × {UPDATES_PER_RESIDENT} updates in the burst.")
    busy = [v for k, m in summary.items() if "/" in k and not k.startswith("ratio")
            for v in (m["other_cpu_burst"], m["other_cpu_steady"]) if not math.isnan(v)]
    if busy:
        note += (f" Other processes kept up to {max(busy):.2f} cores busy meanwhile (median per phase)"
                 + ("." if max(busy) <= 0.25 else ": the machine was not quiet, expect ±20%."))
    out.append(note)
    if "ours/polling" in summary:
        ours = summary["ours/polling"]
        out += ["", "Our p50 / p99 per step at the steady load, polling (ms): " + ", ".join(
            f"{label} {_fmt(ours['steady_p50_ms_by_step'][label])} / {_fmt(ours['steady_p99_ms_by_step'][label])}"
            for label in STEP_LABELS) + "."]
    return "\n".join(out)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def package_version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"




def run_line(run: int, name: str, result: dict[str, Any], seconds: float) -> str:
    """The line printed after one bot's run."""
    s, b = result["steady"], result["burst"]
    line = (f"  run {run} {name:20}: {b['updates_per_s']:7.1f} updates/s, steady p50/p99 "
            f"{s['p50_ms']:.1f}/{s['p99_ms']:.1f} ms at {s['offered_rate']:.0f}/s, burst p50/p99 "
            f"{b['p50_ms']:.0f}/{b['p99_ms']:.0f} ms, {b['bot_cpu_ms_per_update']} ms CPU/update, "
            f"peak RSS {result['peak_rss_mib']:.0f} MiB, {result['gc'].get('full_collections', '?')} full GCs "
            f"(longest {result['gc'].get('full_max_ms', '?')} ms) ({seconds:.0f} s)")
    if "committed" in result:
        c = result["committed"]
        line += f"; committed {c['complete']}/{c['expected']} {'ok' if c['ok'] else 'MISMATCH'}"
    if "dashboard" in result:
        d = result["dashboard"]
        loop = d["loop"]
        line += (f"\n      dashboard over {d['answers']:,} answers: residents p50/p99 {d['p50_ms']:.1f}/"
                 f"{d['p99_ms']:.1f} ms; loop held at most {loop.get('longest_callback_cpu_ms')} ms CPU "
                 f"({loop.get('longest_callback_wall_ms')} ms wall, ticker lag {loop.get('ticker_lag_ms')} ms);"
                 f" {d['rounds']} round(s), CSV {d['csv_rows']:,} rows in "
                 f"{d['pages'].get('csv', {}).get('median_ms', '?')} ms")
    other = max(b.get("other_cpu_utilisation") or 0.0, s.get("other_cpu_utilisation") or 0.0)
    if other > 0.25:
        line += f" [other processes busy: {other:.2f} cores]"
    return line
