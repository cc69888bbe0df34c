"""Queries on officer accounts, their sessions, login attempts and the audit log."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func, update
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from storage.models import AuditEvent, LoginAttempt, Officer, OfficerRecoveryCode, OfficerSession, utcnow

# --- accounts -----------------------------------------------------------------------------


async def by_name(name: str, *, session: AsyncSession) -> Officer | None:
    statement = select(Officer).where(func.lower(Officer.name) == name.lower())
    return (await session.exec(statement)).one_or_none()


async def get(officer_id: int, *, session: AsyncSession) -> Officer | None:
    return await session.get(Officer, officer_id)


async def add(name: str, password_hash: str, *, session: AsyncSession) -> Officer:
    officer = Officer(name=name, password_hash=password_hash)
    session.add(officer)
    await session.flush()
    return officer


async def all_officers(*, session: AsyncSession) -> Sequence[Officer]:
    return (await session.exec(select(Officer).order_by(col(Officer.name)))).all()


async def count_active(*, session: AsyncSession) -> int:
    statement = select(func.count()).select_from(Officer).where(col(Officer.active).is_(True))
    return (await session.exec(statement)).one()


# --- sessions -----------------------------------------------------------------------------


async def open_session(
    officer_id: int, token_hash: str, csrf_token: str, *, session: AsyncSession, hours: float,
    verified: bool = True,
) -> OfficerSession:
    """Open a session; `verified=False` for one that waits for the second factor."""
    now = utcnow()
    row = OfficerSession(
        token_hash=token_hash,
        officer_id=officer_id,
        csrf_token=csrf_token,
        created_at=now,
        expires_at=now + timedelta(hours=hours),
        verified=verified,
    )
    session.add(row)
    await session.flush()
    return row


async def session_of(token_hash: str, *, session: AsyncSession) -> tuple[OfficerSession, Officer] | None:
    """Return the live session with this token hash and its (active) officer, or None."""
    statement = (
        select(OfficerSession, Officer)
        .join(Officer, col(Officer.id) == col(OfficerSession.officer_id))
        .where(
            OfficerSession.token_hash == token_hash,
            col(OfficerSession.expires_at) > utcnow(),
            col(Officer.active).is_(True),
        )
    )
    row = (await session.exec(statement)).one_or_none()
    return (row[0], row[1]) if row is not None else None


async def close_session(token_hash: str, *, session: AsyncSession) -> None:
    await session.exec(delete(OfficerSession).where(col(OfficerSession.token_hash) == token_hash))


async def close_sessions_of(officer_id: int, *, session: AsyncSession) -> None:
    await session.exec(delete(OfficerSession).where(col(OfficerSession.officer_id) == officer_id))


async def delete_expired_sessions(*, session: AsyncSession) -> int:
    result = await session.exec(delete(OfficerSession).where(col(OfficerSession.expires_at) <= utcnow()))
    return result.rowcount or 0


# --- the second factor (bot/dashboard/totp.py) ---------------------------------------------


async def begin_totp(officer_id: int, sealed_secret: str, *, session: AsyncSession) -> None:
    """Keep a new, not yet confirmed TOTP secret (already encrypted) for the officer."""
    await session.exec(
        update(Officer).where(col(Officer.id) == officer_id)
        .values(totp_secret=sealed_secret, totp_enrolled_at=None, totp_last_step=None)
    )


async def claim_totp_step(officer_id: int, step: int, *, session: AsyncSession) -> bool:
    """Record `step` as the last accepted one, unless it or a later one was accepted already.

    One conditional UPDATE, so two requests (or two instances) with the same code cannot both
    succeed: a code is used once.
    """
    result = await session.exec(
        update(Officer)
        .where(col(Officer.id) == officer_id,
               (col(Officer.totp_last_step).is_(None)) | (col(Officer.totp_last_step) < step))
        .values(totp_last_step=step)
    )
    return (result.rowcount or 0) == 1


async def confirm_totp(officer_id: int, code_hashes: Sequence[str], *, session: AsyncSession) -> None:
    """Mark the officer enrolled and replace their recovery codes with these (hashed) ones."""
    await session.exec(update(Officer).where(col(Officer.id) == officer_id).values(totp_enrolled_at=utcnow()))
    await replace_recovery_codes(officer_id, code_hashes, session=session)


async def replace_recovery_codes(officer_id: int, code_hashes: Sequence[str], *, session: AsyncSession) -> None:
    await session.exec(delete(OfficerRecoveryCode).where(col(OfficerRecoveryCode.officer_id) == officer_id))
    for code_hash in code_hashes:
        session.add(OfficerRecoveryCode(officer_id=officer_id, code_hash=code_hash))
    await session.flush()


async def unused_recovery_codes(officer_id: int, *, session: AsyncSession) -> Sequence[OfficerRecoveryCode]:
    statement = select(OfficerRecoveryCode).where(
        OfficerRecoveryCode.officer_id == officer_id, col(OfficerRecoveryCode.used_at).is_(None)
    ).order_by(col(OfficerRecoveryCode.id))
    return (await session.exec(statement)).all()


async def use_recovery_code(code_id: int, *, session: AsyncSession) -> bool:
    """Mark a recovery code used; False when it already was (by a request in parallel)."""
    result = await session.exec(
        update(OfficerRecoveryCode)
        .where(col(OfficerRecoveryCode.id) == code_id, col(OfficerRecoveryCode.used_at).is_(None))
        .values(used_at=utcnow())
    )
    return (result.rowcount or 0) == 1


async def reset_totp(officer_id: int, *, session: AsyncSession) -> None:
    """Forget the officer's second factor and recovery codes: they enrol again at the next login."""
    await session.exec(
        update(Officer).where(col(Officer.id) == officer_id)
        .values(totp_secret=None, totp_enrolled_at=None, totp_last_step=None)
    )
    await session.exec(delete(OfficerRecoveryCode).where(col(OfficerRecoveryCode.officer_id) == officer_id))


# --- login throttling ---------------------------------------------------------------------


async def record_attempt(account: str, client: str, succeeded: bool, *, session: AsyncSession) -> None:
    session.add(LoginAttempt(account=account.lower()[:64], client=client[:64], succeeded=succeeded))
    await session.flush()


async def begin_attempt(
    account: str, client: str, *, session: AsyncSession, since: datetime, account_limit: int, client_limit: int
) -> tuple[int | None, int, int]:
    """Count the account's and the client's recent failures and, when both are under their limits,
    record this attempt at once as a failure (`attempt_succeeded` turns it into a success).

    Return (the attempt's id or None when throttled, account failures, client failures).
    Recorded before the password is checked, so attempts in flight count against the limit;
    the caller serializes this check-and-record (an in-process lock) so parallel attempts
    cannot all read the same count.
    """
    account_failures = await recent_failures(session=session, since=since, account=account)
    client_failures = await recent_failures(session=session, since=since, client=client)
    if account_failures >= account_limit or client_failures >= client_limit:
        return None, account_failures, client_failures
    attempt = LoginAttempt(account=account.lower()[:64], client=client[:64], succeeded=False)
    session.add(attempt)
    await session.flush()
    return attempt.id, account_failures, client_failures


async def attempt_succeeded(attempt_id: int, *, session: AsyncSession) -> None:
    await session.exec(update(LoginAttempt).where(col(LoginAttempt.id) == attempt_id).values(succeeded=True))


async def recent_failures(
    *, session: AsyncSession, since: datetime, account: str | None = None, client: str | None = None
) -> int:
    """Count failed attempts since `since` for the account or the client (since its last success)."""
    statement = select(func.count()).select_from(LoginAttempt).where(
        col(LoginAttempt.at) >= since, col(LoginAttempt.succeeded).is_(False)
    )
    if account is not None:
        statement = statement.where(LoginAttempt.account == account.lower()[:64])
        last_ok = await _last_success(session=session, account=account)
        if last_ok is not None and last_ok > since:
            statement = statement.where(col(LoginAttempt.at) > last_ok)
    if client is not None:
        statement = statement.where(LoginAttempt.client == client[:64])
    return (await session.exec(statement)).one()


async def _last_success(*, session: AsyncSession, account: str) -> datetime | None:
    statement = select(func.max(LoginAttempt.at)).where(
        LoginAttempt.account == account.lower()[:64], col(LoginAttempt.succeeded).is_(True)
    )
    return (await session.exec(statement)).one()


async def delete_old_attempts(*, session: AsyncSession, older_than: timedelta = timedelta(days=1)) -> int:
    result = await session.exec(delete(LoginAttempt).where(col(LoginAttempt.at) < utcnow() - older_than))
    return result.rowcount or 0


# --- audit log ----------------------------------------------------------------------------


async def audit(
    officer: Officer | None, action: str, *, session: AsyncSession, target: str = "", detail: str = "",
    officer_name: str | None = None,
) -> None:
    """Note that an officer opened or changed something."""
    session.add(
        AuditEvent(
            officer_id=officer.id if officer is not None else None,
            officer_name=(officer.name if officer is not None else officer_name or "-")[:64],
            action=action[:32],
            target=target[:128],
            detail=detail[:255],
        )
    )
    await session.flush()


async def audit_events(
    *, session: AsyncSession, limit: int = 100, offset: int = 0, officer_id: int | None = None
) -> Sequence[AuditEvent]:
    statement = select(AuditEvent).order_by(col(AuditEvent.id).desc()).limit(limit).offset(offset)
    if officer_id is not None:
        statement = statement.where(AuditEvent.officer_id == officer_id)
    return (await session.exec(statement)).all()
