"""Pipe geometry: tubes of their real diameter and box ducts along 3D polylines, vertical shafts.

Everything is in ECEF metres and vectorised over all sub-segments (consecutive polyline vertices)
at once. A tube is a prism of `sides` faces whose vertices lie exactly on the circle of the pipe's
radius around the axis; a box duct has its height along the local vertical and its width across.
Nodes (manholes, hydrants, valves) are vertical cylinders ("shafts") from a bottom to a top point.

Colours per pipeline type follow CJJ 61-2017 (城市地下管线探测技术规程, the Chinese technical
standard for detecting and surveying urban underground pipelines), appendix B.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.bounds import Region
from tiling.errors import EmptyContentError, InvalidGeometryError
from tiling.frames import ecef_to_geodetic
from tiling.gltf import TriangleMesh

# CJJ 61-2017 appendix B: colour of each pipeline type (RGB).
CJJ61_COLORS: dict[str, tuple[int, int, int]] = {
    "water": (0, 255, 255),
    "drainage": (76, 57, 38),
    "gas": (255, 0, 255),
    "heat": (255, 128, 0),
    "power": (255, 0, 0),
    "telecom": (0, 255, 0),
    "industrial": (0, 0, 0),
    "tunnel": (0, 0, 0),
    "unknown": (102, 0, 204),
}
MIN_SUBSEGMENT_M = 1e-4  # repeated vertices make no geometry


def type_colors(types: NDArray[Any]) -> NDArray[np.uint8]:
    """(N, 4) RGBA colours of pipeline types after CJJ 61-2017 appendix B (unknown otherwise)."""
    out = np.empty((len(types), 4), dtype=np.uint8)
    out[:, 3] = 255
    out[:, :3] = CJJ61_COLORS["unknown"]
    for name, rgb in CJJ61_COLORS.items():
        out[np.asarray(types) == name, :3] = rgb
    return out


@dataclass(frozen=True)
class PipeGeometry:
    """Segments (3D polylines of the pipe axis) and node shafts, all in ECEF metres.

    Segment i has vertices `xyz[offsets[i]:offsets[i + 1]]`; it is a box when `box[i]`, of
    `width[i]` x `height[i]`, else a tube of `radius[i]`. Shaft j runs from `shaft_bottom[j]` to
    `shaft_top[j]` with `shaft_radius[j]`.
    """

    xyz: NDArray[np.float64]
    offsets: NDArray[np.intp]
    radius: NDArray[np.float64]
    box: NDArray[np.bool_]
    width: NDArray[np.float64]
    height: NDArray[np.float64]
    colors: NDArray[np.uint8]
    shaft_bottom: NDArray[np.float64]
    shaft_top: NDArray[np.float64]
    shaft_radius: NDArray[np.float64]
    shaft_colors: NDArray[np.uint8]

    @property
    def n_segments(self) -> int:
        """Number of segments."""
        return int(self.offsets.size - 1)

    @property
    def n_shafts(self) -> int:
        """Number of node shafts."""
        return int(self.shaft_radius.size)

    def sizes(self) -> NDArray[np.float64]:
        """The largest cross-section dimension of every segment, then of every shaft (metres)."""
        seg = np.where(self.box, np.maximum(self.width, self.height), 2.0 * self.radius)
        sizes: NDArray[np.float64] = np.r_[seg, 2.0 * self.shaft_radius]
        return sizes


@dataclass(frozen=True)
class _Parts:
    positions: NDArray[np.float64]
    normals: NDArray[np.float64]
    indices: NDArray[np.int64]
    item: NDArray[np.intp]  # per vertex: which item (row) it belongs to


def _frames(
    a: NDArray[np.float64], b: NDArray[np.float64]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Unit axis d, horizontal side u and upward side v of each sub-segment a -> b."""
    d = b - a
    d /= np.linalg.norm(d, axis=1, keepdims=True)
    lon, lat, _ = ecef_to_geodetic(a)
    up = np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    east = np.column_stack([-np.sin(lon), np.cos(lon), np.zeros_like(lon)])
    u = np.cross(d, up)
    norm = np.linalg.norm(u, axis=1)
    vertical = norm < 1e-6  # shafts: the axis is the up vector itself
    u[vertical] = east[vertical]
    u /= np.linalg.norm(u, axis=1, keepdims=True)
    v = np.cross(u, d)
    return d, u, v


def tubes(
    a: NDArray[np.float64], b: NDArray[np.float64], radius: NDArray[np.float64], sides: int
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.int64]]:
    """Open prisms of `sides` faces around each axis a -> b: positions, normals, triangles.

    Vertices of row i are `i * 2 * sides` onwards: the ring at a, then the ring at b.
    """
    if sides < 3:
        raise InvalidGeometryError("a tube needs at least 3 sides")
    _, u, v = _frames(a, b)
    theta = 2.0 * np.pi * np.arange(sides) / sides
    ring = (
        np.cos(theta)[None, :, None] * u[:, None, :] + np.sin(theta)[None, :, None] * v[:, None, :]
    )  # (n, sides, 3) unit normals
    normals = np.concatenate([ring, ring], axis=1)
    r = radius[:, None, None]
    positions = np.concatenate([a[:, None, :] + r * ring, b[:, None, :] + r * ring], axis=1)
    i = np.arange(sides)
    j = (i + 1) % sides
    # Counter-clockwise seen from outside: around +d, u -> v turns positively.
    quad = np.stack(
        [np.stack([i, j + sides, j], 1), np.stack([i, i + sides, j + sides], 1)], axis=1
    ).reshape(-1, 3)
    base = (np.arange(a.shape[0]) * 2 * sides)[:, None, None]
    indices = (quad[None] + base).reshape(-1, 3)
    return positions.reshape(-1, 3), normals.reshape(-1, 3), indices


def boxes(
    a: NDArray[np.float64],
    b: NDArray[np.float64],
    width: NDArray[np.float64],
    height: NDArray[np.float64],
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.int64]]:
    """Open rectangular ducts around each axis a -> b (flat faces: 16 vertices per row)."""
    _, u, v = _frames(a, b)
    hw, hh = (width / 2.0)[:, None], (height / 2.0)[:, None]
    # Faces +u, +v, -u, -v; each face is the quad (c0, c1) at a and (c0, c1) at b.
    corner = [hw * u - hh * v, hw * u + hh * v, -hw * u + hh * v, -hw * u - hh * v]
    normal = [u, v, -u, -v]
    pos, nrm = [], []
    for f in range(4):
        c0, c1 = corner[f], corner[(f + 1) % 4]
        pos += [a + c0, a + c1, b + c0, b + c1]
        nrm += [normal[f]] * 4
    positions = np.stack(pos, axis=1)  # (n, 16, 3)
    normals = np.stack(nrm, axis=1)
    face = np.array([[0, 3, 1], [0, 2, 3]])
    quad = np.concatenate([face + 4 * f for f in range(4)])
    base = (np.arange(a.shape[0]) * 16)[:, None, None]
    indices = (quad[None] + base).reshape(-1, 3)
    return positions.reshape(-1, 3), normals.reshape(-1, 3), indices


def _subsegments(
    geom: PipeGeometry, rows: NDArray[np.intp]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.intp]]:
    starts, stops = geom.offsets[rows], geom.offsets[rows + 1]
    counts = stops - starts - 1
    owner = np.repeat(np.arange(rows.size), counts)
    first = np.repeat(starts - np.r_[0, np.cumsum(counts)[:-1]], counts) + np.arange(owner.size)
    a, b = geom.xyz[first], geom.xyz[first + 1]
    keep = np.linalg.norm(b - a, axis=1) > MIN_SUBSEGMENT_M
    return a[keep], b[keep], owner[keep]


def _concat(parts: list[_Parts]) -> _Parts:
    shift = np.cumsum([0] + [p.positions.shape[0] for p in parts[:-1]])
    return _Parts(
        np.concatenate([p.positions for p in parts]),
        np.concatenate([p.normals for p in parts]),
        np.concatenate([p.indices + s for p, s in zip(parts, shift, strict=True)]),
        np.concatenate([p.item for p in parts]),
    )


def pipe_mesh(
    geom: PipeGeometry, segments: NDArray[np.intp], shafts: NDArray[np.intp], sides: int
) -> tuple[TriangleMesh, Region]:
    """One mesh of the given segments and shafts; feature id k is segments[k], then shafts.

    Returns the mesh (positions relative to its centre) and the region holding every vertex.
    """
    parts: list[_Parts] = []
    a, b, owner = _subsegments(geom, segments)
    tube = ~geom.box[segments][owner]
    if tube.any():
        p, n, t = tubes(a[tube], b[tube], geom.radius[segments][owner[tube]], sides)
        parts.append(_Parts(p, n, t, np.repeat(owner[tube], 2 * sides)))
    if (~tube).any():
        o = owner[~tube]
        p, n, t = boxes(a[~tube], b[~tube], geom.width[segments][o], geom.height[segments][o])
        parts.append(_Parts(p, n, t, np.repeat(o, 16)))
    if shafts.size:
        lo, hi = geom.shaft_bottom[shafts], geom.shaft_top[shafts]
        ok = np.linalg.norm(hi - lo, axis=1) > MIN_SUBSEGMENT_M
        if ok.any():
            p, n, t = tubes(lo[ok], hi[ok], geom.shaft_radius[shafts][ok], sides)
            item = segments.size + np.flatnonzero(ok)
            parts.append(_Parts(p, n, t, np.repeat(item, 2 * sides)))
    if not parts:
        raise EmptyContentError("no pipe geometry in this tile")
    mesh = _concat(parts)
    colors = np.concatenate([geom.colors[segments], geom.shaft_colors[shafts]])
    region = Region.from_ecef(mesh.positions)
    center = mesh.positions.mean(axis=0)
    return TriangleMesh(
        center=center,
        positions=(mesh.positions - center).astype(np.float32),
        normals=mesh.normals.astype(np.float32),
        indices=mesh.indices,
        feature_ids=mesh.item,
        colors=colors[mesh.item],
    ), region
