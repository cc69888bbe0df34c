"""The inbox (inbox_update): every update stored before it is acknowledged, marked in its turn's
transaction with the replies to replay; and the row the health check writes (storage_probe).

Revision ID: 0005_inbox
Revises: 0004_uploads
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0005_inbox"
down_revision = "0004_uploads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbox_update",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("update_key", sa.String(64), nullable=False),
        sa.Column("order_key", sa.String(64), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("replies", sa.JSON(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("error", sa.String(200), nullable=True),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ux_inbox_update_key", "inbox_update", ["channel", "update_key"], unique=True)
    op.create_index("ix_inbox_update_status", "inbox_update", ["status", "id"])
    op.create_index("ix_inbox_update_finished_at", "inbox_update", ["finished_at"])
    op.create_table(
        "storage_probe",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("at", UTCDateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("storage_probe")
    op.drop_table("inbox_update")
