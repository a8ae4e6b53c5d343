"""Level of detail of a pipe network: a quadtree of tiles whose tube detail drops with the level.

Leaves hold every segment and shaft of their square with round tubes (`leaf_sides` faces). A
parent holds the biggest pipes of its subtree (by cross-section) within a budget, as coarser
prisms (`coarse_sides` faces), and refines by REPLACE. Its geometric error is the largest error
it makes: the size of a pipe it leaves out, or how far a coarse prism's faces fall inside the
true circle (r (1 - cos(pi / sides))).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tiling.bounds import Region
from tiling.gltf import triangle_mesh_glb
from tiling.metadata import PropertyTable
from tiling.pipes import PipeGeometry, pipe_mesh
from tiling.tileset import Tile, TilesetResult, content_uri, tileset_json
from tiling.tree import QuadNode, quadtree

Sink = Callable[[str, bytes], None]
MIN_COARSE_ERROR_M = 0.05
VERTEX_BYTES = 32  # float32 position + normal, RGBA colour, float32 feature id


@dataclass(frozen=True)
class PipeTilingOptions:
    """Limits that shape the tree and the detail of each level."""

    max_content_bytes: int = 1_500_000
    max_features: int = 4_000
    leaf_sides: int = 12
    coarse_sides: int = 5
    coarse_fraction: float = 0.5


class _Writer:
    def __init__(
        self, geom: PipeGeometry, table: PropertyTable, options: PipeTilingOptions, sink: Sink
    ) -> None:
        self.geom, self.table, self.options, self.sink = geom, table, options, sink
        self.n_seg = geom.n_segments
        self.size = geom.sizes()
        subsegments = np.r_[np.diff(geom.offsets) - 1, np.ones(geom.n_shafts, dtype=np.intp)]
        self.vertices_per_side: NDArray[np.intp] = 2 * subsegments  # times the number of sides
        self.tiles = 0

    def cost(self, items: NDArray[np.intp], sides: int) -> NDArray[np.int64]:
        return (
            self.vertices_per_side[items] * sides * VERTEX_BYTES
            + self.vertices_per_side[items] * sides * 6
            + 64
        ).astype(np.int64)

    def content(self, items: NDArray[np.intp], sides: int) -> tuple[str, Region]:
        items = np.sort(items)
        segments = items[items < self.n_seg]
        shafts = items[items >= self.n_seg] - self.n_seg
        mesh, region = pipe_mesh(self.geom, segments, shafts, sides)
        data = triangle_mesh_glb(
            mesh, self.table.take(np.r_[segments, shafts + self.n_seg]), double_sided=True
        )  # open tubes are seen from inside too
        uri = content_uri(data, "glb")
        self.sink(uri, data)
        self.tiles += 1
        return uri, region

    def leaf(self, node: QuadNode) -> Tile:
        uri, region = self.content(node.items, self.options.leaf_sides)
        return Tile(region, 0.0, uri)

    def coarse(self, node: QuadNode, children: list[Tile]) -> Tile:
        items = node.items
        sides = self.options.coarse_sides
        order = np.argsort(-self.size[items], kind="stable")
        budget = self.options.max_content_bytes * self.options.coarse_fraction
        cumulative = np.cumsum(self.cost(items[order], sides))
        keep_n = max(1, int(np.searchsorted(cumulative, budget, side="right")))
        keep_n = min(keep_n, self.options.max_features)
        kept, dropped = items[order[:keep_n]], items[order[keep_n:]]
        error = float(self.size[kept].max()) / 2.0 * (1.0 - np.cos(np.pi / sides))
        if dropped.size:
            error = max(error, float(self.size[dropped].max()))
        error = max(error, max(c.geometric_error for c in children) * 1.25, MIN_COARSE_ERROR_M)
        uri, region = self.content(kept, sides)
        for child in children:
            region = region.union(child.region)
        return Tile(region, error, uri, children)


def pipe_tileset(
    geom: PipeGeometry,
    table: PropertyTable,
    xy: NDArray[np.float64],
    sink: Sink,
    options: PipeTilingOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> TilesetResult:
    """Tile segments then shafts (table rows in that order; `xy` their planar positions, metres).

    Content bytes go to `sink(uri, bytes)` as they are made; returns the tileset document.
    """
    options = options or PipeTilingOptions()
    writer = _Writer(geom, table, options, sink)
    cost = writer.cost(np.arange(xy.shape[0]), options.leaf_sides)

    def fits(items: NDArray[np.intp]) -> bool:
        return bool(
            items.size <= options.max_features and cost[items].sum() <= options.max_content_bytes
        )

    root_node = quadtree(xy[:, 0], xy[:, 1], fits)
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
        extras={"features": int(xy.shape[0])},
    )
    return TilesetResult(doc, root.region, writer.tiles, int(xy.shape[0]))
