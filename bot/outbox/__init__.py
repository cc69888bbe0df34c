"""The outbox: a generic worker (worker.py) that sends what must reach a third party; each
channel brings its deliverer (bot/channels/*/deliverer.py)."""

from bot.outbox.worker import (
    Blocked,
    Deliverer,
    Destination,
    Instance,
    OutboxConfig,
    OutboxSignal,
    OutboxWorker,
    RetryLater,
    Sent,
    Undeliverable,
    running_outbox,
)

__all__ = [
    "Blocked",
    "Deliverer",
    "Destination",
    "Instance",
    "OutboxConfig",
    "OutboxSignal",
    "OutboxWorker",
    "RetryLater",
    "Sent",
    "Undeliverable",
    "running_outbox",
]
