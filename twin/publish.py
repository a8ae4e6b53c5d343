"""Publishing: verify a staged version, switch the layer's current version atomically, roll back."""

from __future__ import annotations

import json
import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.model import ENTRY_FILE_BY_KIND, LayerKind, LayerVersion, utc_now
from twin.paths import check_layer_name, split_relpath
from twin.store import Stores, open_stores
from twin.version_reader import VersionReader, mark_current_changed
from twin.versions import StagedVersion, VersionWriter, install_manifest

if TYPE_CHECKING:
    from twin.settings import Settings

logger = logging.getLogger(__name__)


def _quantized_mesh_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict) or doc.get("format") != "quantized-mesh-1.0":
        return 'a terrain layer.json needs "format": "quantized-mesh-1.0"'
    tiles = doc.get("tiles")
    if not isinstance(tiles, list) or not tiles or not all(isinstance(t, str) for t in tiles):
        return 'a terrain layer.json needs "tiles" URL templates'
    return None


def _tileset_problem(doc: Any) -> str | None:
    asset = doc.get("asset") if isinstance(doc, dict) else None
    if not isinstance(asset, dict) or not isinstance(asset.get("version"), str):
        return 'a 3D Tiles tileset.json needs "asset": {"version": ...}'
    if not isinstance(doc.get("root"), dict):
        return 'a 3D Tiles tileset.json needs a "root" tile'
    return None


# What the entry file of each kind must be: the viewer opens terrain with CesiumTerrainProvider
# (quantized-mesh layer.json) and every other kind as a Cesium3DTileset.
ENTRY_CHECK_BY_KIND: dict[LayerKind, Callable[[Any], str | None]] = {
    LayerKind.BUILDINGS: _tileset_problem,
    LayerKind.POINTCLOUD: _tileset_problem,
    LayerKind.TERRAIN: _quantized_mesh_problem,
    LayerKind.PIPES: _tileset_problem,
    LayerKind.MESH: _tileset_problem,
    LayerKind.GEOLOGY: _tileset_problem,
}


def check_kind(kind: LayerKind | str) -> LayerKind:
    """The `LayerKind` named ``kind``.

    Raises:
        InvalidRequestError: no such kind.
    """
    try:
        return LayerKind(kind)
    except ValueError as exc:
        choices = ", ".join(k.value for k in LayerKind)
        raise InvalidRequestError(f"unknown layer kind {kind!r}; use one of {choices}") from exc


def check_entry(kind: LayerKind, entry: str, data: bytes) -> None:
    """Check the entry file's bytes parse as JSON of the shape ``kind`` needs.

    Raises:
        InvalidRequestError: not JSON, or not a tileset / quantized-mesh layer.json.
    """
    try:
        doc = json.loads(data)
    except ValueError as exc:
        raise InvalidRequestError(f"{entry} is not valid JSON: {exc}") from exc
    problem = ENTRY_CHECK_BY_KIND[kind](doc)
    if problem is not None:
        raise InvalidRequestError(f"{entry} does not fit a {kind} layer: {problem}")


def _check_request(
    layer: str, kind: LayerKind | str, meta: dict[str, Any] | None, entry: str | None
) -> tuple[LayerKind, str]:
    check_layer_name(layer)
    kind = check_kind(kind)
    entry = entry or ENTRY_FILE_BY_KIND[kind]
    try:
        split_relpath(entry)
    except NotFoundError as exc:
        raise InvalidRequestError(f"invalid entry file name {entry!r}") from exc
    try:
        json.dumps(meta or {}, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"layer metadata is not plain JSON: {exc}") from exc
    return kind, entry


def _check_kind_unchanged(stores: Stores, layer: str, kind: LayerKind) -> None:
    existing = stores.catalog.find_layer(layer)
    if existing is not None and existing.kind != kind:
        raise ConflictError(
            f"layer {layer!r} holds {existing.kind}, not {kind}; publish under another name"
        )


def publish_version(
    stores: Stores,
    data_dir: Path,
    staged: StagedVersion,
    kind: LayerKind | str,
    *,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    entry: str | None = None,
) -> LayerVersion:
    """Serve the sealed ``staged`` version as its layer's current version.

    Checks the manifest (every object stored with its size; hashes were taken while writing),
    checks the entry file parses and fits ``kind``, writes the version's manifest folder and
    records the version as current in one catalog transaction. On any failure the layer keeps
    serving what it served; the staging area is removed either way.

    Args:
        stores: the open stores (the catalog).
        data_dir: the data folder ``staged`` was written under.
        staged: from `VersionWriter.end`.
        kind: what the layer holds; must match the kind the layer was first published with.
        title: display title; None keeps the layer's current title (or the name, when new).
        meta: JSON metadata served with the layer (e.g. "region" in radians, "features").
        entry: the file a client opens first; None is the kind's (`ENTRY_FILE_BY_KIND`).

    Returns:
        The new, now current, version.

    Raises:
        InvalidRequestError: bad name, kind, entry or metadata; a missing object.
        ConflictError: the layer exists with another kind, or the version id is taken.
    """
    try:
        kind, entry = _check_request(staged.layer, kind, meta, entry)
        _check_kind_unchanged(stores, staged.layer, kind)
        staged.verify()
        try:
            data = staged.locate(entry).read_bytes()
        except NotFoundError:
            raise InvalidRequestError(f"the version has no entry file {entry!r}") from None
        check_entry(kind, entry, data)
        folder = install_manifest(staged)
        version = LayerVersion(
            layer=staged.layer,
            version_id=staged.version_id,
            created_at=utc_now(),
            path=folder.relative_to(staged.data_dir).as_posix(),
            entry=entry,
            meta=dict(meta or {}),
        )
        try:
            stores.catalog.add_version(kind, version, title=title)
        except BaseException:
            # Not recorded, so never served; the folder goes so that nothing looks published.
            shutil.rmtree(folder, ignore_errors=True)
            raise
    finally:
        staged.discard()
    mark_current_changed(data_dir, version.layer, version.version_id)
    logger.info(
        "published %s version %s (%d files)",
        version.layer,
        version.version_id,
        len(staged.manifest["files"]),
    )
    return version


def publish(
    settings: Settings,
    layer: str,
    kind: LayerKind | str,
    source_dir: Path,
    *,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    entry: str | None = None,
    stores: Stores | None = None,
) -> LayerVersion:
    """Publish the files of ``source_dir`` as a new version of ``layer`` and serve it.

    Each file is hashed once while it is copied into the layer's object store (content the
    layer already holds is not stored again), then `publish_version` switches to it.

    Args:
        settings: gives the data folder and the database.
        layer: layer name, ``[a-z0-9][a-z0-9_-]{0,63}``.
        kind: what the layer holds; must match the kind the layer was first published with.
        source_dir: a folder of files (a tileset: tileset.json + content/...); not changed.
        title: display title; None keeps the layer's current title (or the name, when new).
        meta: JSON metadata served with the layer (e.g. "region" in radians, "features").
        entry: the file a client opens first, relative to the folder; None is the kind's.
        stores: open stores to use; None opens them for this call.

    Returns:
        The new, now current, version.

    Raises:
        InvalidRequestError: bad name, kind, entry or metadata; symlinks or nothing in the
            folder; an entry file that does not fit the kind.
        NotFoundError: ``source_dir`` is not a folder.
        ConflictError: the layer exists with another kind.
    """
    if stores is None:
        with open_stores(settings) as own:
            return publish(settings, layer, kind, source_dir, title=title, meta=meta,
                           entry=entry, stores=own)  # fmt: skip
    kind, entry = _check_request(layer, kind, meta, entry)
    source_dir = Path(source_dir)
    if not source_dir.is_dir():
        raise NotFoundError(f"no folder to publish at {source_dir}")
    # Checked before copying, so a wrong folder fails before it costs a copy.
    _check_kind_unchanged(stores, layer, kind)
    entry_file = source_dir.joinpath(*split_relpath(entry))
    if not entry_file.is_file():
        raise InvalidRequestError(f"the folder has no entry file {entry!r}")
    check_entry(kind, entry, entry_file.read_bytes())
    with VersionWriter.begin(settings.data_dir, layer) as writer:
        writer.add_folder(source_dir)
        staged = writer.end()
    return publish_version(
        stores, settings.data_dir, staged, kind, title=title, meta=meta, entry=entry
    )


def rollback(
    stores: Stores, data_dir: Path, layer: str, version_id: str | None = None
) -> LayerVersion:
    """Serve an earlier version of ``layer`` again.

    Args:
        stores: the open stores (the catalog).
        data_dir: the data folder.
        layer: the layer name.
        version_id: the version to serve; None means the one published just before the
            current one.

    Returns:
        The version now current.

    Raises:
        NotFoundError: unknown layer or version, or its manifest is gone.
        ConflictError: no earlier version to roll back to, or its content is damaged.
    """
    catalog = stores.catalog
    current = catalog.get_layer(layer).current
    if version_id is None:
        versions = catalog.versions(layer)
        ids = [v.version_id for v in versions]
        position = ids.index(current.version_id) if current is not None else -1
        if position + 1 >= len(versions):
            raise ConflictError(f"layer {layer!r} has no version before the current one")
        target = versions[position + 1]
    else:
        target = catalog.get_version(layer, version_id)
    # The version must still be servable before the pointer moves to it.
    try:
        VersionReader.open(data_dir, target).verify()
    except InvalidRequestError as exc:
        damaged = f"version {target.version_id!r} of {layer!r} is damaged: {exc}"
        raise ConflictError(damaged) from exc
    current = catalog.set_current(layer, target.version_id)
    mark_current_changed(data_dir, layer, current.version_id)
    return current
