"""The entity store's tables (SQLAlchemy Core), beside the catalog's in the same metadata.

One row per entity version. The bounding box in degrees is kept as four columns on both
backends; SQLite indexes it with an R-tree virtual table (``entity_bbox``, rowid = ``pk``),
PostgreSQL with a PostGIS ``geom`` column under a GiST index. Neither index is part of this
metadata: revision 0006 creates the one of its dialect.
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, LargeBinary, Table, Text

from twin.store.tables import metadata

entity_classes = Table(
    "entity_classes",
    metadata,
    Column("name", Text, primary_key=True),
    Column("crs", Text, nullable=False),
    Column("latest_month", Text),
    Column("created_at", Text, nullable=False),
)

# Months are "YYYY-MM" text (they sort as time); valid_to NULL: valid until further notice.
entity_versions = Table(
    "entity_versions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("class", Text, nullable=False),
    Column("entity_id", Text, nullable=False),
    Column("valid_from", Text, nullable=False),
    Column("valid_to", Text),
    Column("recorded_at", Text, nullable=False),
    Column("change", Text, nullable=False),
    Column("geom_hash", Text, nullable=False),
    Column("attrs", Text, nullable=False),
    Column("wkb", LargeBinary, nullable=False),
    Column("native_wkb", LargeBinary, nullable=False),
    Column("minx", Float, nullable=False),
    Column("miny", Float, nullable=False),
    Column("maxx", Float, nullable=False),
    Column("maxy", Float, nullable=False),
)
Index(
    "entity_versions_id",
    entity_versions.c["class"],
    entity_versions.c.entity_id,
    entity_versions.c.valid_from,
    unique=True,
)
Index("entity_versions_from", entity_versions.c["class"], entity_versions.c.valid_from)
Index("entity_versions_to", entity_versions.c["class"], entity_versions.c.valid_to)

# One row per import that wrote something: the month's report, for /changes and the CLI.
entity_imports = Table(
    "entity_imports",
    metadata,
    Column("class", Text, primary_key=True),
    Column("month", Text, primary_key=True),
    Column("recorded_at", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("report", Text, nullable=False),
)
