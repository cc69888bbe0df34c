"""The dashboard's second step after the password: a code from the officer's app, a recovery
code, or, at the first login, enrolment (a QR code and the key as text, a code to confirm,
then 10 recovery codes shown once).

These pages open with a waiting session (bot/dashboard/views.py `guarded`); each try counts in the
same login throttle as the password, per account and per address. When the second factor is
given the waiting session ends and a new one (a new cookie and CSRF token) opens fully.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urlencode

from aiohttp import web
from markupsafe import Markup

from bot.dashboard import totp
from bot.dashboard.views import (
    ACCOUNT_FAILURES,
    CLIENT_FAILURES,
    CODE_PATH,
    ENROL_PATH,
    SESSION_COOKIE,
    THROTTLE_WINDOW,
    _safe_next,
    _str,
    fully_open,
    officer_of,
    ui_locale,
)
from bot.server.keys import LOGIN_LOCK, OFFICER_SESSION, RUNTIME, SECRETS, SETTINGS
from bot.server.render import page, translator
from bot.server.security import client_address, new_token, set_cookie, token_hash
from storage import officers as officer_store
from storage.models import Officer, OfficerSession, utcnow

log = logging.getLogger(__name__)


def setup_routes(app: web.Application) -> None:
    app.router.add_get(CODE_PATH, code_page, name="officer-code")
    app.router.add_post(CODE_PATH, check_code, name="officer-code-post")
    app.router.add_get(ENROL_PATH, enrol_page, name="officer-enrol")
    app.router.add_post(ENROL_PATH, confirm_enrolment, name="officer-enrol-post")


def _key(request: web.Request) -> totp.TotpKey:
    return totp.TotpKey(request.app[SECRETS].totp_key)


def _next(request: web.Request, form: Any = None) -> str:
    value = _str(form.get("next")) if form is not None else request.query.get("next")
    target = _safe_next(value)
    return "/officer" if target.split("?")[0] in (CODE_PATH, ENROL_PATH) else target


def _waiting_page(request: web.Request, template: str, context: dict[str, Any], *, status: int = 200,
                  csrf: str | None = None) -> web.Response:
    session_row: OfficerSession = request[OFFICER_SESSION]
    values = {
        "officer": officer_of(request),
        "csrf": csrf or session_row.csrf_token,
        "current": request.path,
        "nav": (),
        **context,
    }
    return page(request, template, ui_locale(request), values, status=status)


async def _begin_attempt(request: web.Request, officer: Officer) -> int | None:
    """Count this try in the login throttle; None when the account or the address must wait."""
    runtime = request.app[RUNTIME]
    client = client_address(request)
    async with request.app[LOGIN_LOCK], runtime.services.sessionmaker.begin() as session:
        attempt_id, account_failures, client_failures = await officer_store.begin_attempt(
            officer.name, client, session=session, since=utcnow() - THROTTLE_WINDOW,
            account_limit=ACCOUNT_FAILURES, client_limit=CLIENT_FAILURES,
        )
    if attempt_id is None:
        log.warning("second factor throttled (account failures %d, client failures %d)",
                    account_failures, client_failures)
    return attempt_id


async def _open_fully(request: web.Request, attempt_id: int, officer: Officer, how: str,
                      session: Any) -> tuple[str, str]:
    """End the waiting session and open a full one, in the caller's transaction; return (token, csrf)."""
    waiting: OfficerSession = request[OFFICER_SESSION]
    assert officer.id is not None
    await officer_store.attempt_succeeded(attempt_id, session=session)
    await officer_store.close_session(waiting.token_hash, session=session)
    token, csrf = new_token(), new_token()
    await officer_store.open_session(officer.id, token_hash(token), csrf, session=session,
                                     hours=request.app[SETTINGS].officer_session_hours)
    fresh = await officer_store.get(officer.id, session=session)
    assert fresh is not None
    fresh.last_login_at = utcnow()
    await officer_store.audit(fresh, "login", session=session, detail=f"{client_address(request)} ({how})")
    return token, csrf


def _with_session(response: web.StreamResponse, request: web.Request, token: str) -> web.StreamResponse:
    set_cookie(response, request, SESSION_COOKIE, token, path="/officer")
    return response


# --- the code (or a recovery code) at each login ---------------------------------------------------


async def code_page(request: web.Request, *, error: str | None = None, recovery_error: str | None = None,
                    status: int = 200, next_path: str | None = None) -> web.StreamResponse:
    officer = officer_of(request)
    if fully_open(request, request[OFFICER_SESSION], officer):
        raise web.HTTPSeeOther(location=next_path or _next(request))
    if officer.totp_enrolled_at is None:
        raise web.HTTPSeeOther(location=f"{ENROL_PATH}?{urlencode({'next': next_path or _next(request)})}")
    return _waiting_page(request, "officer/totp.html",
                         {"error": error, "recovery_error": recovery_error, "next": next_path or _next(request)},
                         status=status)


async def check_code(request: web.Request) -> web.StreamResponse:
    """Check a code from the app (or a recovery code) and open the session fully."""
    officer = officer_of(request)
    form = await request.post()
    next_path = _next(request, form)
    if fully_open(request, request[OFFICER_SESSION], officer) or officer.totp_enrolled_at is None:
        return await code_page(request, next_path=next_path)
    recovery = _str(form.get("recovery"))
    typed = _str(form.get("code")) or ""
    field = "recovery_error" if recovery is not None else "error"
    if recovery is None and totp.normalize_code(typed) is None and totp.normalize_recovery_code(typed) is not None:
        # A recovery code typed into the code field (it has letters: no app makes it) is taken as one,
        # not refused as a wrong code; its errors are shown where the officer typed it.
        recovery = typed
    attempt_id = await _begin_attempt(request, officer)
    if attempt_id is None:
        return await code_page(request, status=429, next_path=next_path, **{field: "officer-login-throttled"})
    if recovery is not None:
        return await _check_recovery_code(request, officer, attempt_id, recovery, next_path, field)
    assert officer.id is not None
    code = totp.normalize_code(typed)
    secret = _key(request).open(officer.totp_secret, officer.id)
    step = totp.matching_step(secret, code) if code is not None and secret is not None else None
    async with request.app[RUNTIME].services.sessionmaker.begin() as session:
        # The step is claimed in the same transaction that opens the session: used once, at most.
        if step is None or not await officer_store.claim_totp_step(officer.id, step, session=session):
            ok = False
        else:
            ok = True
            token, _ = await _open_fully(request, attempt_id, officer, "totp", session)
    if not ok:
        return await code_page(request, error="officer-totp-failed", status=401, next_path=next_path)
    return _with_session(web.Response(status=303, headers={"Location": next_path}), request, token)


async def _check_recovery_code(request: web.Request, officer: Officer, attempt_id: int, text: str,
                               next_path: str, field: str = "recovery_error") -> web.StreamResponse:
    assert officer.id is not None
    runtime = request.app[RUNTIME]
    normalized = totp.normalize_recovery_code(text)
    async with runtime.services.sessionmaker() as session:
        unused = list(await officer_store.unused_recovery_codes(officer.id, session=session))

    def find() -> int | None:
        if normalized is None:
            return None
        return next((row.id for row in unused if totp.recovery_code_matches(row.code_hash, normalized)), None)

    # argon2 costs CPU: in a thread, so the residents' requests go on meanwhile.
    found = await asyncio.to_thread(find)
    async with runtime.services.sessionmaker.begin() as session:
        if found is None or not await officer_store.use_recovery_code(found, session=session):
            ok = False
        else:
            ok = True
            token, csrf = await _open_fully(request, attempt_id, officer, "recovery code", session)
    if not ok:
        return await code_page(request, status=401, next_path=next_path, **{field: "officer-totp-recovery-failed"})
    response = _waiting_page(request, "officer/recovered.html", {"left": len(unused) - 1, "next": next_path},
                             csrf=csrf)
    return _with_session(response, request, token)


# --- enrolment -------------------------------------------------------------------------------------


async def enrol_page(request: web.Request, *, error: str | None = None, status: int = 200,
                     next_path: str | None = None) -> web.StreamResponse:
    """Show the QR code and the key of a new secret (the same one until it is confirmed)."""
    officer = officer_of(request)
    next_path = next_path or _next(request)
    if officer.totp_enrolled_at is not None:
        waiting = not fully_open(request, request[OFFICER_SESSION], officer)
        raise web.HTTPSeeOther(location=f"{CODE_PATH}?{urlencode({'next': next_path})}" if waiting else next_path)
    assert officer.id is not None
    key = _key(request)
    secret = key.open(officer.totp_secret, officer.id)
    if secret is None:
        secret = totp.new_secret()
        async with request.app[RUNTIME].services.sessionmaker.begin() as session:
            await officer_store.begin_totp(officer.id, key.seal(secret, officer.id), session=session)
    t = translator(request, ui_locale(request))
    issuer = f"Medborgardialog {request.app[RUNTIME].campaign.municipality}".replace(":", " ")
    svg = totp.qr_svg(totp.provisioning_uri(secret, officer.name, issuer), t("officer-enrol-qr"))
    # segno writes the path data and escapes the title; nothing else of ours goes in.
    qr = Markup(svg.replace("<svg ", '<svg role="img" aria-labelledby="qr-title" ', 1)
                .replace("<title>", '<title id="qr-title">', 1))
    return _waiting_page(request, "officer/enrol.html",
                         {"qr": qr, "secret": totp.grouped(secret), "error": error, "next": next_path},
                         status=status)


async def confirm_enrolment(request: web.Request) -> web.StreamResponse:
    """Check the first code from the new secret; then make and show the recovery codes, once."""
    officer = officer_of(request)
    form = await request.post()
    next_path = _next(request, form)
    if officer.totp_enrolled_at is not None:
        return await enrol_page(request, next_path=next_path)
    attempt_id = await _begin_attempt(request, officer)
    if attempt_id is None:
        return await enrol_page(request, error="officer-login-throttled", status=429, next_path=next_path)
    assert officer.id is not None
    code = totp.normalize_code(_str(form.get("code")) or "")
    secret = _key(request).open(officer.totp_secret, officer.id)
    step = totp.matching_step(secret, code) if code is not None and secret is not None else None
    codes = totp.new_recovery_codes()
    hashes = await asyncio.to_thread(lambda: [totp.hash_recovery_code(c) for c in codes]) if step is not None else []
    async with request.app[RUNTIME].services.sessionmaker.begin() as session:
        if step is None or not await officer_store.claim_totp_step(officer.id, step, session=session):
            ok = False
        else:
            ok = True
            await officer_store.confirm_totp(officer.id, hashes, session=session)
            await officer_store.audit(officer, "totp-enrolled", session=session)
            token, csrf = await _open_fully(request, attempt_id, officer, "enrolled", session)
    if not ok:
        return await enrol_page(request, error="officer-enrol-failed", status=401, next_path=next_path)
    # Shown in the answer to this POST only (no-store, as every /officer page): a reload does
    # not show them again, and they are nowhere else in clear.
    response = _waiting_page(request, "officer/recovery_codes.html", {"codes": codes, "next": next_path}, csrf=csrf)
    return _with_session(response, request, token)
