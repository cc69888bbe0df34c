"""What may be logged: where an error happened, never what it quoted.

An exception's message can carry a resident's words: a database error quotes its SQL
parameters, a parser error quotes the bytes it could not read, a Telegram error the text it
refused. So above DEBUG every traceback in the log keeps its exception types and stack frames
and drops the messages; `LOG_LEVEL=DEBUG`, the one level at which resident text may appear,
shows them whole.

`LOG_FORMAT=json` writes one JSON object a line with the same scrubbing and stable fields:
`time` (UTC, ISO 8601), `level`, `logger`, `event` (the message), `update_id` and `reference`
(the channel's update id and a tip's reference where known, else null), and, for an error,
`exc_type` and `exception` (the scrubbed traceback). The update id comes from `bound()`, which
the inbox wraps around each update it handles; a log call may also pass
`extra={"reference": ...}`.
"""

from __future__ import annotations

import json
import logging
import re
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from types import TracebackType

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def scrubbed_traceback(exc: BaseException) -> str:
    """Return where `exc` happened: exception types and stack frames, without any exception's message
    (which may quote a resident's bytes, or SQL parameters holding their text)."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}\n"
                     + "".join(traceback.format_list(frames)).rstrip())
        current = current.__cause__ or current.__context__
    return "\n(while handling)\n".join(parts)


# A Telegram bot token (`123456789:AA...`, also inside a Bot API URL): never in a log line,
# at any level. Libraries put it in theirs (PTB logs the API URL at DEBUG).
_BOT_TOKEN = re.compile(r"(?<![0-9])[0-9]{5,}:[A-Za-z0-9_-]{20,}")

# Libraries whose DEBUG lines carry what residents sent and who they are (PTB logs whole
# getUpdates results: ids, names, usernames, texts) or the token: held at INFO even when
# LOG_LEVEL=DEBUG, which is for our own code's lines.
QUIET_LIBRARIES = ("telegram", "httpx", "httpcore", "hpack", "aiosqlite", "asyncpg")


def redact(line: str) -> str:
    """`line` with any bot token replaced."""
    return _BOT_TOKEN.sub("<bot token>", line)


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose tracebacks name exception types and frames only, unless `whole` is set,
    and whose lines never carry a bot token."""

    def __init__(self, fmt: str, *, whole: bool = False) -> None:
        super().__init__(fmt)
        self.whole = whole

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 - logging.Formatter's name
        exc = ei[1]
        if self.whole or exc is None:
            return super().formatException(ei)
        return "exception (messages are logged only at LOG_LEVEL=DEBUG):\n" + scrubbed_traceback(exc)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging.Formatter's name
        # A stack is code locations only: nothing of a resident's.
        return stack_info


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# The fields a JSON line carries besides time, level, logger and event: identifiers, never content.
CONTEXT_FIELDS = ("update_id", "reference")
_BOUND: ContextVar[dict[str, str]] = ContextVar("medborgardialog_log_fields", default={})  # noqa: B039 - never mutated


@contextmanager
def bound(**fields: object) -> Iterator[None]:
    """Give every log line written inside (in this task, and tasks it starts) these fields."""
    unknown = set(fields) - set(CONTEXT_FIELDS)
    if unknown:
        raise TypeError(f"not a log field: {', '.join(sorted(unknown))}")
    token = _BOUND.set({**_BOUND.get(), **{k: str(v) for k, v in fields.items() if v is not None}})
    try:
        yield
    finally:
        _BOUND.reset(token)


def bind(**fields: object) -> None:
    """Add fields to the current `bound()` scope from inside it (once what a line is about is
    known, e.g. a tip's reference read from the database); the scope's end takes them away."""
    unknown = set(fields) - set(CONTEXT_FIELDS)
    if unknown:
        raise TypeError(f"not a log field: {', '.join(sorted(unknown))}")
    _BOUND.set({**_BOUND.get(), **{k: str(v) for k, v in fields.items() if v is not None}})


class JsonFormatter(ScrubbingFormatter):
    """One JSON object a line, with the stable fields of the module docstring; scrubbed like the text."""

    def __init__(self, *, whole: bool = False) -> None:
        super().__init__("%(message)s", whole=whole)

    def format(self, record: logging.LogRecord) -> str:
        bound_fields = _BOUND.get()
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds")
                    .replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "event": redact(record.getMessage()),
        }
        for name in CONTEXT_FIELDS:
            value = getattr(record, name, None)
            entry[name] = str(value) if value is not None else bound_fields.get(name)
        if record.exc_info and record.exc_info[0] is not None:
            kind = record.exc_info[0]
            entry["exc_type"] = f"{kind.__module__}.{kind.__qualname__}"
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        # ASCII only: no control, bidi or line-separator character reaches the log reader raw.
        return redact(json.dumps(entry, ensure_ascii=True, default=str))


def formatter(level: str, fmt: str = "text") -> logging.Formatter:
    """Return the formatter for LOG_LEVEL `level` and LOG_FORMAT `fmt` (whole exceptions only at DEBUG)."""
    whole = logging.getLevelName(level.upper()) == logging.DEBUG
    if fmt == "json":
        return JsonFormatter(whole=whole)
    if fmt != "text":
        raise ValueError(f"LOG_FORMAT must be text or json, not {fmt!r}")
    return ScrubbingFormatter(LOG_FORMAT, whole=whole)


def configure(level: str, fmt: str = "text") -> None:
    """Log to standard error at `level` in `fmt` through a scrubbing formatter (replaces any earlier set-up)."""
    handler = logging.StreamHandler()
    handler.setFormatter(formatter(level, fmt))
    numeric = logging.getLevelName(level.upper())
    logging.basicConfig(level=numeric, handlers=[handler], force=True)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(max(numeric, logging.INFO))
