"""Network topology of a published pipe layer: trace, valve isolation and clearance (numpy/scipy).

A version of a pipe layer stores `network.npz`: node and segment ids, each segment's end nodes,
which nodes and segments are valves, which nodes are sources, and each segment's 3D axis (ECEF)
with its half-size, for clearance checks. Everything here is arrays in, arrays out: no HTTP.

Trace follows segments from their start node to their end node ("down", the digitised or flow
direction: SWMM conduits run from inlet to outlet), against it ("up"), or both ways.

Isolation is the valve-section method (Walski, "Water distribution valve topology for
reliability analysis", 1993): with every valve closed, the network falls into sections; a burst
in a section is isolated by closing the valves on its boundary, and every section no longer
connected to a source (tank, reservoir, feed) is cut off too. Sections are found once per
version (connected components), so a query is a lookup plus a small graph search.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import breadth_first_order, connected_components

from twin.errors import InvalidRequestError, NotFoundError

NPZ_NAME = "network.npz"
DIRECTIONS = ("up", "down", "both")


@dataclass(frozen=True)
class TraceResult:
    """Nodes and segments reached (indices), from where."""

    nodes: NDArray[np.intp]
    segments: NDArray[np.intp]


@dataclass(frozen=True)
class IsolationResult:
    """Valves to close (node and segment valves), the burst's section, and all cut-off segments."""

    valve_nodes: NDArray[np.intp]
    valve_segments: NDArray[np.intp]
    section: NDArray[np.intp]
    cut_off: NDArray[np.intp]
    isolable: bool  # False when no valve bounds the section: closing valves cannot isolate it


@dataclass
class NetworkGraph:
    """The topology (and axes) of one network, as arrays."""

    node_ids: NDArray[np.str_]
    seg_ids: NDArray[np.str_]
    seg_from: NDArray[np.int64]
    seg_to: NDArray[np.int64]
    node_is_valve: NDArray[np.bool_]
    seg_is_valve: NDArray[np.bool_]
    node_is_source: NDArray[np.bool_]
    axis_xyz: NDArray[np.float64]  # (V, 3) ECEF axis vertices
    axis_offsets: NDArray[np.int64]  # (S + 1,)
    half_size: NDArray[np.float64]  # (S,) radius, or half the box diagonal

    @property
    def n_nodes(self) -> int:
        """Number of nodes."""
        return int(self.node_ids.size)

    @property
    def n_segments(self) -> int:
        """Number of segments."""
        return int(self.seg_ids.size)

    def to_npz(self) -> bytes:
        """The compact stored form (numpy .npz, compressed)."""
        buffer = io.BytesIO()
        np.savez_compressed(buffer, **{k: getattr(self, k) for k in self.__dataclass_fields__})
        return buffer.getvalue()

    @classmethod
    def from_npz(cls, source: Path | bytes) -> NetworkGraph:
        """Load what `to_npz` wrote."""
        data = np.load(
            io.BytesIO(source) if isinstance(source, bytes) else source, allow_pickle=False
        )
        with data:
            return cls(**{k: data[k] for k in cls.__dataclass_fields__})

    # ---- indices -------------------------------------------------------------------------
    @cached_property
    def _node_lookup(self) -> tuple[NDArray[np.str_], NDArray[np.intp]]:
        order = np.argsort(self.node_ids, kind="stable")
        return self.node_ids[order], order

    @cached_property
    def _seg_lookup(self) -> tuple[NDArray[np.str_], NDArray[np.intp]]:
        order = np.argsort(self.seg_ids, kind="stable")
        return self.seg_ids[order], order

    @staticmethod
    def _find(lookup: tuple[NDArray[np.str_], NDArray[np.intp]], wanted: str) -> int | None:
        ids, order = lookup
        pos = int(np.searchsorted(ids, wanted))
        if pos < ids.size and ids[pos] == wanted:
            return int(order[pos])
        return None

    def node_index(self, node_id: str) -> int | None:
        """Index of a node id, or None."""
        return self._find(self._node_lookup, node_id)

    def segment_index(self, segment_id: str) -> int | None:
        """Index of a segment id, or None."""
        return self._find(self._seg_lookup, segment_id)

    # ---- trace ---------------------------------------------------------------------------
    @cached_property
    def _bipartite(self) -> dict[str, csr_matrix]:
        """Graphs over nodes (0..N-1) and segments (N..N+S-1): node -> segment -> node."""
        n, s = self.n_nodes, self.n_segments
        seg = np.arange(s) + n
        size = n + s
        ones = np.ones(2 * s, dtype=np.int8)
        down = csr_matrix(
            (ones, (np.r_[self.seg_from, seg], np.r_[seg, self.seg_to])), shape=(size, size)
        )
        up = csr_matrix(
            (ones, (np.r_[self.seg_to, seg], np.r_[seg, self.seg_from])), shape=(size, size)
        )
        both = (down + up).tocsr()
        return {"down": down, "up": up, "both": both}

    def trace(self, start: str, direction: str = "down") -> TraceResult:
        """Everything reachable from a node or a segment id, following `direction`."""
        if direction not in DIRECTIONS:
            raise InvalidRequestError(f"direction must be one of {', '.join(DIRECTIONS)}")
        node = self.node_index(start)
        segment = self.segment_index(start) if node is None else None
        if node is None and segment is None:
            raise NotFoundError(f"no node or segment '{start}' in this network")
        vertex = node if node is not None else self.n_nodes + int(segment)  # type: ignore[arg-type]
        reached = np.sort(reach(self._bipartite[direction], np.array([vertex])))
        split = int(np.searchsorted(reached, self.n_nodes))
        return TraceResult(reached[:split], reached[split:] - self.n_nodes)

    # ---- isolation -----------------------------------------------------------------------
    @cached_property
    def _sections(self) -> tuple[NDArray[np.int64], int]:
        """Section label of every vertex with all valves closed (valves get their own label)."""
        n = self.n_nodes
        seg = np.arange(self.n_segments) + n
        valve = np.r_[self.node_is_valve, self.seg_is_valve]
        ends = np.r_[self.seg_from, self.seg_to]
        segs = np.r_[seg, seg]
        open_edge = ~valve[ends] & ~valve[segs]
        size = n + self.n_segments
        graph = csr_matrix(
            (np.ones(int(open_edge.sum()), np.int8), (ends[open_edge], segs[open_edge])),
            shape=(size, size),
        )
        count, labels = connected_components(graph, directed=False)
        return labels.astype(np.int64), int(count)

    @cached_property
    def _section_members(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Segments grouped by section: (order, CSR offsets)."""
        labels, count = self._sections
        seg_labels = labels[self.n_nodes :]
        order = np.argsort(seg_labels, kind="stable")
        offsets = np.r_[0, np.cumsum(np.bincount(seg_labels, minlength=count))]
        return order, offsets

    @cached_property
    def _section_valves(self) -> csr_matrix:
        """Section x valve-vertex incidence: which valves bound which section."""
        labels, count = self._sections
        n = self.n_nodes
        seg = np.arange(self.n_segments) + n
        valve = np.r_[self.node_is_valve, self.seg_is_valve]
        a = np.r_[self.seg_from, self.seg_to, seg, seg]
        b = np.r_[seg, seg, self.seg_from, self.seg_to]
        touch = valve[a] & ~valve[b]  # a valve vertex next to an open one
        size = n + self.n_segments
        return csr_matrix(
            (np.ones(int(touch.sum()), np.int8), (labels[b[touch]], a[touch])), shape=(count, size)
        )

    def _source_sections(self) -> NDArray[np.int64]:
        labels, _ = self._sections
        return np.unique(labels[np.flatnonzero(self.node_is_source)])

    def isolate(self, segment_id: str) -> IsolationResult:
        """The valves that isolate a segment and the segments that closing them cuts off."""
        s = self.segment_index(segment_id)
        if s is None:
            raise NotFoundError(f"no segment '{segment_id}' in this network")
        if self.seg_is_valve[s]:
            raise InvalidRequestError(f"segment '{segment_id}' is a valve; isolate a pipe")
        labels, count = self._sections
        k = int(labels[self.n_nodes + s])
        order, offsets = self._section_members
        section = np.sort(order[offsets[k] : offsets[k + 1]])
        row = self._section_valves.getrow(k)
        valves = np.unique(row.indices)
        valve_nodes = valves[valves < self.n_nodes]
        valve_segments = valves[valves >= self.n_nodes] - self.n_nodes
        cut_off = section
        sources = self._source_sections()
        if sources.size and valves.size:
            cut_off = self._unfed(k, valves, sources)
        return IsolationResult(valve_nodes, valve_segments, section, cut_off, bool(valves.size))

    def _unfed(
        self, k: int, closed: NDArray[np.intp], sources: NDArray[np.int64]
    ) -> NDArray[np.intp]:
        """Segments in sections no source reaches once section k and its valves are shut."""
        labels, count = self._sections
        rows, cols, valve_vertices = self._section_graph
        size = count + valve_vertices.size
        blocked = np.zeros(size, dtype=bool)
        blocked[k] = True
        blocked[count + np.searchsorted(valve_vertices, closed)] = True
        keep = ~blocked[rows] & ~blocked[cols]
        graph = csr_matrix(
            (np.ones(int(keep.sum()), np.int8), (rows[keep], cols[keep])), shape=(size, size)
        )
        fed = np.zeros(size, dtype=bool)
        fed[reach(graph, sources[sources != k])] = True
        return np.flatnonzero(~fed[labels[self.n_nodes :]] & ~self.seg_is_valve)

    @cached_property
    def _section_graph(self) -> tuple[NDArray[np.int64], NDArray[np.int64], NDArray[np.int64]]:
        """Sections (0..count-1) and valve vertices (count..) as a symmetric edge list."""
        labels, count = self._sections
        valve_vertices, valve_pairs = self._valve_links
        inc = self._section_valves.tocoo()
        vcol = count + np.searchsorted(valve_vertices, inc.col)
        pa = count + np.searchsorted(valve_vertices, valve_pairs[:, 0])
        pb = count + np.searchsorted(valve_vertices, valve_pairs[:, 1])
        rows = np.r_[inc.row, vcol, pa, pb].astype(np.int64)
        cols = np.r_[vcol, inc.row, pb, pa].astype(np.int64)
        return rows, cols, valve_vertices

    @cached_property
    def _valve_links(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Valve vertex ids (sorted) and pairs of valves that touch (a valve link at a valve)."""
        valve = np.r_[self.node_is_valve, self.seg_is_valve]
        seg = np.arange(self.n_segments) + self.n_nodes
        a, b = np.r_[self.seg_from, self.seg_to], np.r_[seg, seg]
        both = valve[a] & valve[b]
        return np.flatnonzero(valve).astype(np.int64), np.column_stack([a[both], b[both]])


FRONTIER_LEVELS = 48  # beyond this many levels, scipy's compiled search is the faster one


def reach(graph: csr_matrix, starts: NDArray[np.integer[Any]]) -> NDArray[np.intp]:
    """Every vertex reachable from `starts` along the graph's directed edges (starts included).

    Level by level in numpy while the search is small (a trace of a few pipes costs microseconds,
    where scipy's search allocates arrays of the whole graph); scipy's compiled breadth-first
    search, from a virtual root, when it keeps going.
    """
    indptr, indices = graph.indptr, graph.indices
    visited = np.zeros(graph.shape[0], dtype=bool)
    frontier = np.unique(np.asarray(starts, dtype=np.intp))
    visited[frontier] = True
    for _ in range(FRONTIER_LEVELS):
        if not frontier.size:
            return np.flatnonzero(visited)
        lo, hi = indptr[frontier], indptr[frontier + 1]
        counts = hi - lo
        gather = np.repeat(lo - np.r_[0, np.cumsum(counts)[:-1]], counts) + np.arange(counts.sum())
        found = indices[gather]
        frontier = np.unique(found[~visited[found]])
        visited[frontier] = True
    if not frontier.size:
        return np.flatnonzero(visited)
    # Continue from the frontier with a virtual root (vertex n) joined to it: one compiled search.
    n = graph.shape[0]
    extended = csr_matrix(
        (
            np.ones(indices.size + frontier.size, np.int8),
            np.r_[indices, frontier.astype(indices.dtype)],
            np.r_[indptr, indptr[-1] + frontier.size].astype(indptr.dtype),
        ),
        shape=(n + 1, n + 1),
    )
    found = breadth_first_order(extended, n, directed=True, return_predecessors=False)
    visited[found[found < n]] = True
    return np.flatnonzero(visited)


def load_graph(path: Path) -> NetworkGraph:
    """Read a stored network graph."""
    if not path.exists():
        raise NotFoundError("this layer has no network graph")
    return NetworkGraph.from_npz(path)


def describe(
    graph: NetworkGraph, nodes: NDArray[np.intp], segments: NDArray[np.intp]
) -> dict[str, Any]:
    """Ids of the nodes and segments, for an API answer."""
    return {"nodes": graph.node_ids[nodes].tolist(), "segments": graph.seg_ids[segments].tolist()}


# ---- clearance ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Clearance:
    """Two segments of different networks whose outer surfaces are closer than the minimum."""

    network_a: str
    segment_a: str
    network_b: str
    segment_b: str
    gap_m: float  # surface to surface (negative: they intersect)
    point: tuple[float, float, float]  # ECEF midpoint of the closest approach


def _subsegments(g: NetworkGraph) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray]:
    counts = np.diff(g.axis_offsets) - 1
    owner = np.repeat(np.arange(g.n_segments), counts)
    first = np.arange(owner.size) + np.repeat(np.arange(g.n_segments), counts)
    return g.axis_xyz[first], g.axis_xyz[first + 1], owner


def segment_distances(
    p1: NDArray, q1: NDArray, p2: NDArray, q2: NDArray
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
    """Closest points of segment pairs p1q1, p2q2 (rows): distance and the two points.

    Ericson, Real-Time Collision Detection (2005), 5.1.9, vectorised.
    """
    d1, d2, r = q1 - p1, q2 - p2, p1 - p2
    a = np.einsum("ij,ij->i", d1, d1)
    e = np.einsum("ij,ij->i", d2, d2)
    f = np.einsum("ij,ij->i", d2, r)
    c = np.einsum("ij,ij->i", d1, r)
    b = np.einsum("ij,ij->i", d1, d2)
    denom = a * e - b * b
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(denom > 1e-12, np.clip((b * f - c * e) / denom, 0.0, 1.0), 0.0)
        t = np.where(e > 1e-12, (b * s + f) / e, 0.0)
        s = np.where(t < 0, np.clip(-c / np.where(a > 1e-12, a, 1.0), 0, 1), s)
        s = np.where(t > 1, np.clip((b - c) / np.where(a > 1e-12, a, 1.0), 0, 1), s)
    t = np.clip(t, 0.0, 1.0)
    c1 = p1 + d1 * s[:, None]
    c2 = p2 + d2 * t[:, None]
    return np.linalg.norm(c1 - c2, axis=1), c1, c2


def _local_plane(points: NDArray[np.float64], origin: NDArray[np.float64]) -> NDArray[np.float64]:
    """East/north coordinates around `origin` (a horizontal filter: never longer than 3D)."""
    lon = np.arctan2(origin[1], origin[0])
    lat = np.arctan2(origin[2], np.hypot(origin[0], origin[1]))
    east = np.array([-np.sin(lon), np.cos(lon), 0.0])
    north = np.array([-np.sin(lat) * np.cos(lon), -np.sin(lat) * np.sin(lon), np.cos(lat)])
    rel = points - origin
    return np.column_stack([rel @ east, rel @ north])


def _plan_geometries(
    p: NDArray[np.float64], q: NDArray[np.float64], origin: NDArray[np.float64]
) -> NDArray[Any]:
    """Sub-segments as plan-view lines (points where an axis is vertical or has no length)."""
    import shapely

    a, b = _local_plane(p, origin), _local_plane(q, origin)
    lines = shapely.linestrings(np.stack([a, b], axis=1))
    flat = np.linalg.norm(b - a, axis=1) < 1e-9  # shapely cannot index zero-length lines
    lines[flat] = shapely.points(a[flat])
    return lines


def find_clearances(graphs: dict[str, NetworkGraph], minimum_m: float) -> list[Clearance]:
    """Segment pairs of different networks closer than `minimum_m`, surface to surface."""
    import shapely

    if minimum_m < 0:
        raise InvalidRequestError("the clearance must not be negative")
    names = sorted(graphs)
    parts = {name: _subsegments(graphs[name]) for name in names}
    every = np.concatenate([graphs[n].axis_xyz for n in names])
    origin = every.mean(axis=0)
    out: list[Clearance] = []
    for i, na in enumerate(names):
        for nb in names[i + 1 :]:
            ga, gb = graphs[na], graphs[nb]
            pa, qa, oa = parts[na]
            pb, qb, ob = parts[nb]
            if not oa.size or not ob.size:
                continue
            la = _plan_geometries(pa, qa, origin)
            lb = _plan_geometries(pb, qb, origin)
            reach = minimum_m + float(ga.half_size.max()) + float(gb.half_size.max())
            ia, ib = shapely.STRtree(lb).query(la, predicate="dwithin", distance=reach)
            if not ia.size:
                continue
            dist, c1, c2 = segment_distances(pa[ia], qa[ia], pb[ib], qb[ib])
            gap = dist - ga.half_size[oa[ia]] - gb.half_size[ob[ib]]
            close = gap < minimum_m
            sa, sb, gap = oa[ia][close], ob[ib][close], gap[close]
            mid = ((c1 + c2) / 2.0)[close]
            order = np.lexsort((gap, sb, sa))  # closest approach of each segment pair first
            sa, sb, gap, mid = sa[order], sb[order], gap[order], mid[order]
            first = np.r_[True, (sa[1:] != sa[:-1]) | (sb[1:] != sb[:-1])]
            for a, b, g, m in zip(sa[first], sb[first], gap[first], mid[first], strict=True):
                out.append(
                    Clearance(
                        na,
                        str(ga.seg_ids[a]),
                        nb,
                        str(gb.seg_ids[b]),
                        float(g),
                        (float(m[0]), float(m[1]), float(m[2])),
                    )
                )
    return sorted(out, key=lambda c: c.gap_m)
