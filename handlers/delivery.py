"""What an outbox message says, in no channel's terms: the parts a deliverer sends, in order.

The handlers decide the words (catalog keys, an officer's text as written) and the
buttons; a channel's deliverer (bot/outbox/worker.py) only renders and sends them. A part that
was sent is recorded before the next is tried, so a retry never repeats one.
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.types import Reply, Text


@dataclass(frozen=True, slots=True)
class ReplyPart:
    """A message: texts and buttons."""

    reply: Reply


@dataclass(frozen=True, slots=True)
class PhotosPart:
    """A tip's photos, with a caption: Telegram's file ids (Telegram keeps those; nothing is
    downloaded), and "web:<id>" for photos uploaded in the web chat (the deliverer sends the bytes)."""

    file_ids: tuple[str, ...]
    caption: Text
    tip_id: int | None = None      # whose photos they are: an upload is sent only with its own tip


@dataclass(frozen=True, slots=True)
class LocationPart:
    latitude: float
    longitude: float


Part = ReplyPart | PhotosPart | LocationPart
