"""The bots as the benchmark sees them: one interpreter each, its CPU and memory read from /proc,
the machine's other load, and py-spy beside it when asked."""

from __future__ import annotations

import asyncio
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.dialogue.config import ROOT

# --- the bots, seen from the benchmark -------------------------------------------------------


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
        args = [sys.executable, "-m", "benchmarks.dialogue", "--child", kind, "--api-base", api_base,
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


def start_py_spy(directory: Path, bot: BotProcess, name: str) -> subprocess.Popen[bytes]:
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


async def wait_for_quiet_machine(patience: float, threshold: float = 0.2) -> None:
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

