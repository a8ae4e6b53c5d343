"""Point cloud octree LOD: integer octree keys, additive per-level sampling, error, bounding boxes.

The octree lives in a local east-north-up frame at the data's centre, with integer millimetre
coordinates and a cube whose edge is a power of two millimetres: a node's key and a sample cell's
key are bit shifts of a point's coordinates. Refinement is additive, so a point goes to exactly
one node: a node keeps one point per occupied cell of a 2^GRID_BITS grid over it (at most
`max_points`, chosen at random), and passes the rest to its children; a node with at most
`max_points` points left keeps them all and is a leaf. Every point a node leaves out lies in a
cell where it kept one, so the cell diagonal bounds the error of stopping there: that is the
node's geometric error, and it halves with each level.

Buckets make this distributable: the cube is cut at `bucket_level`, each bucket is worked on
alone (any process, any machine), and also picks its share of the levels above it, which the
cut aligns with the sample grid (bucket_level <= GRID_BITS).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from tiling.errors import TilingError
from tiling.frames import ecef_to_geodetic, up_vectors

GRID_BITS = 7  # 128 sample cells along a node's edge
MAX_KEY_BITS = 21  # per axis, so three axes pack into one int64
BOX_PAD_M = 0.01  # quantisation (0.5 mm) and float32 rounding stay far inside this

Key = tuple[int, int, int, int]  # level, i, j, k


@dataclass(frozen=True)
class OctreeFrame:
    """ENU frame at `origin` (ECEF) and the octree cube in it: integer millimetres."""

    origin: NDArray[np.float64]
    rotation: NDArray[np.float64]  # rows: east, north, up unit vectors in ECEF
    cube_min: NDArray[np.int64]  # ENU millimetres of the cube's low corner
    bits: int  # cube edge = 2**bits millimetres

    @classmethod
    def around(cls, ecef: NDArray[np.float64]) -> OctreeFrame:
        """The frame whose cube holds ECEF points (e.g. the corners of the input's extent)."""
        centre = (ecef.min(axis=0) + ecef.max(axis=0)) / 2.0
        lon, lat, _ = ecef_to_geodetic(centre[None, :])
        up = up_vectors(np.degrees(lon), np.degrees(lat))[0]
        east = np.array([-np.sin(lon[0]), np.cos(lon[0]), 0.0])
        rotation = np.stack([east, np.cross(up, east), up])
        enu = np.round((ecef - centre) @ rotation.T * 1000.0)
        low, high = enu.min(axis=0) - 1000, enu.max(axis=0) + 1000  # a metre of slack
        bits = max(int(np.ceil(np.log2(float((high - low).max())))), GRID_BITS + 1)
        if bits > 31:
            raise TilingError("a point cloud over 2,000 km across is not supported")
        return cls(centre, rotation, low.astype(np.int64), bits)

    def quantize(self, ecef: NDArray[np.float64]) -> NDArray[np.int32]:
        """ECEF metres -> cube coordinates (integer mm, clipped into the cube)."""
        enu = np.rint((ecef - self.origin) @ (self.rotation.T * 1000.0)) - self.cube_min
        return np.clip(enu, 0, 2**self.bits - 1).astype(np.int32)

    def affine(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """(matrix, offset) with cube coordinates = ecef @ matrix + offset (unrounded)."""
        matrix = self.rotation.T * 1000.0
        return matrix, -(self.origin @ matrix) - self.cube_min

    def to_ecef(self, q: NDArray[Any]) -> NDArray[np.float64]:
        """Cube coordinates -> ECEF metres."""
        enu = (np.asarray(q, dtype=np.float64) + self.cube_min) / 1000.0
        return self.origin + enu @ self.rotation

    def geometric_error(self, level: int) -> float:
        """Diagonal of a level's sample cell, in metres."""
        return float(np.sqrt(3.0) * 2.0 ** (self.bits - level - GRID_BITS) / 1000.0)

    def box(self, qmin: NDArray[Any], qmax: NDArray[Any]) -> list[float]:
        """A 3D Tiles `box` (ECEF centre + three half axes) around a cube-coordinate range."""
        centre = self.to_ecef((np.asarray(qmin, np.float64) + qmax) / 2.0)
        half = (np.asarray(qmax, np.float64) - qmin) / 2000.0 + BOX_PAD_M
        axes = self.rotation * half[:, None]
        return [float(v) for v in np.concatenate([centre, axes.ravel()])]

    def to_dict(self) -> dict[str, Any]:
        """Plain numbers (for a task description that crosses process or machine bounds)."""
        return {
            "origin": self.origin.tolist(),
            "rotation": self.rotation.tolist(),
            "cube_min": self.cube_min.tolist(),
            "bits": self.bits,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> OctreeFrame:
        """Inverse of to_dict."""
        return cls(
            np.array(d["origin"]),
            np.array(d["rotation"]),
            np.array(d["cube_min"], dtype=np.int64),
            int(d["bits"]),
        )


def node_key(q: NDArray[Any], bits: int, level: int) -> NDArray[np.int64]:
    """(N, 3) integer node coordinates of points at `level`."""
    return np.asarray(q, dtype=np.int64) >> (bits - level)


def _spread(v: NDArray[np.uint64]) -> NDArray[np.uint64]:
    """Insert two zero bits between the low 21 bits of v (one axis of a Morton code)."""
    v = v & np.uint64(0x1FFFFF)
    for shift, mask in (
        (32, 0x1F00000000FFFF),
        (16, 0x1F0000FF0000FF),
        (8, 0x100F00F00F00F00F),
        (4, 0x10C30C30C30C30C3),
        (2, 0x1249249249249249),
    ):
        v = (v | (v << np.uint64(shift))) & np.uint64(mask)
    return v


def morton(local: NDArray[np.int64], drop: int) -> NDArray[np.uint64]:
    """Morton (z-order) codes of non-negative coordinates below 2^(21 + drop)."""
    c = (local >> drop).astype(np.uint64)
    return (
        (_spread(c[:, 0]) << np.uint64(2)) | (_spread(c[:, 1]) << np.uint64(1)) | _spread(c[:, 2])
    )


def _pick_in_runs(
    starts: NDArray[np.intp], counts: NDArray[np.intp], salt: int
) -> NDArray[np.intp]:
    """One pseudo-random member of each run [start, start + count) (reproducible)."""
    h = (starts.astype(np.uint64) + np.uint64(salt)) * np.uint64(0x9E3779B97F4A7C15)
    return starts + ((h >> np.uint64(33)) % counts.astype(np.uint64)).astype(np.intp)


def _even_subset(group: NDArray[np.intp], cap: int) -> NDArray[np.bool_]:
    """Mask keeping exactly min(cap, size) members of each group (sorted groups), evenly spread
    along the Morton curve: a spatially even thinning."""
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    sizes = np.diff(np.r_[starts, group.size])
    c = np.repeat(sizes, sizes)
    rank = np.arange(group.size) - np.repeat(starts, sizes)
    keep: NDArray[np.bool_] = (c <= cap) | ((rank + 1) * cap // c > rank * cap // c)
    return keep


@dataclass
class NodePoints:
    """Points (indices into the bucket's arrays) that one octree node keeps."""

    key: Key
    index: NDArray[np.intp]


def partition_bucket(
    q: NDArray[Any], bits: int, bucket: Key, max_points: int, ancestor_quota: dict[int, int]
) -> list[NodePoints]:
    """Split one bucket's points among its octree nodes and its share of the ancestors' (the
    levels above the bucket, at most `ancestor_quota[level]` points each).

    One sort (by Morton code) serves every level: nodes and sample cells are then runs of equal
    code prefixes. Every index appears in exactly one returned node.
    """
    level0 = bucket[0]
    if level0 > GRID_BITS:
        raise TilingError("buckets must not be finer than the sample grid")
    q = np.asarray(q, dtype=np.int64)
    origin = np.array(bucket[1:], dtype=np.int64) << (bits - level0)
    drop = max(bits - level0 - MAX_KEY_BITS, 0)  # resolution the codes give up (sub-mm at 16 km)
    codes = morton(q - origin, drop)
    order = np.argsort(codes)
    codes = codes[order]
    active = np.arange(q.shape[0])
    out: list[NodePoints] = []
    level = 0
    while active.size:
        cell_shift = bits - level - GRID_BITS - drop
        last = cell_shift <= 0  # cells as fine as the codes: whatever is left stays here
        a = codes[active]
        cell = a >> np.uint64(min(3 * max(cell_shift, 0), 63))
        cell_start = np.r_[True, cell[1:] != cell[:-1]]
        if level < level0:  # the whole bucket lies in one ancestor node
            starts = np.flatnonzero(cell_start)
            pick = _pick_in_runs(starts, np.diff(np.r_[starts, a.size]), level)
            quota = ancestor_quota.get(level, max_points)
            pick = pick[_even_subset(np.zeros(pick.size, np.intp), quota)]
            if pick.size:
                key = (level, *(int(c) >> (level0 - level) for c in bucket[1:]))
                out.append(NodePoints(key, order[active[pick]]))  # type: ignore[arg-type]
            keep = np.ones(a.size, dtype=bool)
            keep[pick] = False
            active = active[keep]
            level += 1
            continue
        node = a >> np.uint64(min(3 * max(bits - level - drop, 0), 63))
        node_start = np.r_[True, node[1:] != node[:-1]]
        nid = np.cumsum(node_start) - 1
        nstarts = np.flatnonzero(node_start)
        leaf_node = (np.diff(np.r_[nstarts, a.size]) <= max_points) | last
        chosen = leaf_node[nid]
        starts = np.flatnonzero(cell_start)
        counts = np.diff(np.r_[starts, a.size])
        inner = ~chosen[starts]
        pick = _pick_in_runs(starts[inner], counts[inner], level)
        pick = pick[_even_subset(nid[pick], max_points)]
        chosen[pick] = True
        where = np.flatnonzero(chosen)
        groups = np.flatnonzero(np.r_[True, nid[where][1:] != nid[where][:-1]])
        for part in np.split(order[active[where]], groups[1:]):
            ijk = q[part[0]] >> (bits - level)
            out.append(NodePoints((level, int(ijk[0]), int(ijk[1]), int(ijk[2])), part))
        active = active[~chosen]
        level += 1
    return out


@dataclass
class NodeSummary:
    """What the tileset needs of a written node: its cube-coordinate extent and content."""

    key: Key
    count: int
    qmin: NDArray[np.int64]
    qmax: NDArray[np.int64]
    uri: str | None


@dataclass
class _TreeNode:
    key: Key
    summary: NodeSummary | None
    qmin: NDArray[np.int64]
    qmax: NDArray[np.int64]
    children: list[_TreeNode] = field(default_factory=list)


def _parent(key: Key) -> Key:
    return (key[0] - 1, key[1] >> 1, key[2] >> 1, key[3] >> 1)


def tileset_tree(frame: OctreeFrame, summaries: Iterable[NodeSummary]) -> dict[str, Any]:
    """The root tile dict (ADD refinement, box volumes) of every node, parents made as needed."""
    nodes: dict[Key, _TreeNode] = {}
    for s in summaries:
        if s.key in nodes:
            raise TilingError(f"octree node {s.key} written twice")
        nodes[s.key] = _TreeNode(s.key, s, s.qmin.copy(), s.qmax.copy())
    if not nodes:
        raise TilingError("no points to tile")
    for key in sorted(nodes, key=lambda k: -k[0]):  # deepest first: parents get their boxes
        node = nodes[key]
        if key[0] == 0:
            continue
        parent = nodes.get(_parent(key))
        if parent is None:
            parent = nodes[_parent(key)] = _TreeNode(
                _parent(key), None, node.qmin.copy(), node.qmax.copy()
            )
        parent.children.append(node)
        parent.qmin = np.minimum(parent.qmin, node.qmin)
        parent.qmax = np.maximum(parent.qmax, node.qmax)
    root = nodes[(0, 0, 0, 0)]
    tile = _tile_dict(frame, root)
    tile["refine"] = "ADD"
    return tile


def _tile_dict(frame: OctreeFrame, node: _TreeNode) -> dict[str, Any]:
    tile: dict[str, Any] = {
        "boundingVolume": {"box": frame.box(node.qmin, node.qmax)},
        "geometricError": frame.geometric_error(node.key[0]) if node.children else 0.0,
    }
    if node.summary is not None and node.summary.uri is not None:
        tile["content"] = {"uri": node.summary.uri}
    if node.children:
        node.children.sort(key=lambda n: n.key)
        tile["children"] = [_tile_dict(frame, child) for child in node.children]
    return tile


Sink = Callable[[str, bytes], None]
