"""Tips to the kommunpolis: tips, their ways back, the thread, blocks, and the outbox.

Revision ID: 0002_tips
Revises: 0001_dialogue
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0002_tips"
down_revision = "0001_dialogue"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tip",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference", sa.String(16), nullable=False),
        sa.Column("campaign_id", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("topic", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_language", sa.String(8), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("contact_requested", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("resident_key", sa.String(64), nullable=True),
        sa.Column("contact_name", sa.String(100), nullable=True),
        sa.Column("contact_phone", sa.String(40), nullable=True),
        sa.UniqueConstraint("reference", name="uq_tip_reference"),
    )
    op.create_index("ix_tip_campaign_id", "tip", ["campaign_id"])
    op.create_index("ix_tip_status", "tip", ["status"])
    op.create_index("ix_tip_created_at", "tip", ["created_at"])
    op.create_index("ix_tip_closed_at", "tip", ["closed_at"])
    op.create_index("ix_tip_resident_key", "tip", ["resident_key"])

    op.create_table(
        "tip_return_path",
        sa.Column("tip_id", sa.Integer(), sa.ForeignKey("tip.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )

    op.create_table(
        "tip_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tip_id", sa.Integer(), sa.ForeignKey("tip.id", ondelete="CASCADE"), nullable=False),
        sa.Column("sender", sa.String(16), nullable=False),
        sa.Column("officer", sa.String(80), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_tip_message_tip_id", "tip_message", ["tip_id"])

    op.create_table(
        "tip_officer_message",
        sa.Column("channel", sa.String(16), primary_key=True),
        sa.Column("chat_id", sa.String(64), primary_key=True),
        sa.Column("message_id", sa.String(64), primary_key=True),
        sa.Column("tip_id", sa.Integer(), sa.ForeignKey("tip.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_tip_officer_message_tip_id", "tip_officer_message", ["tip_id"])

    op.create_table(
        "blocked_resident",
        sa.Column("resident_key", sa.String(64), primary_key=True),
        sa.Column("blocked_by", sa.String(80), nullable=False),
        sa.Column("blocked_at", UTCDateTime(), nullable=False),
    )

    op.create_table(
        "outbox_message",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("recipient", sa.String(16), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("tip_id", sa.Integer(), sa.ForeignKey("tip.id", ondelete="CASCADE"), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("parts_done", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=False),
        sa.Column("locked_until", UTCDateTime(), nullable=True),
        sa.Column("lock_owner", sa.String(32), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_outbox_message_tip_id", "outbox_message", ["tip_id"])
    op.create_index("ix_outbox_message_due", "outbox_message", ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_table("outbox_message")
    op.drop_table("blocked_resident")
    op.drop_table("tip_officer_message")
    op.drop_table("tip_message")
    op.drop_table("tip_return_path")
    op.drop_table("tip")
