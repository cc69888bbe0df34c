#!/usr/bin/env python3
"""Residents through the whole dialogue, next to a bare python-telegram-bot echo bot.

    python3 tasks.py bench                 # 2,000 residents, 3 runs, SQLite file
    python3 tasks.py bench --quick         # smoke run: 200 residents, 1 run
    python3 tasks.py bench --database-url postgresql://postgres@127.0.0.1:5432/test

Each bot runs in its own subprocess and long-polls `getUpdates` from a lean fake Bot API
in this process, which also plays the residents. Our bot is built by `build_runtime` and
`build_application` and started as production starts it. Every update is one a resident sends after
seeing the bot's previous reply (/start, the consent button, a free-text answer in one of
seven languages, a focus area, three follow-up answers); latency runs from offering the
update to the bot's last reply for it reaching the fake server. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import math
import os
import platform
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(1, str(ROOT))  # this checkout's packages, also where another one is installed

try:
    from aiohttp import web
except ImportError:  # pragma: no cover - run outside the venv
    sys.exit("bench_dialogue.py needs the project's environment: run `python3 tasks.py bench`.")

TOKEN = "7000001:BENCH-token-for-the-fake-bot-api-only"
BOT_ID = 7000001
PSEUDONYM_SECRET = "bench-pseudonym-secret-0123456789abcdef"
FIRST_RESIDENT_ID = 100_000_000

# --- what residents write ------------------------------------------------------------------

# Telegram app languages of the residents (weights), all seven of ours.
LANGUAGE_MIX = {"sv": 50, "en": 10, "ar": 10, "uk": 10, "so": 8, "fa": 6, "ti": 6}
# Share of residents who write in another language than their app's (the bot offers a switch).
OTHER_LANGUAGE_SHARE = 0.15
# Share of answers that are several sentences long rather than one.
LONG_ANSWER_SHARE = 0.15

ANSWERS: dict[str, list[str]] = {
    "sv": [
        "Det behövs mer synlig polis i centrum på kvällarna, särskilt runt busstationen.",
        "Bilarna kör alldeles för fort förbi skolan på morgonen, det är farligt för barnen.",
        "Fler mötesplatser för unga och nyanlända skulle göra Ed tryggare för alla.",
        "Belysningen längs gångvägen mot Gesäter är dålig och man känner sig otrygg.",
        "Mer polis",
        "Trafiken",
    ],
    "en": [
        "More visible police in the town centre on Friday nights would make people feel safer.",
        "Cars speed past the school every morning and sooner or later a child will get hurt.",
        "Street lights",
    ],
    "ar": [
        "نحتاج إلى وجود أكبر للشرطة في وسط البلدة في المساء، خاصة قرب محطة الحافلات.",
        "السيارات تسير بسرعة كبيرة بالقرب من المدرسة في الصباح وهذا خطر على الأطفال.",
        "الشرطة",
    ],
    "fa": [
        "ما به حضور بیشتر پولیس در مرکز شهر در شب‌ها ضرورت داریم.",
        "موترها در نزدیک مکتب خیلی تیز حرکت می‌کنند و برای اطفال خطرناک است.",
    ],
    "so": [
        "Waxaan u baahanahay booliis badan oo la arki karo bartamaha magaalada habeenkii.",
        "Baabuurtu aad bay ugu dheereeyaan dugsiga agtiisa subaxdii, taasina waa khatar carruurta.",
    ],
    "ti": [
        "ኣብ ማእከል ከተማ ምሸት ዝያዳ ፖሊስ ክህሉ ኣለዎ።",
        "መካይን ኣብ ጥቓ ቤት ትምህርቲ ብቕልጡፍ ይጎዓዛ፡ ንቖልዑ ሓደገኛ እዩ።",
    ],
    "uk": [
        "Потрібно більше поліції в центрі міста ввечері, особливо біля автовокзалу.",
        "Машини їздять занадто швидко біля школи вранці, це небезпечно для дітей.",
        "Поліція",
    ],
}

# --- the lean fake Bot API -----------------------------------------------------------------

_OK_TRUE = b'{"ok":true,"result":true}'
_GET_ME = json.dumps({"ok": True, "result": {
    "id": BOT_ID, "is_bot": True, "first_name": "Bench", "username": "medborgardialog_bench_bot",
    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
}}).encode()


class LeanBotAPI:
    """Just enough of the Bot API for both bots, with no per-call bookkeeping but counters.

    Updates wait in a deque until the bot acknowledges them (a later `offset`), as on
    Telegram; a `getUpdates` with nothing to return waits until an update is offered.
    Every `sendMessage` is handed to `on_message(chat_id, message_id, reply_markup, t)` and
    every `answerCallbackQuery` to `on_answer(callback_query_id, t)`, with `t` taken when
    the request reached the server.
    """

    def __init__(self, on_message: Callable[[int, int, str | None, float], None],
                 on_answer: Callable[[str, float], None]) -> None:
        self.on_message = on_message
        self.on_answer = on_answer
        self.calls: Counter[str] = Counter()
        self.polling = asyncio.Event()
        self._pending: deque[tuple[int, bytes]] = deque()
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._wake = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]  # noqa: SLF001

    async def stop(self) -> None:
        self._wake.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def offer(self, update: dict[str, Any]) -> None:
        """Queue an update (its id is added here) and wake a waiting getUpdates."""
        update_id = next(self._update_ids)
        self._pending.append((update_id, json.dumps({"update_id": update_id, **update}).encode()))
        self._wake.set()

    async def _handle(self, request: web.Request) -> web.Response:
        now = time.perf_counter()
        method = request.match_info["method"]
        self.calls[method] += 1
        body = await request.read()
        params = dict(parse_qsl(body.decode())) if body else {}
        if method == "sendMessage":
            message_id = next(self._message_ids)
            chat_id = int(params["chat_id"])
            self.on_message(chat_id, message_id, params.get("reply_markup"), now)
            return _json(b'{"ok":true,"result":{"message_id":%d,"date":%d,"chat":{"id":%d,"type":"private"},'
                         b'"text":"."}}' % (message_id, int(time.time()), chat_id))
        if method == "getUpdates":
            return await self._get_updates(params)
        if method == "answerCallbackQuery":
            self.on_answer(params.get("callback_query_id", ""), now)
            return _json(_OK_TRUE)
        if method == "getMe":
            return _json(_GET_ME)
        return _json(_OK_TRUE)  # setMyCommands, deleteWebhook, ...

    async def _get_updates(self, params: dict[str, str]) -> web.Response:
        self.polling.set()
        offset = int(params.get("offset") or 0)
        pending = self._pending
        while pending and pending[0][0] < offset:
            pending.popleft()
        if not pending:
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), float(params.get("timeout") or 0))
            while pending and pending[0][0] < offset:
                pending.popleft()
        limit = int(params.get("limit") or 100)
        batch = b",".join(body for _, body in itertools.islice(pending, limit))
        return _json(b'{"ok":true,"result":[' + batch + b"]}")


def _json(body: bytes) -> web.Response:
    return web.Response(body=body, content_type="application/json")


# --- residents and what they do ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Step:
    """One update a resident sends, and how they know the bot has answered it."""

    label: str
    kind: str            # "command", "text", "press"
    button: str = ""     # done when a reply has a button whose data contains this
    count: int = 1       # ... or when this many replies came (when `button` is empty)
    answered: bool = False  # ... and the button press was answered (answerCallbackQuery)


# Our dialogue: each step ends with the prompt of the next, so its last reply is known.
DIALOGUE = (
    Step("start", "command", button=":consent:yes"),
    Step("consent", "press", count=1, answered=True),          # thanks and the question, one message
    Step("answer", "text", button=":focus:"),                  # saved (+ a language offer) + focus areas
    Step("focus", "press", button=":fq:", answered=True),
    Step("fq-relation", "press", button=":fq:", answered=True),
    Step("fq-age", "press", button=":fq:", answered=True),
    Step("fq-area", "press", button=":menu:", answered=True),  # thanks + the menu
)
# The echo bot gets the same updates and answers each with one message (and no answerCallbackQuery).
ECHO = tuple(Step(s.label, s.kind, count=1) for s in DIALOGUE)
STEP_LABELS = tuple(s.label for s in DIALOGUE)
UPDATES_PER_RESIDENT = len(DIALOGUE)

# Button data the echo bot is sent, shaped like ours (the step number, action, value).
_ECHO_DATA = ("", "2:consent:yes", "", "4:focus:{}", "5:fq:{}", "6:fq:{}", "7:fq:{}")
_FOCUS = ("visible-police", "migration-integration", "traffic-safety", "other")
_OPTIONS = (("lives", "works", "visits"), ("under-18", "18-29", "30-49", "50-64", "65-plus"),
            ("ed", "gesater", "habol", "nossemark", "rolanda", "toftedal", "outside"))


class Resident:
    __slots__ = ("uid", "language_code", "text", "picks", "step", "offered_at", "seen", "last_message_id",
                 "next_data", "phase", "replies", "query_id", "replied_at", "answered_at")

    def __init__(self, uid: int, language_code: str, text: str, picks: tuple[int, ...]) -> None:
        self.uid = uid
        self.language_code = language_code
        self.text = text
        self.picks = picks           # index of the focus area, then of each follow-up option
        self.step = 0
        self.offered_at = 0.0
        self.seen = 0
        self.last_message_id = 0
        self.next_data = ""
        self.phase: Phase | None = None
        self.replies = 0
        self.query_id = ""
        self.replied_at = 0.0        # when the step's last message came (0: not yet)
        self.answered_at = 0.0       # when its button press was answered (0: not yet)


def make_residents(count: int, rng: random.Random, first_id: int) -> list[Resident]:
    codes, weights = zip(*LANGUAGE_MIX.items(), strict=True)
    residents = []
    for i in range(count):
        code = rng.choices(codes, weights)[0]
        written = code if rng.random() >= OTHER_LANGUAGE_SHARE else rng.choice([c for c in codes if c != code])
        text = rng.choice(ANSWERS[written])
        if rng.random() < LONG_ANSWER_SHARE:
            text = " ".join(rng.sample(ANSWERS[written], k=len(ANSWERS[written])))
        picks = (rng.randrange(len(_FOCUS)), *(rng.randrange(len(options)) for options in _OPTIONS))
        residents.append(Resident(first_id + i, code, text, picks))
    return residents


class Driver:
    """Plays the residents: offers each one's next update when the bot has answered the last."""

    def __init__(self, script: tuple[Step, ...], echo: bool) -> None:
        self.script = script
        self.echo = echo
        self.api = LeanBotAPI(self.on_message, self.on_answer)
        self.residents: dict[int, Resident] = {}
        self.queries: dict[str, Resident] = {}
        self.unexpected = 0
        self._ids = itertools.count(1)

    def offer(self, resident: Resident) -> None:
        step = self.script[resident.step]
        user = {"id": resident.uid, "is_bot": False, "first_name": "Resident", "language_code": resident.language_code}
        chat = {"id": resident.uid, "type": "private", "first_name": "Resident"}
        now = int(time.time())
        resident.query_id = ""
        if step.kind == "press":
            data = resident.next_data
            if self.echo:
                data = _ECHO_DATA[resident.step].format(_echo_value(resident))
            resident.query_id = str(next(self._ids))
            if step.answered:
                self.queries[resident.query_id] = resident
            update: dict[str, Any] = {"callback_query": {
                "id": resident.query_id, "from": user, "chat_instance": f"ci-{resident.uid}", "data": data,
                "message": {"message_id": resident.last_message_id, "date": now, "chat": chat,
                            "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bench"}, "text": "…"}}}
        else:
            message: dict[str, Any] = {"message_id": next(self._ids), "date": now, "chat": chat, "from": user}
            if step.kind == "command":
                message["text"] = "/start"
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": 6}]
            else:
                message["text"] = resident.text
            update = {"message": message}
        resident.seen = 0
        resident.replied_at = resident.answered_at = 0.0
        resident.offered_at = time.perf_counter()
        self.api.offer(update)

    def on_message(self, chat_id: int, message_id: int, markup: str | None, at: float) -> None:
        resident = self.residents.get(chat_id)
        if resident is None or resident.phase is None or resident.step >= len(self.script):
            self.unexpected += 1
            return
        resident.replies += 1
        resident.seen += 1
        resident.last_message_id = message_id
        step = self.script[resident.step]
        if step.button:
            if markup is None or step.button not in markup:
                return
            resident.next_data = _pick(resident, step.button, markup)
        elif resident.seen < step.count:
            return
        resident.replied_at = at
        self._maybe_done(resident, step)

    def on_answer(self, query_id: str, at: float) -> None:
        resident = self.queries.pop(query_id, None)
        if resident is None or resident.phase is None or resident.query_id != query_id:
            self.unexpected += 1
            return
        resident.answered_at = at
        self._maybe_done(resident, self.script[resident.step])

    def _maybe_done(self, resident: Resident, step: Step) -> None:
        """The step is done when its last message came and, for a press, the press was answered."""
        if not resident.replied_at or (step.answered and not resident.answered_at):
            return
        assert resident.phase is not None
        at = max(resident.replied_at, resident.answered_at)
        label_index = resident.step
        resident.step += 1
        resident.phase.step_done(resident, label_index, at - resident.offered_at, at)


def _echo_value(resident: Resident) -> str:
    if resident.step == 3:
        return _FOCUS[resident.picks[0]]
    if resident.step >= 4:
        options = _OPTIONS[resident.step - 4]
        return options[resident.picks[resident.step - 3] % len(options)]
    return ""


def _pick(resident: Resident, wanted: str, markup: str) -> str:
    """The button data the resident presses next: consent yes, their focus area, their options."""
    datas = [b["callback_data"] for row in json.loads(markup)["inline_keyboard"] for b in row if "callback_data" in b]
    matching = [d for d in datas if wanted in d]
    if wanted in (":consent:yes", ":menu:"):
        return matching[0]
    choice = resident.picks[min(resident.step - 2, len(resident.picks) - 1)]
    return matching[choice % len(matching)]


# --- phases ---------------------------------------------------------------------------------


class Phase:
    """A group of residents going through the dialogue; collects latencies per step."""

    def __init__(self, driver: Driver, residents: list[Resident], name: str) -> None:
        self.driver = driver
        self.residents = residents
        self.name = name
        self.latencies: list[float] = []
        self.by_step: dict[str, list[float]] = {label: [] for label in STEP_LABELS}
        self.remaining = len(residents)
        self.done = asyncio.get_running_loop().create_future()
        self.started = 0.0
        self.ended = 0.0
        self.updates = 0
        for resident in residents:
            resident.phase = self
            driver.residents[resident.uid] = resident

    def step_done(self, resident: Resident, step: int, latency: float, at: float) -> None:
        self.latencies.append(latency)
        self.by_step[STEP_LABELS[step]].append(latency)
        if resident.step < len(self.driver.script):
            self.next(resident)
            return
        resident.phase = None
        self.finished_one(resident)
        self.remaining -= 1
        if self.remaining == 0:
            self.ended = at
            if not self.done.done():
                self.done.set_result(None)

    def offer(self, resident: Resident) -> None:
        self.updates += 1
        self.driver.offer(resident)

    def next(self, resident: Resident) -> None:
        self.offer(resident)

    def finished_one(self, resident: Resident) -> None:
        pass

    def stuck(self) -> Counter[str]:
        return Counter(STEP_LABELS[r.step] for r in self.residents if r.phase is self)


class ClosedLoop(Phase):
    """Every resident at once; each sends the next update as soon as the last was answered."""

    async def run(self, timeout: float) -> None:
        self.started = time.perf_counter()
        for resident in self.residents:
            self.offer(resident)
        await asyncio.wait_for(asyncio.shield(self.done), timeout)


class SteadyLoad(Phase):
    """Updates offered at a fixed rate, from a pool of residents each waiting for the bot's answer.

    At each tick the resident who has waited longest since the bot answered them sends
    their next update; a finished resident makes room for a new one. A tick with nobody
    ready (the bot is behind by a whole round of the pool) is counted as missed.
    """

    def __init__(self, driver: Driver, residents: list[Resident], name: str, rate: float, pool: int) -> None:
        super().__init__(driver, residents, name)
        self.rate = rate
        self.waiting = deque(residents)
        self.ready: deque[Resident] = deque(self.waiting.popleft() for _ in range(min(pool, len(residents))))
        self.missed = 0
        self.last_offer = 0.0

    def next(self, resident: Resident) -> None:
        self.ready.append(resident)

    def finished_one(self, resident: Resident) -> None:
        if self.waiting:
            self.ready.append(self.waiting.popleft())

    async def run(self, timeout: float) -> None:
        total = len(self.residents) * len(self.driver.script)
        interval = 1.0 / self.rate
        self.started = start = time.perf_counter()
        deadline = start + timeout
        tick = 0
        while self.updates < total:
            delay = start + tick * interval - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tick += 1
            if self.ready:
                self.offer(self.ready.popleft())
            else:
                self.missed += 1
            if time.perf_counter() > deadline:
                raise TimeoutError
        await asyncio.wait_for(asyncio.shield(self.done), max(1.0, deadline - time.perf_counter()))

    def offer(self, resident: Resident) -> None:
        super().offer(resident)
        self.last_offer = time.perf_counter()

    @property
    def offered_rate(self) -> float:
        """The rate at which updates were really offered (lower than asked when ticks were missed)."""
        span = self.last_offer - self.started
        return (self.updates - 1) / span if self.updates > 1 and span > 0 else 0.0


# --- the bot processes ----------------------------------------------------------------------


class BotProcess:
    """One bot in its own interpreter, polling the fake server; its CPU and memory read from /proc."""

    def __init__(self, kind: str, api_base: str, concurrency: int, workdir: Path, database_url: str | None) -> None:
        self.kind = kind
        self.log_path = workdir / f"{kind}.log"
        args = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--api-base", api_base,
                "--concurrency", str(concurrency), "--data-dir", str(workdir / "data")]
        if database_url:
            args += ["--database-url", database_url]
        env = {k: v for k, v in os.environ.items() if not k.startswith(_SETTINGS_ENV)}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        self._log = self.log_path.open("w")
        self.proc = subprocess.Popen(args, cwd=workdir, env=env, stdout=subprocess.PIPE,
                                     stderr=self._log, text=True)

    @property
    def pid(self) -> int:
        return self.proc.pid

    def cpu_seconds(self) -> float | None:
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def memory_kib(self) -> dict[str, int]:
        try:
            status = Path(f"/proc/{self.pid}/status").read_text()
        except OSError:
            return {}
        out = {}
        for line in status.splitlines():
            name, _, value = line.partition(":")
            if name in ("VmHWM", "VmRSS"):
                out[name] = int(value.split()[0])
        return out

    def check_alive(self) -> None:
        if self.proc.poll() is not None:
            raise RuntimeError(f"the {self.kind} bot exited with {self.proc.returncode}; see {self.log_path}:\n"
                               + self.log_tail())

    def log_tail(self, lines: int = 30) -> str:
        self._log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    async def stop(self) -> dict[str, Any]:
        """Stop the bot as SIGTERM stops production; return what it reported about itself.

        Waited for in a thread: the fake server in this loop must keep answering the bot's
        last calls while it shuts down.
        """
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            out, _ = await asyncio.to_thread(self.proc.communicate, timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, _ = await asyncio.to_thread(self.proc.communicate)
        self._log.close()
        report: dict[str, Any] = {}
        for line in (out or "").splitlines():
            if line.startswith("{"):
                report = json.loads(line)
        return report

    def errors_logged(self) -> int:
        text = self.log_path.read_text(errors="replace")
        return sum(1 for line in text.splitlines() if " ERROR " in line or line.startswith("Traceback"))


_SETTINGS_ENV = ("TELEGRAM_", "DATABASE_URL", "PSEUDONYM_", "OFFICER_", "CAMPAIGN_FILE", "HTTP_", "DATA_DIR",
                 "MAX_ANSWER_LENGTH", "LOG_LEVEL")


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
        query_answers = "SELECT focus_area, follow_ups, text_language FROM answer"
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
            complete += focus_area is not None and len(follow_ups or {}) == len(_OPTIONS)
            languages[language] += 1
        return {"answers": len(answers), "complete": complete, "states": states,
                "text_languages": dict(languages.most_common())}


# --- one bot, one run -------------------------------------------------------------------------


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


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _ms(values: list[float], q: float) -> float:
    return round(_percentile(values, q) * 1000, 2)


async def measure(kind: str, config: Config, run: int, workdir: Path) -> dict[str, Any]:
    """Start one bot, warm it up, offer a steady load, then the burst; stop it; check the database."""
    echo = kind == "echo"
    driver = Driver(ECHO if echo else DIALOGUE, echo)
    rng = random.Random(config.seed * 1000 + run)  # the same residents for both bots in a run
    steady_residents = max(1, config.steady_updates // UPDATES_PER_RESIDENT)
    next_id = itertools.count(FIRST_RESIDENT_ID, 1_000_000)
    warm = make_residents(config.warmup, rng, next(next_id))
    steady = make_residents(steady_residents, rng, next(next_id))
    burst = make_residents(config.residents, rng, next(next_id))
    everyone = (*warm, *steady, *burst)

    await driver.api.start()
    database = ScratchDatabase(None if echo else config.database_url, workdir)
    result: dict[str, Any] = {"bot": kind, "run": run}
    async with database:
        bot = BotProcess(kind, driver.api.base_url, config.concurrency, workdir, None if echo else database.url)
        profiler: subprocess.Popen[bytes] | None = None
        try:
            started = time.perf_counter()
            while not driver.api.polling.is_set():
                bot.check_alive()
                if time.perf_counter() - started > 60:
                    raise RuntimeError(f"the {kind} bot did not start polling in 60 s:\n{bot.log_tail()}")
                await asyncio.sleep(0.05)
            result["startup_s"] = round(time.perf_counter() - started, 2)
            result["rss_idle_mib"] = round(bot.memory_kib().get("VmRSS", 0) / 1024, 1)
            profiler = _start_py_spy(config.py_spy, bot, f"{kind}-run{run}") if config.py_spy else None

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
            except TimeoutError:
                bot.check_alive()
                assert phase is not None
                raise RuntimeError(f"{kind} bot, run {run}: the {phase.name} phase did not finish in "
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
            "errors_logged": bot.errors_logged(),
            "residents": len(everyone),
        })
        if not echo:
            committed = await database.committed()
            committed["expected"] = len(everyone)
            committed["ok"] = committed["answers"] == committed["complete"] == len(everyone)
            result["committed"] = committed
            result["database"] = database.engine
    return result


@dataclass(frozen=True, slots=True)
class Usage:
    """CPU seconds used so far by the bot, by this process, and by the whole machine (Linux /proc)."""

    at: float
    bot: float | None
    driver: float
    machine: float | None

    @classmethod
    def now(cls, bot: BotProcess) -> Usage:
        return cls(time.perf_counter(), bot.cpu_seconds(), _own_cpu(), _machine_busy_seconds())

    def since(self, before: Usage, updates: int) -> dict[str, float | None]:
        wall = self.at - before.at
        driver = self.driver - before.driver
        out: dict[str, float | None] = {"driver_cpu_utilisation": round(driver / wall, 2),
                                        "bot_cpu_ms_per_update": None, "bot_cpu_utilisation": None,
                                        "other_cpu_utilisation": None}
        if self.bot is None or before.bot is None:
            return out
        bot = self.bot - before.bot
        out["bot_cpu_ms_per_update"] = round(bot * 1000 / max(updates, 1), 2)
        out["bot_cpu_utilisation"] = round(bot / wall, 2)
        if self.machine is not None and before.machine is not None:
            # Cores other processes kept busy meanwhile: more than a little skews the figures.
            out["other_cpu_utilisation"] = round(max(0.0, self.machine - before.machine - bot - driver) / wall, 2)
        return out


def _start_py_spy(directory: Path, bot: BotProcess, name: str) -> subprocess.Popen[bytes]:
    """Sample the bot (its threads holding the GIL: CPU, not waiting) until it exits, as collapsed stacks."""
    exe = shutil.which("py-spy", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]]))
    if exe is None:
        raise SystemExit("--py-spy needs py-spy: `.venv/bin/pip install py-spy`")
    directory.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen([exe, "record", "--pid", str(bot.pid), "--rate", "200", "--nonblocking", "--gil",
                             "--format", "raw", "--output", str(directory / f"{name}.txt")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _machine_busy_seconds() -> float | None:
    """CPU seconds all processes on the machine have used so far (Linux), to see who else ran."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, _irq, _softirq, steal = (int(v) for v in fields[:8])
    return (user + nice + system + steal) / os.sysconf("SC_CLK_TCK")


async def _wait_for_quiet_machine(patience: float, threshold: float = 0.2) -> None:
    """Wait (at most `patience` seconds) until other processes use less than `threshold` cores."""
    deadline = time.perf_counter() + patience
    while True:
        before, t0 = _machine_busy_seconds(), time.perf_counter()
        await asyncio.sleep(2.0)
        after = _machine_busy_seconds()
        if before is None or after is None:
            return
        busy = (after - before) / (time.perf_counter() - t0)
        if busy < threshold:
            return
        if time.perf_counter() > deadline:
            print(f"  the machine is still busy ({busy:.2f} cores); measuring anyway", flush=True)
            return


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


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
    summary: dict[str, dict[str, Any]] = {}
    for kind in ("echo", "ours"):
        runs = [r for r in results if r["bot"] == kind]
        summary[kind] = {
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
            "gc_full_max_ms": _median(runs, "gc", "full_max_ms"),
        }
        summary[kind]["steady_p50_ms_by_step"] = {
            label: _median(runs, "steady", "p50_ms_by_step", label) for label in STEP_LABELS}
        summary[kind]["steady_p99_ms_by_step"] = {
            label: _median(runs, "steady", "p99_ms_by_step", label) for label in STEP_LABELS}
    summary["ratio"] = {key: round(summary["ours"][key] / summary["echo"][key], 3) if summary["echo"][key] else math.nan
                        for key in ("updates_per_s", "steady_p99_ms", "cpu_ms_per_update", "peak_rss_mib")}
    return summary


def _ratio(ours: float, echo: float) -> str:
    return f"{ours / echo:.2f}" if echo else "–"


def _fmt(value: float, digits: int = 1) -> str:
    return f"{value:,.{digits}f}" if not math.isnan(value) else "–"


def markdown(config: Config, summary: dict[str, dict[str, Any]], results: list[dict[str, Any]],
             engine: str) -> str:
    echo, ours = summary["echo"], summary["ours"]
    commits = [r["committed"] for r in results if r["bot"] == "ours"]
    committed = ", ".join(f"{c['complete']:,}/{c['expected']:,}" for c in commits)
    rate = f"{config.rate:g}"
    rows = [
        "| | PTB echo bot | medborgardialog | ours / echo |",
        "|---|---:|---:|---:|",
        f"| updates/s at saturation ({config.residents:,}-resident burst) | {_fmt(echo['updates_per_s'])} | "
        f"{_fmt(ours['updates_per_s'])} | **{_ratio(ours['updates_per_s'], echo['updates_per_s'])}** |",
        f"| p50 / p99 latency at a steady {rate} updates/s (ms) | {_fmt(echo['steady_p50_ms'])} / "
        f"{_fmt(echo['steady_p99_ms'])} | {_fmt(ours['steady_p50_ms'])} / **{_fmt(ours['steady_p99_ms'])}** | "
        f"{_ratio(ours['steady_p99_ms'], echo['steady_p99_ms'])} (p99) |",
        f"| p50 / p99 latency in the {config.residents:,}-resident burst (ms) | {_fmt(echo['burst_p50_ms'], 0)} / "
        f"{_fmt(echo['burst_p99_ms'], 0)} | {_fmt(ours['burst_p50_ms'], 0)} / {_fmt(ours['burst_p99_ms'], 0)} | "
        f"{_ratio(ours['burst_p99_ms'], echo['burst_p99_ms'])} (p99) |",
        f"| bot CPU per update (ms) | {_fmt(echo['cpu_ms_per_update'], 2)} | {_fmt(ours['cpu_ms_per_update'], 2)} | "
        f"{_ratio(ours['cpu_ms_per_update'], echo['cpu_ms_per_update'])} |",
        f"| CPU-bound capacity: 1 core / CPU per update (updates/s) | {_fmt(1000 / echo['cpu_ms_per_update'], 0)} | "
        f"{_fmt(1000 / ours['cpu_ms_per_update'], 0)} | "
        f"{_ratio(echo['cpu_ms_per_update'], ours['cpu_ms_per_update'])} |",
        "| longest full garbage collection while serving (ms; the event loop stops) | "
        f"{_fmt(echo['gc_full_max_ms'], 0)} | "
        f"{_fmt(ours['gc_full_max_ms'], 0)} | |",
        f"| peak memory (RSS, MiB) | {_fmt(echo['peak_rss_mib'], 0)} | {_fmt(ours['peak_rss_mib'], 0)} | "
        f"{_ratio(ours['peak_rss_mib'], echo['peak_rss_mib'])} |",
        f"| answers committed and complete (per run) | – | {committed} | |",
    ]
    aims = (f"Aims (issue 2): throughput ≥ 0.40 × echo — "
            f"{'met' if ours['updates_per_s'] >= 0.4 * echo['updates_per_s'] else 'MISSED'}; "
            f"p99 < 100 ms at {rate} updates/s — {'met' if ours['steady_p99_ms'] < 100 else 'MISSED'}.")
    note = (f"Medians of {config.runs} run(s); python-telegram-bot {_version('python-telegram-bot')}, "
            f"`concurrent_updates({config.concurrency})`, long polling, {engine}, "
            f"Python {platform.python_version()}, {os.cpu_count()} CPUs; "
            f"{config.residents:,} residents × {UPDATES_PER_RESIDENT} updates in the burst.")
    others = max(echo["other_cpu_burst"], ours["other_cpu_burst"], echo["other_cpu_steady"], ours["other_cpu_steady"])
    if not math.isnan(others):
        note += (f" Other processes kept up to {others:.2f} cores busy meanwhile (median per phase)"
                 + ("." if others <= 0.25 else ": the machine was not quiet, expect ±20%."))
    by_step = ["", "Our p50 / p99 per step at the steady load (ms): " + ", ".join(
        f"{label} {_fmt(ours['steady_p50_ms_by_step'][label])} / {_fmt(ours['steady_p99_ms_by_step'][label])}"
        for label in STEP_LABELS) + "."]
    return "\n".join([*rows, "", note, aims, *by_step])


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


async def bench(config: Config) -> int:
    # SIGTERM cancels like Ctrl+C does, so the bots are stopped and scratch databases dropped.
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    results: list[dict[str, Any]] = []
    failures: list[str] = []
    engine = "PostgreSQL" if config.database_url else "SQLite (file, WAL)"
    print(f"benchmark: {config.residents:,} residents in the burst, steady {config.rate:g} updates/s "
          f"({config.steady_updates:,} updates), {config.runs} run(s), {engine}", flush=True)
    keep = RESULTS / f"bench-{stamp}-work"
    for run in range(1, config.runs + 1):
        # Alternate which bot goes first, so neither always runs on a cooler machine.
        for kind in (("echo", "ours") if run % 2 else ("ours", "echo")):
            if config.wait_quiet:
                await _wait_for_quiet_machine(config.wait_quiet)
            workdir = Path(tempfile.mkdtemp(prefix=f"md-bench-{kind}-"))
            t0 = time.perf_counter()
            try:
                result = await measure(kind, config, run, workdir)
            except (RuntimeError, OSError) as exc:
                failures.append(f"run {run}, {kind}: {exc}")
                print(f"  run {run} {kind}: FAILED: {exc}", file=sys.stderr, flush=True)
                shutil.copytree(workdir, keep / f"run{run}-{kind}", dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*.db*"))
                shutil.rmtree(workdir, ignore_errors=True)
                continue
            results.append(result)
            if result["errors_logged"] or (not result.get("committed", {}).get("ok", True)):
                shutil.copytree(workdir, keep / f"run{run}-{kind}", dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("*.db*"))
            shutil.rmtree(workdir, ignore_errors=True)
            s, b = result["steady"], result["burst"]
            line = (f"  run {run} {kind:4}: {b['updates_per_s']:7.1f} updates/s, steady p50/p99 "
                    f"{s['p50_ms']:.1f}/{s['p99_ms']:.1f} ms at {s['offered_rate']:.0f}/s, burst p50/p99 "
                    f"{b['p50_ms']:.0f}/{b['p99_ms']:.0f} ms, {b['bot_cpu_ms_per_update']} ms CPU/update, "
                    f"peak RSS {result['peak_rss_mib']:.0f} MiB, {result['gc'].get('full_collections', '?')} full GCs "
                    f"(longest {result['gc'].get('full_max_ms', '?')} ms) ({time.perf_counter() - t0:.0f} s)")
            if "committed" in result:
                c = result["committed"]
                line += f"; committed {c['complete']}/{c['expected']} {'ok' if c['ok'] else 'MISMATCH'}"
                if not c["ok"]:
                    failures.append(f"run {run}: {c['answers']} answers, {c['complete']} complete, "
                                    f"{c['expected']} residents")
            other = max(b.get("other_cpu_utilisation") or 0.0, s.get("other_cpu_utilisation") or 0.0)
            if other > 0.25:
                line += f" [other processes busy: {other:.2f} cores]"
            if result["errors_logged"]:
                failures.append(f"run {run}, {kind}: {result['errors_logged']} errors logged (see {keep})")
            print(line, flush=True)

    summary = summarize(results) if {r["bot"] for r in results} == {"echo", "ours"} else {}
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(json.dumps({
        "when": stamp,
        "config": config.__dict__ | {"database_url": "postgresql (scratch)" if config.database_url else None,
                                     "py_spy": str(config.py_spy) if config.py_spy else None},
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
                    "python-telegram-bot": _version("python-telegram-bot"), "aiohttp": _version("aiohttp"),
                    "httpx": _version("httpx"), "SQLAlchemy": _version("SQLAlchemy")},
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


# --- the bots (child processes) -------------------------------------------------------------


def _configure_logging() -> None:
    import logging

    # As `medborgardialog run` does (bot/cli.py): INFO, and no per-request lines from httpx.
    logging.basicConfig(level="INFO", format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


async def _until_terminated() -> None:
    """Wait for SIGINT or SIGTERM, as production does; or until the benchmark that started us is gone."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    parent = os.getppid()
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1.0)
        if os.getppid() != parent:
            return


async def run_ours(args: argparse.Namespace) -> None:
    """Our product as `medborgardialog run` starts it (`bot.app.serve`): the web server, Telegram
    with long polling beside it (`bot/web/webhook.py`), the outbox; stopped by SIGTERM."""
    import socket

    from bot.app import serve
    from bot.settings import Settings

    with socket.socket() as sock:  # a free port for the web chat, which the benchmark does not use
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=TOKEN,
        telegram_api_base_url=args.api_base,
        telegram_mode="polling",
        telegram_rate_limit=False,  # the fake server has no cap
        telegram_concurrency=args.concurrency,
        database_url=args.database_url,
        data_dir=Path(args.data_dir),
        pseudonym_secret=PSEUDONYM_SECRET,
        http_host="127.0.0.1",
        http_port=port,
    )
    watchdog = asyncio.create_task(_stop_when_orphaned())
    try:
        await serve(settings, announce=_serving)
    finally:
        watchdog.cancel()


def _serving(line: str) -> None:
    """`serve` announces itself once it has started: collections from here on are the ones that count."""
    PAUSES.reset()
    print(line, file=sys.stderr, flush=True)


async def _stop_when_orphaned() -> None:
    """Stop as SIGTERM would when the benchmark that started us is gone."""
    parent = os.getppid()
    while os.getppid() == parent:  # noqa: ASYNC110 - no event tells of the parent's end: poll
        await asyncio.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


async def run_echo(args: argparse.Namespace) -> None:
    """A bare python-telegram-bot bot: one sendMessage per update, same concurrency, long polling."""
    from telegram import Update
    from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None:
            return
        if update.callback_query is not None:
            text = update.callback_query.data or "?"
        else:
            text = update.effective_message.text if update.effective_message else None
        await context.bot.send_message(chat.id, text or "?")

    application = (
        Application.builder().token(TOKEN).base_url(args.api_base).concurrent_updates(args.concurrency).build()
    )
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(echo))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        PAUSES.reset()
        await _until_terminated()
        await application.updater.stop()
        await application.stop()


class GCPauses:
    """Time the interpreter's garbage collections once the bot serves (start-up is not counted):
    a full one stops the event loop for all residents."""

    def __init__(self) -> None:
        self.started = 0.0
        self.full: list[float] = []
        self.young = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self.started = time.perf_counter()
        elif info["generation"] == 2:
            self.full.append(time.perf_counter() - self.started)
        else:
            self.young += time.perf_counter() - self.started

    def reset(self) -> None:
        self.full.clear()
        self.young = 0.0

    def report(self) -> dict[str, float]:
        return {"full_collections": len(self.full),
                "full_max_ms": round(max(self.full, default=0.0) * 1000, 1),
                "full_total_ms": round(sum(self.full) * 1000, 1),
                "young_total_ms": round(self.young * 1000, 1)}


PAUSES = GCPauses()


def child_main(args: argparse.Namespace) -> int:
    import gc

    _configure_logging()
    gc.callbacks.append(PAUSES)
    asyncio.run(run_ours(args) if args.child == "ours" else run_echo(args))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    # ru_maxrss is KiB on Linux, bytes on macOS.
    maxrss = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
    print(json.dumps({"maxrss_kib": maxrss, "cpu_s": usage.ru_utime + usage.ru_stime, "gc": PAUSES.report()}),
          flush=True)
    return 0


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
    parser.add_argument("--child", choices=["ours", "echo"], help=argparse.SUPPRESS)
    parser.add_argument("--api-base", help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", help=argparse.SUPPRESS)
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
    )
    try:
        return asyncio.run(bench(config))
    except (KeyboardInterrupt, asyncio.CancelledError):
        print("interrupted; the bots were stopped", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
