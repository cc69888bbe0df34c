"""An officer's mark on an answer: publish it as a quote on the public results page.

Revision ID: 0008_answer_quote
Revises: 0007_officer_totp
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0008_answer_quote"
down_revision = "0007_officer_totp"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A column of the answer, not a table of its own: /forget deletes the answer, and the quote with it.
    with op.batch_alter_table("answer") as batch:
        batch.add_column(sa.Column("quote_published_at", UTCDateTime(), nullable=True))
    op.create_index("ix_answer_quote", "answer", ["campaign_id", "quote_published_at"])


def downgrade() -> None:
    op.drop_index("ix_answer_quote", table_name="answer")
    with op.batch_alter_table("answer") as batch:
        batch.drop_column("quote_published_at")
