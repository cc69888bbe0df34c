"""The web chat's transcript, officer accounts, sessions, login attempts and the audit log.

Revision ID: 0003_web
Revises: 0002_tips
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0003_web"
down_revision = "0002_tips"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "web_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_key", sa.String(64), nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("buttons", sa.JSON(), nullable=False),
        sa.Column("batch", sa.String(32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_web_message_resident_key", "web_message", ["resident_key"])
    op.create_index("ix_web_message_created_at", "web_message", ["created_at"])

    op.create_table(
        "officer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("last_login_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "officer_session",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("officer_id", sa.Integer(), sa.ForeignKey("officer.id"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_officer_session_officer_id", "officer_session", ["officer_id"])
    op.create_index("ix_officer_session_expires_at", "officer_session", ["expires_at"])

    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("account", sa.String(64), nullable=False),
        sa.Column("client", sa.String(64), nullable=False),
        sa.Column("succeeded", sa.Boolean(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_login_attempt_account", "login_attempt", ["account"])
    op.create_index("ix_login_attempt_client", "login_attempt", ["client"])
    op.create_index("ix_login_attempt_at", "login_attempt", ["at"])

    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("officer_name", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target", sa.String(128), nullable=False),
        sa.Column("detail", sa.String(255), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_audit_event_officer_id", "audit_event", ["officer_id"])
    op.create_index("ix_audit_event_at", "audit_event", ["at"])


def downgrade() -> None:
    op.drop_table("audit_event")
    op.drop_table("login_attempt")
    op.drop_table("officer_session")
    op.drop_table("officer")
    op.drop_table("web_message")
