"""The job queue: jobs (state, progress, lease, result) and their log lines."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `jobs` and `job_log`."""
    op.create_table(
        "jobs",
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("layer", sa.Text),
        sa.Column("spec", sa.Text, nullable=False),
        sa.Column("owner_id", sa.Text, nullable=False),
        sa.Column("owner_name", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("step", sa.Text),
        sa.Column("items_done", sa.Integer, nullable=False, server_default="0"),
        sa.Column("items_total", sa.Integer),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("started_at", sa.Text),
        sa.Column("finished_at", sa.Text),
        sa.Column("error", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("max_attempts", sa.Integer, nullable=False, server_default="3"),
        sa.Column("version_id", sa.Text),
        sa.Column("cancel_requested", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("worker_id", sa.Text),
        sa.Column("lease_expires_at", sa.Text),
    )
    op.create_index("jobs_state_created", "jobs", ["state", "created_at"])
    op.create_index("jobs_owner", "jobs", ["owner_id", "created_at"])
    op.create_table(
        "job_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("job_id", sa.Text, sa.ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("at", sa.Text, nullable=False),
        sa.Column("line", sa.Text, nullable=False),
    )
    op.create_index("job_log_job", "job_log", ["job_id", "id"])


def downgrade() -> None:
    """Drop the queue (every job with it)."""
    op.drop_index("job_log_job", table_name="job_log")
    op.drop_table("job_log")
    op.drop_index("jobs_owner", table_name="jobs")
    op.drop_index("jobs_state_created", table_name="jobs")
    op.drop_table("jobs")
