"""The officers' second factor over HTTP: enrolment by QR code at the first login, a code from the
app at each login after, recovery codes used once, the login throttle over the codes too, the
admin's reset, and the setting that leaves it off.

Codes are made by pyotp from the key the enrolment page shows, for the step the test is in
(the server accepts the step before and after too): enrolment uses step s, the next login s + 1,
so no test waits for a new code.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pyotp
import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.app import create_app
from bot.dashboard import totp
from bot.server.keys import RUNTIME
from bot.settings import Settings
from storage.models import AuditEvent, Officer, OfficerRecoveryCode
from tests.test_dialogue import say
from tests.test_web import PASSWORD, Page, add_officer, web_settings
from tests.test_web_telegram import _cli

_SECRET = re.compile(r'<code class="totp-secret"[^>]*>([A-Z2-7 ]+)</code>')
_RECOVERY = re.compile(r"<li><code>([a-z0-9-]+)</code></li>")


def totp_settings(sqlite_url: str, tmp_path: Path, **overrides: object) -> Settings:
    return web_settings(sqlite_url, tmp_path / "data", **{"officer_totp_required": True, **overrides})


@pytest.fixture
async def client(sqlite_url: str, tmp_path: Path) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(create_app(totp_settings(sqlite_url, tmp_path)))) as client:
        await add_officer(client)
        yield client


async def text_of(response: ClientResponse) -> Page:
    return Page(response.status, await response.text())


async def password(client: TestClient, name: str = "anna", secret: str = PASSWORD,
                   next_path: str = "/officer/results") -> ClientResponse:
    form = await text_of(await client.get("/officer/login"))
    return await client.post("/officer/login", data={"csrf": form.csrf, "name": name, "password": secret,
                                                     "next": next_path}, allow_redirects=False)


async def post_form(client: TestClient, path: str, **fields: str) -> ClientResponse:
    """Post a form of the page at `path` (with its CSRF token and `next`), as a browser would."""
    form = await text_of(await client.get(path))
    return await client.post(path.split("?")[0], data={"csrf": form.csrf, "next": "/officer/results", **fields},
                             allow_redirects=False)


def code_at(secret: str, step: int) -> str:
    return pyotp.TOTP(secret).generate_otp(step)


def wrong_code(secret: str, step: int) -> str:
    near = {code_at(secret, s) for s in range(step - 2, step + 4)}
    return next(c for c in (f"{n:06d}" for n in range(0, 1_000_000, 7919)) if c not in near)


async def enrol(client: TestClient) -> tuple[str, int, list[str]]:
    """Log in for the first time and enrol; return the key, the step its first code was of, the recovery codes."""
    response = await password(client)
    assert response.status == 303 and response.headers["Location"].startswith("/officer/enrol")
    page = await text_of(await client.get(response.headers["Location"]))
    secret = _SECRET.search(page.html).group(1).replace(" ", "")  # type: ignore[union-attr]
    step = totp.current_step()
    response = await post_form(client, "/officer/enrol", code=code_at(secret, step))
    page = await text_of(response)
    assert response.status == 200, page.html[:300]
    return secret, step, _RECOVERY.findall(page.html)


async def logout(client: TestClient) -> None:
    page = await text_of(await client.get("/officer/audit"))
    assert page.status == 200
    response = await client.post("/officer/logout", data={"csrf": page.csrf}, allow_redirects=False)
    assert response.status == 303


def session_cookie(client: TestClient) -> str | None:
    return next((c.value for c in client.session.cookie_jar if c.key == "md_officer"), None)


async def test_the_second_factor_is_required_by_default() -> None:
    assert Settings(_env_file=None).officer_totp_required is True  # type: ignore[call-arg]


async def test_the_first_login_enrols_by_qr_code_and_shows_ten_recovery_codes_once(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    response = await password(client)
    assert response.status == 303
    assert response.headers["Location"] == "/officer/enrol?next=%2Fofficer%2Fresults"
    waiting = session_cookie(client)
    # Until the second factor, the password opens nothing of the dashboard.
    for path in ("/officer", "/officer/results", "/officer/tips", "/officer/answers.csv", "/officer/audit"):
        response = await client.get(path, allow_redirects=False)
        assert response.status == 303 and response.headers["Location"].startswith("/officer/enrol?next="), path

    page = await text_of(await client.get("/officer/enrol"))
    assert page.status == 200 and say("officer-enrol-title", "sv") in page.html
    secret = _SECRET.search(page.html).group(1).replace(" ", "")  # type: ignore[union-attr]
    assert len(secret) == 32
    # The QR code is drawn on the server as SVG, and holds the key shown as text.
    uri = totp.provisioning_uri(secret, "anna", "Medborgardialog Dals-Ed")
    drawn = re.search(r'<svg role="img" aria-labelledby="qr-title".*?</svg>', page.html, re.S)
    assert drawn is not None
    expected = totp.qr_svg(uri, say("officer-enrol-qr", "sv"))
    assert re.search(r' d="([^"]+)"', drawn.group(0)).group(1) == re.search(r' d="([^"]+)"', expected).group(1)  # type: ignore[union-attr]
    assert f'<title id="qr-title">{html.escape(say("officer-enrol-qr", "sv"))}</title>' in drawn.group(0)
    # The field for the code: labelled, numeric keyboard, the browser may fill it from an SMS/app.
    assert '<label for="code">' in page.html
    assert 'inputmode="numeric"' in page.html and 'autocomplete="one-time-code"' in page.html
    # A reload shows the same key (the officer may have scanned it already).
    again = await text_of(await client.get("/officer/enrol"))
    assert _SECRET.search(again.html).group(1).replace(" ", "") == secret  # type: ignore[union-attr]

    step = totp.current_step()
    response = await post_form(client, "/officer/enrol", code=wrong_code(secret, step))
    page = await text_of(response)
    assert response.status == 401 and say("officer-enrol-failed", "sv") in page.html
    response = await post_form(client, "/officer/enrol", code=code_at(secret, step))
    page = await text_of(response)
    assert response.status == 200 and say("officer-recovery-title", "sv") in page.html
    codes = _RECOVERY.findall(page.html)
    assert len(codes) == len(set(codes)) == 10
    assert session_cookie(client) not in (None, waiting)  # a new session, not the waiting one made whole
    assert (await client.get("/officer/results")).status == 200
    # Shown once: the enrolment page now leads on, and no page shows the codes again.
    response = await client.get("/officer/enrol", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/officer"
    audit = await (await client.get("/officer/audit")).text()
    assert not any(code in audit for code in codes)

    async with client.app[RUNTIME].services.sessionmaker() as session:
        officer = (await session.exec(select(Officer))).one()
        stored = (await session.exec(select(OfficerRecoveryCode))).all()
        actions = [e.action for e in (await session.exec(select(AuditEvent))).all()]
    # The key is stored sealed, the recovery codes as argon2 hashes.
    assert officer.totp_secret is not None and secret not in officer.totp_secret
    assert officer.totp_enrolled_at is not None
    assert len(stored) == 10 and all(row.code_hash.startswith("$argon2id$") for row in stored)
    assert not any(code.replace("-", "") in row.code_hash for code in codes for row in stored)
    assert {"login-password", "totp-enrolled", "login"} <= set(actions)
    # Neither the key nor a code is ever logged, at any level.
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert secret not in logged and not any(code in logged for code in codes)


async def test_each_login_asks_for_the_code_and_a_wrong_or_used_code_is_refused(client: TestClient) -> None:
    secret, step, _ = await enrol(client)
    await logout(client)
    response = await password(client)
    assert response.status == 303 and response.headers["Location"] == "/officer/login/code?next=%2Fofficer%2Fresults"
    response = await client.get("/officer/results", allow_redirects=False)
    assert response.headers["Location"].startswith("/officer/login/code?next=")

    page = await text_of(await client.get("/officer/login/code"))
    assert 'autocomplete="one-time-code"' in page.html and 'inputmode="numeric"' in page.html
    assert '<label for="code">' in page.html and '<label for="recovery">' in page.html
    response = await post_form(client, "/officer/login/code", code=wrong_code(secret, step))
    page = await text_of(response)
    assert response.status == 401 and say("officer-totp-failed", "sv") in page.html
    # The code enrolment used is spent: seen over a shoulder, it opens nothing.
    response = await post_form(client, "/officer/login/code", code=code_at(secret, step))
    assert response.status == 401
    assert (await client.get("/officer/results", allow_redirects=False)).status == 303

    # The next step's code, typed with Arabic-Indic digits and a space, as a phone may send it.
    code = code_at(secret, step + 1)
    typed = "".join(chr(0x0660 + int(d)) for d in code[:3]) + " " + code[3:]
    response = await post_form(client, "/officer/login/code", code=typed)
    assert response.status == 303 and response.headers["Location"] == "/officer/results"
    page = await text_of(await client.get("/officer/results"))
    assert page.status == 200 and say("officer-results-title", "sv") in page.html

    # Once used, the same code does not open a second login.
    await logout(client)
    await password(client)
    response = await post_form(client, "/officer/login/code", code=code)
    assert response.status == 401
    assert (await client.get("/officer/results", allow_redirects=False)).status == 303


async def test_a_recovery_code_logs_in_once(client: TestClient) -> None:
    _, _, codes = await enrol(client)
    await logout(client)
    await password(client)
    # As typed from paper: capitals, spaces for the dashes.
    response = await post_form(client, "/officer/login/code", recovery=codes[3].upper().replace("-", " "))
    page = await text_of(response)
    assert response.status == 200, page.html[:300]
    assert say("officer-totp-recovery-used", "sv", count=9) in page.html
    assert (await client.get("/officer/results")).status == 200
    await logout(client)

    await password(client)
    response = await post_form(client, "/officer/login/code", recovery=codes[3])
    page = await text_of(response)
    assert response.status == 401 and say("officer-totp-recovery-failed", "sv") in page.html
    response = await post_form(client, "/officer/login/code", recovery="not-a-code")
    assert response.status == 401
    assert (await client.get("/officer/results", allow_redirects=False)).status == 303
    response = await post_form(client, "/officer/login/code", recovery=codes[4])
    page = await text_of(response)
    assert response.status == 200 and say("officer-totp-recovery-used", "sv", count=8) in page.html


async def test_a_recovery_code_typed_into_the_code_field_is_taken_as_one(client: TestClient) -> None:
    secret, step, codes = await enrol(client)
    await logout(client)
    await password(client)
    response = await post_form(client, "/officer/login/code", code=codes[2].upper())
    page = await text_of(response)
    assert response.status == 200, page.html[:300]
    assert say("officer-totp-recovery-used", "sv", count=9) in page.html
    assert (await client.get("/officer/results")).status == 200
    await logout(client)

    # Spent, it is refused as a recovery code, said by the field it was typed in, not as a wrong app code.
    await password(client)
    response = await post_form(client, "/officer/login/code", code=codes[2])
    page = await text_of(response)
    assert response.status == 401
    assert 'id="code-error"' in page.html and 'id="recovery-error"' not in page.html
    assert say("officer-totp-recovery-failed", "sv") in page.html and say("officer-totp-failed", "sv") not in page.html
    # Six digits are still an app code.
    response = await post_form(client, "/officer/login/code", code=code_at(secret, step + 1))
    assert response.status == 303 and response.headers["Location"] == "/officer/results"


async def test_the_login_throttle_counts_wrong_codes_and_a_right_password_does_not_reset_it(
    client: TestClient,
) -> None:
    secret, step, codes = await enrol(client)
    await logout(client)
    await password(client)                       # 1: a right password, still counted until the code
    for _ in range(2):                           # 2, 3
        assert (await post_form(client, "/officer/login/code", code=wrong_code(secret, step))).status == 401
    await password(client)                       # 4: logging in again does not start a new count
    assert (await post_form(client, "/officer/login/code", code=wrong_code(secret, step))).status == 401  # 5
    response = await post_form(client, "/officer/login/code", code=code_at(secret, step + 1))
    page = await text_of(response)
    assert response.status == 429 and say("officer-login-throttled", "sv") in page.html  # even the right code
    response = await post_form(client, "/officer/login/code", recovery=codes[0])
    assert response.status == 429
    assert (await password(client)).status == 429
    assert (await client.get("/officer/results", allow_redirects=False)).status == 303


async def test_an_admin_resets_the_second_factor_and_the_officer_enrols_again(
    sqlite_url: str, tmp_path: Path
) -> None:
    async with TestClient(TestServer(create_app(totp_settings(sqlite_url, tmp_path)))) as client:
        await add_officer(client)
        secret, _, _ = await enrol(client)
        code, out, _ = await _cli(tmp_path, "officer", "list", DATABASE_URL=sqlite_url)
        assert code == 0 and "anna\tactive\tsecond factor\t" in out
        code, out, _ = await _cli(tmp_path, "officer", "reset-totp", "anna", DATABASE_URL=sqlite_url)
        assert code == 0 and "anna" in out
        code, _, err = await _cli(tmp_path, "officer", "reset-totp", "nobody", DATABASE_URL=sqlite_url)
        assert code == 2 and "no officer" in err
        # Their sessions ended; the next login enrols a new key.
        assert (await client.get("/officer/results", allow_redirects=False)).headers["Location"].startswith(
            "/officer/login")
        response = await password(client)
        assert response.headers["Location"].startswith("/officer/enrol")
        page = await text_of(await client.get("/officer/enrol"))
        assert _SECRET.search(page.html).group(1).replace(" ", "") != secret  # type: ignore[union-attr]
        async with client.app[RUNTIME].services.sessionmaker() as session:
            assert (await session.exec(select(OfficerRecoveryCode))).all() == []
            actions = [e.action for e in (await session.exec(select(AuditEvent))).all()]
        assert "totp-reset" in actions


async def test_with_the_setting_off_an_officer_without_a_second_factor_logs_in_with_the_password(
    sqlite_url: str, tmp_path: Path
) -> None:
    async with TestClient(TestServer(create_app(totp_settings(sqlite_url, tmp_path, officer_totp_required=False)))
                          ) as client:
        await add_officer(client)
        response = await password(client)
        assert response.status == 303 and response.headers["Location"] == "/officer/results"
        assert (await client.get("/officer/results")).status == 200
        # ... and may still choose one, from a full session.
        page = await text_of(await client.get("/officer/enrol"))
        assert page.status == 200 and say("officer-enrol-title", "sv") in page.html
        cookie = session_cookie(client)
    # Once the setting is on, even that session leads to enrolment first.
    async with TestClient(TestServer(create_app(totp_settings(sqlite_url, tmp_path)))) as client:
        client.session.cookie_jar.update_cookies({"md_officer": cookie or ""}, client.make_url("/officer"))
        response = await client.get("/officer/results", allow_redirects=False)
        assert response.status == 303 and response.headers["Location"].startswith("/officer/enrol?next=")
    # An officer who has enrolled gives the code whatever the setting.
    async with TestClient(TestServer(create_app(totp_settings(sqlite_url, tmp_path)))) as client:
        await add_officer(client, name="bertil")
        await enrol_as(client, "bertil")
    async with TestClient(TestServer(create_app(totp_settings(sqlite_url, tmp_path, officer_totp_required=False)))
                          ) as client:
        response = await password(client, name="bertil")
        assert response.headers["Location"].startswith("/officer/login/code")
        assert (await client.get("/officer/results", allow_redirects=False)).status == 303


async def enrol_as(client: TestClient, name: str) -> None:
    response = await password(client, name=name)
    page = await text_of(await client.get(response.headers["Location"]))
    secret = _SECRET.search(page.html).group(1).replace(" ", "")  # type: ignore[union-attr]
    response = await post_form(client, "/officer/enrol", code=code_at(secret, totp.current_step()))
    assert response.status == 200


async def test_a_waiting_session_cannot_post_to_the_dashboard(client: TestClient) -> None:
    await password(client)
    page = await text_of(await client.get("/officer/enrol"))
    response = await client.post("/officer/tips/DE-AAAAA/status", data={"csrf": page.csrf, "status": "closed"},
                                 allow_redirects=False)
    assert response.status == 403
    # Logging out works from the waiting page.
    response = await client.post("/officer/logout", data={"csrf": page.csrf}, allow_redirects=False)
    assert response.status == 303
    assert (await client.get("/officer/enrol", allow_redirects=False)).headers["Location"].startswith(
        "/officer/login")


def test_codes_are_checked_in_a_window_of_one_step_and_keys_open_only_for_their_officer() -> None:
    secret = totp.new_secret()
    now = 1_800_000_000.0
    step = totp.current_step(now)
    for offset in (-1, 0, 1):
        assert totp.matching_step(secret, code_at(secret, step + offset), now) == step + offset
    for offset in (-3, -2, 2, 3):
        assert totp.matching_step(secret, code_at(secret, step + offset), now) is None
    key = totp.TotpKey(b"k" * 32)
    sealed = key.seal(secret, 7)
    assert key.open(sealed, 7) == secret
    assert key.open(sealed, 8) is None                       # moved to another account
    assert totp.TotpKey(b"j" * 32).open(sealed, 7) is None   # another deployment's key
    assert totp.normalize_code("12345") is None and totp.normalize_code("12345a") is None
    assert totp.normalize_code("۱۲۳ ۴۵۶") == "123456"


async def test_a_step_and_a_recovery_code_are_claimed_once_on_each_engine(database_url: str) -> None:
    from storage import db, officers

    engine = db.create_engine(database_url)
    try:
        await db.upgrade(engine)
        sessions = db.create_sessionmaker(engine)
        async with sessions.begin() as session:
            officer = await officers.add("anna", "x", session=session)
            assert officer.id is not None
            await officers.begin_totp(officer.id, "v1:sealed", session=session)
            await officers.confirm_totp(officer.id, ["h1", "h2"], session=session)
        async with sessions.begin() as session:
            assert await officers.claim_totp_step(officer.id, 100, session=session)
            assert not await officers.claim_totp_step(officer.id, 100, session=session)   # replayed
            assert not await officers.claim_totp_step(officer.id, 99, session=session)    # an older code
            assert await officers.claim_totp_step(officer.id, 101, session=session)
            first, second = await officers.unused_recovery_codes(officer.id, session=session)
            assert first.id is not None
            assert await officers.use_recovery_code(first.id, session=session)
            assert not await officers.use_recovery_code(first.id, session=session)
            assert [row.id for row in await officers.unused_recovery_codes(officer.id, session=session)] == [second.id]
            await officers.reset_totp(officer.id, session=session)
        async with sessions() as session:
            fresh = await officers.get(officer.id, session=session)
            assert fresh is not None and fresh.totp_secret is None and fresh.totp_enrolled_at is None
            assert await officers.unused_recovery_codes(officer.id, session=session) == []
    finally:
        await engine.dispose()


async def test_a_restored_backup_keeps_the_enrolment_and_the_last_code_used(tmp_path: Path) -> None:
    from bot.backup import backup, restore

    def settings(folder: Path) -> Settings:
        # As a deployment without PSEUDONYM_SECRET: the key is the file the first start made.
        return web_settings(f"sqlite+aiosqlite:///{folder / 'medborgardialog.db'}", folder,
                            pseudonym_secret=None, officer_totp_required=True)

    old = settings(tmp_path / "old")
    async with TestClient(TestServer(create_app(old))) as client:
        await add_officer(client)
        secret, step, codes = await enrol(client)
    backup(old, tmp_path / "backup", lambda _: None)
    new = settings(tmp_path / "new")
    restore(new, tmp_path / "backup", lambda _: None)
    async with TestClient(TestServer(create_app(new))) as client:
        await password(client)
        assert (await post_form(client, "/officer/login/code", code=code_at(secret, step))).status == 401
        response = await post_form(client, "/officer/login/code", code=code_at(secret, step + 1))
        assert response.status == 303 and response.headers["Location"] == "/officer/results"
        await logout(client)
        await password(client)
        response = await post_form(client, "/officer/login/code", recovery=codes[0])
        assert response.status == 200


async def test_check_warns_when_the_second_factor_is_off(tmp_path: Path) -> None:
    from tests.test_cli import _cli as cli

    code, out, _ = await cli(tmp_path, "check")
    assert "ok      officers: a code from an app (TOTP) is asked for" in out
    code, out, _ = await cli(tmp_path, "check", OFFICER_TOTP_REQUIRED="false")
    assert "warning officers: OFFICER_TOTP_REQUIRED=false" in out
