"""The city level of detail for buildings: a quadtree of LOD1 tiles with generalised coarse tiles.

Leaves hold every building at full detail. A parent holds a lighter city: the most voluminous
buildings of its subtree with simplified footprints, within the same byte budget, and it refines
by REPLACE. Its geometric error is the largest error it makes: the size of a building it leaves
out, or the Hausdorff distance of a simplified footprint to the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

from tiling.bounds import Region
from tiling.buildings import MIN_FOOTPRINT_BYTES, ToGeodetic, extrude, footprint_bytes
from tiling.gltf import triangle_mesh_glb
from tiling.metadata import PropertyTable, Utf8Column
from tiling.tileset import Tile, content_uri, tileset_json
from tiling.tree import QuadNode, quadtree

Sink = Callable[[str, bytes], None]
MIN_COARSE_ERROR_M = 0.5


@dataclass(frozen=True)
class BuildingSet:
    """Footprints in a metric CRS with per-building heights, colours and attributes."""

    polygons: NDArray[Any]
    base: NDArray[np.float64]
    top: NDArray[np.float64]
    table: PropertyTable
    to_geodetic: ToGeodetic
    colors: NDArray[np.uint8] | None = None

    def __len__(self) -> int:
        """Number of buildings."""
        return int(self.polygons.size)


@dataclass(frozen=True)
class TilingOptions:
    """Limits that shape the tree."""

    max_content_bytes: int = 1_000_000
    max_features: int = 2_000
    coarse_fraction: float = 0.5  # coarse tiles use at most this share of a leaf's budget


@dataclass(frozen=True)
class BuildingTileset:
    """The tileset document and what went into it."""

    tileset: dict[str, Any]
    region: Region
    tiles: int
    features: int


def _row_bytes(table: PropertyTable) -> NDArray[np.int64]:
    total = np.zeros(table.count, dtype=np.int64)
    for column in table.columns.values():
        if isinstance(column, Utf8Column):
            total += 4 + column.byte_lengths()
        else:
            total += 8
    return total


class _Writer:
    def __init__(self, buildings: BuildingSet, options: TilingOptions, sink: Sink) -> None:
        self.b = buildings
        self.options = options
        self.sink = sink
        self.row_bytes = _row_bytes(buildings.table)
        self.height = np.maximum(buildings.top - buildings.base, 0.0)
        self.tiles = 0

    def content(self, rows: NDArray[np.intp], polygons: NDArray[Any]) -> tuple[str, Region]:
        b = self.b
        ext = extrude(
            polygons,
            b.base[rows],
            b.top[rows],
            b.to_geodetic,
            colors=None if b.colors is None else b.colors[rows],
        )
        data = triangle_mesh_glb(ext.mesh, b.table.take(rows))
        uri = content_uri(data, "glb")
        self.sink(uri, data)
        self.tiles += 1
        return uri, ext.region

    def leaf(self, node: QuadNode) -> Tile:
        uri, region = self.content(node.items, self.b.polygons[node.items])
        return Tile(region, 0.0, uri)

    def coarse(self, node: QuadNode, children: list[Tile]) -> Tile:
        rows = node.items
        polygons = self.b.polygons[rows]
        area = shapely.area(polygons)
        order = np.argsort(-(area * np.maximum(self.height[rows], 1.0)), kind="stable")
        budget = self.options.max_content_bytes * self.options.coarse_fraction
        # No simplified footprint is cheaper than a triangle: that bounds how many can be kept,
        # so only those candidates are simplified.
        cheapest = np.cumsum(MIN_FOOTPRINT_BYTES + self.row_bytes[rows[order]])
        candidates = order[: max(1, int(np.searchsorted(cheapest, budget, side="right")))]
        candidates = candidates[: self.options.max_features]
        side = node.bounds[2] - node.bounds[0]
        original = polygons[candidates]
        simplified = shapely.simplify(original, tolerance=max(side / 256.0, 0.1))
        bad = shapely.is_empty(simplified) | ~shapely.is_valid(simplified)
        simplified[bad] = original[bad]
        cost = footprint_bytes(simplified) + self.row_bytes[rows[candidates]]
        keep_n = max(1, int(np.searchsorted(np.cumsum(cost), budget, side="right")))
        kept, dropped = candidates[:keep_n], order[keep_n:]
        simplified = simplified[:keep_n]
        error = float(shapely.hausdorff_distance(polygons[kept], simplified).max())
        if dropped.size:
            bounds = shapely.bounds(polygons[dropped])
            diag = np.hypot(bounds[:, 2] - bounds[:, 0], bounds[:, 3] - bounds[:, 1])
            error = max(error, float(np.maximum(diag, self.height[rows[dropped]]).max()))
        child_max = max(child.geometric_error for child in children)
        error = max(error, child_max * 1.25, MIN_COARSE_ERROR_M)
        uri, region = self.content(rows[kept], simplified)
        for child in children:
            region = region.union(child.region)
        return Tile(region, error, uri, children)


def building_tileset(
    buildings: BuildingSet,
    sink: Sink,
    options: TilingOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> BuildingTileset:
    """Tile the buildings; content bytes go to `sink(uri, bytes)` as they are made.

    Only one tile's content is in memory at a time. Returns the tileset document to write last.
    """
    options = options or TilingOptions()
    writer = _Writer(buildings, options, sink)
    centroids = shapely.get_coordinates(shapely.centroid(buildings.polygons))
    cost = footprint_bytes(buildings.polygons) + writer.row_bytes

    def fits(items: NDArray[np.intp]) -> bool:
        return bool(
            items.size <= options.max_features and cost[items].sum() <= options.max_content_bytes
        )

    root_node = quadtree(centroids[:, 0], centroids[:, 1], fits)
    done: dict[int, Tile] = {}
    for node in root_node.walk():
        if node.is_leaf:
            tile = writer.leaf(node)
            if on_progress is not None:
                on_progress(int(node.items.size))
        else:
            tile = writer.coarse(node, [done[id(child)] for child in node.children])
        done[id(node)] = tile
    root = done[id(root_node)]
    root.refine = "REPLACE"
    doc = tileset_json(
        root,
        geometric_error=max(root.region.diagonal_m(), root.geometric_error * 2.0, 1.0),
        extras={"features": len(buildings)},
    )
    return BuildingTileset(doc, root.region, writer.tiles, len(buildings))
