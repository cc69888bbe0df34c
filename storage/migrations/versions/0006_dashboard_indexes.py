"""Indexes for the dashboard's filtered, paged reads: answers and tips by campaign, newest first.

Revision ID: 0006_dashboard_indexes
Revises: 0005_inbox
Create Date: 2026-12-01
"""

from alembic import op

revision = "0006_dashboard_indexes"
down_revision = "0005_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A page (ORDER BY created_at DESC, id DESC LIMIT 50) and a date range read the index, not the table.
    op.create_index("ix_answer_campaign_created", "answer", ["campaign_id", "created_at", "id"])
    op.create_index("ix_tip_campaign_created", "tip", ["campaign_id", "created_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_tip_campaign_created", table_name="tip")
    op.drop_index("ix_answer_campaign_created", table_name="answer")
