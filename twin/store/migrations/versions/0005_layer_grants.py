"""Per-layer grants on tokens: the layers a token may read (NULL: every layer)."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Add `tokens.layers`, a JSON list of layer names; existing tokens keep every layer."""
    op.add_column("tokens", sa.Column("layers", sa.Text))


def downgrade() -> None:
    """Drop the grants: every token sees every layer again."""
    # SQLite drops a column by copying the table, which batch mode does.
    with op.batch_alter_table("tokens") as batch:
        batch.drop_column("layers")
