"""Alembic environment: migrations always run on the connection `migrate()` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from twin.store.tables import metadata


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite alters tables by copying them; Alembic's batch mode does that.
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("twin migrations run through twin.store.database.migrate(), not the CLI")
_run(connection)
