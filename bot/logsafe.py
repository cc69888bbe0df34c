"""What may be logged: where an error happened, never what it quoted.

An exception's message can carry a resident's words: a database error quotes its SQL
parameters, a parser error quotes the bytes it could not read, a Telegram error the text it
refused. So above DEBUG every traceback in the log keeps its exception types and stack frames
and drops the messages; `LOG_LEVEL=DEBUG`, the one level at which resident text may appear,
shows them whole.
"""

from __future__ import annotations

import logging
import traceback
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


class ScrubbingFormatter(logging.Formatter):
    """A formatter whose tracebacks name exception types and frames only, unless `whole` is set."""

    def __init__(self, fmt: str, *, whole: bool = False) -> None:
        super().__init__(fmt)
        self.whole = whole

    def formatException(self, ei: ExcInfo) -> str:  # noqa: N802 - logging.Formatter's name
        exc = ei[1]
        if self.whole or exc is None:
            return super().formatException(ei)
        return "exception (messages are logged only at LOG_LEVEL=DEBUG):\n" + scrubbed_traceback(exc)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging.Formatter's name
        # A stack is code locations only: nothing of a resident's.
        return stack_info


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(level: str) -> None:
    """Log to standard error at `level` through the scrubbing formatter (replaces any earlier set-up)."""
    numeric = logging.getLevelName(level.upper())
    handler = logging.StreamHandler()
    handler.setFormatter(ScrubbingFormatter(LOG_FORMAT, whole=numeric == logging.DEBUG))
    logging.basicConfig(level=numeric, handlers=[handler], force=True)
