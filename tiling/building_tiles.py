"""The city level of detail for buildings: a quadtree of LOD1 tiles with generalised coarse tiles.

Leaves hold every building at full detail. A parent holds a lighter city: the most voluminous
buildings of its subtree with simplified footprints, within the same byte budget, and it refines
by REPLACE. Its geometric error is the largest error it makes: the size of a building it leaves
out, or the Hausdorff distance of a simplified footprint to the real one.

A subtree hands its parent a bounded pool of candidates (its most voluminous buildings, as many as
a coarse tile could ever hold) and the size of the largest building it did not put in the pool.
That is all a parent needs, so subtrees can be built apart (one bucket of a big city at a time, in
several processes) and joined under coarse tiles later.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

from tiling.bounds import Region
from tiling.buildings import MIN_FOOTPRINT_BYTES, ToGeodetic, extrude, footprint_bytes
from tiling.gltf import triangle_mesh_glb
from tiling.metadata import PropertyTable, concat_tables, row_bytes
from tiling.tileset import Tile, TilesetResult, content_uri, tileset_json
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

    def take(self, rows: NDArray[np.intp]) -> BuildingSet:
        """The buildings at `rows`, in that order."""
        return BuildingSet(
            self.polygons[rows],
            self.base[rows],
            self.top[rows],
            self.table.take(rows),
            self.to_geodetic,
            None if self.colors is None else self.colors[rows],
        )

    def __getstate__(self) -> dict[str, Any]:
        """Pickle polygons as one vectorised WKB array (results crossing processes)."""
        return {**self.__dict__, "polygons": shapely.to_wkb(self.polygons)}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore the polygons from WKB (frozen: set through object)."""
        for key, value in state.items():
            object.__setattr__(self, key, shapely.from_wkb(value) if key == "polygons" else value)

    def sizes(self) -> NDArray[np.float64]:
        """How much a building is missed when left out: its diagonal or its height."""
        b: NDArray[np.float64] = shapely.bounds(self.polygons)
        diagonal = np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1])
        return np.maximum(diagonal, np.maximum(self.top - self.base, 0.0))

    def importance(self) -> NDArray[np.float64]:
        """Volume-like rank: coarse tiles keep the biggest buildings first."""
        area: NDArray[np.float64] = shapely.area(self.polygons)
        return area * np.maximum(self.top - self.base, 1.0)


def concat_buildings(sets: Sequence[BuildingSet]) -> BuildingSet:
    """One set from several (same transform)."""
    colors = [s.colors for s in sets]
    return BuildingSet(
        np.concatenate([s.polygons for s in sets]),
        np.concatenate([s.base for s in sets]),
        np.concatenate([s.top for s in sets]),
        concat_tables([s.table for s in sets]),
        sets[0].to_geodetic,
        None if any(c is None for c in colors) else np.concatenate(colors),  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class Candidates:
    """What a subtree offers its parent: a bounded pool and the size of what is not in it."""

    pool: BuildingSet
    residual_error: float


@dataclass(frozen=True)
class TilingOptions:
    """Limits that shape the tree."""

    max_content_bytes: int = 1_000_000
    max_features: int = 2_000
    coarse_fraction: float = 0.5  # coarse tiles use at most this share of a leaf's budget

    @property
    def coarse_budget(self) -> float:
        """Bytes a coarse tile may take."""
        return self.max_content_bytes * self.coarse_fraction


def write_content(buildings: BuildingSet, sink: Sink) -> tuple[str, Region]:
    """Extrude the buildings into one GLB, hand it to the sink; returns its uri and region."""
    ext = extrude(
        buildings.polygons,
        buildings.base,
        buildings.top,
        buildings.to_geodetic,
        colors=buildings.colors,
    )
    data = triangle_mesh_glb(ext.mesh, buildings.table)
    uri = content_uri(data, "glb")
    sink(uri, data)
    return uri, ext.region


@dataclass(frozen=True)
class _Ranked:
    """Per-building numbers of one set, computed once: what selection needs."""

    importance: NDArray[np.float64]
    size: NDArray[np.float64]
    row_bytes: NDArray[np.int64]

    @classmethod
    def of(cls, buildings: BuildingSet) -> _Ranked:
        return cls(buildings.importance(), buildings.sizes(), row_bytes(buildings.table))

    def select(
        self, rows: NDArray[np.intp], residual: float, options: TilingOptions
    ) -> tuple[NDArray[np.intp], float]:
        """The pool `rows` offer upwards: as many of their most voluminous buildings as the
        cheapest possible coarse tile could hold, in order; the rest only count by their size."""
        order = rows[np.argsort(-self.importance[rows], kind="stable")]
        cheapest = np.cumsum(MIN_FOOTPRINT_BYTES + self.row_bytes[order])
        n = max(1, int(np.searchsorted(cheapest, options.coarse_budget, side="right")))
        n = min(n, options.max_features)
        if n < order.size:
            residual = max(residual, float(self.size[order[n:]].max()))
        return order[:n], residual


def _coarse_content(
    pool: BuildingSet,
    size: NDArray[np.float64],
    residual: float,
    side: float,
    children: list[Tile],
    sink: Sink,
    options: TilingOptions,
) -> Tile:
    """A coarse tile showing the head of `pool` (ordered by importance), simplified to the
    tile's scale, as much as the budget allows."""
    # Plain Douglas-Peucker is 4x faster than the topology-preserving kind; the rare invalid
    # or collapsed result keeps its original footprint instead.
    simplified = shapely.simplify(
        pool.polygons, tolerance=max(side / 256.0, 0.1), preserve_topology=False
    )
    bad = shapely.is_empty(simplified) | ~shapely.is_valid(simplified)
    simplified[bad] = pool.polygons[bad]
    cost = footprint_bytes(simplified) + row_bytes(pool.table)
    keep = max(1, int(np.searchsorted(np.cumsum(cost), options.coarse_budget, side="right")))
    error = max(
        residual, float(shapely.hausdorff_distance(pool.polygons[:keep], simplified[:keep]).max())
    )
    if keep < len(pool):
        error = max(error, float(size[keep:].max()))
    error = max(error, max(c.geometric_error for c in children) * 1.25, MIN_COARSE_ERROR_M)
    shown = pool.take(np.arange(keep))
    uri, region = write_content(
        BuildingSet(
            simplified[:keep], shown.base, shown.top, shown.table, shown.to_geodetic, shown.colors
        ),
        sink,
    )
    for child in children:
        region = region.union(child.region)
    return Tile(region, error, uri, children)


def coarse_tile(
    offers: Sequence[Candidates],
    side: float,
    children: list[Tile],
    sink: Sink,
    options: TilingOptions,
) -> tuple[Tile, Candidates]:
    """A coarse tile over subtrees built apart, from their offers; and its own offer upwards."""
    merged = concat_buildings([o.pool for o in offers])
    ranked = _Ranked.of(merged)
    rows, residual = ranked.select(
        np.arange(len(merged)), max(o.residual_error for o in offers), options
    )
    pool = merged.take(rows)
    tile = _coarse_content(pool, ranked.size[rows], residual, side, children, sink, options)
    return tile, Candidates(pool, residual)


def build_subtree(
    buildings: BuildingSet,
    sink: Sink,
    options: TilingOptions,
    on_progress: Callable[[int], None] | None = None,
) -> tuple[Tile, Candidates, int]:
    """Tile one set of buildings; returns its root tile, its offer upwards and the tile count.

    Only one tile's content is in memory at a time; content bytes go to `sink(uri, bytes)`.
    Offers inside the set stay row numbers; only tile contents are materialised.
    """
    centroids = shapely.get_coordinates(shapely.centroid(buildings.polygons))
    ranked = _Ranked.of(buildings)
    cost = footprint_bytes(buildings.polygons) + ranked.row_bytes

    def fits(items: NDArray[np.intp]) -> bool:
        return bool(
            items.size <= options.max_features and cost[items].sum() <= options.max_content_bytes
        )

    root_node = quadtree(centroids[:, 0], centroids[:, 1], fits)
    done: dict[int, tuple[Tile, NDArray[np.intp], float]] = {}
    tiles = 0
    for node in root_node.walk():
        tiles += 1
        if node.is_leaf:
            uri, region = write_content(buildings.take(node.items), sink)
            rows, residual = ranked.select(node.items, 0.0, options)
            done[id(node)] = (Tile(region, 0.0, uri), rows, residual)
            if on_progress is not None:
                on_progress(int(node.items.size))
            continue
        below = [done.pop(id(child)) for child in node.children]
        rows, residual = ranked.select(
            np.concatenate([r for _, r, _ in below]), max(e for _, _, e in below), options
        )
        tile = _coarse_content(
            buildings.take(rows),
            ranked.size[rows],
            residual,
            _side(node),
            [t for t, _, _ in below],
            sink,
            options,
        )
        done[id(node)] = (tile, rows, residual)
    tile, rows, residual = done[id(root_node)]
    return tile, Candidates(buildings.take(rows), residual), tiles


def _side(node: QuadNode) -> float:
    return node.bounds[2] - node.bounds[0]


def tileset_document(root: Tile, features: int) -> dict[str, Any]:
    """The tileset.json around a finished tree (REPLACE refinement throughout)."""
    root.refine = "REPLACE"
    return tileset_json(
        root,
        geometric_error=max(root.region.diagonal_m(), root.geometric_error * 2.0, 1.0),
        extras={"features": features},
    )


def building_tileset(
    buildings: BuildingSet,
    sink: Sink,
    options: TilingOptions | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> TilesetResult:
    """Tile a set of buildings that fits in memory; returns the tileset document to write last."""
    options = options or TilingOptions()
    root, _, tiles = build_subtree(buildings, sink, options, on_progress)
    return TilesetResult(tileset_document(root, len(buildings)), root.region, tiles, len(buildings))
