"""Monitoring: sensors, readings (BRIN on time in PostgreSQL), latest states, rollups, alarms,
SensorThings entities."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create the monitoring tables."""
    op.create_table(
        "sensors",
        sa.Column("sid", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.Text, nullable=False, unique=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("height", sa.Float, nullable=False),
        sa.Column("layer", sa.Text),
        sa.Column("entity", sa.Text),
        sa.Column("agency", sa.Text, nullable=False),
        sa.Column("warning_low", sa.Float),
        sa.Column("warning_high", sa.Float),
        sa.Column("alarm_low", sa.Float),
        sa.Column("alarm_high", sa.Float),
        sa.Column("hysteresis", sa.Float, nullable=False),
        sa.Column("expected_interval_s", sa.Float),
        sa.Column("properties", sa.Text, nullable=False),
        sa.Column("updated_ms", sa.BigInteger, nullable=False),
    )
    op.create_index("sensors_agency", "sensors", ["agency"])
    op.create_index("sensors_layer", "sensors", ["layer"])
    op.create_index("sensors_updated", "sensors", ["updated_ms"])
    op.create_table(
        "readings",
        sa.Column("sid", sa.Integer, primary_key=True),
        sa.Column("t", sa.BigInteger, primary_key=True),
        sa.Column("value", sa.Float, nullable=False),
        sqlite_with_rowid=False,
    )
    if op.get_bind().dialect.name == "postgresql":
        # History arrives in time order, so a BRIN index on time stays a few pages for billions
        # of rows and prunes range scans (retention, downsampling) without a B-tree's cost.
        op.execute("CREATE INDEX readings_t_brin ON readings USING brin (t)")
    op.create_table(
        "sensor_latest",
        sa.Column("sid", sa.Integer, primary_key=True),
        sa.Column("t", sa.BigInteger),
        sa.Column("value", sa.Float),
        sa.Column("level", sa.SmallInteger, nullable=False),
        sa.Column("level_since", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "reading_rollups",
        sa.Column("sid", sa.Integer, primary_key=True),
        sa.Column("t", sa.BigInteger, primary_key=True),
        sa.Column("bucket_ms", sa.BigInteger, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("min", sa.Float, nullable=False),
        sa.Column("max", sa.Float, nullable=False),
        sa.Column("mean", sa.Float, nullable=False),
    )
    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sid", sa.Integer, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("level", sa.SmallInteger, nullable=False),
        sa.Column("value", sa.Float),
        sa.Column("opened_ms", sa.BigInteger, nullable=False),
        sa.Column("cleared_ms", sa.BigInteger),
        sa.Column("acknowledged_ms", sa.BigInteger),
        sa.Column("acknowledged_by", sa.Text),
        sa.Column("updated_ms", sa.BigInteger, nullable=False),
    )
    op.create_index(
        "alarms_open",
        "alarms",
        ["sid", "kind"],
        unique=True,
        sqlite_where=sa.text("cleared_ms IS NULL"),
        postgresql_where=sa.text("cleared_ms IS NULL"),
    )
    op.create_index("alarms_updated", "alarms", ["updated_ms"])
    op.create_table(
        "sta_entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("thing", sa.Integer),
        sa.Column("sensor", sa.Integer),
        sa.Column("property", sa.Integer),
        sa.Column("monitoring_id", sa.Text),
    )
    op.create_index("sta_entities_kind", "sta_entities", ["kind", "id"])
    op.create_table(
        "sta_thing_locations",
        sa.Column("thing", sa.Integer, primary_key=True),
        sa.Column("location", sa.Integer, primary_key=True),
    )


def downgrade() -> None:
    """Drop the monitoring tables (every reading with them)."""
    op.drop_table("sta_thing_locations")
    op.drop_index("sta_entities_kind", table_name="sta_entities")
    op.drop_table("sta_entities")
    op.drop_index("alarms_updated", table_name="alarms")
    op.drop_index("alarms_open", table_name="alarms")
    op.drop_table("alarms")
    op.drop_table("reading_rollups")
    op.drop_table("sensor_latest")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS readings_t_brin")
    op.drop_table("readings")
    op.drop_index("sensors_updated", table_name="sensors")
    op.drop_index("sensors_layer", table_name="sensors")
    op.drop_index("sensors_agency", table_name="sensors")
    op.drop_table("sensors")
