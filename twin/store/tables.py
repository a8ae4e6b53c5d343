"""The catalog's tables as SQLAlchemy Core metadata (the schema Alembic migrates to)."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, MetaData, Table, Text

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
)
Index(
    "tokens_active_name",
    tokens.c.name,
    unique=True,
    sqlite_where=tokens.c.revoked_at.is_(None),
    postgresql_where=tokens.c.revoked_at.is_(None),
)
