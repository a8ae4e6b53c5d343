"""The SQLite catalog: migrations, WAL, layers, versions and the current-version switch."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from twin.errors import ConflictError, NotFoundError
from twin.model import LayerKind, LayerVersion
from twin.store.sqlite import MIGRATIONS, Catalog


def _version(layer: str, version_id: str, created_at: str = "2026-01-01T00:00:00") -> LayerVersion:
    return LayerVersion(
        layer=layer,
        version_id=version_id,
        created_at=created_at,
        path=f"layers/{layer}/{version_id}",
        entry="tileset.json",
        meta={"features": 3, "region": [0.1, 0.2, 0.3, 0.4, 0.0, 10.0]},
    )


@pytest.fixture
def catalog(tmp_path: Path) -> Iterator[Catalog]:
    with Catalog(tmp_path / "db" / "twin.sqlite") as opened:
        yield opened


def test_new_catalog_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "twin.sqlite"
    Catalog(path).close()
    Catalog(path).close()  # reopening must not re-run migrations
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        rows = conn.execute("SELECT version FROM migrations ORDER BY version").fetchall()
    conn.close()
    assert [row[0] for row in rows] == list(range(1, len(MIGRATIONS) + 1))


def test_schema_version(catalog: Catalog) -> None:
    assert catalog.schema_version() == len(MIGRATIONS)


def test_empty_catalog(catalog: Catalog) -> None:
    assert catalog.list_layers() == []
    assert catalog.count_layers() == 0
    assert catalog.find_layer("demo") is None
    with pytest.raises(NotFoundError):
        catalog.get_layer("demo")
    with pytest.raises(NotFoundError):
        catalog.versions("demo")


def test_add_version_creates_layer_and_switches_current(catalog: Catalog) -> None:
    first = _version("demo", "v1", "2026-01-01T00:00:00")
    layer = catalog.add_version(LayerKind.BUILDINGS, first)
    assert layer.name == "demo" and layer.kind is LayerKind.BUILDINGS
    assert layer.title == "demo"
    assert layer.current == first
    second = _version("demo", "v2", "2026-01-02T00:00:00")
    assert catalog.add_version(LayerKind.BUILDINGS, second).current == second
    assert [v.version_id for v in catalog.versions("demo")] == ["v2", "v1"]
    assert catalog.get_version("demo", "v1") == first
    assert catalog.count_layers() == 1


def test_title_is_kept_unless_given(catalog: Catalog) -> None:
    catalog.add_version(LayerKind.TERRAIN, _version("dem", "v1"), title="Terrain")
    assert catalog.add_version(LayerKind.TERRAIN, _version("dem", "v2")).title == "Terrain"
    assert catalog.add_version(LayerKind.TERRAIN, _version("dem", "v3"), title="DEM").title == "DEM"


def test_kind_conflict_changes_nothing(catalog: Catalog) -> None:
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    with pytest.raises(ConflictError):
        catalog.add_version(LayerKind.POINTCLOUD, _version("demo", "v2"))
    assert [v.version_id for v in catalog.versions("demo")] == ["v1"]
    assert catalog.get_layer("demo").current.version_id == "v1"


def test_duplicate_version_is_a_conflict_and_keeps_current(catalog: Catalog) -> None:
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v2"))
    with pytest.raises(ConflictError):
        catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    assert catalog.get_layer("demo").current.version_id == "v2"


def test_set_current(catalog: Catalog) -> None:
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v2"))
    assert catalog.set_current("demo", "v1").version_id == "v1"
    assert catalog.get_layer("demo").current.version_id == "v1"
    with pytest.raises(NotFoundError):
        catalog.set_current("demo", "v9")
    with pytest.raises(NotFoundError):
        catalog.get_version("demo", "v9")
    assert catalog.get_layer("demo").current.version_id == "v1"


def test_layers_are_sorted_and_meta_round_trips(catalog: Catalog) -> None:
    catalog.add_version(LayerKind.PIPES, _version("water", "v1"))
    catalog.add_version(LayerKind.BUILDINGS, _version("city", "v1"))
    layers = catalog.list_layers()
    assert [layer.name for layer in layers] == ["city", "water"]
    assert layers[1].kind is LayerKind.PIPES
    assert layers[0].current.meta == {"features": 3, "region": [0.1, 0.2, 0.3, 0.4, 0.0, 10.0]}


def test_a_second_connection_sees_commits(tmp_path: Path) -> None:
    path = tmp_path / "twin.sqlite"
    with Catalog(path) as server, Catalog(path) as cli:
        assert server.find_layer("demo") is None
        cli.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
        assert server.get_layer("demo").current.version_id == "v1"
        cli.set_current("demo", "v1")
        cli.add_version(LayerKind.BUILDINGS, _version("demo", "v2"))
        assert server.get_layer("demo").current.version_id == "v2"
