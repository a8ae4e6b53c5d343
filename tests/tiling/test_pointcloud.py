"""Octree core: integer frame, additive partition (every point once, bounded tiles), tree."""

from __future__ import annotations

import numpy as np
import pytest
from checks import assert_geometric_error_decreases

from tiling.errors import TilingError
from tiling.frames import geodetic_to_ecef
from tiling.pointcloud import (
    GRID_BITS,
    NodeSummary,
    OctreeFrame,
    partition_bucket,
    tileset_tree,
)


def _survey(n: int, seed: int = 1) -> np.ndarray:
    """ECEF points of a 2.5D survey near Delft: a ground sheet, a dense 'building' and
    duplicates (real captures have them)."""
    rng = np.random.default_rng(seed)
    e = rng.uniform(0, 400, n)
    north = rng.uniform(0, 300, n)
    up = 2 + 0.01 * e + np.where((e > 100) & (e < 140), rng.uniform(0, 30, n), 0)
    lon = 4.37 + e / 70_000
    lat = 52.0 + north / 111_000
    xyz = geodetic_to_ecef(lon, lat, up)
    xyz[-50:] = xyz[0]  # 50 copies of one point
    return xyz


def test_frame_round_trip_is_millimetric() -> None:
    xyz = _survey(20_000)
    frame = OctreeFrame.around(xyz)
    q = frame.quantize(xyz)
    assert q.min() >= 0 and q.max() < 2**frame.bits
    assert np.abs(frame.to_ecef(q) - xyz).max() < 0.001
    matrix, offset = frame.affine()
    np.testing.assert_allclose(np.rint(xyz @ matrix + offset), q)
    assert OctreeFrame.from_dict(frame.to_dict()).bits == frame.bits


@pytest.mark.parametrize(("level", "cap"), [(0, 2_000), (2, 1_500), (3, 500)])
def test_partition_keeps_every_point_once_and_bounds_tiles(level: int, cap: int) -> None:
    xyz = _survey(60_000)
    frame = OctreeFrame.around(xyz)
    q = frame.quantize(xyz).astype(np.int64)
    buckets = q >> (frame.bits - level)
    keys, inverse = np.unique(buckets, axis=0, return_inverse=True)
    seen = np.zeros(len(q), dtype=int)
    per_ancestor: dict[tuple[int, ...], int] = {}
    for b, ijk in enumerate(keys):
        members = np.flatnonzero(inverse.ravel() == b)
        quota = {a: cap // len(keys) for a in range(level)}
        nodes = partition_bucket(q[members], frame.bits, (level, *map(int, ijk)), cap, quota)
        for node in nodes:
            seen[members[node.index]] += 1
            lv = node.key[0]
            inside = q[members[node.index]] >> (frame.bits - lv)
            assert (inside == node.key[1:]).all()  # a node holds only points of its cube
            if lv < level:
                per_ancestor[node.key] = per_ancestor.get(node.key, 0) + node.index.size
            elif node.key[0] - level < 10:
                assert node.index.size <= cap
    assert (seen == 1).all()
    assert all(count <= cap for count in per_ancestor.values())


def test_sampling_spreads_the_coarse_level() -> None:
    xyz = _survey(60_000)
    frame = OctreeFrame.around(xyz)
    q = frame.quantize(xyz)
    nodes = partition_bucket(q, frame.bits, (0, 0, 0, 0), 1_000, {})
    root = next(n for n in nodes if n.key[0] == 0)
    assert 0 < root.index.size <= 1_000
    # one point per occupied cell: no two root points share a sample cell
    cells = q[root.index].astype(np.int64) >> (frame.bits - GRID_BITS)
    assert np.unique(cells, axis=0).shape[0] == root.index.size
    # and they cover the survey, not one corner of it
    span = np.ptp(q[root.index], axis=0) / np.ptp(q, axis=0)
    assert span[0] > 0.9 and span[1] > 0.9


def test_buckets_finer_than_the_grid_are_refused() -> None:
    with pytest.raises(TilingError):
        partition_bucket(np.zeros((1, 3)), 20, (GRID_BITS + 1, 0, 0, 0), 10, {})


def test_tree_errors_decrease_and_boxes_nest() -> None:
    xyz = _survey(30_000)
    frame = OctreeFrame.around(xyz)
    q = frame.quantize(xyz).astype(np.int64)
    nodes = partition_bucket(q, frame.bits, (0, 0, 0, 0), 2_000, {})
    summaries = [
        NodeSummary(
            n.key, n.index.size, q[n.index].min(axis=0), q[n.index].max(axis=0), f"content/{i}.glb"
        )
        for i, n in enumerate(nodes)
    ]
    root = tileset_tree(frame, summaries)
    assert root["refine"] == "ADD"
    doc = {"geometricError": root["geometricError"] * 2, "root": root}
    assert_geometric_error_decreases(doc)

    def walk(tile: dict) -> int:
        if "children" not in tile:
            assert tile["geometricError"] == 0.0
        return int("content" in tile) + sum(walk(c) for c in tile.get("children", []))

    assert walk(root) == len(nodes)
    with pytest.raises(TilingError, match="twice"):
        tileset_tree(frame, summaries + summaries[:1])
