"""Assemble the product from settings: catalogs, campaign, database, services, channels."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import signal
from dataclasses import dataclass
from functools import partial

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.campaign import Campaign, load_campaign
from bot.i18n import FALLBACK_LOCALE, Catalogs
from bot.settings import Settings
from bot.textlang import LanguageDetector
from handlers.context import Services
from storage import db

log = logging.getLogger(__name__)


def pseudonymize(secret: bytes, channel: str, user_id: str) -> str:
    """Return the resident's keyed hash: stable per channel and user, unlinkable without the secret."""
    return hmac.new(secret, f"{channel}:{user_id}".encode(), hashlib.sha256).hexdigest()


@dataclass(slots=True)
class Runtime:
    settings: Settings
    catalogs: Catalogs
    campaign: Campaign
    engine: AsyncEngine
    services: Services

    async def close(self) -> None:
        await self.engine.dispose()


def load_catalogs_and_campaign(settings: Settings) -> tuple[Catalogs, Campaign]:
    """Load the catalogs and the campaign; a campaign fault raises CampaignError."""
    catalogs = Catalogs()
    # Every campaign text must be in the Swedish catalog, which every language falls back
    # to; that each language has its own is checked by the locale tests.
    campaign = load_campaign(settings.campaign_file, known_keys=catalogs.keys(FALLBACK_LOCALE))
    return catalogs, campaign


async def build_runtime(settings: Settings, *, migrate: bool = True) -> Runtime:
    """Build everything but the channels; apply the migrations unless told not to."""
    catalogs, campaign = load_catalogs_and_campaign(settings)
    engine = db.create_engine(settings.effective_database_url)
    if migrate:
        await db.upgrade(engine)
    services = Services(
        campaign=campaign,
        sessionmaker=db.create_sessionmaker(engine),
        pseudonymize=partial(pseudonymize, settings.resolve_pseudonym_secret()),
        detect_language=LanguageDetector(),
        locales=tuple(code for code in campaign.locales if code in catalogs.locales),
        max_answer_length=settings.max_answer_length,
    )
    return Runtime(settings, catalogs, campaign, engine, services)


async def serve(settings: Settings) -> None:
    """Run the Telegram bot (long polling) until SIGINT or SIGTERM."""
    from telegram import Update

    from bot.telegram import TelegramChannel, build_application

    runtime = await build_runtime(settings)
    channel = TelegramChannel(runtime.services, runtime.catalogs)
    application = build_application(settings, channel)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        async with application:
            await application.start()
            assert application.updater is not None
            await channel.publish_commands(application)
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES)
            log.info("medborgardialog is running on Telegram (long polling); Ctrl+C stops it")
            await stop.wait()
            log.info("stopping")
            await application.updater.stop()
            await application.stop()
    finally:
        await runtime.close()

