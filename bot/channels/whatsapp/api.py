"""Thin calls to the WhatsApp Business Cloud API over aiohttp: send a message, fetch a media file.

Why not pywa (README, "WhatsApp"): its client owns the webhook (it registers its own routes,
checks the signature and dispatches to its handlers as updates arrive), where ours must store
each change in the inbox before the 200 and run it later in the resident's order; and its
sends raise and retry in their own way, where ours go through the outbox's leases and backoff.
What is left, a JSON POST and two GETs, is less code than adapting either.

Errors come back as the Graph API shapes them, `{"error": {"code": 131056, "message": ...}}`;
`CloudAPIError.verdict` says what that means for a sender: try again later (rate limits,
the API down), the 24-hour window has closed (131047), or never (a bad request, a number
not on WhatsApp). Message texts and numbers are never logged.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

TIMEOUT = aiohttp.ClientTimeout(total=30, connect=10)
# Throughput (per business number) and pair rate (one resident: about one message per 6 s).
THROUGHPUT = 130429
PAIR_RATE = 131056
RATE_LIMITS = frozenset({4, 80007, THROUGHPUT, PAIR_RATE, 131048})
# The resident last wrote more than 24 hours ago: only a template may be sent.
REENGAGEMENT = 131047
# Temporarily unavailable on Meta's side.
TRANSIENT = frozenset({1, 2, 131000, 131016, 133004})
# An expired or wrong token, a missing permission: an operator must act; kept for later.
AUTH = frozenset({0, 3, 10, 190})


class Verdict(StrEnum):
    RETRY = "retry"             # try again (after `retry_after` when given)
    WINDOW_CLOSED = "window"    # send a template instead
    NEVER = "never"             # this message will never go


class CloudAPIError(Exception):
    """The API refused a call: its HTTP status and Graph error code (never a message text)."""

    def __init__(self, status: int, code: int | None, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status}, code {code}")
        self.status = status
        self.code = code
        self.retry_after = retry_after

    @property
    def verdict(self) -> Verdict:
        if self.code == REENGAGEMENT:
            return Verdict.WINDOW_CLOSED
        if (self.status == 429 or self.status >= 500 or self.code in RATE_LIMITS or self.code in TRANSIENT
                or self.code in AUTH or self.status in (401, 403)):
            return Verdict.RETRY
        return Verdict.NEVER

    @property
    def delay(self) -> float | None:
        """Seconds to wait before the next try, when the error says (a pair rate limit: ~6 s)."""
        if self.retry_after is not None:
            return self.retry_after
        if self.code == PAIR_RATE:
            return 6.0
        return None


class Unreachable(Exception):
    """The API could not be reached (a timeout, a refused connection): try again later."""


@dataclass(frozen=True, slots=True)
class Media:
    data: bytes
    mime_type: str


class TooLarge(Exception):
    """A media file over the limit (its bytes are not read)."""


class CloudAPI:
    """The calls the channel makes, on one aiohttp session (proxy variables honoured)."""

    def __init__(self, base_url: str, phone_number_id: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.phone_number_id = phone_number_id
        self._token = token
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=TIMEOUT, trust_env=True,
                                                  headers={"Authorization": f"Bearer {self._token}"})

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise RuntimeError("CloudAPI.start() was not called")
        return self._session

    async def send(self, to: str, message: dict[str, Any]) -> str:
        """Send one message (`message`: its type and content); return WhatsApp's message id."""
        body = {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, **message}
        data = await self._call("POST", f"{self.base_url}/{self.phone_number_id}/messages", json=body)
        messages = data.get("messages") if isinstance(data, dict) else None
        if not isinstance(messages, list) or not messages or not isinstance(messages[0], dict):
            raise CloudAPIError(200, None)
        return str(messages[0].get("id", ""))

    async def download(self, media_id: str, *, limit: int) -> Media:
        """Fetch a resident's media file by its id (its URL first, then the bytes); TooLarge over `limit`."""
        if not media_id.isdigit():
            raise CloudAPIError(400, 100)
        info = await self._call("GET", f"{self.base_url}/{media_id}")
        url = info.get("url") if isinstance(info, dict) else None
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise CloudAPIError(200, None)
        size = info.get("file_size")
        if isinstance(size, int) and size > limit:
            raise TooLarge()
        try:
            async with self.session.get(url) as response:
                if response.status != 200:
                    raise CloudAPIError(response.status, None)
                data = await response.content.read(limit + 1)
        except aiohttp.ClientError as exc:
            raise Unreachable(type(exc).__name__) from None
        except TimeoutError:
            raise Unreachable("timeout") from None
        if len(data) > limit:
            raise TooLarge()
        return Media(data, str(info.get("mime_type", "")))

    async def _call(self, method: str, url: str, **kwargs: Any) -> Any:
        try:
            async with self.session.request(method, url, **kwargs) as response:
                try:
                    data = await response.json(content_type=None)
                except ValueError:
                    data = None
                if response.status >= 400 or (isinstance(data, dict) and "error" in data):
                    error = data.get("error") if isinstance(data, dict) else None
                    code = error.get("code") if isinstance(error, dict) else None
                    raise CloudAPIError(response.status, code if isinstance(code, int) else None,
                                        _retry_after(response.headers.get("Retry-After")))
                return data
        except aiohttp.ClientError as exc:
            raise Unreachable(type(exc).__name__) from None
        except TimeoutError:
            raise Unreachable("timeout") from None


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
