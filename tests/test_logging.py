"""What the product's own log set-up writes when something fails: where, never what it quoted."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

from bot import logsafe
from bot.settings import Settings
from tests.conftest import OFFICER_CHAT_ID, OFFICER_USER_ID, BotHarness
from tests.fakebotapi import FakeBotAPI, FakeUser

ROOT = Path(__file__).resolve().parent.parent


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


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_at_debug_no_line_carries_the_bot_token_or_what_libraries_log_of_residents(fmt: str) -> None:
    """PTB at DEBUG logs the Bot API URL (with the token) and whole getUpdates results (ids,
    names, usernames): its loggers stay at INFO, and no line at any level carries a token."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    saved = {name: logging.getLogger(name).level for name in logsafe.QUIET_LIBRARIES}
    token = "7000001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
    try:
        logsafe.configure("DEBUG", fmt)
        [handler] = root.handlers
        stream = io.StringIO()
        handler.setStream(stream)  # type: ignore[attr-defined]
        logging.getLogger("telegram.ext.ExtBot").debug("Set Bot API URL: http://127.0.0.1/bot%s", token)
        logging.getLogger("telegram.ext.Updater").debug("Getting updates: [{'from': {'first_name': 'Debby'}}]")
        logging.getLogger("bot.tests").debug("our own line at DEBUG")
        logging.getLogger("bot.tests").warning("a request to http://127.0.0.1/bot%s/getMe failed", token)
        written = stream.getvalue()
        assert "our own line at DEBUG" in written
        assert "Debby" not in written and "Set Bot API URL" not in written
        assert token not in written and token.split(":")[1] not in written
        assert "<bot token>" in written
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)


def test_a_log_level_that_is_no_level_stops_start_up_with_the_setting_named() -> None:
    assert Settings(_env_file=None, log_level="warning").log_level == "WARNING"  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="log_level"):
        Settings(_env_file=None, log_level="LOUD")  # type: ignore[call-arg]


# --- LOG_FORMAT=json ------------------------------------------------------------------------------------

JSON_FIELDS = ["time", "level", "logger", "event", "update_id", "reference"]


def _json_lines(text: str) -> list[dict[str, object]]:
    lines = [json.loads(line) for line in text.splitlines()]
    for line in lines:
        assert list(line)[:len(JSON_FIELDS)] == JSON_FIELDS, line
    return lines


def test_a_json_line_has_the_stable_fields_and_a_scrubbed_traceback() -> None:
    exc = _failing_with("Mitt namn är Amina, jag bor på Storgatan 3")
    text = _log_through(logsafe.formatter("INFO", "json"), exc)
    [line] = _json_lines(text)
    assert (line["level"], line["logger"], line["event"]) == ("ERROR", "tests.logsafe", "update 17 failed")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", str(line["time"]))
    assert line["update_id"] is None and line["reference"] is None
    assert line["exc_type"] == "builtins.RuntimeError"
    assert "builtins.KeyError" in str(line["exception"]) and "_failing_with" in str(line["exception"])
    assert "Amina" not in text and "Storgatan" not in text and "parameters ('" not in text


def test_at_debug_a_json_line_holds_the_whole_exception() -> None:
    text = _log_through(logsafe.formatter("DEBUG", "json"), _failing_with("Amina"))
    [line] = _json_lines(text)
    assert "Amina" in str(line["exception"]) and "Traceback" in str(line["exception"])


def test_bound_fields_and_a_reference_passed_along_reach_the_json_line() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logsafe.formatter("INFO", "json"))
    logger = logging.getLogger("tests.logsafe.bound")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.INFO)
    try:
        with logsafe.bound(update_id=4711):
            logger.info("tip %s received", "DE-ABCDE", extra={"reference": "DE-ABCDE"})
            with logsafe.bound(reference="DE-FGHJK"):
                logger.info("nested")
        logger.info("outside")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    first, nested, outside = _json_lines(stream.getvalue())
    assert (first["update_id"], first["reference"], first["event"]) == ("4711", "DE-ABCDE", "tip DE-ABCDE received")
    assert (nested["update_id"], nested["reference"]) == ("4711", "DE-FGHJK")
    assert (outside["update_id"], outside["reference"]) == (None, None)
    with pytest.raises(TypeError, match="chat_id"), logsafe.bound(chat_id=1):
        pass


def test_a_json_line_carries_no_raw_control_or_bidi_character() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logsafe.formatter("DEBUG", "json"))
    logger = logging.getLogger("tests.logsafe.raw")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    try:
        logger.debug("text %s", "a\nb\u2028c\u202ed\x1b[31m")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    text = stream.getvalue()
    assert text.count("\n") == 1 and text.isascii()
    assert json.loads(text)["event"] == "text a\nb\u2028c\u202ed\x1b[31m"


def test_log_format_is_validated_like_log_level() -> None:
    assert Settings(_env_file=None).log_format == "text"  # type: ignore[call-arg]
    assert Settings(_env_file=None, log_format=" JSON ").log_format == "json"  # type: ignore[call-arg]
    with pytest.raises(ValidationError, match="log_format"):
        Settings(_env_file=None, log_format="xml")  # type: ignore[call-arg]


def test_the_products_log_set_up_writes_json_lines_when_asked() -> None:
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    try:
        logsafe.configure("info", "json")
        [handler] = root.handlers
        assert isinstance(handler.formatter, logsafe.JsonFormatter) and not handler.formatter.whole
        logsafe.configure("debug", "json")
        [handler] = root.handlers
        assert isinstance(handler.formatter, logsafe.JsonFormatter) and handler.formatter.whole
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)


async def test_a_tip_logs_json_lines_with_its_update_id_and_reference_and_none_of_the_residents_words(
    bot: BotHarness, fake_api: FakeBotAPI, person: Callable[..., FakeUser], caplog: pytest.LogCaptureFixture,
) -> None:
    from tests.test_tips import consent, make_resident, send_tip, wait_for_card

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logsafe.formatter("INFO", "json"))
    root = logging.getLogger()
    root.addHandler(handler)
    officer = person(OFFICER_USER_ID, chat_id=OFFICER_CHAT_ID, chat_type="group")
    resident = make_resident(person, "sv")
    words, name, phone = "Grannen Anders säljer knark på Storgatan 5", "Anna Berg", "070-123 45 67"
    try:
        with caplog.at_level(logging.INFO):
            await consent(resident)
            reference = await send_tip(resident, words, contact=(name, phone))
            await wait_for_card(fake_api, officer, reference)
            await bot.settled()
    finally:
        root.removeHandler(handler)
    lines = _json_lines(stream.getvalue())
    [received] = [line for line in lines if str(line["event"]).startswith(f"tip {reference} received")]
    assert received["reference"] == reference and received["logger"] == "handlers.tips"
    assert str(received["update_id"]).isdigit()
    # The outbox's line about delivering the tip to the officer chat names the tip too.
    delivered = [line for line in lines if line["logger"] == "bot.outbox.worker" and "delivered" in str(line["event"])]
    assert delivered and all(line["reference"] == reference for line in delivered)
    text = stream.getvalue()
    for secret in (words, "Storgatan", name, phone, str(resident.user_id)):
        assert secret not in text, secret


async def test_the_program_logs_json_lines_with_log_format_json(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "LOG_"))}
    env.update(DATA_DIR=str(tmp_path / "data"), PSEUDONYM_SECRET="log-test-secret-0123456789abcdef",
               PYTHONPATH=str(ROOT), LOG_FORMAT="json")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "db", "upgrade", cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    lines = _json_lines(err.decode())
    assert any(str(line["event"]).startswith("database schema is at") and line["level"] == "INFO" for line in lines)
