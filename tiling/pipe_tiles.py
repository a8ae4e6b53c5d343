"""Level of detail of a pipe network: a quadtree of tiles whose tube detail drops with the level.

Leaves hold every segment and shaft of their square with round tubes (`leaf_sides` faces). A
parent holds the biggest pipes of its subtree (by cross-section) within a budget, as coarser
prisms (`coarse_sides` faces), and refines by REPLACE. Its geometric error is the largest error
it makes: the size of a pipe it leaves out, or how far a coarse prism's faces fall inside the
true circle (r (1 - cos(pi / sides))).

Three steps, so a pipeline can hand the middle one to workers: `plan_pipe_tiles` picks every
tile's items and sides (a coarse tile's kept pipes depend only on its own items, never on its
children's content), `pipe_content` makes one tile's glb from them, and `assemble_pipe_tileset`
joins the contents' regions into the tree. `pipe_tileset` runs the three in this process.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


@dataclass(frozen=True)
class PlannedTile:
    """One tile's content to make: its items (segments, then shafts offset by the number of
    segments; sorted) at `sides` faces, and the error it makes by itself (0 for a leaf)."""

    items: NDArray[np.intp]
    sides: int
    own_error: float
    leaf: bool


@dataclass(frozen=True)
class PipePlan:
    """The tree and, in `QuadNode.walk` order (children before parents), every tile's content."""

    root: QuadNode
    nodes: list[QuadNode]
    tiles: list[PlannedTile]
    features: int


def _vertices_per_side(geom: PipeGeometry) -> NDArray[np.intp]:
    subsegments = np.r_[np.diff(geom.offsets) - 1, np.ones(geom.n_shafts, dtype=np.intp)]
    per_side: NDArray[np.intp] = 2 * subsegments  # times the number of sides
    return per_side


def _cost(vertices_per_side: NDArray[np.intp], sides: int) -> NDArray[np.int64]:
    """Bytes of an item's content at `sides` faces: vertices, indices and a fixed overhead."""
    return (vertices_per_side * sides * VERTEX_BYTES + vertices_per_side * sides * 6 + 64).astype(
        np.int64
    )


def _coarse(
    items: NDArray[np.intp],
    size: NDArray[np.float64],
    per_side: NDArray[np.intp],
    options: PipeTilingOptions,
) -> PlannedTile:
    """The biggest pipes of `items` within the coarse budget, and the error of leaving the rest
    out and of drawing the kept ones as prisms."""
    sides = options.coarse_sides
    order = np.argsort(-size[items], kind="stable")
    budget = options.max_content_bytes * options.coarse_fraction
    cumulative = np.cumsum(_cost(per_side[items[order]], sides))
    keep_n = max(1, int(np.searchsorted(cumulative, budget, side="right")))
    keep_n = min(keep_n, options.max_features)
    kept, dropped = items[order[:keep_n]], items[order[keep_n:]]
    error = float(size[kept].max()) / 2.0 * (1.0 - np.cos(np.pi / sides))
    if dropped.size:
        error = max(error, float(size[dropped].max()))
    return PlannedTile(np.sort(kept), sides, error, leaf=False)


def plan_pipe_tiles(
    geom: PipeGeometry, xy: NDArray[np.float64], options: PipeTilingOptions | None = None
) -> PipePlan:
    """The quadtree over the items at `xy` (planar metres) and every tile's items and sides."""
    options = options or PipeTilingOptions()
    per_side = _vertices_per_side(geom)
    size = geom.sizes()
    cost = _cost(per_side, options.leaf_sides)

    def fits(items: NDArray[np.intp]) -> bool:
        return bool(
            items.size <= options.max_features and cost[items].sum() <= options.max_content_bytes
        )

    root = quadtree(xy[:, 0], xy[:, 1], fits)
    nodes = root.walk()
    tiles = [
        PlannedTile(np.sort(node.items), options.leaf_sides, 0.0, leaf=True)
        if node.is_leaf
        else _coarse(node.items, size, per_side, options)
        for node in nodes
    ]
    return PipePlan(root, nodes, tiles, int(xy.shape[0]))


def pipe_content(
    geom: PipeGeometry, table: PropertyTable, items: NDArray[np.intp], sides: int
) -> tuple[str, bytes, Region]:
    """One tile's glb of `items` (sorted) at `sides` faces: its uri, bytes and region."""
    n_seg = geom.n_segments
    segments = items[items < n_seg]
    shafts = items[items >= n_seg] - n_seg
    mesh, region = pipe_mesh(geom, segments, shafts, sides)
    data = triangle_mesh_glb(
        mesh, table.take(np.r_[segments, shafts + n_seg]), double_sided=True
    )  # open tubes are seen from inside too
    return content_uri(data, "glb"), data, region


def assemble_pipe_tileset(plan: PipePlan, contents: Sequence[tuple[str, Region]]) -> TilesetResult:
    """The tileset document from every planned tile's (uri, region), in plan order."""
    if len(contents) != len(plan.tiles):
        raise ValueError(f"{len(contents)} contents for {len(plan.tiles)} planned tiles")
    done: dict[int, Tile] = {}
    for node, planned, (uri, region) in zip(plan.nodes, plan.tiles, contents, strict=True):
        if planned.leaf:
            tile = Tile(region, 0.0, uri)
        else:
            children = [done[id(child)] for child in node.children]
            error = max(
                planned.own_error,
                max(c.geometric_error for c in children) * 1.25,
                MIN_COARSE_ERROR_M,
            )
            for child in children:
                region = region.union(child.region)
            tile = Tile(region, error, uri, children)
        done[id(node)] = tile
    root = done[id(plan.root)]
    root.refine = "REPLACE"
    doc = tileset_json(
        root,
        geometric_error=max(root.region.diagonal_m(), root.geometric_error * 2.0, 1.0),
        extras={"features": plan.features},
    )
    return TilesetResult(doc, root.region, len(plan.tiles), plan.features)


def pipe_tileset(
    geom: PipeGeometry,
    table: PropertyTable,
    xy: NDArray[np.float64],
    sink: Sink,
    options: PipeTilingOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> TilesetResult:
    """Tile segments then shafts (table rows in that order; `xy` their planar positions, metres)
    in this process.

    Content bytes go to `sink(uri, bytes)` as they are made; returns the tileset document.
    """
    plan = plan_pipe_tiles(geom, xy, options)
    contents: list[tuple[str, Region]] = []
    for planned in plan.tiles:
        uri, data, region = pipe_content(geom, table, planned.items, planned.sides)
        sink(uri, data)
        contents.append((uri, region))
        if planned.leaf and on_progress is not None:
            on_progress(int(planned.items.size))
    return assemble_pipe_tileset(plan, contents)
