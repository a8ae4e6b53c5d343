"""One SQLAlchemy engine per database URL (SQLite or PostgreSQL), and its Alembic migrations.

SQLite runs in WAL mode with a busy timeout, so the server keeps reading while the CLI publishes;
a write transaction starts with ``BEGIN IMMEDIATE`` so two writers queue for the lock instead of
failing half-way. PostgreSQL is reached through psycopg 3; its row locks serialise writers.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url

from twin.errors import InvalidRequestError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 30.0
_WRITE = "twin_write"
# Any constant: concurrent openers of one PostgreSQL database migrate one after the other.
_MIGRATION_LOCK_KEY = 0x7477696E


def database_url(url: str) -> URL:
    """Parse ``url``, naming the psycopg 3 driver for plain ``postgresql://`` URLs.

    Raises:
        InvalidRequestError: neither ``sqlite:///...`` nor ``postgresql://...``.
    """
    try:
        parsed = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises its own ArgumentError
        raise InvalidRequestError(f"invalid database URL: {exc}") from None
    backend = parsed.get_backend_name()
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite" and parsed.get_driver_name() in ("pysqlite", ""):
        if not parsed.database or parsed.database == ":memory:":
            raise InvalidRequestError("the SQLite database must be a file: sqlite:///PATH")
        return parsed
    raise InvalidRequestError(
        f"unsupported database {parsed.drivername!r}: use sqlite:///PATH or postgresql://..."
    )


def create_database_engine(url: str) -> Engine:
    """An engine for ``url`` (see `database_url`); creates a SQLite file's folder."""
    parsed = database_url(url)
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database is not None
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            parsed, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
        )
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own implicit BEGIN is switched off; `_sqlite_begin` emits the right one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front: a reader upgrading to a writer mid-transaction
    # would get SQLITE_BUSY at once, whatever the busy timeout.
    write = connection.get_execution_options().get(_WRITE, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that writes: committed on success, rolled back on any exception."""
    with engine.connect() as connection:
        connection = connection.execution_options(**{_WRITE: True})
        with connection.begin():
            yield connection


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision, in one transaction.

    Concurrent openers wait for each other: SQLite through its write lock, PostgreSQL through a
    transaction-scoped advisory lock. A catalog made before Alembic is adopted by revision 0001.
    """
    # Alembic logs every plugin and step at INFO: noise in every process that opens the stores.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with write_transaction(engine) as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
            )
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def schema_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (None before the first migration)."""
    with engine.connect() as connection:
        if not connection.dialect.has_table(connection, "alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
