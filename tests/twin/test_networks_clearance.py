"""Clearance between networks: every pair closer than the minimum, and only those."""

from __future__ import annotations

import numpy as np
import pytest
from citydata import SAMPLES

from ingest_survey.convert.pipes import place_network
from twin.errors import InvalidRequestError
from twin.networks import NetworkGraph, find_clearances, segment_distances

pytestmark = pytest.mark.filterwarnings(  # readers/dem.py: affine 3 deprecates `*` (lead)
    "ignore:Use `@` matmul instead of `\\*` mul operator:PendingDeprecationWarning"
)
KY4 = SAMPLES / "ky4" / "ky4.inp"


def test_segment_distance_matches_dense_sampling() -> None:
    rng = np.random.default_rng(2)
    p1, q1, p2, q2 = (rng.uniform(-10, 10, (300, 3)) for _ in range(4))
    dist, c1, c2 = segment_distances(p1, q1, p2, q2)
    t = np.linspace(0, 1, 401)
    a = p1[:, None, :] + (q1 - p1)[:, None, :] * t[None, :, None]
    b = p2[:, None, :] + (q2 - p2)[:, None, :] * t[None, :, None]
    brute = np.linalg.norm(a[:, :, None, :] - b[:, None, :, :], axis=3).min(axis=(1, 2))
    assert (dist <= brute + 1e-9).all()
    np.testing.assert_allclose(dist, brute, atol=0.06)
    np.testing.assert_allclose(np.linalg.norm(c1 - c2, axis=1), dist, atol=1e-9)


def _subset(g: NetworkGraph, keep: np.ndarray) -> NetworkGraph:
    rows = np.flatnonzero(keep)
    counts = np.diff(g.axis_offsets)[rows]
    starts = g.axis_offsets[rows]
    take = (
        np.repeat(starts, counts)
        + np.arange(counts.sum())
        - np.repeat(np.r_[0, np.cumsum(counts)[:-1]], counts)
    )
    return NetworkGraph(
        g.node_ids,
        g.seg_ids[rows],
        g.seg_from[rows],
        g.seg_to[rows],
        g.node_is_valve,
        g.seg_is_valve[rows],
        g.node_is_source,
        g.axis_xyz[take],
        np.r_[0, np.cumsum(counts)],
        g.half_size[rows],
    )


def test_clearance_between_two_halves_of_ky4_matches_brute_force() -> None:
    g = place_network(KY4, crs="EPSG:3547").graph
    half = np.arange(g.n_segments) % 2 == 0
    a, b = _subset(g, half), _subset(g, ~half)
    minimum = 2.0
    found = find_clearances({"a": a, "b": b}, minimum)
    got = {(c.segment_a, c.segment_b): c.gap_m for c in found}

    def subsegments(n: NetworkGraph) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        owner = np.repeat(np.arange(n.n_segments), np.diff(n.axis_offsets))
        last = np.r_[n.axis_offsets[1:] - 1]
        first = np.setdiff1d(np.arange(n.axis_xyz.shape[0]), last)
        return n.axis_xyz[first], n.axis_xyz[first + 1], owner[first]

    pa, qa, oa = subsegments(a)
    pb, qb, ob = subsegments(b)
    expected: dict[tuple[str, str], float] = {}
    for i in range(pa.shape[0]):
        dist, _, _ = segment_distances(
            np.repeat(pa[i : i + 1], pb.shape[0], 0),
            np.repeat(qa[i : i + 1], pb.shape[0], 0),
            pb,
            qb,
        )
        gap = dist - a.half_size[oa[i]] - b.half_size[ob]
        for j in np.flatnonzero(gap < minimum):
            key = (str(a.seg_ids[oa[i]]), str(b.seg_ids[ob[j]]))
            expected[key] = min(expected.get(key, np.inf), float(gap[j]))
    assert expected and set(got) == set(expected)
    for key, gap in expected.items():
        assert got[key] == pytest.approx(gap, abs=1e-6)
    assert [c.gap_m for c in found] == sorted(c.gap_m for c in found)


def test_negative_clearance_is_refused() -> None:
    g = place_network(KY4, crs="EPSG:3547").graph
    with pytest.raises(InvalidRequestError):
        find_clearances({"a": g, "b": g}, -1.0)
