"""Layers and their versions (schema 1 of the catalog)."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create `layers` and `versions`, unless a pre-Alembic catalog already has them."""
    # Catalogs made before Alembic (a hand-kept `migrations` table at version 1) hold exactly
    # these two tables; they are adopted as they are and 0002 drops the old bookkeeping.
    if sa.inspect(op.get_bind()).has_table("layers"):
        return
    op.create_table(
        "layers",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("current_version", sa.Text),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "versions",
        sa.Column(
            "layer",
            sa.Text,
            sa.ForeignKey("layers.name", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("version_id", sa.Text, primary_key=True),
        sa.Column("created_at", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("entry", sa.Text, nullable=False),
        sa.Column("meta", sa.Text, nullable=False, server_default="{}"),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("versions")
    op.drop_table("layers")
