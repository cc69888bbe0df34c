"""WhatsApp: when each resident last wrote (the 24-hour window), outbox messages held for a
resident outside it, and the message ids the status webhooks refer to.

Revision ID: 0009_whatsapp
Revises: 0008_answer_quote
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0009_whatsapp"
down_revision = "0008_answer_quote"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "whatsapp_window",
        sa.Column("resident_key", sa.String(64), primary_key=True),
        sa.Column("last_inbound_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "whatsapp_held",
        sa.Column("outbox_id", sa.Integer(), sa.ForeignKey("outbox_message.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("resident_key", sa.String(64), nullable=False),
        sa.Column("template_sent_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_whatsapp_held_resident_key", "whatsapp_held", ["resident_key"])
    op.create_table(
        "whatsapp_sent",
        sa.Column("message_key", sa.String(64), primary_key=True),
        sa.Column("outbox_id", sa.Integer(), sa.ForeignKey("outbox_message.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_whatsapp_sent_outbox_id", "whatsapp_sent", ["outbox_id"])


def downgrade() -> None:
    op.drop_table("whatsapp_sent")
    op.drop_table("whatsapp_held")
    op.drop_table("whatsapp_window")
