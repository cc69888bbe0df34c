"""`medborgardialog officer add|list|disable|reset-totp`: the dashboard's accounts."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import re
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:
    from sqlmodel.ext.asyncio.session import AsyncSession

    from storage.models import Officer

_NAME = re.compile(r"^[\w.@-]{2,64}$")


def run_officer_command(settings: Settings, args: argparse.Namespace) -> int:
    if args.officer_command == "add":
        if not _NAME.match(args.name):
            print("medborgardialog: a name is 2-64 letters, digits, or . _ @ -", file=sys.stderr)
            return 2
        password = _read_password(args.password_stdin)
        if password is None:
            return 2
        return asyncio.run(_add(settings, args.name, password, reset=args.reset))
    if args.officer_command == "list":
        return asyncio.run(_list(settings))
    if args.officer_command == "reset-totp":
        return asyncio.run(_reset_totp(settings, args.name))
    return asyncio.run(_disable(settings, args.name))


def _read_password(from_stdin: bool) -> str | None:
    """Read the password from standard input, or ask twice without echoing it."""
    from bot.server.security import MIN_PASSWORD_LENGTH

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            print("medborgardialog: the two passwords differ; nothing was changed", file=sys.stderr)
            return None
    if len(password) < MIN_PASSWORD_LENGTH:
        print(f"medborgardialog: a password needs at least {MIN_PASSWORD_LENGTH} characters", file=sys.stderr)
        return None
    return password


async def _add(settings: Settings, name: str, password: str, *, reset: bool) -> int:
    from bot.server.security import hash_password
    from storage import db, officers

    engine = db.create_engine(settings.effective_database_url)
    try:
        await db.upgrade(engine)
        async with db.create_sessionmaker(engine).begin() as session:
            existing = await officers.by_name(name, session=session)
            if existing is not None and not reset:
                print(f"medborgardialog: there is already an officer {existing.name!r} "
                      "(--reset sets a new password)", file=sys.stderr)
                return 2
            if existing is None and reset:
                print(f"medborgardialog: there is no officer {name!r}", file=sys.stderr)
                return 2
            if existing is not None:
                existing.password_hash = hash_password(password)
                existing.active = True
                assert existing.id is not None
                await officers.close_sessions_of(existing.id, session=session)
                await officers.audit(None, "password-reset", session=session, target=existing.name,
                                     officer_name="(command line)")
                print(f"new password set for {existing.name}; their sessions are ended")
            else:
                officer = await officers.add(name, hash_password(password), session=session)
                await officers.audit(None, "officer-added", session=session, target=officer.name,
                                     officer_name="(command line)")
                print(f"officer {officer.name} can now log in at /officer")
    finally:
        await engine.dispose()
    return 0


async def _list(settings: Settings) -> int:
    from storage import db, officers

    engine = db.create_engine(settings.effective_database_url)
    try:
        await db.upgrade(engine)
        async with db.create_sessionmaker(engine)() as session:
            for officer in await officers.all_officers(session=session):
                last = officer.last_login_at.isoformat(timespec="minutes") if officer.last_login_at else "never"
                factor = "second factor" if officer.totp_enrolled_at is not None else "no second factor"
                print(f"{officer.name}\t{'active' if officer.active else 'disabled'}\t{factor}\tlast login {last}")
    finally:
        await engine.dispose()
    return 0


Change = Callable[["Officer", int, "AsyncSession"], Awaitable[None]]


async def _change_officer(settings: Settings, name: str, change: Change, event: str, done: str) -> int:
    """Find officer `name`, apply `change(officer, its id, session)`, end their sessions and audit `event`,
    in one transaction; print `done`, or that there is no such officer (exit 2)."""
    from storage import db, officers

    engine = db.create_engine(settings.effective_database_url)
    try:
        await db.upgrade(engine)
        async with db.create_sessionmaker(engine).begin() as session:
            officer = await officers.by_name(name, session=session)
            if officer is None or officer.id is None:
                print(f"medborgardialog: there is no officer {name!r}", file=sys.stderr)
                return 2
            await change(officer, officer.id, session)
            await officers.close_sessions_of(officer.id, session=session)
            await officers.audit(None, event, session=session, target=officer.name,
                                 officer_name="(command line)")
    finally:
        await engine.dispose()
    print(done)
    return 0


async def _disable(settings: Settings, name: str) -> int:
    async def deactivate(officer: Officer, _id: int, _session: AsyncSession) -> None:
        officer.active = False

    return await _change_officer(settings, name, deactivate, "officer-disabled",
                                 f"officer {name} can no longer log in")


async def _reset_totp(settings: Settings, name: str) -> int:
    """For an officer who lost their phone and their recovery codes: they enrol again at the next login."""
    from storage import officers

    async def reset(_officer: Officer, officer_id: int, session: AsyncSession) -> None:
        await officers.reset_totp(officer_id, session=session)

    return await _change_officer(
        settings, name, reset, "totp-reset",
        f"officer {name} has no second factor now; their sessions are ended, and they set up a new one "
        "at their next login")
