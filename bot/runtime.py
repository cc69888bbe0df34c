"""What a running process shares: settings, catalogs, campaign, engines, services."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.i18n import Catalogs
from bot.metrics import Metrics
from bot.outbox.worker import OutboxSignal
from bot.settings import Settings
from handlers.campaign import Campaign
from handlers.context import Services
from storage import db


@dataclass(slots=True)
class Runtime:
    settings: Settings
    catalogs: Catalogs
    campaign: Campaign
    engine: AsyncEngine
    services: Services
    # Wakes the outbox workers (bot/outbox/worker.py) when a turn has added to the outbox.
    outbox_signal: OutboxSignal = field(default_factory=OutboxSignal)
    # Dashboard pages, exports and /healthz read here, on connections of their own
    # (storage/db.py): a turn never queues behind them. The writer when not given.
    read_engine: AsyncEngine | None = None
    # What /metrics shows (bot/metrics.py); counted whether or not METRICS_PORT serves it.
    metrics: Metrics = field(default_factory=Metrics)
    reads: db.Sessionmaker = field(init=False)

    def __post_init__(self) -> None:
        if self.read_engine is None:
            self.read_engine = self.engine
        self.reads = db.create_sessionmaker(self.read_engine)

    async def close(self) -> None:
        if self.read_engine is not None and self.read_engine is not self.engine:
            await self.read_engine.dispose()
        await self.engine.dispose()
