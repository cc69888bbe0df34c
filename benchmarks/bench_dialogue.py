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
        self.polling = asyncio.Event()      # the bot is ready: it polls, or it set its webhook
        # Webhook mode (after `setWebhook`): updates are POSTed to the bot, as Telegram does,
        # over up to `max_connections` connections at once.
        self.webhook: tuple[str, str, int] | None = None
        self._outgoing: asyncio.Queue[bytes] = asyncio.Queue()
        self._pushers: list[asyncio.Task[None]] = []
        self.webhook_errors = 0
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
        for pusher in self._pushers:
            pusher.cancel()
        await asyncio.gather(*self._pushers, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()

    def offer(self, update: dict[str, Any]) -> None:
        """Queue an update (its id is added here) and wake a waiting getUpdates, or push it to the webhook."""
        update_id = next(self._update_ids)
        body = json.dumps({"update_id": update_id, **update}).encode()
        if self.webhook is not None:
            self._outgoing.put_nowait(body)
            return
        self._pending.append((update_id, body))
        self._wake.set()

    def _set_webhook(self, params: dict[str, str]) -> None:
        import aiohttp

        connections = int(params.get("max_connections") or 40)
        self.webhook = (params["url"], params.get("secret_token", ""), connections)
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=connections))
        self._pushers = [asyncio.create_task(self._push(session, i == 0)) for i in range(connections)]
        self.polling.set()

    async def _push(self, session: Any, owner: bool) -> None:
        """POST queued updates to the bot, one at a time per connection; retried on a failure, as Telegram does."""
        assert self.webhook is not None
        url, secret, _ = self.webhook
        headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret}
        try:
            while True:
                body = await self._outgoing.get()
                while True:
                    try:
                        async with session.post(url, data=body, headers=headers) as response:
                            await response.read()
                            if response.status == 200:
                                break
                    except Exception:  # noqa: BLE001 - the bot is starting or stopping: try again
                        pass
                    self.webhook_errors += 1
                    await asyncio.sleep(0.05)
        finally:
            if owner:
                await session.close()

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
        if method == "setWebhook" and params.get("url"):
            self._set_webhook(params)
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

    def __init__(self, kind: str, api_base: str, concurrency: int, workdir: Path, database_url: str | None,
                 mode: str = "polling", durability: str = "group") -> None:
        import socket

        self.kind = kind
        self.workdir = workdir
        self.log_path = workdir / f"{kind}.log"
        with socket.socket() as sock:  # a free port for its web server (the webhook, the dashboard)
            sock.bind(("127.0.0.1", 0))
            self.http_port = sock.getsockname()[1]
        args = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--api-base", api_base,
                "--concurrency", str(concurrency), "--data-dir", str(workdir / "data"), "--mode", mode,
                "--http-port", str(self.http_port), "--durability", durability]
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
            profiler = _start_py_spy(config.py_spy, bot, f"{kind}-{mode}-run{run}") if config.py_spy else None

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
    note = (f"Medians of {config.runs} run(s); python-telegram-bot {_version('python-telegram-bot')}, "
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
                await _wait_for_quiet_machine(config.wait_quiet)
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
            s, b = result["steady"], result["burst"]
            line = (f"  run {run} {name:20}: {b['updates_per_s']:7.1f} updates/s, steady p50/p99 "
                    f"{s['p50_ms']:.1f}/{s['p99_ms']:.1f} ms at {s['offered_rate']:.0f}/s, burst p50/p99 "
                    f"{b['p50_ms']:.0f}/{b['p99_ms']:.0f} ms, {b['bot_cpu_ms_per_update']} ms CPU/update, "
                    f"peak RSS {result['peak_rss_mib']:.0f} MiB, {result['gc'].get('full_collections', '?')} full GCs "
                    f"(longest {result['gc'].get('full_max_ms', '?')} ms) ({time.perf_counter() - t0:.0f} s)")
            if "committed" in result:
                c = result["committed"]
                line += f"; committed {c['complete']}/{c['expected']} {'ok' if c['ok'] else 'MISMATCH'}"
                if not c["ok"]:
                    failures.append(f"run {run}, {name}: {c['answers']} answers, {c['complete']} complete, "
                                    f"{c['expected']} residents")
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
            if result["errors_logged"]:
                failures.append(f"run {run}, {name}: {result['errors_logged']} errors logged (see {keep})")
            print(line, flush=True)

    summary = summarize(results) if {r["bot"] for r in results} >= {"echo", "ours"} else {}
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


WEBHOOK_SECRET = "bench-webhook-secret"
WEBHOOK_PATH = "/telegram/webhook"


async def run_ours(args: argparse.Namespace) -> None:
    """Our product as `medborgardialog run` starts it (`bot.app.serve`): the web server, Telegram
    beside it (long polling, or the webhook on the web server), the outbox; stopped by SIGTERM."""
    from bot.app import serve
    from bot.settings import Settings

    webhook = args.mode == "webhook"
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=TOKEN,
        telegram_api_base_url=args.api_base,
        telegram_mode=args.mode,
        telegram_rate_limit=False,  # the fake server has no cap
        telegram_concurrency=args.concurrency,
        database_url=args.database_url,
        data_dir=Path(args.data_dir),
        pseudonym_secret=PSEUDONYM_SECRET,
        http_host="127.0.0.1",
        http_port=args.http_port,
        sqlite_durability=args.durability,
        # The dashboard phase's officer logs in with a password only (the login is not measured).
        officer_totp_required=False,
        **({"webhook_url": f"http://127.0.0.1:{args.http_port}{WEBHOOK_PATH}", "webhook_secret": WEBHOOK_SECRET}
           if webhook else {}),
    )
    watchdog = asyncio.create_task(_stop_when_orphaned())
    try:
        await serve(settings, announce=_serving)
    finally:
        watchdog.cancel()


def _serving(line: str) -> None:
    """`serve` announces itself once it has started: collections from here on are the ones that count."""
    PAUSES.reset()
    _watch_the_loop(Path.cwd())
    print(line, file=sys.stderr, flush=True)


def _watch_the_loop(directory: Path) -> None:
    """SIGUSR1 starts timing how long the event loop is held (benchmarks/dialogue/looplag.py);
    SIGUSR2 writes the figures to `directory/looplag.json` and stops."""
    from benchmarks.dialogue.looplag import LoopStalls

    loop = asyncio.get_running_loop()
    current: list[LoopStalls] = []

    def start() -> None:
        if not current:
            current.append(LoopStalls().__enter__())

    def stop() -> None:
        report = {}
        if current:
            stalls = current.pop()
            stalls.__exit__(None, None, None)
            report = stalls.report()
        (directory / "looplag.json").write_text(json.dumps(report))

    loop.add_signal_handler(signal.SIGUSR1, start)
    loop.add_signal_handler(signal.SIGUSR2, stop)


async def _stop_when_orphaned() -> None:
    """Stop as SIGTERM would when the benchmark that started us is gone."""
    parent = os.getppid()
    while os.getppid() == parent:  # noqa: ASYNC110 - no event tells of the parent's end: poll
        await asyncio.sleep(1.0)
    os.kill(os.getpid(), signal.SIGTERM)


async def run_echo(args: argparse.Namespace) -> None:
    """A bare python-telegram-bot bot, as its documentation shows one: one sendMessage per update,
    the same concurrency; polling with its Updater, or a webhook as in PTB's custom-webhook
    example (a small aiohttp server that puts each update on `update_queue`).

    `echo`: PTB's own request layer (httpx). `echo-aiohttp`: the same bot on our aiohttp
    request layer (bot/channels/telegram/http.py), so a reader sees what the transport is worth.
    """
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

    builder = Application.builder().token(TOKEN).base_url(args.api_base).concurrent_updates(args.concurrency)
    if args.child == "echo-aiohttp":
        from bot.channels.telegram.http import AiohttpRequest

        builder = builder.request(AiohttpRequest(connection_pool_size=256)).get_updates_request(
            AiohttpRequest(connection_pool_size=1))
    if args.mode == "webhook":
        builder = builder.updater(None)
    application = builder.build()
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(echo))
    async with application:
        await application.start()
        runner = None
        if args.mode == "webhook":
            async def receive(request: web.Request) -> web.Response:
                if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != WEBHOOK_SECRET:
                    return web.Response(status=403)
                await application.update_queue.put(Update.de_json(await request.json(), application.bot))
                return web.Response()

            app = web.Application()
            app.router.add_post(WEBHOOK_PATH, receive)
            runner = web.AppRunner(app, access_log=None)
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", args.http_port).start()
            await application.bot.set_webhook(f"http://127.0.0.1:{args.http_port}{WEBHOOK_PATH}",
                                              secret_token=WEBHOOK_SECRET, allowed_updates=Update.ALL_TYPES)
        else:
            assert application.updater is not None
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
        PAUSES.reset()
        await _until_terminated()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        await application.stop()
        if runner is not None:
            await runner.cleanup()


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
