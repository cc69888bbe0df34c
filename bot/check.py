"""`medborgardialog check`: what is wrong with this installation, one line each, for the person installing it.

Checks the campaign file (and the catalogs it needs), what the municipality has not filled in
yet, the pseudonym key, the database (it answers, and its schema is at this version's head),
Telegram (getMe with the token, bounded in time) and WhatsApp (the business number, read with the
token, and the campaign's templates). The settings are checked before any of
this, by `main()`. A fault makes the command exit non-zero; a warning does not.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from bot.settings import Settings

TELEGRAM_TIMEOUT_SECONDS = 5.0
DATABASE_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Finding:
    level: Literal["ok", "warning", "fault"]
    what: str
    message: str

    def line(self) -> str:
        return f"{self.level:<7} {self.what}: {self.message}"


async def run_checks(settings: Settings) -> list[Finding]:
    findings = [Finding("ok", "settings", "valid")]
    findings += _campaign(settings)
    findings += _key(settings)
    findings += _officers(settings)
    findings += await _database(settings)
    findings += await _telegram(settings)
    findings += await _whatsapp(settings)
    return findings


def _campaign(settings: Settings) -> list[Finding]:
    from bot.app import load_catalogs_and_campaign
    from handlers.campaign import CampaignError

    try:
        _, campaign = load_catalogs_and_campaign(settings)
    except CampaignError as exc:
        return [Finding("fault", "campaign", str(exc))]
    found = [Finding("ok", "campaign", f"{settings.campaign_file} ({campaign.id}, {len(campaign.locales)} languages)")]
    found += [
        Finding("warning", "campaign", f"{field} is not filled in (the privacy notice and the accessibility "
                "statement show it as it is)")
        for field in campaign.placeholders()
    ]
    return found


def _officers(settings: Settings) -> list[Finding]:
    if settings.officer_totp_required:
        return [Finding("ok", "officers", "a code from an app (TOTP) is asked for after the password")]
    return [Finding("warning", "officers", "OFFICER_TOTP_REQUIRED=false: an officer who has not set up a code "
                    "from an app logs in to the tips and tipsters' contact details with a password alone")]


def _key(settings: Settings) -> list[Finding]:
    if settings.pseudonym_secret is not None:
        return [Finding("ok", "pseudonym key", "PSEUDONYM_SECRET is set")]
    path = settings.data_dir / "pseudonym.key"
    if path.exists():
        return [Finding("ok", "pseudonym key", f"{path} (back it up with the database: medborgardialog backup)")]
    return [Finding("warning", "pseudonym key", f"none yet: the first start creates {path}; back it up with the "
                    "database")]


async def _database(settings: Settings) -> list[Finding]:
    from storage import db
    from storage.backup import sqlite_file

    url = settings.effective_database_url
    file = sqlite_file(url)
    if file is not None and not file.exists():
        return [Finding("warning", "database", f"no database at {file} yet: `run` or `db upgrade` creates it")]
    engine = db.create_engine(url)
    try:
        await db.ping(engine, timeout=DATABASE_TIMEOUT_SECONDS)
        current, head = await asyncio.wait_for(db.schema_revisions(engine), DATABASE_TIMEOUT_SECONDS)
    except Exception as exc:  # noqa: BLE001 - every failure is a line for the installer
        return [Finding("fault", "database", f"cannot use {_where(url)}: {_cause(exc)}")]
    finally:
        await engine.dispose()
    if current == head:
        return [Finding("ok", "database", f"{_where(url)} answers; schema at {head}")]
    behind = f"schema at {current or 'nothing'}, this version needs {head}"
    if settings.run_migrations:
        return [Finding("warning", "database", f"{behind}; `run` applies the migrations as it starts")]
    return [Finding("fault", "database", f"{behind}; run `medborgardialog db upgrade` (RUN_MIGRATIONS=false)")]


async def _telegram(settings: Settings) -> list[Finding]:
    import aiohttp

    if settings.telegram_bot_token is None:
        return [Finding("ok", "telegram", "off (no TELEGRAM_BOT_TOKEN): only the web chat runs")]
    token = settings.telegram_bot_token.get_secret_value()
    host = urlsplit(settings.telegram_api_base_url).netloc or settings.telegram_api_base_url
    timeout = aiohttp.ClientTimeout(total=TELEGRAM_TIMEOUT_SECONDS)
    try:
        async with aiohttp.ClientSession(timeout=timeout) as session, \
                session.get(f"{settings.telegram_api_base_url}{token}/getMe") as response:
            status = response.status
            body = await response.json(content_type=None) if status in (200, 401, 404) else {}
    except TimeoutError:
        return [Finding("fault", "telegram", f"{host} did not answer within {TELEGRAM_TIMEOUT_SECONDS:g} s")]
    except aiohttp.ClientError as exc:
        return [Finding("fault", "telegram", f"cannot reach {host} ({type(exc).__name__})")]
    if status in (401, 404):
        return [Finding("fault", "telegram", f"{host} refuses the token (HTTP {status}): check TELEGRAM_BOT_TOKEN")]
    if status != 200 or not isinstance(body, dict) or not body.get("ok"):
        return [Finding("fault", "telegram", f"{host} answered HTTP {status} to getMe")]
    username = body.get("result", {}).get("username", "?")
    found = [Finding("ok", "telegram", f"the token is the bot @{username} ({settings.telegram_mode})")]
    if settings.officer_chat_id is None:
        found.append(Finding("warning", "telegram", "OFFICER_CHAT_ID is not set: tips reach only the dashboard"))
    return found


async def _whatsapp(settings: Settings) -> list[Finding]:
    import aiohttp

    if not settings.whatsapp_enabled:
        return [Finding("ok", "whatsapp", "off (no WHATSAPP_TOKEN)")]
    assert settings.whatsapp_token is not None
    base = settings.whatsapp_api_base_url
    host = urlsplit(base).netloc or base
    timeout = aiohttp.ClientTimeout(total=TELEGRAM_TIMEOUT_SECONDS)
    headers = {"Authorization": f"Bearer {settings.whatsapp_token.get_secret_value()}"}
    url = f"{base}/{settings.whatsapp_phone_number_id}"
    try:
        async with aiohttp.ClientSession(timeout=timeout, headers=headers) as session, \
                session.get(url, params={"fields": "display_phone_number,verified_name"}) as response:
            status = response.status
            body = await response.json(content_type=None)
    except TimeoutError:
        return [Finding("fault", "whatsapp", f"{host} did not answer within {TELEGRAM_TIMEOUT_SECONDS:g} s")]
    except (aiohttp.ClientError, ValueError) as exc:
        return [Finding("fault", "whatsapp", f"cannot reach {host} ({type(exc).__name__})")]
    error = body.get("error") if isinstance(body, dict) else None
    if status in (401, 403) or (isinstance(error, dict) and error.get("code") == 190):
        return [Finding("fault", "whatsapp", f"{host} refuses the token (HTTP {status}): check WHATSAPP_TOKEN")]
    if status != 200 or not isinstance(body, dict) or error is not None:
        return [Finding("fault", "whatsapp", f"{host} answered HTTP {status} for WHATSAPP_PHONE_NUMBER_ID")]
    name = str(body.get("verified_name") or body.get("display_phone_number") or "?")[:80]
    found = [Finding("ok", "whatsapp", f"the token reaches the business number of {name}; webhook at "
                                       f"{settings.effective_public_base_url}{settings.whatsapp_webhook_path}")]
    found += _templates(settings)
    return found


def _templates(settings: Settings) -> list[Finding]:
    from handlers.campaign import CampaignError, load_campaign

    try:
        campaign = load_campaign(settings.campaign_file)
    except CampaignError:
        return []   # said above
    found: list[Finding] = []
    for table, what in (("templates", "an officer's answer a day after the tipster last wrote"),
                        ("update_templates", "an update on a promise a day after the follower last wrote")):
        templates = getattr(campaign.whatsapp, table) if campaign.whatsapp is not None else {}
        missing = [code for code in campaign.locales if code not in templates]
        if not templates:
            found.append(Finding("warning", "whatsapp", f"the campaign file names no [whatsapp.{table}]: {what} "
                                                        "waits until they write"))
        elif missing and campaign.default_locale not in templates:
            found.append(Finding("warning", "whatsapp", f"no {table.replace('_', ' ')[:-1]} for "
                                                        f"{', '.join(missing)} (nor the default language)"))
    return found


def _where(url: str) -> str:
    """The database without its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _cause(exc: BaseException) -> str:
    original = getattr(exc, "orig", None) or exc
    if isinstance(original, OSError) and original.strerror:
        return original.strerror
    text = str(original).split("\n", 1)[0][:160]
    return f"{type(original).__name__}: {text}" if text else type(original).__name__
