"""The `medborgardialog` command: run, db upgrade, export, officer accounts, backup and restore, check."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import sys
import textwrap
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pydantic import ValidationError

from bot import logsafe
from bot.settings import Settings
from handlers.campaign import CampaignError

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = logging.getLogger("medborgardialog")

NO_TOKEN = """\
Telegram is off: TELEGRAM_BOT_TOKEN is not set, so only the web chat runs.
To run the Telegram bot too: open Telegram, talk to @BotFather, send /newbot, pick a
name and a username ending in "bot", then put the token BotFather gives you in
TELEGRAM_BOT_TOKEN (or a .env file) and start again. See README.md, "Configuration".
"""


def configure_logging(level: str, fmt: str = "text") -> None:
    # Tracebacks name types and frames only, unless at DEBUG (bot/logsafe.py); fmt "json": JSON lines.
    logsafe.configure(level, fmt)
    # httpx logs every request URL at INFO, and a Bot API URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # seven lines of noise a start


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("medborgardialog")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medborgardialog", description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the web chat, the officer dashboard and (with a token) the Telegram bot")
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply the migrations")
    export = sub.add_parser("export", help="write stored data as CSV or JSON")
    export.add_argument("what", choices=["answers", "tips"], help="tips: without any tipster identity")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("--output", "-o", type=Path, help="a file (default: standard output)")
    backup = sub.add_parser("backup", help="copy the database and the pseudonym key into a new folder")
    backup.add_argument("dest", type=Path, help="a new (or empty) folder")
    restore = sub.add_parser("restore", help="put a backup into DATA_DIR (a fresh one, unless --force)")
    restore.add_argument("src", type=Path, help="a folder written by `backup`")
    restore.add_argument(
        "--force", action="store_true", help="replace an existing database and key (stop the bot first)",
    )
    sub.add_parser("check", help="check settings, campaign file, database and Telegram; one line per fault")
    officer = sub.add_parser("officer", help="officer dashboard accounts")
    officer_sub = officer.add_subparsers(dest="officer_command", required=True)
    add = officer_sub.add_parser("add", help="create an account (or set a new password with --reset)")
    add.add_argument("name")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--reset", action="store_true", help="set a new password for an existing account")
    officer_sub.add_parser("list", help="list the accounts")
    disable = officer_sub.add_parser("disable", help="stop an account from logging in (ends its sessions)")
    disable.add_argument("name")
    reset_totp = officer_sub.add_parser(
        "reset-totp", help="forget an account's second factor and recovery codes (they enrol again at the next login)"
    )
    reset_totp.add_argument("name")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        if args.command == "check":
            for error in exc.errors():
                field = ".".join(str(part) for part in error["loc"]).upper() or "settings"
                print(f"fault   settings: {field}: {error['msg']}")
            return 1
        print(f"medborgardialog: the settings are not valid:\n{exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level, settings.log_format)
    try:
        if args.command == "run":
            from bot.app import ServeError, serve

            if settings.telegram_bot_token is None:
                print(NO_TOKEN, file=sys.stderr)
            for line in campaign_warnings(settings):
                print(f"medborgardialog: warning: {line}", file=sys.stderr)
            try:
                asyncio.run(serve(settings, announce=lambda line: print(line, flush=True)))
            except ServeError as exc:
                print(f"medborgardialog: {exc}", file=sys.stderr)
                return 2
        elif args.command == "check":
            return _check(settings)
        elif args.command in ("backup", "restore"):
            return _backup_or_restore(settings, args)
        elif args.command == "officer":
            from bot.officers_cli import run_officer_command

            return run_officer_command(settings, args)
        elif args.command == "db":
            asyncio.run(_upgrade(settings))
        elif args.command == "export":
            asyncio.run(_export(settings, args.what, args.format, args.output))
    except CampaignError as exc:
        print(f"medborgardialog: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from storage.db import SchemaNotCurrent

        if not isinstance(exc, SchemaNotCurrent):
            raise
        print(f"medborgardialog: {exc}", file=sys.stderr)
        return 2
    return 0


def _check(settings: Settings) -> int:
    from bot.check import run_checks

    findings = asyncio.run(run_checks(settings))
    for finding in findings:
        print(finding.line(), flush=True)
    faults = sum(f.level == "fault" for f in findings)
    print(f"{faults} fault(s)" if faults else "no faults", flush=True)
    return 1 if faults else 0


def _backup_or_restore(settings: Settings, args: argparse.Namespace) -> int:
    from bot import backup

    say = lambda line: print(line, flush=True)  # noqa: E731
    try:
        if args.command == "backup":
            backup.backup(settings, args.dest, say)
        else:
            backup.restore(settings, args.src, say, force=args.force)
    except backup.Fault as exc:
        print(f"medborgardialog: {exc}", file=sys.stderr)
        return 2
    return 0


def campaign_warnings(settings: Settings) -> list[str]:
    """What the municipality has not filled in yet: the legal pages show it as it stands."""
    from handlers.campaign import load_campaign

    campaign = load_campaign(settings.campaign_file)  # a broken file is a CampaignError, said by main()
    return [
        f"campaign file {settings.campaign_file}: {field} is not filled in; the privacy notice and the "
        "accessibility statement show it as it is"
        for field in campaign.placeholders()
    ]


async def _upgrade(settings: Settings) -> None:
    from storage import db

    engine = db.create_engine(settings.effective_database_url)
    try:
        await db.upgrade(engine)
    finally:
        await engine.dispose()
    print("database is up to date")


async def _export(settings: Settings, what: str, fmt: str, output: Path | None) -> None:
    """Write the export a chunk at a time as it is read (on the reader: no lock, no turn waits)."""
    from bot.app import build_runtime
    from bot.dashboard.export import COLUMNS as TIP_COLUMNS
    from bot.dashboard.export import tip_records

    runtime = await build_runtime(settings)
    try:
        questions = [q.id for q in runtime.campaign.follow_up_questions]
        if what == "tips":
            records, columns = tip_records(runtime, fmt), TIP_COLUMNS
        else:
            records, columns = answer_records(runtime, questions), [*ANSWER_COLUMNS, *_follow_up_columns(questions)]
        if output is None:
            count = await _write(sys.stdout, records, fmt, columns)
        else:
            with output.open("w", encoding="utf-8", newline="") as handle:
                count = await _write(handle, records, fmt, columns)
    finally:
        await runtime.close()
    if output is not None:
        print(f"wrote {count} {what} to {output}", file=sys.stderr)


ANSWER_COLUMNS = ["id", "created_at", "campaign", "channel", "focus_area", "text", "text_language", "locale"]


def _follow_up_columns(questions: list[str]) -> list[str]:
    return [f"follow_up_{q}" for q in questions]


async def answer_records(runtime: Runtime, questions: list[str]) -> AsyncIterator[dict[str, object]]:
    """Every answer, oldest first, without the resident key, read from SQL in chunks."""
    from storage import results

    names = [*ANSWER_COLUMNS, *_follow_up_columns(questions)]
    async for rows in results.export_chunks(results.AnswerFilter(), questions, runtime.reads):
        for row in rows:
            record = dict(zip(names, row, strict=True))
            record["created_at"] = row[1].isoformat()
            for name in ("focus_area", *names[len(ANSWER_COLUMNS):]):
                record[name] = record[name] or ""
            yield record


async def _write(handle: TextIO, records: AsyncIterator[dict[str, object]], fmt: str, columns: list[str]) -> int:
    """Write `records` as they come: a JSON array (one record after the other) or CSV; return how many."""
    count = 0
    if fmt == "json":
        handle.write("[")
        async for record in records:
            handle.write(("\n" if count == 0 else ",\n") + textwrap.indent(
                json.dumps(record, ensure_ascii=False, indent=2), "  "))
            count += 1
        handle.write("\n]\n" if count else "]\n")
        return count
    from bot.dashboard.export import csv_safe

    writer = csv.DictWriter(handle, fieldnames=columns)
    writer.writeheader()
    async for record in records:
        writer.writerow({k: csv_safe(v) for k, v in record.items()})
        count += 1
    return count
