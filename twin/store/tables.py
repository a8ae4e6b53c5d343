"""The catalog's tables as SQLAlchemy Core metadata (the schema Alembic migrates to)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    Table,
    Text,
    false,
)

metadata = MetaData()

# Timestamps are ISO 8601 UTC text (they sort as text) and metadata is JSON text, so the same
# rows read back identically from SQLite and PostgreSQL.
layers = Table(
    "layers",
    metadata,
    Column("name", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("current_version", Text),
    Column("created_at", Text, nullable=False),
)

versions = Table(
    "versions",
    metadata,
    Column(
        "layer",
        Text,
        ForeignKey("layers.name", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("version_id", Text, primary_key=True),
    Column("created_at", Text, nullable=False),
    Column("path", Text, nullable=False),
    Column("entry", Text, nullable=False),
    Column("meta", Text, nullable=False, server_default="{}"),
)

# API tokens: only the SHA-256 digest of each secret is kept (twin.auth.hash_token). A name is
# unique among the tokens not revoked, so `twin tokens revoke NAME` names one token.
tokens = Table(
    "tokens",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=False),
    Column("token_hash", Text, nullable=False, unique=True),
    Column("created_at", Text, nullable=False),
    Column("expires_at", Text),
    Column("revoked_at", Text),
    Column("last_used_at", Text),
    # The layers the token may read, as a JSON list of names; NULL: every layer (0005).
    Column("layers", Text),
)
Index(
    "tokens_active_name",
    tokens.c.name,
    unique=True,
    sqlite_where=tokens.c.revoked_at.is_(None),
    postgresql_where=tokens.c.revoked_at.is_(None),
)

# The job queue: one row per job (its state, progress, lease and result) and its log lines.
# A worker holds a running job by its lease (worker_id + lease_expires_at), renewed while the job
# runs; a lease that expires means the worker is gone (twin.store.jobs).
jobs = Table(
    "jobs",
    metadata,
    Column("id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("layer", Text),
    Column("spec", Text, nullable=False),
    Column("owner_id", Text, nullable=False),
    Column("owner_name", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("step", Text),
    Column("items_done", Integer, nullable=False, server_default="0"),
    Column("items_total", Integer),
    Column("created_at", Text, nullable=False),
    Column("started_at", Text),
    Column("finished_at", Text),
    Column("error", Text),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("max_attempts", Integer, nullable=False, server_default="3"),
    Column("version_id", Text),
    Column("cancel_requested", Boolean, nullable=False, server_default=false()),
    Column("worker_id", Text),
    Column("lease_expires_at", Text),
)
Index("jobs_state_created", jobs.c.state, jobs.c.created_at)
Index("jobs_owner", jobs.c.owner_id, jobs.c.created_at)

job_log = Table(
    "job_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("job_id", Text, ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False),
    Column("at", Text, nullable=False),
    Column("line", Text, nullable=False),
)
Index("job_log_job", job_log.c.job_id, job_log.c.id)

# Monitoring (twin.store.monitoring): sensors, their readings by (sensor, phenomenon time), the
# latest state of each sensor apart from the history (read without scanning it), hourly-style
# rollups left by downsampling, and alarms. Times are integer milliseconds since the epoch
# (UTC): compact, and ordered the same way by every engine and by BRIN.
sensors = Table(
    "sensors",
    metadata,
    Column("sid", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("unit", Text, nullable=False),
    Column("lon", Float, nullable=False),
    Column("lat", Float, nullable=False),
    Column("height", Float, nullable=False),
    Column("layer", Text),
    Column("entity", Text),
    Column("agency", Text, nullable=False),
    Column("warning_low", Float),
    Column("warning_high", Float),
    Column("alarm_low", Float),
    Column("alarm_high", Float),
    Column("hysteresis", Float, nullable=False),
    Column("expected_interval_s", Float),
    Column("properties", Text, nullable=False),
    Column("updated_ms", BigInteger, nullable=False),  # registered or last changed
)
Index("sensors_agency", sensors.c.agency)
Index("sensors_layer", sensors.c.layer)
Index("sensors_updated", sensors.c.updated_ms)

readings = Table(
    "readings",
    metadata,
    Column("sid", Integer, primary_key=True),
    Column("t", BigInteger, primary_key=True),
    Column("value", Float, nullable=False),
    sqlite_with_rowid=False,
)

sensor_latest = Table(
    "sensor_latest",
    metadata,
    Column("sid", Integer, primary_key=True),
    Column("t", BigInteger),  # None: never reported (a sensor can be stale before any reading)
    Column("value", Float),
    Column("level", SmallInteger, nullable=False),
    Column("level_since", BigInteger, nullable=False),
)

reading_rollups = Table(
    "reading_rollups",
    metadata,
    Column("sid", Integer, primary_key=True),
    Column("t", BigInteger, primary_key=True),  # bucket start
    Column("bucket_ms", BigInteger, nullable=False),
    Column("count", Integer, nullable=False),
    Column("min", Float, nullable=False),
    Column("max", Float, nullable=False),
    Column("mean", Float, nullable=False),
)

alarms = Table(
    "alarms",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sid", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("level", SmallInteger, nullable=False),
    Column("value", Float),
    Column("opened_ms", BigInteger, nullable=False),
    Column("cleared_ms", BigInteger),
    Column("acknowledged_ms", BigInteger),
    Column("acknowledged_by", Text),
    Column("updated_ms", BigInteger, nullable=False),
)
# One open alarm per sensor and kind.
Index(
    "alarms_open",
    alarms.c.sid,
    alarms.c.kind,
    unique=True,
    sqlite_where=alarms.c.cleared_ms.is_(None),
    postgresql_where=alarms.c.cleared_ms.is_(None),
)
Index("alarms_updated", alarms.c.updated_ms)

# SensorThings entities (twin.store.sensorthings): Things, Locations, Sensors, ObservedProperties
# and Datastreams as JSON documents with their links; a Datastream is also a monitoring sensor
# (`monitoring_id` names it in `sensors`), whose readings are its Observations.
sta_entities = Table(
    "sta_entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", Text, nullable=False),
    Column("doc", Text, nullable=False),
    Column("thing", Integer),
    Column("sensor", Integer),
    Column("property", Integer),
    Column("monitoring_id", Text),
)
Index("sta_entities_kind", sta_entities.c.kind, sta_entities.c.id)

sta_thing_locations = Table(
    "sta_thing_locations",
    metadata,
    Column("thing", Integer, primary_key=True),
    Column("location", Integer, primary_key=True),
)
