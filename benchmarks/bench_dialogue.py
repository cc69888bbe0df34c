#!/usr/bin/env python3
"""Residents through the whole dialogue, next to a bare python-telegram-bot echo bot.

    python3 tasks.py bench                 # 2,000 residents, 3 runs, SQLite file
    python3 tasks.py bench --quick         # smoke run: 200 residents, 1 run
    python3 tasks.py bench --database-url postgresql://postgres@127.0.0.1:5432/test

The benchmark lives in benchmarks/dialogue/ (`python -m benchmarks.dialogue` runs it too);
this script is what `tasks.py bench` runs. See benchmarks/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT))  # this checkout's packages, also where another one is installed

try:
    import aiohttp  # noqa: F401 - only to tell a run outside the venv
except ImportError:  # pragma: no cover - run outside the venv
    sys.exit("bench_dialogue.py needs the project's environment: run `python3 tasks.py bench`.")

from benchmarks.dialogue.__main__ import main  # noqa: E402 - after the path is set

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
