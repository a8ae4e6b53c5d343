"""publish and rollback: atomic switch, nothing half-written on failure, kind conflicts."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from twin.store.sqlite import Catalog

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.model import LayerKind, LayerVersion
from twin.publish import publish, rollback
from twin.settings import Settings
from twin.versions import MANIFEST_NAME, VersionWriter, read_manifest, sha256_file

PublishTileset = Callable[..., LayerVersion]


def _current(settings: Settings, layer: str) -> str | None:
    with Catalog(settings.database_path) as catalog:
        found = catalog.find_layer(layer)
    return found.current.version_id if found and found.current else None


def _entries(settings: Settings, layer: str) -> list[str]:
    """Everything in the layer folder, hidden names included."""
    folder = settings.data_dir / "layers" / layer
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_publish_copies_files_and_writes_manifest(
    settings: Settings, make_tileset: Callable[..., Path]
) -> None:
    source = make_tileset()
    before = {p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()}
    version = publish(
        settings, "delft", LayerKind.BUILDINGS, source, title="Delft", meta={"features": 1}
    )
    folder = settings.data_dir / version.path
    assert folder == settings.data_dir / "layers" / "delft" / version.version_id
    manifest = read_manifest(folder)
    assert manifest["version"] == version.version_id
    assert set(manifest["files"]) == {p.as_posix() for p in before}
    for rel, data in before.items():
        assert (folder / rel).read_bytes() == data
        assert manifest["files"][rel.as_posix()]["sha256"] == sha256_file(source / rel)
    # The source is left as it was.
    assert {
        p.relative_to(source): p.read_bytes() for p in source.rglob("*") if p.is_file()
    } == before
    assert _entries(settings, "delft") == [version.version_id]
    with Catalog(settings.database_path) as catalog:
        layer = catalog.get_layer("delft")
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
    assert _entries(settings, "demo") == sorted([first.version_id, second.version_id])


def test_kind_as_string(settings: Settings, make_tileset: Callable[..., Path]) -> None:
    version = publish(settings, "cloud", "pointcloud", make_tileset())
    with Catalog(settings.database_path) as catalog:
        assert catalog.get_layer("cloud").kind is LayerKind.POINTCLOUD
    assert version.layer == "cloud"


def test_failure_mid_copy_keeps_the_old_version_and_leaves_nothing(
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
    assert _entries(settings, "demo") == [old.version_id]
    read_manifest(settings.data_dir / old.path)  # the old version is intact


def test_failure_in_the_catalog_transaction_removes_the_moved_folder(
    settings: Settings,
    publish_tileset: PublishTileset,
    make_tileset: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = publish_tileset("demo")

    def locked(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Catalog, "add_version", locked)
    with pytest.raises(sqlite3.OperationalError):
        publish(settings, "demo", LayerKind.BUILDINGS, make_tileset("new", size=99.0))
    monkeypatch.undo()
    assert _current(settings, "demo") == old.version_id
    assert _entries(settings, "demo") == [old.version_id]


def test_failed_first_publish_leaves_no_layer(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "broken"
    source.mkdir()
    (source / "tileset.json").write_text("{not json")
    with pytest.raises(InvalidRequestError, match="not valid JSON"):
        publish(settings, "broken", LayerKind.BUILDINGS, source)
    assert not (settings.data_dir / "layers" / "broken").exists()
    assert _current(settings, "broken") is None


@pytest.mark.parametrize(
    ("files", "entry", "message"),
    [
        ({"other.json": "{}"}, "tileset.json", "no entry file"),
        ({"tileset.json": "{"}, "tileset.json", "not valid JSON"),
        ({"layer.json": "[1,"}, "layer.json", "not valid JSON"),
        ({MANIFEST_NAME: "{}", "tileset.json": "{}"}, "tileset.json", "reserved"),
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
    source = tmp_path / "bad"
    source.mkdir()
    for name, text in files.items():
        (source / name).write_text(text)
    with pytest.raises(InvalidRequestError, match=message):
        publish(settings, "demo", LayerKind.BUILDINGS, source, entry=entry)
    assert _current(settings, "demo") == old.version_id
    assert _entries(settings, "demo") == [old.version_id]


def test_other_entry_file(settings: Settings, tmp_path: Path) -> None:
    source = tmp_path / "terrain"
    (source / "0" / "0").mkdir(parents=True)
    (source / "layer.json").write_text(json.dumps({"format": "quantized-mesh-1.0"}))
    (source / "0" / "0" / "0.terrain").write_bytes(b"\x00" * 88)
    version = publish(settings, "dem", LayerKind.TERRAIN, source, entry="layer.json")
    assert version.entry == "layer.json"
    assert "0/0/0.terrain" in read_manifest(settings.data_dir / version.path)["files"]


def test_kind_conflict(
    settings: Settings, publish_tileset: PublishTileset, make_tileset: Callable[..., Path]
) -> None:
    old = publish_tileset("demo", kind=LayerKind.BUILDINGS)
    with pytest.raises(ConflictError, match="buildings"):
        publish(settings, "demo", LayerKind.POINTCLOUD, make_tileset("pc"))
    assert _current(settings, "demo") == old.version_id
    assert _entries(settings, "demo") == [old.version_id]


@pytest.mark.parametrize(
    ("layer", "kind", "meta", "error"),
    [
        ("Bad Name", LayerKind.BUILDINGS, None, InvalidRequestError),
        ("../x", LayerKind.BUILDINGS, None, InvalidRequestError),
        ("ok", "castles", None, InvalidRequestError),
        ("ok", LayerKind.BUILDINGS, {"when": object()}, InvalidRequestError),
        ("ok", LayerKind.BUILDINGS, {"nan": float("nan")}, InvalidRequestError),
    ],
)
def test_invalid_arguments(
    settings: Settings,
    make_tileset: Callable[..., Path],
    layer: str,
    kind: str,
    meta: dict[str, object] | None,
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        publish(settings, layer, kind, make_tileset(), meta=meta)
    assert not (settings.data_dir / "layers").exists() or not any(
        (settings.data_dir / "layers").iterdir()
    )


def test_missing_source_folder(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        publish(settings, "demo", LayerKind.BUILDINGS, tmp_path / "nope")


def test_rollback_steps_back_one_version_at_a_time(
    settings: Settings, publish_tileset: PublishTileset
) -> None:
    v1, v2, v3 = (publish_tileset("demo") for _ in range(3))
    assert rollback(settings, "demo") == v2
    assert _current(settings, "demo") == v2.version_id
    assert rollback(settings, "demo") == v1
    with pytest.raises(ConflictError):
        rollback(settings, "demo")
    assert _current(settings, "demo") == v1.version_id
    assert rollback(settings, "demo", v3.version_id) == v3
    assert _current(settings, "demo") == v3.version_id


def test_rollback_errors(settings: Settings, publish_tileset: PublishTileset) -> None:
    only = publish_tileset("demo")
    with pytest.raises(ConflictError):
        rollback(settings, "demo")
    with pytest.raises(NotFoundError):
        rollback(settings, "demo", "20000101T000000000000Z-000000")
    with pytest.raises(NotFoundError):
        rollback(settings, "nope")
    assert _current(settings, "demo") == only.version_id


def test_rollback_refuses_a_damaged_version(
    settings: Settings, publish_tileset: PublishTileset
) -> None:
    v1 = publish_tileset("demo")
    v2 = publish_tileset("demo")
    (settings.data_dir / v1.path / "tileset.json").unlink()
    with pytest.raises(ConflictError, match="damaged"):
        rollback(settings, "demo")
    assert _current(settings, "demo") == v2.version_id
