"""The layer catalog on both backends (SQLite, PostgreSQL): layers, versions, the current switch.

The suite runs once per backend through ``any_database_url``; the SQLite-only checks (WAL, the
upgrade of a catalog made before Alembic) follow at the end.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.model import LayerKind, LayerVersion
from twin.settings import Settings
from twin.store import LayerCatalog, Stores, open_stores
from twin.store.database import create_database_engine, schema_revision
from twin.store.database import database_url as parse_database_url


def _head_revision() -> str:
    # Read from the migration scripts, so parallel revisions re-chained at merge stay covered;
    # a second head (a revision left unchained) fails here.
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from twin.store.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    [head] = ScriptDirectory.from_config(config).get_heads()
    return str(head)


HEAD_REVISION = _head_revision()


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
def database_url(any_database_url: str) -> str:
    return any_database_url


@pytest.fixture
def catalog(stores: Stores) -> LayerCatalog:
    return stores.catalog


def test_open_migrates_to_the_newest_revision_once(settings: Settings, stores: Stores) -> None:
    backend = settings.database_url.split(":", 1)[0]
    assert stores.engine.dialect.name == backend
    assert schema_revision(stores.engine) == HEAD_REVISION
    open_stores(settings).close()  # reopening finds the schema current and changes nothing
    with open_stores(settings) as again:
        assert schema_revision(again.engine) == HEAD_REVISION
        assert again.catalog.list_layers() == []


def test_empty_catalog(catalog: LayerCatalog) -> None:
    assert catalog.list_layers() == []
    assert catalog.count_layers() == 0
    assert catalog.find_layer("demo") is None
    with pytest.raises(NotFoundError):
        catalog.get_layer("demo")
    with pytest.raises(NotFoundError):
        catalog.versions("demo")


def test_add_version_creates_layer_and_switches_current(catalog: LayerCatalog) -> None:
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


def test_title_is_kept_unless_given(catalog: LayerCatalog) -> None:
    catalog.add_version(LayerKind.TERRAIN, _version("dem", "v1"), title="Terrain")
    assert catalog.add_version(LayerKind.TERRAIN, _version("dem", "v2")).title == "Terrain"
    assert catalog.add_version(LayerKind.TERRAIN, _version("dem", "v3"), title="DEM").title == "DEM"


def test_kind_conflict_changes_nothing(catalog: LayerCatalog) -> None:
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    with pytest.raises(ConflictError):
        catalog.add_version(LayerKind.POINTCLOUD, _version("demo", "v2"))
    assert [v.version_id for v in catalog.versions("demo")] == ["v1"]
    assert catalog.get_layer("demo").current.version_id == "v1"


def test_duplicate_version_is_a_conflict_and_keeps_current(catalog: LayerCatalog) -> None:
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v2"))
    with pytest.raises(ConflictError):
        catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    assert catalog.get_layer("demo").current.version_id == "v2"


def test_set_current(catalog: LayerCatalog) -> None:
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
    catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v2"))
    assert catalog.set_current("demo", "v1").version_id == "v1"
    assert catalog.get_layer("demo").current.version_id == "v1"
    with pytest.raises(NotFoundError):
        catalog.set_current("demo", "v9")
    with pytest.raises(NotFoundError):
        catalog.get_version("demo", "v9")
    assert catalog.get_layer("demo").current.version_id == "v1"


def test_layers_are_sorted_and_meta_round_trips(catalog: LayerCatalog) -> None:
    catalog.add_version(LayerKind.PIPES, _version("water", "v1"))
    catalog.add_version(LayerKind.BUILDINGS, _version("city", "v1"))
    layers = catalog.list_layers()
    assert [layer.name for layer in layers] == ["city", "water"]
    assert layers[1].kind is LayerKind.PIPES
    assert layers[0].current.meta == {"features": 3, "region": [0.1, 0.2, 0.3, 0.4, 0.0, 10.0]}


def test_a_second_connection_sees_commits(settings: Settings) -> None:
    with open_stores(settings) as server, open_stores(settings) as cli:
        assert server.catalog.find_layer("demo") is None
        cli.catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v1"))
        assert server.catalog.get_layer("demo").current.version_id == "v1"
        cli.catalog.set_current("demo", "v1")
        cli.catalog.add_version(LayerKind.BUILDINGS, _version("demo", "v2"))
        assert server.catalog.get_layer("demo").current.version_id == "v2"


def test_concurrent_writers_serialise(settings: Settings) -> None:
    """Threads publishing (one new layer, many versions) at once: every version lands once."""
    errors: list[BaseException] = []

    def publish_some(stores: Stores, worker: int) -> None:
        try:
            for n in range(5):
                version = _version("busy", f"w{worker}-{n}", f"2026-01-01T00:00:{worker}{n}")
                stores.catalog.add_version(LayerKind.BUILDINGS, version)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    opened = [open_stores(settings) for _ in range(3)]
    try:
        threads = [
            threading.Thread(target=publish_some, args=(stores, i))
            for i, stores in enumerate(opened)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        ids = {v.version_id for v in opened[0].catalog.versions("busy")}
        assert ids == {f"w{w}-{n}" for w in range(3) for n in range(5)}
    finally:
        for stores in opened:
            stores.close()


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgresql://twin:pw@db.example.org:5433/twin", "postgresql+psycopg"),
        ("postgres://twin@db/twin", "postgresql+psycopg"),
        ("postgresql+psycopg://twin@db/twin", "postgresql+psycopg"),
        ("sqlite:///twin-data/twin.sqlite", "sqlite"),
    ],
)
def test_database_urls(url: str, driver: str) -> None:
    assert parse_database_url(url).drivername == driver


@pytest.mark.parametrize("url", ["mysql://db/twin", "sqlite://", "sqlite:///:memory:", "nonsense"])
def test_unsupported_database_urls(url: str) -> None:
    with pytest.raises(InvalidRequestError):
        parse_database_url(url)


def test_the_postgresql_test_database_has_postgis(any_database_url: str) -> None:
    if not any_database_url.startswith("postgresql"):
        pytest.skip("PostGIS is a PostgreSQL extension")
    engine = create_database_engine(any_database_url)
    try:
        with engine.connect() as connection:
            version = connection.exec_driver_sql("SELECT postgis_version()").scalar()
    finally:
        engine.dispose()
    assert version is not None and version.startswith("3")


# -- SQLite only ---------------------------------------------------------------------------------


def test_sqlite_catalog_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "db" / "twin.sqlite"
    open_stores(Settings(data_dir=tmp_path, database_url=f"sqlite:///{path}")).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


# The schema and bookkeeping the hand-kept migrator of twin 0.1 left behind (schema 1).
LEGACY_SCHEMA_1 = """
CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
INSERT INTO migrations VALUES (1, '2026-01-01T00:00:00.000000+00:00');
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
INSERT INTO layers VALUES ('delft', 'buildings', 'Delft', 'v2', '2026-01-01T00:00:00');
INSERT INTO versions VALUES
    ('delft', 'v1', '2026-01-01T00:00:01', 'layers/delft/v1', 'tileset.json', '{"features": 1}'),
    ('delft', 'v2', '2026-01-01T00:00:02', 'layers/delft/v2', 'tileset.json', '{"features": 2}');
"""


def test_a_catalog_of_the_hand_kept_migrations_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "twin.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript(LEGACY_SCHEMA_1)
    conn.close()
    settings = Settings(data_dir=tmp_path, database_url=f"sqlite:///{path}")
    with open_stores(settings) as stores:
        assert schema_revision(stores.engine) == HEAD_REVISION
        layer = stores.catalog.get_layer("delft")
        assert (layer.kind, layer.title) == (LayerKind.BUILDINGS, "Delft")
        assert layer.current is not None and layer.current.meta == {"features": 2}
        assert [v.version_id for v in stores.catalog.versions("delft")] == ["v2", "v1"]
        stores.catalog.add_version(LayerKind.BUILDINGS, _version("delft", "v3", "2026-02-01"))
        assert stores.catalog.get_layer("delft").current.version_id == "v3"
    conn = sqlite3.connect(path)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    finally:
        conn.close()
    import twin.store.entity_tables  # noqa: F401  (its tables join the metadata)
    from twin.store.tables import metadata

    # Every table of the metadata, Alembic's own, and SQLite's R-tree (its table and the
    # shadow tables SQLite keeps for it), nothing else.
    rtree = {"entity_bbox", "entity_bbox_node", "entity_bbox_parent", "entity_bbox_rowid"}
    assert {"layers", "versions", "tokens", "jobs", "job_log"} <= tables
    assert tables == {"alembic_version", *metadata.tables} | rtree
