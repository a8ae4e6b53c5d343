"""Terrain tiles: the geographic tiling scheme, height grids -> quantized-mesh tiles, layer.json.

Tiling scheme (CesiumJS GeographicTilingScheme, TMS rows): level z has 2^(z+1) x 2^z tiles of
180/2^z degrees; x counts from 180 W eastwards, y from 90 S northwards.

Each tile is sampled as a GRID x GRID node lattice (plus a one-node halo for normals) whose nodes
on a shared edge are the same points in both tiles, so their heights are the same numbers. The
mesh keeps the nodes the RTIN simplification needs for the level's error; on edges it keeps the
union of what the tile and its neighbour need (`border_masks` of both, computed first), so
shared edges have exactly the same vertices in both tiles and nothing cracks even before skirts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.frames import WGS84_A, WGS84_E2
from tiling.quantized_mesh import QUANTIZED_MAX, TerrainTileMesh, encode_quantized_mesh
from tiling.terrain_mesh import rtin_errors, rtin_mesh, selected_nodes

GRID = 65  # nodes a side; also what Cesium assumes for its level-0 error estimate
# CesiumJS's TerrainProvider.getEstimatedLevelZeroGeometricErrorForAHeightmap(WGS84, 65, 2):
# the geometric error Cesium assigns to level 0; it halves with each level.
LEVEL_ZERO_ERROR = WGS84_A * 2 * math.pi * 0.25 / (GRID * 2)
EDGES = ("west", "south", "east", "north")


@dataclass(frozen=True)
class TileKey:
    """A tile of the geographic scheme (TMS: y from the south)."""

    z: int
    x: int
    y: int

    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees."""
        w = 180.0 / (1 << self.z)
        return (
            -180.0 + self.x * w,
            -90.0 + self.y * w,
            -180.0 + (self.x + 1) * w,
            -90.0 + (self.y + 1) * w,
        )

    def neighbour(self, edge: str) -> TileKey | None:
        """The tile across `edge` (wrapping at the antimeridian; none past a pole)."""
        nx = 2 << self.z
        dx, dy = {"west": (-1, 0), "east": (1, 0), "south": (0, -1), "north": (0, 1)}[edge]
        y = self.y + dy
        if not 0 <= y < (1 << self.z):
            return None
        return TileKey(self.z, (self.x + dx) % nx, y)


def level_error(z: int, scale: float = 1.0) -> float:
    """The largest vertical error (m) the mesh of a level-z tile may have against its grid."""
    return scale * LEVEL_ZERO_ERROR / (1 << z)


def tiles_covering(
    z: int, west: float, south: float, east: float, north: float
) -> tuple[int, int, int, int]:
    """(x0, y0, x1, y1) inclusive range of level-z tiles touching a box in degrees."""
    w = 180.0 / (1 << z)
    x0 = int(np.clip(math.floor((west + 180.0) / w), 0, (2 << z) - 1))
    x1 = int(np.clip(math.ceil((east + 180.0) / w) - 1, x0, (2 << z) - 1))
    y0 = int(np.clip(math.floor((south + 90.0) / w), 0, (1 << z) - 1))
    y1 = int(np.clip(math.ceil((north + 90.0) / w) - 1, y0, (1 << z) - 1))
    return x0, y0, x1, y1


def grid_nodes(key: TileKey, halo: int = 1) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Longitudes and latitudes (degrees) of the tile's nodes, (GRID + 2 halo)^2, row 0 south.

    Computed from integers and the power-of-two node spacing, so a node shared by two tiles
    gets bit-identical coordinates in both.
    """
    cells = GRID - 1
    step = 180.0 / (1 << key.z) / cells
    i = np.arange(-halo, GRID + halo)
    lon = -180.0 + (key.x * cells + i) * step
    lat = np.clip(-90.0 + (key.y * cells + i) * step, -90.0, 90.0)
    return np.meshgrid(lon, lat)


def border_masks(errors: NDArray[np.float64], max_error: float) -> dict[str, NDArray[np.bool_]]:
    """Which nodes of each edge the tile's own mesh needs (edges run west->east, south->north).

    `errors` are the RTIN errors of the GRID x GRID lattice (no halo): `rtin_errors(heights)`.
    """
    keep = selected_nodes(errors, max_error)
    return {
        "west": keep[:, 0].copy(),
        "east": keep[:, -1].copy(),
        "south": keep[0, :].copy(),
        "north": keep[-1, :].copy(),
    }


_EDGE_INDEX: dict[str, tuple[slice | int, slice | int]] = {
    "west": (slice(None), 0),
    "east": (slice(None), -1),
    "south": (0, slice(None)),
    "north": (-1, slice(None)),
}


def _insert_edge_nodes(
    nodes: NDArray[np.int64], triangles: NDArray[np.int64], extra: NDArray[np.int64]
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Insert lattice nodes lying on the tile's border into the mesh: each splits the boundary
    triangle whose side holds it in two, keeping the counter-clockwise winding. One step per
    inserted node (at most 4 x 63), each vectorised over the triangles."""
    all_nodes = np.concatenate([nodes, extra])
    col, row = all_nodes % GRID, all_nodes // GRID
    tris = triangles.copy()
    for offset in range(extra.size):
        e = nodes.size + offset
        ec, er = col[e], row[e]
        for k in range(3):  # directed side p -> q, r the third corner
            p, q = tris[:, k], tris[:, (k + 1) % 3]
            on_col = (col[p] == ec) & (col[q] == ec) & ((row[p] - er) * (row[q] - er) < 0)
            on_row = (row[p] == er) & (row[q] == er) & ((col[p] - ec) * (col[q] - ec) < 0)
            hit = np.flatnonzero(on_col | on_row)
            if hit.size:
                t = hit[0]
                a, b, c = tris[t, k], tris[t, (k + 1) % 3], tris[t, (k + 2) % 3]
                tris[t] = (a, e, c)
                tris = np.vstack([tris, [e, b, c]])
                break
    order = np.argsort(all_nodes)
    rank = np.empty_like(order)
    rank[order] = np.arange(order.size)
    return all_nodes[order], rank[tris]


def _lattice_ecef(
    lon: NDArray[np.float64], lat: NDArray[np.float64], heights: NDArray[np.float64]
) -> NDArray[np.float64]:
    """ECEF (rows, cols, 3) of a lon x lat lattice (1-D degrees) at `heights` (rows, cols).

    geodetic_to_ecef per node, but the trigonometry once per row and column.
    """
    lam, phi = np.radians(lon), np.radians(lat)
    sin_phi, cos_phi = np.sin(phi)[:, None], np.cos(phi)[:, None]
    n = WGS84_A / np.sqrt(1.0 - WGS84_E2 * sin_phi * sin_phi)
    out = np.empty((*heights.shape, 3))
    r = (n + heights) * cos_phi
    out[..., 0] = r * np.cos(lam)[None, :]
    out[..., 1] = r * np.sin(lam)[None, :]
    out[..., 2] = (n * (1.0 - WGS84_E2) + heights) * sin_phi
    return out


def _vertex_normals(
    lon: NDArray[np.float64], lat: NDArray[np.float64], heights: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Unit ECEF normals at the inner nodes from central differences over the halo grid, so a
    node on a shared edge gets the same normal in both tiles (no lighting seam).

    `lon` and `lat` are the halo lattice's 1-D node coordinates (columns, rows)."""
    p = _lattice_ecef(lon, lat, heights)
    east = p[1:-1, 2:] - p[1:-1, :-2]
    north = p[2:, 1:-1] - p[:-2, 1:-1]
    n = np.cross(east, north).reshape(-1, 3)
    length: NDArray[np.float64] = np.sqrt(np.einsum("ij,ij->i", n, n))[:, None]
    if (length > 0).all():
        return n / length
    # Degenerate (pole) nodes fall back to the ellipsoid's radial direction.
    up = _lattice_ecef(lon[1:-1], lat[1:-1], np.zeros((lat.size - 2, lon.size - 2)))
    up = up.reshape(-1, 3)
    fallback = up / np.linalg.norm(up, axis=1, keepdims=True)
    return np.where(length > 0, n / np.where(length > 0, length, 1), fallback)


def build_terrain_tile(
    key: TileKey,
    heights: NDArray[np.float64],
    max_error: float,
    neighbour_edges: dict[str, NDArray[np.bool_]] | None = None,
    metadata: dict[str, Any] | None = None,
    *,
    errors: NDArray[np.float64] | None = None,
) -> tuple[bytes, TerrainTileMesh]:
    """One tile from its sampled lattice with halo ((GRID + 2)^2 heights, row 0 south).

    `neighbour_edges` maps an edge name to the nodes the neighbour across it keeps on that
    edge (its `border_masks` entry for the opposite edge): they are inserted into this mesh's
    boundary triangles, so both tiles end with the same edge vertices. The neighbour's vertex
    lies within `max_error` of this mesh's edge, so near shared edges the mesh is within twice
    `max_error` of the lattice (and within `max_error` everywhere else).
    `errors` are `rtin_errors` of the inner lattice when the caller has them already.
    Returns the encoded (uncompressed) tile and the mesh it encodes.
    """
    lon, lat = grid_nodes(key)
    inner = heights[1:-1, 1:-1]
    nodes, triangles = rtin_mesh(rtin_errors(inner) if errors is None else errors, max_error)
    extra = np.zeros(inner.shape, dtype=bool)
    for edge, mask in (neighbour_edges or {}).items():
        extra[_EDGE_INDEX[edge]] |= mask
    extra.ravel()[nodes] = False
    if extra.any():
        nodes, triangles = _insert_edge_nodes(nodes, triangles, np.flatnonzero(extra))
    cells = GRID - 1
    col, row = nodes % GRID, nodes // GRID
    # Integer lattice -> 0..32767 with rounding: node i of one tile and of its neighbour agree.
    u = (col * QUANTIZED_MAX + cells // 2) // cells
    v = (row * QUANTIZED_MAX + cells // 2) // cells
    normals = _vertex_normals(lon[0], lat[:, 0], heights).reshape(GRID * GRID, 3)[nodes]
    west, south, east, north = key.bounds()
    mesh = TerrainTileMesh(
        west,
        south,
        east,
        north,
        u.astype(np.int64),
        v.astype(np.int64),
        inner.ravel()[nodes],
        triangles,
        normals,
        metadata,
    )
    return encode_quantized_mesh(mesh), mesh


def child_availability(
    key: TileKey, available: list[tuple[int, int, int, int]] | None
) -> dict[str, Any]:
    """The metadata extension's JSON: which of this tile's children exist (next level)."""
    if not available:
        return {"available": []}
    x0, y0, x1, y1 = available[0]
    cx0, cy0 = max(x0, 2 * key.x), max(y0, 2 * key.y)
    cx1, cy1 = min(x1, 2 * key.x + 1), min(y1, 2 * key.y + 1)
    if cx0 > cx1 or cy0 > cy1:
        return {"available": []}
    return {"available": [[{"startX": cx0, "startY": cy0, "endX": cx1, "endY": cy1}]]}


def layer_json(
    name: str,
    ranges: list[tuple[int, int, int, int]],
    bounds: tuple[float, float, float, float],
    *,
    version: str = "1.0.0",
    description: str = "",
    attribution: str = "",
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """layer.json of a quantized-mesh layer; `ranges[z]` = (x0, y0, x1, y1) of level z (TMS)."""
    return {
        "tilejson": "2.1.0",
        "name": name,
        "description": description,
        "version": version,
        "format": "quantized-mesh-1.0",
        "attribution": attribution,
        "scheme": "tms",
        "tiles": ["{z}/{x}/{y}.terrain?v={version}"],
        "projection": "EPSG:4326",
        "bounds": [round(b, 9) for b in bounds],
        "minzoom": 0,
        "maxzoom": len(ranges) - 1,
        "extensions": ["octvertexnormals", "metadata"],
        # Every tile's metadata extension lists its children (one level). CesiumJS needs this
        # key whenever tiles carry metadata (it then reads availability from the tiles; other
        # clients read "available" below, which says the same).
        "metadataAvailability": 1,
        "available": [
            [{"startX": x0, "startY": y0, "endX": x1, "endY": y1}] for x0, y0, x1, y1 in ranges
        ],
        **(extra or {}),
    }
