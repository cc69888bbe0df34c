"""Photos uploaded in the web chat (tip_upload), and a tip's place described in words (tip.place_text).

Revision ID: 0004_uploads
Revises: 0003_web
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0004_uploads"
down_revision = "0003_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("tip") as batch:
        batch.add_column(sa.Column("place_text", sa.String(300), nullable=True))
    op.create_table(
        "tip_upload",
        sa.Column("id", sa.String(43), primary_key=True),
        sa.Column("resident_key", sa.String(64), nullable=True),
        sa.Column("tip_id", sa.Integer(), sa.ForeignKey("tip.id", ondelete="CASCADE"), nullable=True),
        sa.Column("content_type", sa.String(32), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_tip_upload_resident_key", "tip_upload", ["resident_key"])
    op.create_index("ix_tip_upload_tip_id", "tip_upload", ["tip_id"])
    op.create_index("ix_tip_upload_created_at", "tip_upload", ["created_at"])


def downgrade() -> None:
    op.drop_table("tip_upload")
    with op.batch_alter_table("tip") as batch:
        batch.drop_column("place_text")
