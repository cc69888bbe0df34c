#!/usr/bin/env python3
"""The conversation without Telegram: handlers and storage, per turn of the dialogue.

    python3 tasks.py bench-turns                       # 400 residents, a scratch SQLite file
    python3 tasks.py bench-turns --database-url postgresql+asyncpg://postgres@127.0.0.1:5432/scratch
    python3 tasks.py bench-turns --profile /tmp/turns.prof   # a cProfile, for pstats or snakeviz

Drives `handlers.router.handle_turn` directly, four residents at a time, through the whole
dialogue (/start, consent, an answer, a focus area, three follow-ups), after 20 residents
to warm up, and prints the process's CPU time per turn (the database thread's included)
and the statements per turn that still go through SQLAlchemy's execution. It isolates
what `bench_dialogue.py` cannot: the cost of our own code and storage, with no Bot API
calls around it. The machine's noise is ±15%:
compare two versions by alternating runs of each. A PostgreSQL database must be empty.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(1, str(ROOT))

ANSWERS = (
    "Det behövs mer synlig polis i centrum på kvällarna, särskilt runt busstationen.",
    "More visible police in the town centre on Friday nights would make people feel safer.",
    "Трафік",
)


async def main(args: argparse.Namespace) -> None:
    from sqlalchemy import event

    from bot.app import build_runtime
    from bot.settings import Settings
    from handlers.router import Outcome, handle_turn
    from handlers.types import Turn, TurnKind

    with tempfile.TemporaryDirectory() as scratch:
        url = args.database_url or f"sqlite+aiosqlite:///{scratch}/turns.db"
        settings = Settings(_env_file=None, database_url=url, data_dir=Path(scratch),  # type: ignore[call-arg]
                            pseudonym_secret="bench-turns-secret-0123456789abcdef",
                            sqlite_durability=args.durability)
        runtime = await build_runtime(settings)
        statements: Counter[str] = Counter()

        @event.listens_for(runtime.engine.sync_engine, "before_cursor_execute")
        def _count(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            statements[statement.split(None, 1)[0].upper()] += 1

        rng = random.Random(args.seed)
        slots = asyncio.Semaphore(4)

        async def resident(uid: int) -> None:
            async def turn(**fields: object) -> Outcome:
                return await handle_turn(Turn(channel="telegram", user_id=str(uid), chat_id=str(uid),
                                              language_code="sv", **fields), runtime.services)  # type: ignore[arg-type]

            def button(outcome: Outcome, part: str) -> str:
                return next(b.data for r in outcome.replies for row in r.buttons for b in row if part in b.data)

            async with slots:
                outcome = await turn(kind=TurnKind.COMMAND, command="start")
                outcome = await turn(kind=TurnKind.BUTTON, data=button(outcome, ":consent:yes"))
                outcome = await turn(kind=TurnKind.TEXT, text=rng.choice(ANSWERS))
                outcome = await turn(kind=TurnKind.BUTTON, data=button(outcome, ":focus:"))
                for _ in range(3):
                    outcome = await turn(kind=TurnKind.BUTTON, data=button(outcome, ":fq"))

        await asyncio.gather(*(resident(900_000 + i) for i in range(20)))
        statements.clear()
        profile = cProfile.Profile() if args.profile else None
        cpu, wall = time.process_time(), time.perf_counter()
        if profile:
            profile.enable()
        await asyncio.gather(*(resident(1_000_000 + i) for i in range(args.residents)))
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        turns = args.residents * 7
        per_kind = ", ".join(f"{kind} {count / turns:.2f}" for kind, count in statements.most_common())
        print(f"{turns:,} turns: {cpu / turns * 1000:.3f} ms CPU per turn, {wall / turns * 1000:.3f} ms wall; "
              f"statements through SQLAlchemy per turn {sum(statements.values()) / turns:.2f} ({per_kind}; "
              "the turn's own go to the driver, storage/statements.py)")
        await runtime.close()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--residents", type=int, default=400)
    parser.add_argument("--database-url", help="an empty database (default: a scratch SQLite file)")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the measured part to FILE")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--durability", choices=["group", "full", "normal"], default="group",
                        help="SQLite: SQLITE_DURABILITY (README, Durability)")
    return parser.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(main(parse_args(sys.argv[1:])))
