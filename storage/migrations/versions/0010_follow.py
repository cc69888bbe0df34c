"""Residents who follow what happens (follower, followed_area, follower_return_path), the officers'
updates on the promises (promise_update), and the outbox's priority and broadcast columns.

Revision ID: 0010_follow
Revises: 0009_whatsapp
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0010_follow"
down_revision = "0009_whatsapp"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "follower",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_key", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("resident_key", name="uq_follower_resident_key"),
    )
    op.create_table(
        "followed_area",
        sa.Column("follower_id", sa.Integer(), sa.ForeignKey("follower.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("focus_area", sa.String(32), primary_key=True),
    )
    op.create_index("ix_followed_area_focus_area", "followed_area", ["focus_area"])
    op.create_table(
        "follower_return_path",
        sa.Column("follower_id", sa.Integer(), sa.ForeignKey("follower.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("chat_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "promise_update",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("campaign_id", sa.String(32), nullable=False),
        sa.Column("focus_area", sa.String(32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("officer", sa.String(80), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_promise_update_campaign_id", "promise_update", ["campaign_id"])
    op.create_index("ix_promise_update_focus_area", "promise_update", ["focus_area"])
    op.create_index("ix_promise_update_created_at", "promise_update", ["created_at"])
    # No foreign keys on the new outbox columns: SQLite cannot add one to an existing table, and
    # storage/follow.py deletes a follower's pending rows itself.
    op.add_column("outbox_message", sa.Column("update_id", sa.Integer(), nullable=True))
    op.add_column("outbox_message", sa.Column("follower_id", sa.Integer(), nullable=True))
    op.add_column("outbox_message", sa.Column("priority", sa.Integer(), nullable=False, server_default="10"))
    op.create_index("ix_outbox_message_update_id", "outbox_message", ["update_id"])
    op.create_index("ix_outbox_message_follower_id", "outbox_message", ["follower_id"])
    op.create_index("ix_outbox_message_queue", "outbox_message", ["status", "priority", "id"])


def downgrade() -> None:
    op.drop_index("ix_outbox_message_queue", table_name="outbox_message")
    op.drop_index("ix_outbox_message_follower_id", table_name="outbox_message")
    op.drop_index("ix_outbox_message_update_id", table_name="outbox_message")
    with op.batch_alter_table("outbox_message") as batch:
        batch.drop_column("priority")
        batch.drop_column("follower_id")
        batch.drop_column("update_id")
    op.drop_table("promise_update")
    op.drop_table("follower_return_path")
    op.drop_table("followed_area")
    op.drop_table("follower")
