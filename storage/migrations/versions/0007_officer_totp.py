"""The officers' second factor: a TOTP secret (encrypted) per officer, single-use recovery codes,
and sessions that are only fully open once the second factor is given.

Sessions opened before this revision are marked unverified: their officers give a code (or
enrol) before they see the dashboard again.

Revision ID: 0007_officer_totp
Revises: 0006_dashboard_indexes
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from storage.models import UTCDateTime

revision = "0007_officer_totp"
down_revision = "0006_dashboard_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("officer") as batch:
        batch.add_column(sa.Column("totp_secret", sa.String(255), nullable=True))
        batch.add_column(sa.Column("totp_enrolled_at", UTCDateTime(), nullable=True))
        batch.add_column(sa.Column("totp_last_step", sa.Integer(), nullable=True))
    with op.batch_alter_table("officer_session") as batch:
        batch.add_column(sa.Column("verified", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "officer_recovery_code",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("officer_id", sa.Integer(), sa.ForeignKey("officer.id"), nullable=False),
        sa.Column("code_hash", sa.String(255), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("used_at", UTCDateTime(), nullable=True),
    )
    op.create_index("ix_officer_recovery_code_officer_id", "officer_recovery_code", ["officer_id"])


def downgrade() -> None:
    op.drop_index("ix_officer_recovery_code_officer_id", table_name="officer_recovery_code")
    op.drop_table("officer_recovery_code")
    with op.batch_alter_table("officer_session") as batch:
        batch.drop_column("verified")
    with op.batch_alter_table("officer") as batch:
        batch.drop_column("totp_last_step")
        batch.drop_column("totp_enrolled_at")
        batch.drop_column("totp_secret")
