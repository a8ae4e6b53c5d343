"""The layer catalog over SQLAlchemy Core: one implementation for SQLite and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, Row, Select, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from twin.errors import ConflictError, NotFoundError
from twin.model import Layer, LayerKind, LayerVersion, utc_now
from twin.store.database import write_transaction
from twin.store.tables import layers, versions

# A first publish of a new layer by two writers at once: the loser's INSERT of the layer row
# fails; it retries and then finds the row.
_NEW_LAYER_ATTEMPTS = 3

_VERSION_COLUMNS = (
    versions.c.layer,
    versions.c.version_id,
    versions.c.created_at,
    versions.c.path,
    versions.c.entry,
    versions.c.meta,
)


def _layer_select() -> Select[Any]:
    current = and_(
        versions.c.layer == layers.c.name, versions.c.version_id == layers.c.current_version
    )
    return select(
        layers.c.name,
        layers.c.kind,
        layers.c.title,
        versions.c.version_id,
        versions.c.created_at,
        versions.c.path,
        versions.c.entry,
        versions.c.meta,
    ).select_from(layers.outerjoin(versions, current))


class SqlLayerCatalog:
    """Layers and versions in the twin database (`twin.store.LayerCatalog`).

    Every call runs in its own short transaction on a pooled connection, so threads of the
    server share the engine safely and see what other processes committed.
    """

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema `twin.store.database.migrate` brought up to date."""
        self._engine = engine

    def _rows(self, query: Select[Any]) -> list[Row[Any]]:
        with self._engine.connect() as connection:
            return list(connection.execute(query))

    # -- reads -----------------------------------------------------------------------------

    def list_layers(self) -> list[Layer]:
        """Every layer, sorted by name (layers without a current version included)."""
        return [_layer(row) for row in self._rows(_layer_select().order_by(layers.c.name))]

    def find_layer(self, name: str) -> Layer | None:
        """The layer called ``name``, or None."""
        rows = self._rows(_layer_select().where(layers.c.name == name))
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
        query = (
            select(func.count()).select_from(layers).where(layers.c.current_version.is_not(None))
        )
        return int(self._rows(query)[0][0])

    def versions(self, name: str) -> list[LayerVersion]:
        """The versions of layer ``name``, newest first.

        Raises:
            NotFoundError: no such layer.
        """
        self.get_layer(name)
        query = (
            select(*_VERSION_COLUMNS)
            .where(versions.c.layer == name)
            .order_by(versions.c.created_at.desc(), versions.c.version_id.desc())
        )
        return [_version(row) for row in self._rows(query)]

    def get_version(self, name: str, version_id: str) -> LayerVersion:
        """Version ``version_id`` of layer ``name``.

        Raises:
            NotFoundError: no such layer or version.
        """
        rows = self._rows(_one_version(name, version_id))
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
            version: the version to record (its manifest must already be in place).
            title: the layer's display title; None keeps the existing one (or uses the name).

        Raises:
            ConflictError: the layer exists with another kind, or the version id is taken.
        """
        for attempt in range(_NEW_LAYER_ATTEMPTS):
            try:
                with write_transaction(self._engine) as connection:
                    self._add_version(connection, kind, version, title)
                break
            except _LayerRaceError:
                if attempt + 1 == _NEW_LAYER_ATTEMPTS:
                    raise ConflictError(f"layer {version.layer!r} is being created") from None
        return self.get_layer(version.layer)

    def _add_version(
        self, connection: Connection, kind: LayerKind, version: LayerVersion, title: str | None
    ) -> None:
        # FOR UPDATE (PostgreSQL) keeps a concurrent rollback or publish off this layer's row
        # until commit; SQLite's BEGIN IMMEDIATE already holds the whole database.
        row = connection.execute(
            select(layers.c.kind).where(layers.c.name == version.layer).with_for_update()
        ).first()
        if row is None:
            try:
                with connection.begin_nested():
                    connection.execute(
                        insert(layers).values(
                            name=version.layer,
                            kind=str(kind),
                            title=title or version.layer,
                            created_at=utc_now(),
                        )
                    )
            except IntegrityError as exc:
                raise _LayerRaceError from exc
        elif row.kind != str(kind):
            raise ConflictError(
                f"layer {version.layer!r} holds {row.kind}, not {kind}; publish under another name"
            )
        elif title is not None:
            connection.execute(
                update(layers).where(layers.c.name == version.layer).values(title=title)
            )
        try:
            with connection.begin_nested():
                connection.execute(
                    insert(versions).values(
                        layer=version.layer,
                        version_id=version.version_id,
                        created_at=version.created_at,
                        path=version.path,
                        entry=version.entry,
                        meta=json.dumps(version.meta),
                    )
                )
        except IntegrityError as exc:
            raise ConflictError(
                f"layer {version.layer!r} already has version {version.version_id!r}"
            ) from exc
        connection.execute(
            update(layers)
            .where(layers.c.name == version.layer)
            .values(current_version=version.version_id)
        )

    def set_current(self, name: str, version_id: str) -> LayerVersion:
        """Make version ``version_id`` the one layer ``name`` serves.

        Raises:
            NotFoundError: no such layer or version.
        """
        with write_transaction(self._engine) as connection:
            row = connection.execute(_one_version(name, version_id)).first()
            if row is None:
                raise NotFoundError(f"layer {name!r} has no version {version_id!r}")
            connection.execute(
                update(layers).where(layers.c.name == name).values(current_version=version_id)
            )
        return _version(row)


class _LayerRaceError(Exception):
    """Another writer created the same new layer first."""


def _one_version(name: str, version_id: str) -> Select[Any]:
    return select(*_VERSION_COLUMNS).where(
        versions.c.layer == name, versions.c.version_id == version_id
    )


def _version(row: Row[Any] | tuple[Any, ...]) -> LayerVersion:
    layer, version_id, created_at, path, entry, meta = tuple(row)
    return LayerVersion(
        layer=layer,
        version_id=version_id,
        created_at=created_at,
        path=path,
        entry=entry,
        meta=json.loads(meta),
    )


def _layer(row: Row[Any]) -> Layer:
    name, kind, title, *version = tuple(row)
    current = _version((name, *version)) if version[0] is not None else None
    return Layer(name=name, kind=LayerKind(kind), title=title, current=current)
