"""What keeps hostile input and other sites out: headers, CSRF, origins, cookies, passwords."""

from __future__ import annotations

import functools
import hashlib
import hmac
import logging
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from aiohttp.typedefs import Middleware
from aiohttp_remotes import XForwardedStrict
from aiohttp_remotes.exceptions import IPAddress
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from multidict import MultiMapping

from bot.server.keys import FORWARDED_HTTPS, SETTINGS, WEBHOOK_PATHS
from bot.settings import Settings

log = logging.getLogger(__name__)

# No inline script or style anywhere: every script and stylesheet is a file under /static/.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    # Geolocation for this site's own pages only: the web chat's "Share my location".
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(self), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}

CSRF_FIELD = "csrf"
# The browser's id in the web chat (bot/channels/web/chat.py), which its forms' CSRF tokens are bound to,
# and the language a visitor chose: every page, the error pages too, read them.
BROWSER_COOKIE = "md_chat"
LANG_COOKIE = "md_lang"


@dataclass(frozen=True, slots=True)
class Secrets:
    """Keys derived from the pseudonym secret, one per purpose."""

    csrf_key: bytes
    # Encrypts the officers' TOTP secrets in the database (bot/dashboard/totp.py).
    totp_key: bytes

    @classmethod
    def derive(cls, master: bytes) -> Secrets:
        return cls(
            csrf_key=hmac.new(master, b"medborgardialog web csrf v1", hashlib.sha256).digest(),
            totp_key=hmac.new(master, b"medborgardialog officer totp v1", hashlib.sha256).digest(),
        )

    def csrf_for(self, browser_token: str) -> str:
        """Return the form token that goes with a browser's cookie (a keyed hash of it)."""
        return hmac.new(self.csrf_key, browser_token.encode(), hashlib.sha256).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def tokens_match(expected: str | None, given: str | None) -> bool:
    if not expected or not given:
        return False
    return secrets.compare_digest(expected.encode(), given.encode())


# --- hostile bodies ----------------------------------------------------------------------------


async def read_form(request: web.Request) -> MultiMapping[object]:
    """Read the posted form once (aiohttp keeps it for the handlers); a malformed body is a 400.

    aiohttp's parsers raise plain exceptions for a broken body: ValueError (no boundary, a
    field without a name, bytes that are not UTF-8), LookupError (an unknown charset),
    RuntimeError (an unknown transfer encoding), LineTooLong and the like. None of them is
    our fault, so none may become a 500 with the resident's bytes in a traceback.
    """
    try:
        return await request.post()
    except (ValueError, LookupError, RuntimeError, HttpProcessingError) as exc:
        log.info("refused a malformed form: %s", type(exc).__name__)
        raise web.HTTPBadRequest(text="malformed form") from None


# --- where a request comes from -------------------------------------------------------------


class TrustedProxyHeaders(XForwardedStrict):
    """aiohttp-remotes' XForwardedStrict for one hop of trusted reverse proxies.

    A request must come from one of the proxies; then X-Forwarded-Proto sets the scheme (so
    `request.secure` tells HTTPS) and the client is the last address in X-Forwarded-For: the
    one the proxy itself wrote. Whatever a client put before it (a forged chain, as nginx's
    `$proxy_add_x_forwarded_for` passes on) is never read. A request from anyone else, or
    with a malformed header, is a 400; /healthz is exempt, for a local monitor.
    """

    def __init__(self, proxies: Iterable[str]) -> None:
        super().__init__([list(proxies)], white_paths=("/healthz",))

    def get_forwarded_for(self, headers: MultiMapping[str]) -> list[IPAddress]:
        return super().get_forwarded_for(headers)[-1:]


class _NoAddressesInRemotesLog(logging.Filter):
    """aiohttp-remotes logs a refused request at ERROR with every address in its headers;
    keep the reason ("Untrusted IP", "Too many X-Forwarded-For values"), drop the addresses."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = f"refused a request's proxy headers: {str(record.msg).split(':')[0]}"
        record.args = None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.__dict__.pop("request", None)
        return True


_REMOTES_FILTER = _NoAddressesInRemotesLog()


def forwarded_middleware(settings: Settings) -> Middleware | None:
    """Return the middleware that reads the trusted proxies' headers, or None without proxies."""
    proxies = settings.effective_trusted_proxies
    if not proxies:
        return None
    logging.getLogger("aiohttp_remotes").addFilter(_REMOTES_FILTER)  # once: the same filter object
    strict = TrustedProxyHeaders(proxies)

    @web.middleware
    async def forwarded(request: web.Request, handler: Handler) -> web.StreamResponse:
        async def mark(forwarded_request: web.Request) -> web.StreamResponse:
            # The handlers get the request as the proxy describes it; the response hooks
            # (add_security_headers) see the original, so it keeps the scheme too.
            request[FORWARDED_HTTPS] = forwarded_request.secure
            return await handler(forwarded_request)

        return await strict.middleware(request, mark)

    return forwarded


def is_https(request: web.Request) -> bool:
    """Tell whether the browser reached us over HTTPS (directly, or as a trusted proxy says)."""
    return request.secure or request.get(FORWARDED_HTTPS, False)


def client_address(request: web.Request) -> str:
    """Return the client's address: the peer, or the address a trusted proxy gave (see
    TrustedProxyHeaders, which has already set `request.remote`)."""
    return request.remote or "unknown"


def own_origin(request: web.Request) -> str:
    return f"{'https' if is_https(request) else 'http'}://{request.host}"


def same_origin(request: web.Request) -> bool:
    """Tell whether an unsafe request comes from our own pages (Origin and Fetch Metadata)."""
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True   # old browsers send none; the CSRF token still has to match
    return origin == own_origin(request)


def set_cookie(response: web.StreamResponse, request: web.Request, name: str, value: str, *,
               max_age: int | None = None, path: str = "/") -> None:
    """Set a cookie no script can read and no other site can send: HttpOnly, SameSite=Strict."""
    settings: Settings = request.app[SETTINGS]
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path=path,
        httponly=True,
        samesite="Strict",
        secure=settings.http_secure_cookies or is_https(request),
    )


# --- passwords ------------------------------------------------------------------------------

_HASHER = PasswordHasher()  # argon2id with the library's current recommended parameters


@functools.cache
def _dummy_hash() -> str:
    """A hash verified when the account does not exist: a wrong name costs as long as a wrong password."""
    return _HASHER.hash(secrets.token_hex(16))

MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


# --- middleware -----------------------------------------------------------------------------

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def add_security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Send the security headers with every response, static files and errors included; not to
    a platform's POST to its webhook (Telegram's, WhatsApp's), whose answer no browser shows."""
    if request.method == "POST" and request.path in request.app.get(WEBHOOK_PATHS, ()):
        return
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if is_https(request):
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if request.path.startswith("/officer") or request.path == "/":
        # Pages with a person's words or an officer's view stay out of shared caches.
        response.headers.setdefault("Cache-Control", "no-store")
