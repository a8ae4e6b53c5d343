"""Entities kept month by month: classes, versions (valid_from/valid_to, recorded_at), imports.

The bounding-box index depends on the dialect: an R-tree virtual table on SQLite, a PostGIS
geometry column with a GiST index on PostgreSQL (the extension must be installable there).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the entity tables and the spatial index of the dialect."""
    op.create_table(
        "entity_classes",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("crs", sa.Text, nullable=False),
        sa.Column("latest_month", sa.Text),
        sa.Column("created_at", sa.Text, nullable=False),
    )
    op.create_table(
        "entity_versions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("class", sa.Text, nullable=False),
        sa.Column("entity_id", sa.Text, nullable=False),
        sa.Column("valid_from", sa.Text, nullable=False),
        sa.Column("valid_to", sa.Text),
        sa.Column("recorded_at", sa.Text, nullable=False),
        sa.Column("change", sa.Text, nullable=False),
        sa.Column("geom_hash", sa.Text, nullable=False),
        sa.Column("attrs", sa.Text, nullable=False),
        sa.Column("wkb", sa.LargeBinary, nullable=False),
        sa.Column("native_wkb", sa.LargeBinary, nullable=False),
        sa.Column("minx", sa.Float, nullable=False),
        sa.Column("miny", sa.Float, nullable=False),
        sa.Column("maxx", sa.Float, nullable=False),
        sa.Column("maxy", sa.Float, nullable=False),
    )
    op.create_index(
        "entity_versions_id", "entity_versions", ["class", "entity_id", "valid_from"], unique=True
    )
    op.create_index("entity_versions_from", "entity_versions", ["class", "valid_from"])
    op.create_index("entity_versions_to", "entity_versions", ["class", "valid_to"])
    op.create_table(
        "entity_imports",
        sa.Column("class", sa.Text, primary_key=True),
        sa.Column("month", sa.Text, primary_key=True),
        sa.Column("recorded_at", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("report", sa.Text, nullable=False),
    )
    if op.get_context().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        op.execute("ALTER TABLE entity_versions ADD COLUMN geom geometry(Geometry, 4326)")
        op.execute("CREATE INDEX entity_versions_geom ON entity_versions USING GIST (geom)")
    else:
        op.execute("CREATE VIRTUAL TABLE entity_bbox USING rtree(pk, minx, maxx, miny, maxy)")


def downgrade() -> None:
    """Drop every entity and its history."""
    if op.get_context().dialect.name != "postgresql":
        op.execute("DROP TABLE entity_bbox")
    op.drop_table("entity_imports")
    op.drop_table("entity_versions")
    op.drop_table("entity_classes")
