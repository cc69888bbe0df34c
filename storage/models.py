"""The tables. Residents appear only as a keyed hash (`resident_key`), never by a channel id or name."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, LargeBinary, Text
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
    # Set when an officer marks the answer as a quote for the public results page (migration 0010);
    # only answers so marked are ever shown there, and /forget deletes them with the rest.
    quote_published_at: datetime | None = _when(default=None)


class Answer(AnswerBase, table=True):
    # The dashboard's pages: one campaign, newest first (migration 0006); the public quotes (0008).
    __table_args__ = (Index("ix_answer_campaign_created", "campaign_id", "created_at", "id"),
                      Index("ix_answer_quote", "campaign_id", "quote_published_at"))

    id: int | None = Field(default=None, primary_key=True)
    resident_key: str = Field(max_length=64, index=True)


class AnswerPublic(AnswerBase):
    """What an export or a results page shows: no resident key."""

    id: int


# --- tips to the kommunpolis ------------------------------------------------------------


class TipStatus(StrEnum):
    """Where a tip is in the officer's hands. Stored: never change a value."""

    NEW = "new"
    TAKEN = "taken"
    CLOSED = "closed"


class Party(StrEnum):
    """The two ends of a tip's thread: who wrote a message, who an outbox message is for."""

    OFFICER = "officer"
    TIPSTER = "tipster"
    FOLLOWER = "follower"     # a resident who follows a focus area (only as an outbox recipient)


class TipBase(SQLModel):
    reference: str = Field(max_length=16, unique=True)   # "DE-7K3QX": random, never sequential
    campaign_id: str = Field(max_length=32, index=True)
    channel: str = Field(max_length=16)
    topic: str = Field(max_length=32)                    # a focus area id, "crime" or "other"
    text: str = Field(default="", sa_type=Text)
    text_language: str = Field(max_length=8)             # detected from the text; "und" when unsure
    locale: str = Field(max_length=8)                    # the language the tipster chats in
    # Telegram file ids (the photo stays on Telegram's servers; nothing is downloaded), and
    # "web:<id>" for a photo uploaded in the web chat (its bytes are in `TipUpload`).
    photos: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    latitude: float | None = None
    longitude: float | None = None
    # The place as the tipster described it in words (instead of, or besides, a shared location).
    place_text: str | None = Field(default=None, max_length=300)
    contact_requested: bool = False
    status: str = Field(default=TipStatus.NEW.value, max_length=16, index=True)
    created_at: datetime = _when(default_factory=utcnow, index=True)
    updated_at: datetime = _when(default_factory=utcnow)
    closed_at: datetime | None = _when(default=None, index=True)


class Tip(TipBase, table=True):
    """A tip as the police keep it. The way back to the tipster is in `TipReturnPath`, not here."""

    __table_args__ = (Index("ix_tip_campaign_created", "campaign_id", "created_at", "id"),)
    id: int | None = Field(default=None, primary_key=True)
    # The tipster's pseudonym, for /mytips, the hourly limit and blocking; None after /forget.
    resident_key: str | None = Field(default=None, max_length=64, index=True)
    # Given only if the tipster asked to be contacted; erased with the return path.
    contact_name: str | None = Field(default=None, max_length=100)
    contact_phone: str | None = Field(default=None, max_length=40)


class TipPublic(TipBase):
    """What an export shows: no resident key, no contact details, no way back."""

    id: int


class TipForOfficer(TipPublic):
    """What the officer chat shows: the contact details only when the tipster chose to give them."""

    contact_name: str | None = None
    contact_phone: str | None = None


class TipReturnPath(SQLModel, table=True):
    """The way back to a tipster (their chat), apart from the tip and never shown to officers.

    Deleted a configurable number of days after the tip is closed, and by /forget.
    """

    __tablename__ = "tip_return_path"

    tip_id: int = Field(primary_key=True, foreign_key="tip.id", ondelete="CASCADE")
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    created_at: datetime = _when(default_factory=utcnow)


class TipMessage(SQLModel, table=True):
    """One message of the thread between the officer and the tipster about a tip."""

    __tablename__ = "tip_message"

    id: int | None = Field(default=None, primary_key=True)
    tip_id: int = Field(foreign_key="tip.id", ondelete="CASCADE", index=True)
    sender: str = Field(max_length=16)             # "officer" or "tipster"
    officer: str | None = Field(default=None, max_length=80)   # who wrote it, for an officer message
    text: str = Field(sa_type=Text)
    created_at: datetime = _when(default_factory=utcnow)


class TipOfficerMessage(SQLModel, table=True):
    """A message the bot sent to an officer chat about a tip: a reply to it concerns that tip."""

    __tablename__ = "tip_officer_message"

    channel: str = Field(primary_key=True, max_length=16)
    chat_id: str = Field(primary_key=True, max_length=64)
    message_id: str = Field(primary_key=True, max_length=64)
    tip_id: int = Field(foreign_key="tip.id", ondelete="CASCADE", index=True)
    created_at: datetime = _when(default_factory=utcnow)


class TipUpload(SQLModel, table=True):
    """A photo uploaded in the web chat: the bytes, checked to be a JPEG, PNG or WebP by their first bytes.

    Belongs to a resident's unsent tip (`resident_key`) until the tip is sent, then to the tip
    (`tip_id`, the resident key dropped): a photo the tipster sent is part of the tip record,
    like its text. Unattached uploads are deleted after a day, and by /forget.
    """

    __tablename__ = "tip_upload"

    id: str = Field(primary_key=True, max_length=43)           # random (secrets.token_urlsafe(32))
    resident_key: str | None = Field(default=None, max_length=64, index=True)
    tip_id: int | None = Field(default=None, foreign_key="tip.id", ondelete="CASCADE", index=True)
    content_type: str = Field(max_length=32)
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    created_at: datetime = _when(default_factory=utcnow, index=True)


class BlockedResident(SQLModel, table=True):
    """A tipster an officer blocked (by a tip's reference); only the pseudonym is kept."""

    __tablename__ = "blocked_resident"

    resident_key: str = Field(primary_key=True, max_length=64)
    blocked_by: str = Field(max_length=80)
    blocked_at: datetime = _when(default_factory=utcnow)


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"       # the recipient cannot be reached (left, blocked the bot, erased)


class OutboxMessage(SQLModel, table=True):
    """Something that must reach a third party (the officer chat, a tipster), retried until it does.

    Committed with the change that causes it; a worker claims a row with a lease
    (`locked_until`, `lock_owner`), sends its parts and records each part in the same
    transaction as its message ids, so a retry resumes after the last part sent.
    A tipster's chat id is never copied here: it is looked up in `TipReturnPath` when sending.
    """

    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_due", "status", "next_attempt_at"),
        # The worker's queue: the most urgent first, then in order (migration 0010).
        Index("ix_outbox_message_queue", "status", "priority", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    recipient: str = Field(max_length=16)            # "officer", "tipster" or "follower"
    channel: str = Field(max_length=16)              # which deliverer sends it
    kind: str = Field(max_length=32)                 # "tip", "status", "officer-message", "tipster-answer"
    tip_id: int | None = Field(default=None, foreign_key="tip.id", ondelete="CASCADE", index=True)
    # A promise update to a follower: which update, and whose way back (`FollowerReturnPath`).
    update_id: int | None = Field(default=None, index=True)
    follower_id: int | None = Field(default=None, index=True)
    # Higher first: a tip, a tipster's answer or an officer's words before a broadcast's rows.
    priority: int = 10
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    locale: str = Field(max_length=8)
    status: str = Field(default=OutboxStatus.PENDING.value, max_length=16)
    attempts: int = 0
    parts_done: int = 0
    next_attempt_at: datetime = _when(default_factory=utcnow)
    locked_until: datetime | None = _when(default=None)
    lock_owner: str | None = Field(default=None, max_length=32)
    last_error: str | None = Field(default=None, max_length=200)
    created_at: datetime = _when(default_factory=utcnow)
    sent_at: datetime | None = _when(default=None)


# --- residents who follow what happens, and the officers' updates on the promises ------------


class Follower(SQLModel, table=True):
    """A resident who chose to hear what is done about the promises: only the pseudonym.

    What they follow is in `FollowedArea`, the way back to their chat in `FollowerReturnPath`;
    /unfollow and /forget delete all three at once.
    """

    id: int | None = Field(default=None, primary_key=True)
    resident_key: str = Field(max_length=64, unique=True)
    created_at: datetime = _when(default_factory=utcnow)


class FollowedArea(SQLModel, table=True):
    """One focus area a follower follows; `ALL_AREAS` ("*") for every one."""

    __tablename__ = "followed_area"

    follower_id: int = Field(primary_key=True, foreign_key="follower.id", ondelete="CASCADE")
    focus_area: str = Field(primary_key=True, max_length=32, index=True)


ALL_AREAS = "*"


class FollowerReturnPath(SQLModel, table=True):
    """The way back to a follower (their channel and chat), apart from what they follow; never shown."""

    __tablename__ = "follower_return_path"

    follower_id: int = Field(primary_key=True, foreign_key="follower.id", ondelete="CASCADE")
    channel: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    created_at: datetime = _when(default_factory=utcnow)


class PromiseUpdateBase(SQLModel):
    campaign_id: str = Field(max_length=32, index=True)
    focus_area: str = Field(max_length=32, index=True)
    text: str = Field(sa_type=Text)                     # Swedish, as the officer wrote it
    # The officer's own texts in other languages, by locale; a language without one gets Swedish.
    texts: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    officer: str = Field(max_length=80)                 # who wrote it (a dashboard login's name)
    recipients: int = 0                                 # followers it was queued for when sent
    created_at: datetime = _when(default_factory=utcnow, index=True)


class PromiseUpdate(PromiseUpdateBase, table=True):
    """What the police and the municipality did about a promise ("what we did"), sent to its followers."""

    __tablename__ = "promise_update"

    id: int | None = Field(default=None, primary_key=True)


# --- web chat and officer dashboard (bot/channels/web/, bot/dashboard/) ------------------


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
    # The second factor (bot/dashboard/totp.py): the TOTP secret, encrypted (AES-GCM, with a key
    # derived from the pseudonym secret, bound to this officer's id); set when enrolment begins,
    # confirmed by `totp_enrolled_at` once the officer has typed a code from it.
    totp_secret: str | None = Field(default=None, max_length=255)
    totp_enrolled_at: datetime | None = _when(default=None)
    # The last 30-second step whose code was accepted: a code of it or an earlier step is refused.
    totp_last_step: int | None = None


class OfficerRecoveryCode(SQLModel, table=True):
    """One of an officer's single-use recovery codes (instead of a TOTP code); only its argon2 hash."""

    __tablename__ = "officer_recovery_code"

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    code_hash: str = Field(max_length=255)
    created_at: datetime = _when(default_factory=utcnow)
    used_at: datetime | None = _when(default=None)


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
    # False: the password was right, the second factor is still to come (a short-lived session
    # that opens only the code and enrolment pages).
    verified: bool = False


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


# --- the inbox: updates stored before they are acknowledged (storage/inbox.py) ----------------


class InboxStatus(StrEnum):
    """Where an incoming update is. Stored: never change a value."""

    PENDING = "pending"     # stored, not handled yet
    HANDLED = "handled"     # its turn committed with its replies; the replies may not be sent yet
    DONE = "done"           # handled and its replies sent (or nothing to send)
    FAILED = "failed"       # could not be handled (a poison update, a bug): given up, with a logged reason


class InboxUpdate(SQLModel, table=True):
    """One update a channel delivered (a Telegram update, a web-chat form post), stored and committed
    before the channel is told it arrived, and marked in the transaction of its turn.

    `payload` (the update as received) and `replies` (what the turn answered, to replay on a
    redelivery) are kept only until the replies are sent; `order_key` (the resident's keyed
    pseudonym, never a channel id) orders a resident's updates and is dropped with them. What
    stays, for the retention period, is the channel's id of the update, so a redelivery is
    recognised: nothing of the resident's.
    """

    __tablename__ = "inbox_update"
    __table_args__ = (
        Index("ux_inbox_update_key", "channel", "update_key", unique=True),
        Index("ix_inbox_update_status", "status", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    channel: str = Field(max_length=16)
    update_key: str = Field(max_length=64)          # Telegram's update_id; a web form's one-time token
    order_key: str | None = Field(default=None, max_length=64)
    status: str = Field(default=InboxStatus.PENDING.value, max_length=16)
    payload: str | None = Field(default=None, sa_type=Text)
    replies: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    attempts: int = 0
    error: str | None = Field(default=None, max_length=200)
    received_at: datetime = _when(default_factory=utcnow)
    finished_at: datetime | None = _when(default=None, index=True)


class StorageProbe(SQLModel, table=True):
    """One row the health check writes, to know the database can take a write (storage/health.py)."""

    __tablename__ = "storage_probe"

    id: int = Field(primary_key=True)
    at: datetime = _when(default_factory=utcnow)


# --- WhatsApp (bot/channels/whatsapp/, storage/whatsapp.py) ----------------------------------


class WhatsAppWindow(SQLModel, table=True):
    """When a WhatsApp resident last wrote: free-form messages may reach them for 24 hours after.

    Only the resident's keyed pseudonym, never the number; a row older than the window says
    nothing and is deleted, and /forget deletes it at once.
    """

    __tablename__ = "whatsapp_window"

    resident_key: str = Field(primary_key=True, max_length=64)
    last_inbound_at: datetime = _when()


class WhatsAppHeld(SQLModel, table=True):
    """An outbox message to a WhatsApp tipster outside the 24-hour window: a template told them
    something waits, and the message is sent when they next write (or tap the template's button)."""

    __tablename__ = "whatsapp_held"

    outbox_id: int = Field(primary_key=True, foreign_key="outbox_message.id", ondelete="CASCADE")
    resident_key: str = Field(max_length=64, index=True)
    template_sent_at: datetime | None = _when(default=None)
    created_at: datetime = _when(default_factory=utcnow)


class WhatsAppSent(SQLModel, table=True):
    """A message the outbox sent on WhatsApp, by its message id (hashed), for the status webhooks."""

    __tablename__ = "whatsapp_sent"

    message_key: str = Field(primary_key=True, max_length=64)     # sha256 of the wamid
    outbox_id: int = Field(foreign_key="outbox_message.id", ondelete="CASCADE", index=True)
    status: str = Field(default="accepted", max_length=16)         # accepted, sent, delivered, read, failed
    error_code: int | None = None
    updated_at: datetime = _when(default_factory=utcnow)
