"""The tables. Residents appear only as a keyed hash (`resident_key`), never by a channel id or name."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every engine (SQLite hands back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


def _when(**kwargs: Any) -> Any:
    return Field(sa_type=UTCDateTime, **kwargs)


# --- conversations ------------------------------------------------------------------


class Conversation(SQLModel, table=True):
    """Where one resident is in the conversation; a restart or a second instance continues it."""

    resident_key: str = Field(primary_key=True, max_length=64)
    channel: str = Field(max_length=16)
    locale: str | None = Field(default=None, max_length=8)
    state: str = Field(max_length=32)
    # Increases with every step, and button data carries it: a press on an old message is seen.
    step: int = 0
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    consent_at: datetime | None = _when(default=None)
    created_at: datetime = _when(default_factory=utcnow)
    updated_at: datetime = _when(default_factory=utcnow)


# --- answers to the dialogue question ---------------------------------------------------


class AnswerBase(SQLModel):
    campaign_id: str = Field(max_length=32, index=True)
    channel: str = Field(max_length=16)
    text: str = Field(sa_type=Text)
    text_language: str = Field(max_length=8)     # detected from the text; "und" when unsure
    locale: str = Field(max_length=8)            # the language the resident chose to talk in
    focus_area: str | None = Field(default=None, max_length=32, index=True)
    follow_ups: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = _when(default_factory=utcnow, index=True)


class Answer(AnswerBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    resident_key: str = Field(max_length=64, index=True)


class AnswerPublic(AnswerBase):
    """What an export or a results page shows: no resident key."""

    id: int


# --- web chat and officer dashboard (bot/web/) ---------------------------------------------


class WebMessage(SQLModel, table=True):
    """One message of a resident's web chat as it was shown, so a reload or a later visit shows it.

    Bot replies are stored rendered (in the language of their turn) with their buttons; the
    resident's own words only after consent. Bounded per resident and by age (storage/web.py).
    """

    __tablename__ = "web_message"

    id: int | None = Field(default=None, primary_key=True)
    resident_key: str = Field(max_length=64, index=True)
    sender: str = Field(max_length=16)          # "bot", "resident", "officer"
    text: str = Field(sa_type=Text)
    locale: str = Field(max_length=8)
    # Rows of {"label", "data"}; only those of the latest turn are offered as buttons.
    buttons: list[list[dict[str, str]]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    batch: str = Field(max_length=32)           # the turn (or delivery) that wrote it
    created_at: datetime = _when(default_factory=utcnow, index=True)


class OfficerBase(SQLModel):
    name: str = Field(max_length=64, unique=True)
    active: bool = True
    created_at: datetime = _when(default_factory=utcnow)
    last_login_at: datetime | None = _when(default=None)


class Officer(OfficerBase, table=True):
    """A dashboard account, made with `medborgardialog officer add NAME`."""

    id: int | None = Field(default=None, primary_key=True)
    password_hash: str = Field(max_length=255)   # argon2id, with its parameters and salt


class OfficerPublic(OfficerBase):
    id: int


class OfficerSession(SQLModel, table=True):
    """A logged-in browser. Only a hash of the cookie's token is stored."""

    __tablename__ = "officer_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = _when(default_factory=utcnow)
    expires_at: datetime = _when(index=True)


class LoginAttempt(SQLModel, table=True):
    """One try to log in, for throttling per account and per client address; pruned after a day."""

    __tablename__ = "login_attempt"

    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(max_length=64, index=True)
    client: str = Field(max_length=64, index=True)
    succeeded: bool = False
    at: datetime = _when(default_factory=utcnow, index=True)


class AuditEvent(SQLModel, table=True):
    """Which officer opened or changed what, and when."""

    __tablename__ = "audit_event"

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int | None = Field(default=None, index=True)
    officer_name: str = Field(max_length=64)      # as it was then; survives a removed account
    action: str = Field(max_length=32)
    target: str = Field(default="", max_length=128)
    detail: str = Field(default="", max_length=255)
    at: datetime = _when(default_factory=utcnow, index=True)
