"""What the product's own log set-up writes when something fails: where, never what it quoted."""

from __future__ import annotations

import io
import logging

import pytest
from pydantic import ValidationError

from bot import logsafe
from bot.settings import Settings


def _failing_with(words: str) -> BaseException:
    try:
        try:
            raise KeyError(words)
        except KeyError as inner:
            raise RuntimeError(f"statement failed with parameters ({words!r})") from inner
    except RuntimeError as exc:
        return exc


def _log_through(formatter: logging.Formatter, exc: BaseException) -> str:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    logger = logging.getLogger("tests.logsafe")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.error("update %s failed", 17, exc_info=exc)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    return stream.getvalue()


def test_a_logged_error_names_its_types_and_frames_but_not_the_residents_words() -> None:
    exc = _failing_with("Mitt namn är Amina, jag bor på Storgatan 3")
    text = _log_through(logsafe.ScrubbingFormatter(logsafe.LOG_FORMAT), exc)
    assert "update 17 failed" in text
    assert "builtins.RuntimeError" in text and "builtins.KeyError" in text
    assert "_failing_with" in text  # the frame where it happened
    assert "Amina" not in text and "Storgatan" not in text and "parameters ('" not in text


def test_at_debug_the_whole_exception_is_logged() -> None:
    exc = _failing_with("Amina")
    text = _log_through(logsafe.ScrubbingFormatter(logsafe.LOG_FORMAT, whole=True), exc)
    assert "Amina" in text and "Traceback" in text


def test_the_products_log_set_up_scrubs_tracebacks_above_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    try:
        logsafe.configure("info")
        [handler] = root.handlers
        assert isinstance(handler.formatter, logsafe.ScrubbingFormatter) and not handler.formatter.whole
        assert root.level == logging.INFO
        logsafe.configure("DEBUG")
        [handler] = root.handlers
        assert isinstance(handler.formatter, logsafe.ScrubbingFormatter) and handler.formatter.whole
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


def test_a_log_level_that_is_no_level_stops_start_up_with_the_setting_named() -> None:
    assert Settings(_env_file=None, log_level="warning").log_level == "WARNING"  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="log_level"):
        Settings(_env_file=None, log_level="LOUD")  # type: ignore[call-arg]
