"""LOD1 building extrusion: footprints + base and roof heights -> triangles with feature ids.

Everything is vectorised over the vertices of all rings at once; only the roof triangulation
(earcut) is called once per polygon part.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import mapbox_earcut
import numpy as np
import shapely
from numpy.typing import NDArray

from tiling.bounds import Region
from tiling.errors import EmptyContentError, InvalidGeometryError
from tiling.frames import geodetic_to_ecef, up_vectors
from tiling.gltf import TriangleMesh

# (x, y, z) in the footprints' metric CRS -> (lon deg, lat deg, ellipsoidal height m). A callable
# with a true `height_passes_through` attribute promises that z comes out unchanged.
ToGeodetic = Callable[
    [NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]],
    tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]],
]


@dataclass(frozen=True)
class Extrusion:
    """The mesh of some buildings and the region that holds it."""

    mesh: TriangleMesh
    region: Region


@dataclass(frozen=True)
class _Rings:
    xy: NDArray[np.float64]  # (V, 2) ring vertices without the closing vertex
    nxt: NDArray[np.intp]  # index of the next vertex along the same ring
    building: NDArray[np.intp]  # (V,) building (row) of each vertex
    part: NDArray[np.intp]  # (V,) polygon part of each vertex
    ring: NDArray[np.intp]  # (V,) ring of each vertex


def _rings(polygons: NDArray[Any]) -> _Rings:
    parts, building = shapely.get_parts(polygons, return_index=True)
    parts = shapely.orient_polygons(parts, exterior_cw=False)  # exteriors CCW, holes CW
    rings, part = shapely.get_rings(parts, return_index=True)
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    # Drop each ring's closing vertex.
    last = np.r_[ring[1:] != ring[:-1], True]
    keep = ~last
    xy, ring = coords[keep], ring[keep]
    starts = np.r_[0, np.flatnonzero(ring[1:] != ring[:-1]) + 1]
    ring_start = np.repeat(starts, np.diff(np.r_[starts, ring.size]))
    idx = np.arange(ring.size)
    nxt = np.where(np.r_[ring[1:] != ring[:-1], True], ring_start, idx + 1)
    return _Rings(xy, nxt, building[part[ring]], part[ring], ring)


def _roof_triangles(rings: _Rings) -> NDArray[np.intp]:
    """Earcut per polygon part; returns (T, 3) indices into the ring vertices, CCW seen from up."""
    n = rings.part.size
    part_starts = np.flatnonzero(np.r_[True, rings.part[1:] != rings.part[:-1]])
    part_stops = np.r_[part_starts[1:], n]
    ring_stops = np.flatnonzero(np.r_[rings.ring[1:] != rings.ring[:-1], True]) + 1
    # Ring ends relative to their part's start, split per part (parts never share a ring).
    part_of_ring_stop = np.searchsorted(part_starts, ring_stops - 1, side="right") - 1
    relative = (ring_stops - part_starts[part_of_ring_stop]).astype(np.uint32)
    first_ring = np.searchsorted(part_of_ring_stop, np.arange(part_starts.size)).tolist()
    # Earcut works best near the origin: each part relative to its first vertex.
    local = rings.xy - rings.xy[np.repeat(part_starts, part_stops - part_starts)]
    triangles: list[NDArray[np.intp]] = []
    bounds = zip(
        part_starts.tolist(),
        part_stops.tolist(),
        first_ring,
        first_ring[1:] + [relative.size],
        strict=True,
    )
    for start, stop, r0, r1 in bounds:
        tri = mapbox_earcut.triangulate_float64(local[start:stop], relative[r0:r1])
        triangles.append(tri.astype(np.intp) + start)
    if not triangles:
        return np.empty((0, 3), dtype=np.intp)
    tris = np.concatenate(triangles).reshape(-1, 3)
    a, b, c = rings.xy[tris[:, 0]], rings.xy[tris[:, 1]], rings.xy[tris[:, 2]]
    cross = (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])
    flip = cross < 0
    tris[flip] = tris[flip][:, ::-1]
    kept: NDArray[np.intp] = tris[cross != 0]
    return kept


def extrude(
    polygons: NDArray[Any],
    base: NDArray[np.float64],
    top: NDArray[np.float64],
    to_geodetic: ToGeodetic,
    colors: NDArray[np.uint8] | None = None,
    center: NDArray[np.float64] | None = None,
) -> Extrusion:
    """Extrude footprints (metric CRS) from `base` to `top` (heights per building).

    A building whose top is not above its base is written as a flat footprint at its base: a
    building without a measured height is shown, but gets no made-up one. Walls get outward normals
    (exterior rings counter-clockwise, holes clockwise), roofs face up and floors face down.
    """
    polygons = np.asarray(polygons, dtype=object)
    if polygons.size == 0:
        raise EmptyContentError("no buildings to extrude")
    if shapely.is_empty(polygons).any() or not np.isin(shapely.get_type_id(polygons), (3, 6)).all():
        raise InvalidGeometryError("extrude takes non-empty Polygon or MultiPolygon footprints")
    rings = _rings(polygons)
    v = rings.xy.shape[0]
    b = rings.building
    upper_z = np.maximum(top, base)[b]
    if getattr(to_geodetic, "height_passes_through", False):
        # One horizontal transform serves the base and the top of each corner.
        lon_b, lat_b, h_b = to_geodetic(rings.xy[:, 0], rings.xy[:, 1], base[b])
        lon_t, lat_t, h_t = lon_b, lat_b, h_b + (upper_z - base[b])
        lon, lat, h = np.r_[lon_b, lon_t], np.r_[lat_b, lat_t], np.r_[h_b, h_t]
    else:
        x, y = np.tile(rings.xy[:, 0], 2), np.tile(rings.xy[:, 1], 2)
        lon, lat, h = to_geodetic(x, y, np.concatenate([base[b], upper_z]))
        lon_b, lat_b, h_b, lon_t, lat_t, h_t = lon[:v], lat[:v], h[:v], lon[v:], lat[v:], h[v:]
    bottom = geodetic_to_ecef(lon_b, lat_b, h_b)
    upper = geodetic_to_ecef(lon_t, lat_t, h_t)
    up = up_vectors(lon_t, lat_t)

    # Walls: one quad (4 own vertices, flat normal) per edge of a building with height.
    walled = (top > base)[b]
    edge = np.flatnonzero(walled)
    j = rings.nxt[edge]
    wall_pos = np.stack([bottom[edge], bottom[j], upper[j], upper[edge]], axis=1)  # (E, 4, 3)
    normal = np.cross(wall_pos[:, 1] - wall_pos[:, 0], wall_pos[:, 3] - wall_pos[:, 0])
    length = np.linalg.norm(normal, axis=1)
    ok = length > 1e-9
    wall_pos, normal, edge = wall_pos[ok], normal[ok] / length[ok, None], edge[ok]
    n_walls = edge.size
    wall_idx = (np.arange(n_walls)[:, None] * 4 + np.array([0, 1, 2, 0, 2, 3])).reshape(-1, 3)

    roof = _roof_triangles(rings)
    floor_tris = roof[np.isin(roof[:, 0], np.flatnonzero(walled))][:, ::-1]
    positions = np.concatenate([wall_pos.reshape(-1, 3), upper, bottom])
    normals = np.concatenate([np.repeat(normal, 4, axis=0), up, -up])
    fids = np.concatenate([np.repeat(b[edge], 4), b, b])
    indices = np.concatenate([wall_idx, roof + 4 * n_walls, floor_tris + 4 * n_walls + v])
    used = np.zeros(positions.shape[0], dtype=bool)
    used[indices.reshape(-1)] = True
    # Keep only referenced vertices (floor copies of flat buildings are not).
    remap = np.cumsum(used) - 1
    positions, normals, fids = positions[used], normals[used], fids[used]
    indices = remap[indices]

    region = Region.from_geodetic(np.radians(lon), np.radians(lat), h)
    origin = region.center_ecef() if center is None else center
    mesh = TriangleMesh(
        center=origin,
        positions=(positions - origin).astype(np.float32),
        normals=normals.astype(np.float32),
        indices=indices,
        feature_ids=fids,
        colors=None if colors is None else colors[fids],
    )
    return Extrusion(mesh, region)


# Per ring vertex: 4 wall vertices + roof + floor copies (30 bytes each: position, normal,
# colour, feature id) and about 12 indices of 4 bytes.
BYTES_PER_COORDINATE = 6 * 30 + 12 * 4
MIN_FOOTPRINT_BYTES = 4 * BYTES_PER_COORDINATE  # a triangle: 3 corners + the closing one


def footprint_bytes(polygons: NDArray[Any]) -> NDArray[np.int64]:
    """An upper estimate of the GLB bytes each footprint's extrusion takes (geometry only)."""
    n: NDArray[np.integer[Any]] = shapely.get_num_coordinates(np.asarray(polygons, dtype=object))
    return (n * BYTES_PER_COORDINATE).astype(np.int64)
