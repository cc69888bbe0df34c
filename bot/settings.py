"""The one settings class: environment variables, and a `.env` file when there is one."""

from __future__ import annotations

import ipaddress
import logging
import re
import secrets
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

log = logging.getLogger(__name__)

PUBLIC_BOT_API = "https://api.telegram.org/bot"
# The Graph API, with the version the WhatsApp channel was written against (bot/channels/whatsapp/).
PUBLIC_GRAPH_API = "https://graph.facebook.com/v21.0"
BUNDLED_CAMPAIGN = Path(__file__).parent / "campaigns" / "dals-ed-2017.toml"

# Values people paste from examples; a deployment that keeps one has no secret at all.
_PLACEHOLDERS = {"", "changeme", "change-me", "secret", "changethis", "xxx", "your-secret-here"}


class Settings(BaseSettings):
    """Everything a deployment configures. Built once in `main()` and passed down."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", env_ignore_empty=True, extra="ignore",
        # A refused value is never echoed: it may be a token, a secret or a proxy's password.
        hide_input_in_errors=True,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = PUBLIC_BOT_API
    telegram_mode: Literal["polling", "webhook"] = "polling"
    # Telegram allows about 30 messages a second per bot; the limiter keeps under it.
    # A fake or self-hosted Bot API in tests and benchmarks has no such cap.
    telegram_rate_limit: bool = True
    telegram_concurrency: int = Field(default=4, ge=1, le=64)
    # The proxy every Bot API call goes through, e.g. http://user:password@proxy.kommun.se:3128
    # (http or https; a secret, since it may hold a password). Unset, HTTPS_PROXY and NO_PROXY
    # from the environment apply.
    telegram_proxy: SecretStr | None = None

    data_dir: Path = Path("data")
    database_url: str | None = None
    # `run` applies the migrations as it starts (on PostgreSQL under an advisory lock, so
    # instances starting at once apply them once). false: a deployment runs `medborgardialog db
    # upgrade` as a step of its own first, and `run` refuses a database that is behind.
    run_migrations: bool = True
    # SQLite (README, "Durability"): "group" (a transaction's caller goes on once its commit
    # is on disk; one fsync covers all commits meanwhile), "full" (each commit syncs on its
    # own), "normal" (syncs at checkpoints only: an OS crash may lose the last commits).
    sqlite_durability: Literal["group", "full", "normal"] = "group"
    campaign_file: Path = BUNDLED_CAMPAIGN
    # Keys the pseudonyms of residents (HMAC of channel + user id). Keep it stable:
    # a new secret separates every resident from what they gave before.
    pseudonym_secret: SecretStr | None = None

    officer_chat_id: int | None = None
    officer_user_ids: Annotated[frozenset[int], NoDecode] = frozenset()

    http_host: str = "127.0.0.1"
    http_port: int = 8080
    # The address residents reach the web server at (e.g. https://dialog.dalsed.se), for the links
    # the chats send to the privacy notice and the accessibility statement; default http://HOST:PORT.
    public_base_url: str | None = None

    # --- web server (bot/server/, bot/channels/web/, bot/dashboard/) ---
    # The public https URL Telegram posts updates to (TELEGRAM_MODE=webhook), e.g.
    # https://dialog.example.se/telegram/webhook; its path is where the server listens.
    webhook_url: str | None = None
    # Where this server listens for it; default WEBHOOK_URL's path (a proxy may rewrite it).
    webhook_path: str | None = None
    # Telegram sends it back in X-Telegram-Bot-Api-Secret-Token; 1-256 of A-Z a-z 0-9 _ -.
    webhook_secret: SecretStr | None = None
    # Webhook bodies stored at once, and Telegram's max_connections; INBOX_MAX_PENDING bounds the rest.
    webhook_max_in_flight: int = Field(default=8, ge=1, le=100)
    # Session cookies get `Secure`: set it when the server is reached over HTTPS (directly, or
    # through a trusted proxy that sends X-Forwarded-Proto: https).
    http_secure_cookies: bool = False
    # Behind a reverse proxy: the proxies whose X-Forwarded-For/-Proto/-Host count, addresses
    # or networks (TRUSTED_PROXIES=127.0.0.1,::1 or 10.0.0.0/8). Then every request must come
    # from one of them, and the client is the address the proxy put last in X-Forwarded-For.
    trusted_proxies: Annotated[tuple[str, ...], NoDecode] = ()
    # The older switch: TRUSTED_PROXY=true means a proxy on this machine (127.0.0.1 and ::1).
    trusted_proxy: bool = False
    # The web chat keeps each resident's conversation for reloads and later visits.
    web_transcript_days: int = Field(default=90, ge=1, le=3650)
    web_transcript_max_messages: int = Field(default=300, ge=20, le=5000)
    officer_session_hours: int = Field(default=8, ge=1, le=24 * 14)
    # Officers give a TOTP code after their password (bot/dashboard/totp.py), and enrol at their
    # first login. false: an officer who has not enrolled logs in with the password alone.
    officer_totp_required: bool = True
    # A photo a web tipster uploads, at most, in bytes (checked to be a JPEG, PNG or WebP).
    web_photo_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=20 * 1024 * 1024)
    # ... and at most this many pixels (a decompression bomb is a small file of billions); every
    # photo is decoded and re-encoded without its metadata (bot/images.py). Pillow itself
    # refuses more than about 89 million.
    web_photo_max_pixels: int = Field(default=40_000_000, ge=10_000, le=89_000_000)
    # Per client address (bot/channels/web/flood.py), in `limits` notation ("60/minute;600/hour"): the
    # web chat's posts, and first visits that get a new browser cookie. Several residents
    # behind one shared address share these.
    web_client_post_limit: str = "60/minute;600/hour"
    web_client_new_browser_limit: str = "10/minute;60/hour"

    # --- the inbox (bot/inbox.py, storage/inbox.py) ---
    # Above this many updates taken in and not yet answered, polling stops fetching and the
    # webhook answers 503 (Telegram keeps them and delivers them again). Each waits in memory
    # as a parsed update (a few kB): 5,000 bounds that to tens of MB, and a burst of thousands
    # of residents at once is taken in, not refused and POSTed again and again (by webhook the
    # refusals cost more CPU than the updates: benchmarks/README.md).
    inbox_max_pending: int = Field(default=5000, ge=1, le=100_000)
    # A handled update's bare id is kept this long to recognise a redelivery (Telegram keeps
    # an update for 24 hours); its content is deleted as soon as its replies are sent.
    inbox_retention_hours: int = Field(default=48, ge=1, le=24 * 30)
    # Turns per resident per minute, on every channel; over it the resident is told so once,
    # then not answered until the minute has passed. 0: no limit.
    resident_messages_per_minute: int = Field(default=60, ge=0, le=10_000)

    # --- WhatsApp (bot/channels/whatsapp/): off unless the first four are set ---
    # A system user's access token with whatsapp_business_messaging (Meta Business settings).
    whatsapp_token: SecretStr | None = None
    # The business phone number's id (not the number itself), from the app's WhatsApp setup page.
    whatsapp_phone_number_id: str | None = None
    # The app secret: every webhook POST must carry its HMAC-SHA256 in X-Hub-Signature-256.
    whatsapp_app_secret: SecretStr | None = None
    # Chosen by the deployment, typed into the webhook's setup page; Meta sends it back once.
    whatsapp_verify_token: SecretStr | None = None
    # The Graph API with its version; tests and self-hosted gateways point it elsewhere.
    whatsapp_api_base_url: str = PUBLIC_GRAPH_API
    # Where this server listens for Meta's webhook (GET handshake, POST changes).
    whatsapp_webhook_path: str = "/whatsapp/webhook"
    # Residents' turns handled at once (each resident's in order).
    whatsapp_concurrency: int = Field(default=4, ge=1, le=64)

    max_answer_length: int = Field(default=2000, ge=50, le=4000)
    # DEBUG is the one level at which resident text and whole exception messages are logged.
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    # text: one readable line per event; json: one JSON object per line (bot/logsafe.py names the fields).
    log_format: Literal["text", "json"] = "text"
    # /metrics in Prometheus' format (bot/metrics.py) on a port of its own, off unless set; bound to
    # METRICS_HOST, this machine only by default (the public port is the proxy's; counts are not the public's).
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    metrics_host: str = "127.0.0.1"

    # --- tips to the kommunpolis (handlers/tips.py, bot/outbox/worker.py) ---
    # Longest tip, answer or officer message, in characters (a tip reaches the officer
    # chat as one Telegram message: 4,096 characters with the reference and facts).
    max_tip_length: int = Field(default=3000, ge=100, le=3500)
    tips_per_hour: int = Field(default=5, ge=1, le=100)
    # The way back to a tipster (their chat) and any contact details they gave are deleted
    # this many days after the tip is closed.
    tip_retention_days: int = Field(default=90, ge=1, le=3650)
    # The outbox: the first retry after a failure waits OUTBOX_BACKOFF_SECONDS, doubling up
    # to OUTBOX_BACKOFF_MAX_SECONDS; new messages wake the worker at once, and it looks for
    # due ones every OUTBOX_POLL_SECONDS anyway (another instance may have written them).
    outbox_backoff_seconds: float = Field(default=2.0, gt=0)
    outbox_backoff_max_seconds: float = Field(default=600.0, gt=0)
    outbox_poll_seconds: float = Field(default=30.0, gt=0)
    # How long a worker's claim on a message lasts unless renewed (every third of it while
    # sending): how long another host waits to take over from a worker that died.
    outbox_lease_seconds: float = Field(default=30.0, gt=0)
    tip_purge_interval_seconds: float = Field(default=3600.0, gt=0)

    @field_validator("officer_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        if isinstance(value, str):
            return frozenset(int(part) for part in value.replace(";", ",").split(",") if part.strip())
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("log_format", mode="before")
    @classmethod
    def _lower_format(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("telegram_proxy")
    @classmethod
    def _check_proxy(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            parts = urlsplit(value.get_secret_value())
            if parts.scheme not in ("http", "https") or not parts.hostname:
                # Never the value itself in the message: it may carry a password.
                raise ValueError("TELEGRAM_PROXY must be an http:// or https:// proxy URL, e.g. http://proxy:3128")
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _split_proxies(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
        if isinstance(value, list | tuple | set | frozenset):
            for part in value:
                try:
                    ipaddress.ip_network(str(part), strict=False)
                except ValueError:
                    raise ValueError(f"TRUSTED_PROXIES: {part!r} is not an IP address or network") from None
            return tuple(str(part) for part in value)
        return value

    @field_validator("web_client_post_limit", "web_client_new_browser_limit")
    @classmethod
    def _parse_limit(cls, value: str) -> str:
        from limits import parse_many

        try:
            parse_many(value)
        except ValueError:
            raise ValueError(f"{value!r} is not a rate such as 60/minute;600/hour") from None
        return value

    @field_validator("public_base_url")
    @classmethod
    def _absolute_url(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("http", "https"):
            raise ValueError(f"PUBLIC_BASE_URL must be an absolute http(s) URL, got {value!r}")
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/") if value.endswith("//") else value

    @field_validator("whatsapp_api_base_url")
    @classmethod
    def _graph_url(cls, value: str) -> str:
        if urlsplit(value).scheme not in ("http", "https"):
            raise ValueError("WHATSAPP_API_BASE_URL must be an http(s) URL such as https://graph.facebook.com/v21.0")
        return value.rstrip("/")

    @model_validator(mode="after")
    def _metrics_port_of_its_own(self) -> Settings:
        if self.metrics_port is not None and self.metrics_port == self.http_port:
            raise ValueError("METRICS_PORT must differ from HTTP_PORT: /metrics is served on a port of its own")
        return self

    @model_validator(mode="after")
    def _enforce_non_default_secrets(self) -> Settings:
        for name in ("pseudonym_secret", "telegram_bot_token", "webhook_secret", "whatsapp_token",
                     "whatsapp_app_secret", "whatsapp_verify_token"):
            value = getattr(self, name)
            if value is not None and value.get_secret_value().strip().lower() in _PLACEHOLDERS:
                raise ValueError(
                    f"{name.upper()} is set to a placeholder value; set a real one or leave it unset"
                )
        if self.telegram_mode == "webhook" and self.telegram_bot_token is not None:
            if not self.webhook_url or self.webhook_secret is None:
                raise ValueError("TELEGRAM_MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
        if self.webhook_secret is not None and not re.fullmatch(
            r"[A-Za-z0-9_-]{1,256}", self.webhook_secret.get_secret_value()
        ):
            raise ValueError("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, at most 256 characters")
        whatsapp = {name: getattr(self, name) for name in _WHATSAPP_REQUIRED}
        missing = [name.upper() for name, value in whatsapp.items() if value is None]
        if missing and len(missing) < len(whatsapp):
            raise ValueError(f"WhatsApp needs {', '.join(missing)} too (or none of the WHATSAPP_ settings)")
        if self.whatsapp_phone_number_id is not None and not self.whatsapp_phone_number_id.isdigit():
            raise ValueError("WHATSAPP_PHONE_NUMBER_ID is the number's id in digits (not the phone number with +)")
        if not self.whatsapp_webhook_path.startswith("/") or self.whatsapp_webhook_path == self.effective_webhook_path:
            raise ValueError("WHATSAPP_WEBHOOK_PATH must start with / and differ from Telegram's webhook path")
        return self

    @property
    def whatsapp_enabled(self) -> bool:
        """True when the WhatsApp channel has everything it needs."""
        return all(getattr(self, name) is not None for name in _WHATSAPP_REQUIRED)

    @property
    def effective_trusted_proxies(self) -> tuple[str, ...]:
        """Return the proxies whose forwarding headers count: TRUSTED_PROXIES, or this machine
        when only the older TRUSTED_PROXY=true is set, or none."""
        if self.trusted_proxies:
            return self.trusted_proxies
        return ("127.0.0.1", "::1") if self.trusted_proxy else ()

    @property
    def effective_public_base_url(self) -> str:
        """Return PUBLIC_BASE_URL without its trailing slash, or the address the server listens on."""
        if self.public_base_url:
            return self.public_base_url.rstrip("/")
        host = "127.0.0.1" if self.http_host in ("0.0.0.0", "", "::") else self.http_host
        return f"http://{f'[{host}]' if ':' in host else host}:{self.http_port}"

    @property
    def effective_webhook_path(self) -> str:
        """Return the path the webhook listens on: WEBHOOK_PATH, WEBHOOK_URL's path, or /telegram/webhook."""
        path = self.webhook_path or (urlsplit(self.webhook_url).path if self.webhook_url else "")
        if path in ("", "/"):
            return "/telegram/webhook"
        return path if path.startswith("/") else "/" + path

    @property
    def effective_database_url(self) -> str:
        """Return the async SQLAlchemy URL: the configured one, or a SQLite file in the data dir."""
        if self.database_url:
            return normalize_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{(self.data_dir / 'medborgardialog.db').as_posix()}"

    def resolve_pseudonym_secret(self) -> bytes:
        """Return the pseudonym key; without one configured, create and keep one in the data dir."""
        if self.pseudonym_secret is not None:
            return self.pseudonym_secret.get_secret_value().encode()
        path = self.data_dir / "pseudonym.key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_hex(32))
            path.chmod(0o600)
            log.warning("PSEUDONYM_SECRET is not set: created %s; back it up with the database", path)
        return path.read_text().strip().encode()


_WHATSAPP_REQUIRED = ("whatsapp_token", "whatsapp_phone_number_id", "whatsapp_app_secret", "whatsapp_verify_token")


def normalize_database_url(url: str) -> str:
    """Map the URLs people write (`postgresql://`, `sqlite:///`) to their async drivers."""
    for prefix, driver in (
        ("postgres://", "postgresql+asyncpg://"),
        ("postgresql://", "postgresql+asyncpg://"),
        ("postgresql+psycopg://", "postgresql+asyncpg://"),
        ("sqlite://", "sqlite+aiosqlite://"),
    ):
        if url.startswith(prefix):
            return driver + url[len(prefix):]
    return url
