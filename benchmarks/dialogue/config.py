"""What one benchmark run is asked to do, and the names of the bots and modes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
RESULTS = ROOT / "benchmarks" / "results"


@dataclass
class Config:
    residents: int
    runs: int
    rate: float
    steady_updates: int
    pool: int
    warmup: int
    concurrency: int
    database_url: str | None
    timeout: float
    seed: int
    quick: bool
    py_spy: Path | None = None
    wait_quiet: float = 0.0
    bots: tuple[str, ...] = ("echo", "echo-aiohttp", "ours")
    modes: tuple[str, ...] = ("polling", "webhook")
    durability: str = "group"
    dashboard_answers: int = 100_000
    dashboard_tips: int = 10_000
    dashboard_updates: int = 1_500


BOTS = ("echo", "echo-aiohttp", "ours")
MODES = ("polling", "webhook")
BOT_NAMES = {"echo": "PTB echo bot (httpx)", "echo-aiohttp": "PTB echo bot, our aiohttp layer",
             "ours": "medborgardialog"}

