"""The layer catalog in one SQLite file (WAL), with a schema migrations table."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from twin.errors import ConflictError, NotFoundError
from twin.model import Layer, LayerKind, LayerVersion

# Append only: each entry runs once, in order, and its index + 1 is recorded in `migrations`.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE layers (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        current_version TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE versions (
        layer TEXT NOT NULL REFERENCES layers(name) ON DELETE CASCADE,
        version_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        path TEXT NOT NULL,
        entry TEXT NOT NULL,
        meta TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (layer, version_id)
    );
    """,
)

_LAYER_COLUMNS = "l.name, l.kind, l.title, v.version_id, v.created_at, v.path, v.entry, v.meta"
_LAYER_SELECT = (
    f"SELECT {_LAYER_COLUMNS} FROM layers l "
    "LEFT JOIN versions v ON v.layer = l.name AND v.version_id = l.current_version"
)
_VERSION_SELECT = "SELECT layer, version_id, created_at, path, entry, meta FROM versions"


def utc_now() -> str:
    """The current time as ISO 8601 UTC with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Catalog:
    """Layers and versions in SQLite.

    One connection per catalog, shared between threads behind a lock: queries are tiny and the
    server's threadpool would otherwise open a connection per worker thread. Other processes (the
    CLI publishing while the server runs) see each other's commits because every read runs in its
    own implicit transaction and WAL lets readers and one writer proceed together.
    """

    def __init__(self, db_path: Path) -> None:
        """Open (and create or migrate) the catalog at ``db_path``."""
        self.db_path = Path(db_path)
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        # isolation_level=None: no implicit BEGIN; writes use explicit BEGIN IMMEDIATE below.
        self._conn = sqlite3.connect(
            self.db_path, isolation_level=None, check_same_thread=False, timeout=30.0
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA foreign_keys=ON")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._migrate()

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection; the catalog cannot be used afterwards."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so two publishers serialise instead of
        # failing half-way with SQLITE_BUSY on upgrade from a read lock.
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _migrate(self) -> None:
        with self._transaction() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = conn.execute("SELECT COALESCE(MAX(version), 0) FROM migrations").fetchone()[0]
            for number, script in enumerate(MIGRATIONS, start=1):
                if number <= done:
                    continue
                for statement in script.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO migrations (version, applied_at) VALUES (?, ?)",
                    (number, utc_now()),
                )

    def schema_version(self) -> int:
        """The number of migrations applied."""
        return int(self._query("SELECT COALESCE(MAX(version), 0) FROM migrations")[0][0])

    # -- reads -----------------------------------------------------------------------------

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def list_layers(self) -> list[Layer]:
        """Every layer, sorted by name (layers without a current version included)."""
        return [_layer(row) for row in self._query(f"{_LAYER_SELECT} ORDER BY l.name")]

    def find_layer(self, name: str) -> Layer | None:
        """The layer called ``name``, or None."""
        rows = self._query(f"{_LAYER_SELECT} WHERE l.name = ?", (name,))
        return _layer(rows[0]) if rows else None

    def get_layer(self, name: str) -> Layer:
        """The layer called ``name``.

        Raises:
            NotFoundError: no such layer.
        """
        layer = self.find_layer(name)
        if layer is None:
            raise NotFoundError(f"no layer named {name!r}")
        return layer

    def count_layers(self) -> int:
        """How many layers have a current version."""
        sql = "SELECT COUNT(*) FROM layers WHERE current_version IS NOT NULL"
        return int(self._query(sql)[0][0])

    def versions(self, name: str) -> list[LayerVersion]:
        """The versions of layer ``name``, newest first.

        Raises:
            NotFoundError: no such layer.
        """
        self.get_layer(name)
        rows = self._query(
            f"{_VERSION_SELECT} WHERE layer = ? ORDER BY created_at DESC, rowid DESC", (name,)
        )
        return [_version(row) for row in rows]

    def get_version(self, name: str, version_id: str) -> LayerVersion:
        """Version ``version_id`` of layer ``name``.

        Raises:
            NotFoundError: no such layer or version.
        """
        rows = self._query(
            f"{_VERSION_SELECT} WHERE layer = ? AND version_id = ?", (name, version_id)
        )
        if not rows:
            raise NotFoundError(f"layer {name!r} has no version {version_id!r}")
        return _version(rows[0])

    # -- writes ----------------------------------------------------------------------------

    def add_version(
        self, kind: LayerKind, version: LayerVersion, *, title: str | None = None
    ) -> Layer:
        """Record ``version``, creating its layer if needed, and make it current: one transaction.

        Args:
            kind: the layer's kind; must match an existing layer's kind.
            version: the version to record (its folder must already be in place).
            title: the layer's display title; None keeps the existing one (or uses the name).

        Raises:
            ConflictError: the layer exists with another kind, or the version id is taken.
        """
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT kind, title FROM layers WHERE name = ?", (version.layer,)
            ).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO layers (name, kind, title, created_at) VALUES (?, ?, ?, ?)",
                    (version.layer, str(kind), title or version.layer, utc_now()),
                )
            elif row[0] != str(kind):
                raise ConflictError(
                    f"layer {version.layer!r} holds {row[0]}, not {kind}; "
                    "publish under another name"
                )
            elif title is not None:
                conn.execute("UPDATE layers SET title = ? WHERE name = ?", (title, version.layer))
            try:
                conn.execute(
                    "INSERT INTO versions (layer, version_id, created_at, path, entry, meta) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        version.layer,
                        version.version_id,
                        version.created_at,
                        version.path,
                        version.entry,
                        json.dumps(version.meta),
                    ),
                )
            except sqlite3.IntegrityError as exc:
                raise ConflictError(
                    f"layer {version.layer!r} already has version {version.version_id!r}"
                ) from exc
            conn.execute(
                "UPDATE layers SET current_version = ? WHERE name = ?",
                (version.version_id, version.layer),
            )
        return self.get_layer(version.layer)

    def set_current(self, name: str, version_id: str) -> LayerVersion:
        """Make version ``version_id`` the one layer ``name`` serves.

        Raises:
            NotFoundError: no such layer or version.
        """
        with self._transaction() as conn:
            row = conn.execute(
                f"{_VERSION_SELECT} WHERE layer = ? AND version_id = ?", (name, version_id)
            ).fetchone()
            if row is None:
                raise NotFoundError(f"layer {name!r} has no version {version_id!r}")
            conn.execute("UPDATE layers SET current_version = ? WHERE name = ?", (version_id, name))
        return _version(row)


def _version(row: tuple[Any, ...]) -> LayerVersion:
    layer, version_id, created_at, path, entry, meta = row
    return LayerVersion(
        layer=layer,
        version_id=version_id,
        created_at=created_at,
        path=path,
        entry=entry,
        meta=json.loads(meta),
    )


def _layer(row: tuple[Any, ...]) -> Layer:
    name, kind, title, *version = row
    current = _version((name, *version)) if version[0] is not None else None
    return Layer(name=name, kind=LayerKind(kind), title=title, current=current)
