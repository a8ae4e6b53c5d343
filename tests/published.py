"""What a layer serves, read the way the server reads it: through the catalog and the manifest."""

from __future__ import annotations

from pathlib import Path

from twin.model import LayerVersion
from twin.settings import Settings
from twin.store import open_stores
from twin.version_reader import VersionReader


def current_version(settings: Settings, layer: str) -> LayerVersion | None:
    """The version ``layer`` serves now (None: no such layer, or nothing current)."""
    with open_stores(settings) as stores:
        found = stores.catalog.find_layer(layer)
    return found.current if found else None


def reader(settings: Settings, version: LayerVersion) -> VersionReader:
    """The reader of a published version."""
    return VersionReader.open(settings.data_dir, version)


def stored_path(settings: Settings, version: LayerVersion, key: str) -> Path:
    """Where file ``key`` of ``version`` is stored (its content-addressed object)."""
    return reader(settings, version).locate(key)[0]


def published_files(settings: Settings, version: LayerVersion) -> dict[str, bytes]:
    """Every file of ``version``, by key."""
    opened = reader(settings, version)
    return {key: opened.read_bytes(key) for key in opened.manifest["files"]}


def as_folder(settings: Settings, version: LayerVersion, folder: Path) -> Path:
    """Lay ``version`` out as a plain folder of hard links (for tools that read folders)."""
    from ingest_survey.jobs import link_folder

    opened = reader(settings, version)
    return link_folder({key: opened.locate(key)[0] for key in opened.manifest["files"]}, folder)
