"""3D Tiles 1.1 tileset.json: tiles, regions, geometric error, refinement, content names."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

from tiling.bounds import Region
from tiling.errors import TilingError

Refine = Literal["ADD", "REPLACE"]


@dataclass
class Tile:
    """One tile: its region must hold its content and, by construction, its children."""

    region: Region
    geometric_error: float
    content_uri: str | None = None
    children: list[Tile] = field(default_factory=list)
    refine: Refine | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of the tile and its subtree."""
        out: dict[str, Any] = {
            "boundingVolume": {"region": self.region.as_list()},
            "geometricError": self.geometric_error,
        }
        if self.refine is not None:
            out["refine"] = self.refine
        if self.content_uri is not None:
            out["content"] = {"uri": self.content_uri}
        if self.children:
            out["children"] = [child.to_dict() for child in self.children]
        return out


@dataclass(frozen=True)
class TilesetResult:
    """The tileset document and what went into it."""

    tileset: dict[str, Any]
    region: Region
    tiles: int
    features: int


def content_uri(data: bytes, extension: str) -> str:
    """Content is addressed by its hash: the same bytes get the same name in every version."""
    return f"content/{hashlib.sha256(data).hexdigest()[:24]}.{extension}"


def check_tree(tile: Tile) -> None:
    """Refuse a tree whose geometric errors do not strictly decrease from parent to child."""
    for child in tile.children:
        if not child.geometric_error < tile.geometric_error:
            raise TilingError(
                f"child geometric error {child.geometric_error} is not below its parent's "
                f"{tile.geometric_error}"
            )
        check_tree(child)


def tileset_json(
    root: Tile,
    *,
    geometric_error: float,
    generator: str = "twin",
    extras: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A complete tileset document (asset version 1.1) around `root`."""
    if not geometric_error > root.geometric_error:
        raise TilingError("the tileset's geometric error must exceed its root tile's")
    if root.refine is None:
        raise TilingError("the root tile must say how it refines")
    check_tree(root)
    doc: dict[str, Any] = {
        "asset": {"version": "1.1", "generator": generator},
        "geometricError": geometric_error,
        "root": root.to_dict(),
    }
    if extras:
        doc["asset"]["extras"] = extras
    return doc
