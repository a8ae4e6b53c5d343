"""Terrain mesh simplification: a right-triangulated irregular network (RTIN) over a height grid.

The grid is (2^k + 1) x (2^k + 1) heights. Every triangle of the RTIN hierarchy is a right
isosceles triangle whose hypotenuse midpoint is a grid node; a node's error is the largest
vertical distance between the grid and the mesh anywhere in the triangles that node would split
(Evans, Kirkpatrick and Townsend 2001; the same scheme as mapbox/martini). Cutting the hierarchy at
`max_error` gives a conforming mesh whose vertical error against every grid node is at most
`max_error`.

Nodes can be forced into the mesh (their error set to infinity): that is how two neighbouring
tiles end up with the very same vertices on their shared edge. Everything is vectorised per level
of the hierarchy (about 2k numpy steps per tile), and the geometry of the hierarchy is computed
once per grid size.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from numpy.typing import NDArray

IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class _Level:
    """All triangles of one depth of the hierarchy: corners a, b (hypotenuse) and c (right
    angle), as flat node indices, the flat index of the hypotenuse midpoint, and every grid node
    inside each triangle with its barycentric weights (so the true error of a triangle against
    the grid is one gather, one dot product and one max)."""

    a: IntArray
    b: IntArray
    c: IntArray
    m: IntArray
    splittable: bool  # midpoints are grid nodes (legs longer than one cell)
    starts: IntArray  # (T,) where each triangle's run of inside nodes begins in `nodes`
    nodes: IntArray  # (P,) grid nodes inside the triangles, grouped by triangle
    corners: IntArray  # (3, P) the corners a, b, c of the triangle each of those lies in
    weights: NDArray[np.float64]  # (3, P) barycentric weights of those nodes for (a, b, c)


def _inside_nodes(
    size: int, ax: IntArray, ay: IntArray, bx: IntArray, by: IntArray, cx: IntArray, cy: IntArray
) -> tuple[IntArray, IntArray, IntArray, NDArray[np.float64]]:
    """Grid nodes inside (or on) each triangle, grouped by triangle, with their weights."""
    x0 = np.minimum(np.minimum(ax, bx), cx)
    y0 = np.minimum(np.minimum(ay, by), cy)
    span = int((np.maximum(np.maximum(ax, bx), cx) - x0).max()) + 1
    dx, dy = np.meshgrid(np.arange(span), np.arange(span))
    gx = x0[:, None] + dx.ravel()[None, :]
    gy = y0[:, None] + dy.ravel()[None, :]
    det = ((by - cy) * (ax - cx) + (cx - bx) * (ay - cy)).astype(np.float64)[:, None]
    wa = ((by - cy)[:, None] * (gx - cx[:, None]) + (cx - bx)[:, None] * (gy - cy[:, None])) / det
    wb = ((cy - ay)[:, None] * (gx - cx[:, None]) + (ax - cx)[:, None] * (gy - cy[:, None])) / det
    wc = 1.0 - wa - wb
    inside = (wa >= -1e-9) & (wb >= -1e-9) & (wc >= -1e-9)
    tri, _ = np.nonzero(inside)
    counts = np.bincount(tri, minlength=ax.size)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    nodes = (gy * size + gx)[inside]
    weights = np.stack([wa[inside], wb[inside], wc[inside]], axis=1)
    return starts, nodes, tri, weights


@lru_cache(maxsize=4)
def _hierarchy(size: int) -> tuple[_Level, ...]:
    """The triangles of every depth for a grid of `size` = 2^k + 1 nodes a side."""
    cells = size - 1
    if size < 3 or cells & (cells - 1):
        raise ValueError(f"the grid must be 2^k + 1 nodes a side, not {size}")
    # Two root triangles split the square along its diagonal (x, y): a-b is the hypotenuse.
    ax = np.array([0, cells])
    ay = np.array([0, cells])
    bx = np.array([cells, 0])
    by = np.array([cells, 0])
    cx = np.array([cells, 0])
    cy = np.array([0, cells])
    levels = []
    while True:
        mx, my = (ax + bx) // 2, (ay + by) // 2
        splittable = bool(abs(ax[0] - cx[0]) + abs(ay[0] - cy[0]) > 1)
        starts, nodes, owner, weights = _inside_nodes(size, ax, ay, bx, by, cx, cy)
        a, b, c = ay * size + ax, by * size + bx, cy * size + cx
        levels.append(
            _Level(
                a,
                b,
                c,
                my * size + mx,
                splittable,
                starts,
                nodes,
                np.stack([a[owner], b[owner], c[owner]]),
                np.ascontiguousarray(weights.T),
            )
        )
        if not splittable:
            break
        # Children of (a, b, c) split at m: (c, a, m) and (b, c, m); m is their right angle.
        ax, ay, bx, by, cx, cy = (
            np.concatenate([cx, bx]),
            np.concatenate([cy, by]),
            np.concatenate([ax, cx]),
            np.concatenate([ay, cy]),
            np.concatenate([mx, mx]),
            np.concatenate([my, my]),
        )
    return tuple(levels)


def rtin_errors(
    heights: NDArray[np.float64], forced: NDArray[np.bool_] | None = None
) -> NDArray[np.float64]:
    """Each node's error: the largest distance between the grid and a triangle that node would
    split, over every triangle below it too (so a parent's error is never below its children's).

    A triangle's error is measured against every grid node inside it, so keeping a node exactly
    when its error exceeds the tolerance bounds the mesh's error at every node (Martini's
    midpoint-only measure can exceed it by 15% or more). Nodes in `forced` get an infinite
    error, and so do their ancestors: they are always kept.
    """
    size = heights.shape[0]
    flat = np.asarray(heights, dtype=np.float64).ravel()
    errors = np.zeros(flat.size)
    if forced is not None:
        errors[np.asarray(forced).ravel()] = np.inf
    levels = _hierarchy(size)
    for depth in range(len(levels) - 1, -1, -1):
        lv = levels[depth]
        if not lv.splittable:
            continue
        plane = np.einsum("ij,ij->j", lv.weights, flat[lv.corners])
        worst = np.maximum.reduceat(np.abs(plane - flat[lv.nodes]), lv.starts)
        child = levels[depth + 1]
        if child.splittable:
            n = lv.a.size
            # The children's midpoints (errors final: computed at depth + 1).
            worst = np.maximum(worst, np.maximum(errors[child.m[:n]], errors[child.m[n:]]))
        np.maximum.at(errors, lv.m, worst)
    return errors.reshape(size, size)


def rtin_mesh(errors: NDArray[np.float64], max_error: float) -> tuple[IntArray, NDArray[np.int64]]:
    """The mesh at `max_error`: (V,) flat node indices of its vertices and (T, 3) triangles as
    indices into those vertices, wound counter-clockwise with x east and y north."""
    size = errors.shape[0]
    flat_err = errors.ravel()
    levels = _hierarchy(size)
    active = np.arange(2)
    kept: list[NDArray[np.int64]] = []
    for depth, lv in enumerate(levels):
        if lv.splittable:
            split = flat_err[lv.m[active]] > max_error
        else:
            split = np.zeros(active.size, dtype=bool)
        leaves = active[~split]
        kept.append(np.stack([lv.a[leaves], lv.b[leaves], lv.c[leaves]], axis=1))
        if depth + 1 == len(levels) or not split.any():
            break
        parents = active[split]
        active = np.concatenate([parents, parents + lv.a.size])
    triangles = np.concatenate(kept)
    x, y = triangles % size, triangles // size
    # Counter-clockwise in (x east, y north): flip triangles whose signed area is negative.
    area = (x[:, 1] - x[:, 0]) * (y[:, 2] - y[:, 0]) - (x[:, 2] - x[:, 0]) * (y[:, 1] - y[:, 0])
    triangles[area < 0] = triangles[area < 0][:, [0, 2, 1]]
    used = np.zeros(size * size, dtype=bool)  # a mask, not np.unique: no sort
    used[triangles] = True
    nodes = np.flatnonzero(used)
    local = np.cumsum(used) - 1
    return nodes, local[triangles]


def selected_nodes(errors: NDArray[np.float64], max_error: float) -> NDArray[np.bool_]:
    """Which nodes the mesh at `max_error` keeps (corners always), as a grid mask."""
    keep = errors > max_error
    keep[0, 0] = keep[0, -1] = keep[-1, 0] = keep[-1, -1] = True
    return keep
