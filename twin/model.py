"""The city model's vocabulary: frozen values, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any


class LayerKind(StrEnum):
    """What a layer holds; decides how it is tiled and how the viewer shows it."""

    BUILDINGS = "buildings"
    POINTCLOUD = "pointcloud"
    TERRAIN = "terrain"
    PIPES = "pipes"
    MESH = "mesh"
    GEOLOGY = "geology"


# The file a client opens first: CesiumTerrainProvider reads a quantized-mesh layer.json, every
# other kind is a 3D Tiles tileset.
ENTRY_FILE_BY_KIND: dict[LayerKind, str] = {
    LayerKind.BUILDINGS: "tileset.json",
    LayerKind.POINTCLOUD: "tileset.json",
    LayerKind.TERRAIN: "layer.json",
    LayerKind.PIPES: "tileset.json",
    LayerKind.MESH: "tileset.json",
    LayerKind.GEOLOGY: "tileset.json",
}


def utc_now() -> str:
    """The current time as ISO 8601 UTC with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class LayerVersion:
    """One immutable published state of a layer."""

    layer: str
    version_id: str
    created_at: str  # ISO 8601, UTC
    path: str  # folder of the version's manifest, relative to the data folder
    entry: str  # the file a client opens first, e.g. "tileset.json"
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Layer:
    """A named layer and the version the server serves now."""

    name: str
    kind: LayerKind
    title: str
    current: LayerVersion | None
