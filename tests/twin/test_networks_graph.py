"""Trace and valve isolation on real networks agree with networkx, computed independently here."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from citydata import SAMPLES, TEST_DATA

from ingest_survey.readers.networks import SOURCE_KINDS, Network, read_network
from twin.errors import InvalidRequestError, NotFoundError
from twin.networks import NetworkGraph

KY4 = SAMPLES / "ky4" / "ky4.inp"
NET6 = TEST_DATA / "networks" / "Net6.inp"


def _graph(net: Network, node_valves: np.ndarray | None = None) -> NetworkGraph:
    xyz = np.column_stack([net.seg_xy, np.zeros(len(net.seg_xy))])
    return NetworkGraph(
        node_ids=net.node_ids.astype(str),
        seg_ids=net.seg_ids.astype(str),
        seg_from=net.seg_from.astype(np.int64),
        seg_to=net.seg_to.astype(np.int64),
        node_is_valve=np.zeros(net.n_nodes, bool) if node_valves is None else node_valves,
        seg_is_valve=net.seg_is_valve.copy(),
        node_is_source=np.isin(net.node_kind, list(SOURCE_KINDS)),
        axis_xyz=xyz,
        axis_offsets=net.seg_offsets.astype(np.int64),
        half_size=np.full(net.n_segments, 0.1),
    )


def _nx(g: NetworkGraph) -> nx.DiGraph:
    d = nx.DiGraph()
    d.add_nodes_from(("n", i) for i in range(g.n_nodes))
    for j, (a, b) in enumerate(zip(g.seg_from, g.seg_to, strict=True)):
        d.add_edge(("n", int(a)), ("s", j))
        d.add_edge(("s", j), ("n", int(b)))
    return d


def _reference_trace(
    d: nx.DiGraph, start: tuple[str, int], direction: str
) -> tuple[set[int], set[int]]:
    if direction == "down":
        reached = nx.descendants(d, start)
    elif direction == "up":
        reached = nx.ancestors(d, start)
    else:
        reached = nx.node_connected_component(d.to_undirected(), start)
    reached = set(reached) | {start}
    return {i for k, i in reached if k == "n"}, {i for k, i in reached if k == "s"}


@pytest.mark.parametrize("path", [KY4, NET6], ids=lambda p: Path(p).name)
@pytest.mark.parametrize("direction", ["down", "up", "both"])
def test_trace_matches_networkx(path: Path, direction: str) -> None:
    g = _graph(read_network(path))
    d = _nx(g)
    rng = np.random.default_rng(11)
    for j in rng.choice(g.n_segments, 15, replace=False):
        result = g.trace(str(g.seg_ids[j]), direction)
        nodes, segs = _reference_trace(d, ("s", int(j)), direction)
        assert set(result.nodes.tolist()) == nodes and set(result.segments.tolist()) == segs
    for i in rng.choice(g.n_nodes, 5, replace=False):
        result = g.trace(str(g.node_ids[i]), direction)
        nodes, segs = _reference_trace(d, ("n", int(i)), direction)
        assert set(result.nodes.tolist()) == nodes and set(result.segments.tolist()) == segs


def _reference_isolation(g: NetworkGraph, j: int) -> tuple[set, set, set]:
    """Valves to close, section and cut-off segments, by brute force on an undirected graph."""
    u = _nx(g).to_undirected()
    valve = {("n", i) for i in np.flatnonzero(g.node_is_valve)}
    valve |= {("s", i) for i in np.flatnonzero(g.seg_is_valve)}
    open_part = u.subgraph(v for v in u if v not in valve)
    comp = nx.node_connected_component(open_part, ("s", j))
    closed = {w for v in comp for w in u[v] if w in valve}
    section = {i for k, i in comp if k == "s"}
    sources = [("n", int(i)) for i in np.flatnonzero(g.node_is_source)]
    cut = section
    if closed and sources:
        rest = u.subgraph(v for v in u if v not in comp and v not in closed)
        fed: set = set()
        for src in sources:
            if src in rest:
                fed |= nx.node_connected_component(rest, src)
        cut = {i for i in range(g.n_segments) if ("s", i) not in fed and not g.seg_is_valve[i]}
    return closed, section, cut


def _check_isolation(g: NetworkGraph, j: int) -> bool:
    result = g.isolate(str(g.seg_ids[j]))
    closed, section, cut = _reference_isolation(g, j)
    got = {("n", int(i)) for i in result.valve_nodes} | {
        ("s", int(i)) for i in result.valve_segments
    }
    assert got == closed
    assert set(result.section.tolist()) == section
    assert set(result.cut_off.tolist()) == cut
    assert result.isolable == bool(closed)
    return result.isolable


def test_isolation_with_the_real_valves_of_net6() -> None:
    g = _graph(read_network(NET6))
    assert g.seg_is_valve.sum() == 2
    d = _nx(g).to_undirected()
    near = set()
    for j in np.flatnonzero(g.seg_is_valve):  # pipes within a few hops of each valve
        near |= {
            i
            for k, i in nx.single_source_shortest_path_length(d, ("s", int(j)), 6)
            if k == "s" and not g.seg_is_valve[i]
        }
    outcomes = [_check_isolation(g, j) for j in sorted(near)[:20]]
    assert len(outcomes) == min(20, len(near))


def test_isolation_with_valves_at_nodes_and_on_links() -> None:
    net = read_network(KY4)
    rng = np.random.default_rng(3)
    valves = np.zeros(net.n_nodes, bool)
    junction = np.flatnonzero(net.node_kind == "junction")
    valves[rng.choice(junction, 180, replace=False)] = True
    net.seg_is_valve[rng.choice(net.n_segments, 40, replace=False)] = True
    g = _graph(net, valves)
    pipes = np.flatnonzero(~g.seg_is_valve)
    outcomes = [_check_isolation(g, int(j)) for j in rng.choice(pipes, 40, replace=False)]
    assert any(outcomes)


def test_no_valve_isolates_a_ky4_pipe() -> None:
    g = _graph(read_network(KY4))  # ky4 has no valves
    j = int(g.segment_index("P-1"))
    assert not _check_isolation(g, j)
    result = g.isolate("P-1")
    assert result.valve_nodes.size == 0 and result.valve_segments.size == 0
    # The whole connected part of the network is cut off.
    both = g.trace("P-1", "both")
    assert set(result.cut_off.tolist()) == set(both.segments.tolist())


def test_round_trip_and_bad_queries() -> None:
    g = _graph(read_network(NET6))
    again = NetworkGraph.from_npz(g.to_npz())
    assert (again.seg_ids == g.seg_ids).all() and (again.seg_from == g.seg_from).all()
    with pytest.raises(NotFoundError):
        g.trace("no-such-pipe")
    with pytest.raises(InvalidRequestError):
        g.trace(str(g.seg_ids[0]), "sideways")
    with pytest.raises(InvalidRequestError):
        g.isolate(str(g.seg_ids[np.flatnonzero(g.seg_is_valve)[0]]))


def test_isolation_with_the_valves_of_schutterwald_heat() -> None:
    net = read_network(SAMPLES / "schutterwald" / "sw_heat.json", crs="EPSG:31467")
    g = _graph(net)
    assert g.seg_is_valve.sum() == 4 and g.node_is_source.sum() == 1
    pipes = np.flatnonzero(~g.seg_is_valve)
    outcomes = [_check_isolation(g, int(j)) for j in pipes[::12]]
    assert len(outcomes) == len(pipes[::12])
