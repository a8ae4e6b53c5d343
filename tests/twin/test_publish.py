"""publish and rollback: atomic switch, content stored once, nothing half-written on failure,
kind conflicts, garbage collection."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from published import current_version, published_files

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.garbage import collect_garbage
from twin.model import LayerKind, LayerVersion
from twin.objects import OBJECTS_DIR, sha256_file
from twin.publish import publish, publish_version, rollback
from twin.settings import Settings
from twin.store import Stores, open_stores
from twin.store.catalog import SqlLayerCatalog
from twin.version_reader import read_manifest
from twin.versions import STAGING_DIR, VersionWriter

PublishTileset = Callable[..., LayerVersion]


@pytest.fixture
def database_url(any_database_url: str) -> str:
    """Publishing runs on both backends: SQLite and PostgreSQL."""
    return any_database_url


def _current(settings: Settings, layer: str) -> str | None:
    found = current_version(settings, layer)
    return found.version_id if found else None


def _layer_folder(settings: Settings, layer: str) -> Path:
    return settings.data_dir / "layers" / layer


def _version_folders(settings: Settings, layer: str) -> list[str]:
    folder = _layer_folder(settings, layer) / "versions"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _objects(settings: Settings, layer: str) -> set[str]:
    folder = _layer_folder(settings, layer) / OBJECTS_DIR
    return {p.name for p in folder.rglob("*") if p.is_file()} if folder.exists() else set()


def _stored_bytes(settings: Settings, layer: str) -> int:
    return sum(p.stat().st_size for p in _layer_folder(settings, layer).rglob("*") if p.is_file())


def _nothing_staged(settings: Settings, layer: str) -> bool:
    staging = _layer_folder(settings, layer) / STAGING_DIR
    return not staging.exists() or not any(staging.iterdir())


def test_publish_stores_files_by_hash_and_writes_manifest(
    settings: Settings, make_tileset: Callable[..., Path]
) -> None:
    source = make_tileset()
    before = {p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()}
    version = publish(
        settings, "delft", LayerKind.BUILDINGS, source, title="Delft", meta={"features": 1}
    )
    folder = settings.data_dir / version.path
    assert folder == _layer_folder(settings, "delft") / "versions" / version.version_id
    manifest = read_manifest(folder)
    assert manifest["version"] == version.version_id and manifest["layout"] == "objects"
    assert set(manifest["files"]) == {p.as_posix() for p in before}
    served = published_files(settings, version)
    for rel, data in before.items():
        assert served[rel.as_posix()] == data
        assert manifest["files"][rel.as_posix()]["sha256"] == sha256_file(source / rel)
    assert _objects(settings, "delft") == {e["sha256"] for e in manifest["files"].values()}
    # The source is left as it was.
    assert {
        p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()
    } == before
    assert _version_folders(settings, "delft") == [version.version_id]
    assert _nothing_staged(settings, "delft")
    with open_stores(settings) as stores:
        layer = stores.catalog.get_layer("delft")
    assert layer.title == "Delft" and layer.kind is LayerKind.BUILDINGS
    assert layer.current == version
    assert version.entry == "tileset.json" and version.meta == {"features": 1}


def test_a_second_publish_switches_and_keeps_the_first(
    settings: Settings, publish_tileset: PublishTileset
) -> None:
    first = publish_tileset("demo")
    second = publish_tileset("demo")
    assert first.version_id != second.version_id
    assert _current(settings, "demo") == second.version_id
    assert _version_folders(settings, "demo") == sorted([first.version_id, second.version_id])
    assert published_files(settings, first) != published_files(settings, second)


def _write_tiles(writer: VersionWriter, tiles: dict[str, bytes]) -> None:
    for key, data in tiles.items():
        writer.write(key, data)


def test_a_second_version_sharing_most_content_adds_only_the_new_files(
    settings: Settings, stores: Stores
) -> None:
    """Monthly re-tiling: one tile of 50 changed, so one new object (and a new tileset.json)."""
    tiles = {f"content/{n}.b3dm": f"tile {n}".encode() * 200 for n in range(50)}

    def version(tiles: dict[str, bytes], generation: int) -> LayerVersion:
        with VersionWriter.begin(settings.data_dir, "city") as writer:
            tileset = {"asset": {"version": "1.1"}, "root": {"generation": generation}}
            writer.write_json("tileset.json", tileset)
            _write_tiles(writer, tiles)
            staged = writer.end()
        return publish_version(stores, settings.data_dir, staged, LayerKind.BUILDINGS)

    first = version(tiles, 1)
    stored = _objects(settings, "city")
    assert len(stored) == 51
    size_before = _stored_bytes(settings, "city")
    changed = {**tiles, "content/7.b3dm": b"rebuilt tile 7"}
    second = version(changed, 2)
    added = _objects(settings, "city") - stored
    manifest = read_manifest(settings.data_dir / second.path)["files"]
    assert added == {manifest["content/7.b3dm"]["sha256"], manifest["tileset.json"]["sha256"]}
    size_after = _stored_bytes(settings, "city")
    new_bytes = len(b"rebuilt tile 7") + manifest["tileset.json"]["size"]
    manifest_bytes = (settings.data_dir / second.path / "manifest.json").stat().st_size
    assert size_after - size_before == new_bytes + manifest_bytes
    # Both versions stay whole.
    assert published_files(settings, first)["content/7.b3dm"] == tiles["content/7.b3dm"]
    assert published_files(settings, second)["content/7.b3dm"] == b"rebuilt tile 7"
    assert published_files(settings, second)["content/8.b3dm"] == tiles["content/8.b3dm"]


def test_kind_as_string(settings: Settings, make_tileset: Callable[..., Path]) -> None:
    version = publish(settings, "cloud", "pointcloud", make_tileset())
    with open_stores(settings) as stores:
        assert stores.catalog.get_layer("cloud").kind is LayerKind.POINTCLOUD
    assert version.layer == "cloud"


def test_failure_mid_copy_keeps_the_old_version_and_stages_nothing(
    settings: Settings,
    publish_tileset: PublishTileset,
    make_tileset: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = publish_tileset("demo")
    real_add_file = VersionWriter.add_file
    calls: list[str] = []

    def failing_add_file(self: VersionWriter, key: str, source: Path) -> object:
        calls.append(key)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_add_file(self, key, source)

    monkeypatch.setattr(VersionWriter, "add_file", failing_add_file)
    with pytest.raises(OSError, match="No space"):
        publish(settings, "demo", LayerKind.BUILDINGS, make_tileset("new", size=99.0))
    assert len(calls) == 2  # the failure really happened half-way
    assert _current(settings, "demo") == old.version_id
    assert _version_folders(settings, "demo") == [old.version_id]
    assert _nothing_staged(settings, "demo")
    assert not list((_layer_folder(settings, "demo") / OBJECTS_DIR).glob(".tmp-*"))
    published_files(settings, old)  # the old version is intact


def test_failure_in_the_catalog_transaction_removes_the_installed_manifest(
    settings: Settings,
    publish_tileset: PublishTileset,
    make_tileset: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = publish_tileset("demo")

    def locked(*args: object, **kwargs: object) -> None:
        raise OSError("database is locked")

    monkeypatch.setattr(SqlLayerCatalog, "add_version", locked)
    with pytest.raises(OSError, match="locked"):
        publish(settings, "demo", LayerKind.BUILDINGS, make_tileset("new", size=99.0))
    monkeypatch.undo()
    assert _current(settings, "demo") == old.version_id
    assert _version_folders(settings, "demo") == [old.version_id]
    assert _nothing_staged(settings, "demo")


def test_failed_first_publish_leaves_no_layer(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "broken"
    source.mkdir()
    (source / "tileset.json").write_text("{not json")
    with pytest.raises(InvalidRequestError, match="not valid JSON"):
        publish(settings, "broken", LayerKind.BUILDINGS, source)
    assert not _layer_folder(settings, "broken").exists()
    assert _current(settings, "broken") is None


@pytest.mark.parametrize(
    ("files", "entry", "message"),
    [
        ({"other.json": "{}"}, "tileset.json", "no entry file"),
        ({"tileset.json": "{"}, "tileset.json", "not valid JSON"),
        ({"tileset.json": '{"asset": {}}'}, "tileset.json", "does not fit"),
        ({"layer.json": "[1,"}, "layer.json", "not valid JSON"),
        ({"tileset.json": "{}"}, "../tileset.json", "invalid entry"),
    ],
)
def test_bad_folder_keeps_the_old_version(
    settings: Settings,
    publish_tileset: PublishTileset,
    tmp_path: Path,
    files: dict[str, str],
    entry: str,
    message: str,
) -> None:
    old = publish_tileset("demo")
    stored = _objects(settings, "demo")
    source = tmp_path / "bad"
    source.mkdir()
    for name, text in files.items():
        (source / name).write_text(text)
    with pytest.raises(InvalidRequestError, match=message):
        publish(settings, "demo", LayerKind.BUILDINGS, source, entry=entry)
    assert _current(settings, "demo") == old.version_id
    assert _version_folders(settings, "demo") == [old.version_id]
    assert _objects(settings, "demo") == stored  # checked before anything was copied


def test_a_terrain_layer_needs_a_quantized_mesh_layer_json(
    settings: Settings, tmp_path: Path, make_tileset: Callable[..., Path]
) -> None:
    source = tmp_path / "terrain"
    (source / "0" / "0").mkdir(parents=True)
    layer_json = {"format": "quantized-mesh-1.0", "tiles": ["{z}/{x}/{y}.terrain"]}
    (source / "layer.json").write_text(json.dumps(layer_json))
    (source / "0" / "0" / "0.terrain").write_bytes(b"\x00" * 88)
    version = publish(settings, "dem", LayerKind.TERRAIN, source)
    assert version.entry == "layer.json"
    assert "0/0/0.terrain" in read_manifest(settings.data_dir / version.path)["files"]
    # A buildings tileset is not a terrain layer.
    with pytest.raises(InvalidRequestError, match="does not fit a terrain layer"):
        publish(settings, "dem", LayerKind.TERRAIN, make_tileset(), entry="tileset.json")
    assert _current(settings, "dem") == version.version_id


def test_kind_conflict(
    settings: Settings, publish_tileset: PublishTileset, make_tileset: Callable[..., Path]
) -> None:
    old = publish_tileset("demo", kind=LayerKind.BUILDINGS)
    with pytest.raises(ConflictError, match="buildings"):
        publish(settings, "demo", LayerKind.POINTCLOUD, make_tileset("pc"))
    assert _current(settings, "demo") == old.version_id
    assert _version_folders(settings, "demo") == [old.version_id]


@pytest.mark.parametrize(
    ("layer", "kind", "meta"),
    [
        ("Bad Name", LayerKind.BUILDINGS, None),
        ("../x", LayerKind.BUILDINGS, None),
        ("ok", "castles", None),
        ("ok", LayerKind.BUILDINGS, {"when": object()}),
        ("ok", LayerKind.BUILDINGS, {"nan": float("nan")}),
    ],
)
def test_invalid_arguments(
    settings: Settings,
    make_tileset: Callable[..., Path],
    layer: str,
    kind: str,
    meta: dict[str, object] | None,
) -> None:
    with pytest.raises(InvalidRequestError):
        publish(settings, layer, kind, make_tileset(), meta=meta)
    layers = settings.data_dir / "layers"
    assert not layers.exists() or not any(layers.iterdir())


def test_missing_source_folder(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        publish(settings, "demo", LayerKind.BUILDINGS, tmp_path / "nope")


def test_rollback_steps_back_one_version_at_a_time(
    settings: Settings, stores: Stores, publish_tileset: PublishTileset
) -> None:
    v1, v2, v3 = (publish_tileset("demo") for _ in range(3))
    data = settings.data_dir
    assert rollback(stores, data, "demo") == v2
    assert _current(settings, "demo") == v2.version_id
    assert rollback(stores, data, "demo") == v1
    with pytest.raises(ConflictError):
        rollback(stores, data, "demo")
    assert _current(settings, "demo") == v1.version_id
    assert rollback(stores, data, "demo", v3.version_id) == v3
    assert _current(settings, "demo") == v3.version_id


def test_rollback_errors(
    settings: Settings, stores: Stores, publish_tileset: PublishTileset
) -> None:
    only = publish_tileset("demo")
    with pytest.raises(ConflictError):
        rollback(stores, settings.data_dir, "demo")
    with pytest.raises(NotFoundError):
        rollback(stores, settings.data_dir, "demo", "20000101T000000000000Z-000000")
    with pytest.raises(NotFoundError):
        rollback(stores, settings.data_dir, "nope")
    assert _current(settings, "demo") == only.version_id


def test_rollback_refuses_a_damaged_version(
    settings: Settings, stores: Stores, publish_tileset: PublishTileset
) -> None:
    v1 = publish_tileset("demo")
    v2 = publish_tileset("demo")
    sha = read_manifest(settings.data_dir / v1.path)["files"]["tileset.json"]["sha256"]
    (_layer_folder(settings, "demo") / OBJECTS_DIR / sha[:2] / sha).unlink()
    with pytest.raises(ConflictError, match="damaged"):
        rollback(stores, settings.data_dir, "demo")
    assert _current(settings, "demo") == v2.version_id


def test_garbage_collection_removes_only_what_no_version_references(
    settings: Settings, stores: Stores, publish_tileset: PublishTileset
) -> None:
    v1 = publish_tileset("demo")
    v2 = publish_tileset("demo")
    kept = _objects(settings, "demo")
    # An aborted writer's object, and a manifest folder of a publisher that died before its
    # catalog commit: neither is referenced by any recorded version.
    writer = VersionWriter.begin(settings.data_dir, "demo")
    writer.write("orphan.glb", b"never published")
    writer.abort()
    orphan_dir = _layer_folder(settings, "demo") / "versions" / "20000101T000000000000Z-dead00"
    orphan_dir.mkdir()
    (orphan_dir / "manifest.json").write_text('{"version": "x", "files": {}}')
    assert len(_objects(settings, "demo")) == len(kept) + 1
    # Within the grace period nothing goes: a writer might be about to reference it.
    assert collect_garbage(stores, settings.data_dir).objects == 0
    report = collect_garbage(stores, settings.data_dir, grace_s=0.0)
    assert (report.objects, report.versions) == (1, 1)
    assert report.bytes == len(b"never published")
    assert _objects(settings, "demo") == kept
    assert _version_folders(settings, "demo") == sorted([v1.version_id, v2.version_id])
    for version in (v1, v2):
        published_files(settings, version)  # every recorded version is still whole
    assert os.listdir(_layer_folder(settings, "demo") / STAGING_DIR) == []
