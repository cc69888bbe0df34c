"""python-telegram-bot's network layer on aiohttp, the HTTP library the web server runs on.

PTB's default, `HTTPXRequest`, costs about as much CPU per Bot API call as a whole turn of
our dialogue (httpx, httpcore, anyio and h11 between the bot and the socket); aiohttp's
client does the same work in roughly half (benchmarks/README.md).

Wire format: a JSON body (`application/json`, which the Bot API takes as it takes a form),
multipart when there are files. Not PTB's form encoding: urllib's `quote_plus` of every
character of a Cyrillic or Arabic text costs more CPU than the rest of the call's encoding,
and a nested value (a keyboard) is encoded once, inside the body, not first as a JSON string
of its own. Errors are PTB's: `TimedOut` for a timeout, `NetworkError` for any other failure
to talk to the server.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

# NO_PROXY matched as urllib matches it. Undocumented, so typeshed leaves it out, but CPython has it on
# every platform (`proxy_bypass`, which typeshed has, asks the system's settings on macOS and Windows).
from urllib.request import getproxies_environment, proxy_bypass_environment  # type: ignore[attr-defined]

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

if TYPE_CHECKING:
    # How PTB types a timeout a call did not give (BaseRequest.DEFAULT_NONE): not exported, but
    # what `do_request`'s signature in BaseRequest names.
    from telegram._utils.defaultvalue import DefaultValue

    _Timeout = float | DefaultValue[float] | DefaultValue[None] | None

_JSON = {"Content-Type": "application/json"}
# UTF-8 as it is (no \uXXXX escapes, a third of the bytes for Cyrillic), no spaces.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _split(proxy: str) -> tuple[URL, dict[str, str] | None]:
    """A proxy URL without its user and password, which go in a header of their own (never in a
    URL that an error message might quote)."""
    url = URL(proxy)
    headers = None
    if url.user is not None:
        headers = {"Proxy-Authorization": aiohttp.encode_basic_auth(url.user, url.password or "")}
    return url.with_user(None), headers


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` on one `aiohttp.ClientSession`, opened by `initialize` and closed by `shutdown`.

    The timeouts mean what PTB's do: `connect` to open a connection, `read` between two
    reads of the answer, `pool` to wait for a free connection (all in seconds; a call may
    override them). aiohttp has no write timeout: an upload instead gets `media_write_timeout`
    on top of the read timeout as its total.

    Behind a proxy: `proxy` (TELEGRAM_PROXY) for every call, else the environment's
    HTTPS_PROXY / HTTP_PROXY / NO_PROXY, as curl and most tools read them (`trust_env`).
    """

    __slots__ = ("_session", "_pool_size", "_connect", "_read", "_pool", "_media_write", "_proxy", "_proxy_headers",
                 "_environment", "_by_host")

    def __init__(
        self,
        *,
        connection_pool_size: int = 8,
        connect_timeout: float | None = 5.0,
        read_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
        proxy: str | None = None,
    ) -> None:
        self._session: aiohttp.ClientSession | None = None
        # A proxy's user and password go in a header of their own, never in a URL that an
        # error message might quote.
        self._proxy: URL | None = None
        self._proxy_headers: dict[str, str] | None = None
        if proxy:
            self._proxy, self._proxy_headers = _split(proxy)
        self._environment: dict[str, str] = {}
        self._by_host: dict[tuple[str, str], tuple[URL | None, dict[str, str] | None]] = {}
        self._pool_size = connection_pool_size
        self._connect = connect_timeout
        self._read = read_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout

    @property
    def read_timeout(self) -> float | None:
        return self._read

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            # HTTPS_PROXY / HTTP_PROXY / NO_PROXY, when no proxy is given here: read once, not by
            # aiohttp's `trust_env` at every call (a thread hop and a .netrc read per request).
            self._environment = getproxies_environment() if self._proxy is None else {}
            self._by_host = {}
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size),
                headers={"User-Agent": self.USER_AGENT},
                timeout=aiohttp.ClientTimeout(total=None),
            )

    def _proxy_for(self, url: str) -> tuple[URL | None, dict[str, str] | None]:
        """The proxy for `url` (TELEGRAM_PROXY, or the environment's unless NO_PROXY names its host)."""
        if self._proxy is not None or not self._environment:
            return self._proxy, self._proxy_headers
        target = URL(url)
        key = (target.scheme, target.host or "")
        found = self._by_host.get(key)
        if found is None:
            chosen = self._environment.get(target.scheme)
            if chosen is None or proxy_bypass_environment(key[1], self._environment):
                found = (None, None)
            else:
                found = _split(chosen)
            self._by_host[key] = found
        return found

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: _Timeout = BaseRequest.DEFAULT_NONE,
        write_timeout: _Timeout = BaseRequest.DEFAULT_NONE,
        connect_timeout: _Timeout = BaseRequest.DEFAULT_NONE,
        pool_timeout: _Timeout = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        # A timeout the call did not give (PTB passes BaseRequest.DEFAULT_NONE) is this request's own.
        read = _given(read_timeout, self._read)
        connect = _given(connect_timeout, self._connect)
        pool = _given(pool_timeout, self._pool)
        write = _given(write_timeout, self._media_write)

        body: aiohttp.FormData | bytes | None = None
        headers: dict[str, str] | None = None
        total = None
        if request_data is not None and request_data.contains_files:
            form = aiohttp.FormData(request_data.json_parameters)
            for name, (filename, content, mime_type) in request_data.multipart_data.items():
                form.add_field(name, content, filename=filename, content_type=mime_type)
            body = form
            if write is not None and read is not None:
                total = write + read
        elif request_data is not None and request_data.parameters:
            # The values as they are (a keyboard as an object), not `json_parameters`, whose nested
            # values are JSON strings already.
            body = _encode(request_data.parameters).encode()
            headers = _JSON
        proxy, proxy_headers = self._proxy_for(url)
        if proxy_headers is not None and url.startswith("http://"):
            # Through the proxy in plain HTTP (no CONNECT tunnel), its credentials ride on the request.
            headers = {**(headers or {}), **proxy_headers}
        # aiohttp's `connect` covers waiting for a free connection and opening a new one.
        connect_total = None if pool is None and connect is None else (pool or 0.0) + (connect or 0.0)
        timeout = aiohttp.ClientTimeout(total=total, connect=connect_total, sock_connect=connect, sock_read=read)
        try:
            async with session.request(method, url, data=body, headers=headers, timeout=timeout,
                                       proxy=proxy, proxy_headers=proxy_headers) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            # The class name helps where the message is empty.
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc


def _given(timeout: _Timeout, default: float | None) -> float | None:
    """The timeout a call gave (seconds, or None for no limit), else `default`: what PTB passes
    for a timeout not given is a `DefaultValue` (BaseRequest.DEFAULT_NONE)."""
    return timeout if isinstance(timeout, float | int | None) else default
