"""Drop the hand-kept `migrations` table of pre-Alembic catalogs (Alembic keeps the version)."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Drop `migrations` where an old catalog has it."""
    if sa.inspect(op.get_bind()).has_table("migrations"):
        op.drop_table("migrations")


def downgrade() -> None:
    """Nothing to restore: the old table only repeated what alembic_version records."""
