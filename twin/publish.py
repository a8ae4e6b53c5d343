"""Publishing: stage and verify a version folder, switch the layer's current version, roll back."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path
from typing import Any

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.model import LayerKind, LayerVersion
from twin.paths import check_layer_name, layer_dir, split_relpath
from twin.settings import Settings
from twin.store.sqlite import Catalog, utc_now
from twin.versions import StagedVersion, VersionReader, VersionWriter

logger = logging.getLogger(__name__)


def _check_inputs(
    layer: str, kind: LayerKind | str, source_dir: Path, meta: dict[str, Any] | None, entry: str
) -> LayerKind:
    check_layer_name(layer)
    try:
        kind = LayerKind(kind)
    except ValueError as exc:
        choices = ", ".join(k.value for k in LayerKind)
        raise InvalidRequestError(f"unknown layer kind {kind!r}; use one of {choices}") from exc
    if not source_dir.is_dir():
        raise NotFoundError(f"no folder to publish at {source_dir}")
    try:
        split_relpath(entry)
    except NotFoundError as exc:
        raise InvalidRequestError(f"invalid entry file name {entry!r}") from exc
    try:
        json.dumps(meta or {}, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidRequestError(f"layer metadata is not plain JSON: {exc}") from exc
    return kind


def _check_entry(staged: StagedVersion, entry: str) -> None:
    if entry not in staged.manifest["files"]:
        raise InvalidRequestError(f"the folder has no entry file {entry!r}")
    try:
        json.loads(staged.path.joinpath(*split_relpath(entry)).read_bytes())
    except ValueError as exc:
        raise InvalidRequestError(f"{entry} is not valid JSON: {exc}") from exc


def publish(
    settings: Settings,
    layer: str,
    kind: LayerKind | str,
    source_dir: Path,
    *,
    title: str | None = None,
    meta: dict[str, Any] | None = None,
    entry: str = "tileset.json",
) -> LayerVersion:
    """Publish the files of ``source_dir`` as a new version of ``layer`` and serve it.

    The files are copied into a hidden staging folder beside the final one, a manifest of their
    sha256 hashes is written, the entry file is checked to parse as JSON, the folder is renamed
    into place, and one SQLite transaction records the version and makes it current. On any
    failure the previous version stays current and no folder is left behind.

    Args:
        settings: gives the data folder.
        layer: layer name, ``[a-z0-9][a-z0-9_-]{0,63}``.
        kind: what the layer holds; must match the kind the layer was first published with.
        source_dir: a folder of files (a tileset: tileset.json + content/...); not changed.
        title: display title; None keeps the layer's current title (or the name, when new).
        meta: JSON metadata served with the layer (e.g. "region" in radians, "features").
        entry: the file a client opens first, relative to the folder.

    Returns:
        The new, now current, version.

    Raises:
        InvalidRequestError: bad name, kind, entry or metadata; symlinks or nothing in the folder.
        NotFoundError: ``source_dir`` is not a folder.
        ConflictError: the layer exists with another kind.
    """
    kind = _check_inputs(layer, kind, Path(source_dir), meta, entry)
    with Catalog(settings.database_path) as catalog:
        existing = catalog.find_layer(layer)
        # Checked before copying so a wrong kind fails fast; add_version checks again atomically.
        if existing is not None and existing.kind != kind:
            raise ConflictError(
                f"layer {layer!r} holds {existing.kind}, not {kind}; publish under another name"
            )
        folder = layer_dir(settings.data_dir, layer)
        new_folder = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        moved: StagedVersion | None = None
        try:
            with VersionWriter.begin(folder) as writer:
                writer.add_folder(Path(source_dir))
                staged = writer.end()
                staged.verify()
                _check_entry(staged, entry)
                moved = staged.move_to(folder / staged.version_id)
            version = LayerVersion(
                layer=layer,
                version_id=moved.version_id,
                created_at=utc_now(),
                path=moved.path.relative_to(settings.data_dir).as_posix(),
                entry=entry,
                meta=dict(meta or {}),
            )
            catalog.add_version(kind, version, title=title)
        except BaseException:
            if moved is not None:
                shutil.rmtree(moved.path, ignore_errors=True)
            if new_folder:
                # rmdir, not rmtree: a concurrent publisher of the same new layer may be staging.
                try:
                    folder.rmdir()
                except OSError:
                    pass
            raise
    logger.info(
        "published %s version %s (%d files)",
        layer,
        version.version_id,
        len(moved.manifest["files"]),
    )
    return version


def rollback(
    settings: Settings,
    layer: str,
    version_id: str | None = None,
    *,
    catalog: Catalog | None = None,
) -> LayerVersion:
    """Serve an earlier version of ``layer`` again.

    Args:
        settings: gives the data folder.
        layer: the layer name.
        version_id: the version to serve; None means the one published just before the
            current one.
        catalog: an open catalog to use (the server passes its own); None opens one.

    Returns:
        The version now current.

    Raises:
        NotFoundError: unknown layer or version, or its folder is gone.
        ConflictError: no earlier version to roll back to.
    """
    if catalog is None:
        with Catalog(settings.database_path) as own:
            return rollback(settings, layer, version_id, catalog=own)
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
    # The folder must still be servable before the pointer moves to it.
    reader = VersionReader(settings.data_dir / target.path)
    try:
        StagedVersion(reader.folder, target.version_id, reader.manifest).verify()
    except InvalidRequestError as exc:
        damaged = f"version {target.version_id!r} of {layer!r} is damaged: {exc}"
        raise ConflictError(damaged) from exc
    return catalog.set_current(layer, target.version_id)
