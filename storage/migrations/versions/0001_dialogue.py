"""Conversations and answers to the dialogue question.

Revision ID: 0001_dialogue
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0001_dialogue"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("resident_key", sa.String(64), primary_key=True),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("locale", sa.String(8), nullable=True),
        sa.Column("state", sa.String(32), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("consent_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("resident_key", sa.String(64), nullable=False),
        sa.Column("campaign_id", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_language", sa.String(8), nullable=False),
        sa.Column("locale", sa.String(8), nullable=False),
        sa.Column("focus_area", sa.String(32), nullable=True),
        sa.Column("follow_ups", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_answer_resident_key", "answer", ["resident_key"])
    op.create_index("ix_answer_campaign_id", "answer", ["campaign_id"])
    op.create_index("ix_answer_focus_area", "answer", ["focus_area"])
    op.create_index("ix_answer_created_at", "answer", ["created_at"])


def downgrade() -> None:
    op.drop_table("answer")
    op.drop_table("conversation")
