"""The `medborgardialog` command: run, db upgrade, export, officer accounts."""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import sys
from pathlib import Path
from typing import TextIO

from pydantic import ValidationError

from bot.campaign import CampaignError
from bot.settings import Settings
from handlers.common import BIDI_CONTROLS

log = logging.getLogger("medborgardialog")

NO_TOKEN = """\
Telegram is off: TELEGRAM_BOT_TOKEN is not set, so only the web chat runs.
To run the Telegram bot too: open Telegram, talk to @BotFather, send /newbot, pick a
name and a username ending in "bot", then put the token BotFather gives you in
TELEGRAM_BOT_TOKEN (or a .env file) and start again. See README.md, "Configuration".
"""


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and a Bot API URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)  # seven lines of noise a start


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="medborgardialog", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the web chat, the officer dashboard and (with a token) the Telegram bot")
    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="apply the migrations")
    export = sub.add_parser("export", help="write stored data as CSV or JSON")
    export.add_argument("what", choices=["answers", "tips"], help="tips: without any tipster identity")
    export.add_argument("--format", choices=["csv", "json"], default="csv")
    export.add_argument("--output", "-o", type=Path, help="a file (default: standard output)")
    officer = sub.add_parser("officer", help="officer dashboard accounts")
    officer_sub = officer.add_subparsers(dest="officer_command", required=True)
    add = officer_sub.add_parser("add", help="create an account (or set a new password with --reset)")
    add.add_argument("name")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.add_argument("--reset", action="store_true", help="set a new password for an existing account")
    officer_sub.add_parser("list", help="list the accounts")
    disable = officer_sub.add_parser("disable", help="stop an account from logging in (ends its sessions)")
    disable.add_argument("name")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"medborgardialog: the settings are not valid:\n{exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    try:
        if args.command == "run":
            from bot.app import ServeError, serve

            if settings.telegram_bot_token is None:
                print(NO_TOKEN, file=sys.stderr)
            try:
                asyncio.run(serve(settings, announce=lambda line: print(line, flush=True)))
            except ServeError as exc:
                print(f"medborgardialog: {exc}", file=sys.stderr)
                return 2
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
    return 0


async def _upgrade(settings: Settings) -> None:
    from storage import db

    engine = db.create_engine(settings.effective_database_url)
    try:
        await db.upgrade(engine)
    finally:
        await engine.dispose()
    print("database is up to date")


async def _export(settings: Settings, what: str, fmt: str, output: Path | None) -> None:
    from bot.app import build_runtime
    from storage import answers

    runtime = await build_runtime(settings)
    try:
        if what == "tips":
            from bot.tips_export import tip_records

            tip_rows, tip_columns = await tip_records(runtime, fmt)
            _output(tip_rows, fmt, tip_columns, what, output)
            return
        async with runtime.services.sessionmaker() as session:
            rows = await answers.for_export(session=session)
    finally:
        await runtime.close()
    questions = [q.id for q in runtime.campaign.follow_up_questions]
    columns = ["id", "created_at", "campaign", "channel", "focus_area", "text", "text_language", "locale",
               *(f"follow_up_{q}" for q in questions)]
    records = [
        {
            "id": row.id,
            "created_at": row.created_at.isoformat(),
            "campaign": row.campaign_id,
            "channel": row.channel,
            "focus_area": row.focus_area or "",
            "text": row.text,
            "text_language": row.text_language,
            "locale": row.locale,
            **{f"follow_up_{q}": row.follow_ups.get(q, "") for q in questions},
        }
        for row in rows
    ]
    _output(records, fmt, columns, what, output)


def _output(records: list[dict[str, object]], fmt: str, columns: list[str], what: str, output: Path | None) -> None:
    if output is None:
        _write(sys.stdout, records, fmt, columns)
    else:
        with output.open("w", encoding="utf-8", newline="") as handle:
            _write(handle, records, fmt, columns)
        print(f"wrote {len(records)} {what} to {output}", file=sys.stderr)


def _write(handle: TextIO, records: list[dict[str, object]], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        json.dump(records, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
        return
    writer = csv.DictWriter(handle, fieldnames=columns)
    writer.writeheader()
    for record in records:
        writer.writerow({k: _csv_safe(v) for k, v in record.items()})


def _csv_safe(value: object) -> object:
    """Defuse formula injection (a spreadsheet runs a cell that starts with = + - @) and bidi controls."""
    if isinstance(value, str):
        value = BIDI_CONTROLS.sub("", value)
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
