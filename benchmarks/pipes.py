"""Pipe networks: segments per second to 3D Tiles, and trace/isolation latency on 1 M segments.

The network is the real ky4 water network (samples/ky4/ky4.inp, 1,158 links) replicated on a grid
(copies 20 km apart, ids suffixed). For the graph, copy k's first junction is joined to copy
k+1's by one extra pipe, so the 1 M-segment network is one connected piece, and a seeded 10% of
the junctions are valves (ky4 has none), so isolation has sections to find.

    python benchmarks/pipes.py                       # 100,000 segments tiled, graph of 1 M
    python benchmarks/pipes.py --tile-segments 20000 --graph-segments 200000

Peers, measured here at a size they handle: networkx 3.6 (`nx.descendants` on a DiGraph of the
same node/segment graph, what a Python user would write) for trace, and wntr 1.5's
`wntr.metrics.valve_segments` (its valve-segment topology, the isolation pre-computation) for
isolation. Target of the issue: a trace or an isolation on 1 M segments in under 100 ms.

Measured on this 2-core machine (2026-11-25, default arguments):
- tiles (2026-12-03, other jobs sharing the machine): 99,588 segments (805 tiles, 12-sided
  tubes at the leaves, 24 tasks) placed and tiled in one process in 5.8-6.2 s, 16,000-17,000
  segments/s, 101 MB Python peak (tracemalloc, a separate run); on a pool of 2 in 3.6-4.2 s,
  24,000-28,000 segments/s, when both cores are free (the tiling alone 4.3 s -> 2.4 s; the
  placed network's scratch pickle, 37 MB, costs 20 ms to write and 10 ms to load per worker);
- graph of 1,001,375 segments / 832,896 nodes: network.npz 10.7 MB, loaded in 0.61 s; first
  isolation (valve sections, once per version) 0.23 s; trace down median 0.6 ms (p95 7 ms),
  up 4.2 ms, both (reaches all 1 M) 45 ms (p95 51 ms); isolation median 18 ms (p95 19 ms);
- peers on 99,673 segments: networkx trace down median 0.04 ms after a 1.05 s graph build (a
  Python object graph); wntr `valve_segments` 174 s against twin's sections in 0.014 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from ingest_survey.convert.pipes import build_pipes  # noqa: E402
from ingest_survey.readers.networks import SOURCE_KINDS, Network, read_network  # noqa: E402
from twin.networks import NetworkGraph  # noqa: E402

KY4 = REPO / "samples" / "ky4" / "ky4.inp"
STEP_FT = 65_000.0  # about 20 km in US survey feet (EPSG:3547)


def replicate(net: Network, copies: int) -> Network:
    """`copies` translated copies of a network (ids suffixed), as one Network."""
    side = int(np.ceil(np.sqrt(copies)))
    shift = np.array([(k % side, k // side) for k in range(copies)], float) * STEP_FT
    nn, ns, nv = net.n_nodes, net.n_segments, net.seg_xy.shape[0]
    suffix = np.repeat(np.char.add("-", np.arange(copies).astype(str)), nn)
    seg_suffix = np.repeat(np.char.add("-", np.arange(copies).astype(str)), ns)
    k_v = np.repeat(np.arange(copies), nv)
    k_n = np.repeat(np.arange(copies), nn)
    return Network(
        path=net.path,
        crs=net.crs,
        pipeline_type=net.pipeline_type,
        node_ids=np.char.add(np.tile(net.node_ids.astype(str), copies), suffix).astype(object),
        node_xy=np.tile(net.node_xy, (copies, 1)) + shift[k_n],
        node_kind=np.tile(net.node_kind, copies),
        node_ground=np.tile(net.node_ground, copies),
        node_invert=np.tile(net.node_invert, copies),
        seg_ids=np.char.add(np.tile(net.seg_ids.astype(str), copies), seg_suffix).astype(object),
        seg_from=(np.tile(net.seg_from, copies) + np.repeat(np.arange(copies), ns) * nn),
        seg_to=(np.tile(net.seg_to, copies) + np.repeat(np.arange(copies), ns) * nn),
        seg_xy=np.tile(net.seg_xy, (copies, 1)) + shift[k_v],
        seg_offsets=np.r_[0, np.cumsum(np.tile(np.diff(net.seg_offsets), copies))],
        seg_shape=np.tile(net.seg_shape, copies),
        seg_diameter_m=np.tile(net.seg_diameter_m, copies),
        seg_width_m=np.tile(net.seg_width_m, copies),
        seg_height_m=np.tile(net.seg_height_m, copies),
        seg_depth=np.tile(net.seg_depth, (copies, 1)),
        seg_invert=np.tile(net.seg_invert, (copies, 1)),
        seg_length_m=np.tile(net.seg_length_m, copies),
        seg_is_valve=np.tile(net.seg_is_valve, copies),
        seg_attributes={
            k: np.tile(np.asarray(v), copies)
            for k, v in net.seg_attributes.items()
            if isinstance(v, np.ndarray)
        },
    )


def graph_of(net: Network, copies: int, valve_share: float = 0.1) -> NetworkGraph:
    """The replicated topology, copies chained into one piece, with seeded valves."""
    nn, ns = net.n_nodes, net.n_segments
    base = np.arange(copies)
    seg_from = np.r_[(np.tile(net.seg_from, copies) + np.repeat(base, ns) * nn), base[:-1] * nn]
    seg_to = np.r_[(np.tile(net.seg_to, copies) + np.repeat(base, ns) * nn), base[1:] * nn]
    n_seg = seg_from.size
    rng = np.random.default_rng(7)
    kinds = np.tile(net.node_kind, copies)
    valves = (kinds == "junction") & (rng.random(kinds.size) < valve_share)
    return NetworkGraph(
        node_ids=np.char.add("N", np.arange(kinds.size).astype(str)),
        seg_ids=np.char.add("S", np.arange(n_seg).astype(str)),
        seg_from=seg_from.astype(np.int64),
        seg_to=seg_to.astype(np.int64),
        node_is_valve=valves,
        seg_is_valve=np.zeros(n_seg, bool),
        node_is_source=np.isin(kinds, list(SOURCE_KINDS)),
        axis_xyz=np.zeros((2 * n_seg, 3)),
        axis_offsets=np.arange(0, 2 * n_seg + 1, 2),
        half_size=np.full(n_seg, 0.1),
    )


def _ms(times: list[float]) -> dict[str, float]:
    a = np.array(times) * 1000.0
    return {
        "median_ms": round(float(np.median(a)), 2),
        "p95_ms": round(float(np.percentile(a, 95)), 2),
        "max_ms": round(float(a.max()), 2),
    }


def bench_tiles(net: Network, segments: int, workers: int) -> dict[str, float]:
    """Place + tile `segments` replicated segments on `workers` local processes (1: in this
    process); segments/s, and for one process its Python peak memory (a second run: tracemalloc
    slows allocation-heavy placement about twofold, and sees none of a pool's workers)."""
    copies = max(1, round(segments / net.n_segments))
    big = replicate(net, copies)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = build_pipes(big, Path(tmp) / "timed", workers=workers)
        seconds = time.perf_counter() - start
        report: dict[str, float] = {
            "segments": big.n_segments,
            "workers": workers,
            "tiles": result.tiles,
            "seconds": round(seconds, 2),
            "segments_per_s": round(big.n_segments / seconds),
        }
        if workers == 1:
            tracemalloc.start()
            build_pipes(big, Path(tmp) / "traced", workers=1)
            report["python_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 1e6)
            tracemalloc.stop()
    return report


def bench_graph(net: Network, segments: int, queries: int = 30) -> dict[str, object]:
    """Index build and query latencies of trace and isolation on `segments` segments."""
    copies = max(1, round(segments / net.n_segments))
    g = graph_of(net, copies)
    blob = g.to_npz()
    start = time.perf_counter()
    g = NetworkGraph.from_npz(blob)
    load = time.perf_counter() - start
    rng = np.random.default_rng(1)
    picks = g.seg_ids[rng.choice(g.n_segments, queries, replace=False)]
    out: dict[str, object] = {
        "segments": g.n_segments,
        "nodes": g.n_nodes,
        "npz_mb": round(len(blob) / 1e6, 1),
        "load_s": round(load, 3),
    }
    for direction in ("down", "up", "both"):
        start = time.perf_counter()
        g.trace(str(picks[0]), direction)
        out[f"trace_{direction}_first_s"] = round(time.perf_counter() - start, 3)
        times, reached = [], []
        for pick in picks:
            start = time.perf_counter()
            reached.append(g.trace(str(pick), direction).segments.size)
            times.append(time.perf_counter() - start)
        out[f"trace_{direction}"] = {**_ms(times), "median_segments": int(np.median(reached))}
    start = time.perf_counter()
    g.isolate(str(picks[0]))
    out["isolate_first_s"] = round(time.perf_counter() - start, 3)
    times, cut = [], []
    for pick in picks:
        start = time.perf_counter()
        cut.append(g.isolate(str(pick)).cut_off.size)
        times.append(time.perf_counter() - start)
    out["isolate"] = {**_ms(times), "median_cut_off": int(np.median(cut))}
    return out


def bench_peers(net: Network, segments: int, queries: int = 5) -> dict[str, object]:
    """networkx trace and wntr valve segmentation on the same replicated graph."""
    import networkx as nx
    import pandas as pd
    import wntr

    g = graph_of(net, max(1, round(segments / net.n_segments)))
    d = nx.DiGraph()
    seg = np.arange(g.n_segments) + g.n_nodes
    start = time.perf_counter()
    d.add_edges_from(zip(g.seg_from.tolist(), seg.tolist(), strict=True))
    d.add_edges_from(zip(seg.tolist(), g.seg_to.tolist(), strict=True))
    build = time.perf_counter() - start
    rng = np.random.default_rng(1)
    times = []
    for s in rng.choice(seg, queries, replace=False):
        start = time.perf_counter()
        nx.descendants(d, int(s))
        times.append(time.perf_counter() - start)
    ours = []
    for s in rng.choice(g.n_segments, queries, replace=False):
        start = time.perf_counter()
        g.trace(str(g.seg_ids[s]), "down")
        ours.append(time.perf_counter() - start)
    # wntr's valve segmentation works on a MultiGraph of its own with a valve layer table.
    mg = nx.MultiGraph()
    mg.add_edges_from(
        (f"n{a}", f"n{b}", str(k))
        for k, (a, b) in enumerate(zip(g.seg_from, g.seg_to, strict=True))
    )
    valve_nodes = np.flatnonzero(g.node_is_valve)
    ends = np.r_[g.seg_from, g.seg_to]
    _, first = np.unique(ends, return_index=True)
    link_of = dict(zip(np.unique(ends).tolist(), (first % g.n_segments).tolist(), strict=True))
    layer = pd.DataFrame(
        {
            "link": [str(link_of[int(n)]) for n in valve_nodes],
            "node": [f"n{n}" for n in valve_nodes],
        }
    )
    start = time.perf_counter()
    wntr.metrics.valve_segments(mg, layer)
    wntr_s = time.perf_counter() - start
    start = time.perf_counter()
    g.isolate(str(g.seg_ids[0]))
    ours_sections = time.perf_counter() - start
    return {
        "segments": g.n_segments,
        "networkx_build_s": round(build, 2),
        "networkx_trace_down": _ms(times),
        "twin_trace_down": _ms(ours),
        "wntr_valve_segments_s": round(wntr_s, 2),
        "twin_sections_first_isolate_s": round(ours_sections, 3),
    }


def main() -> None:
    """Run the cases and print one JSON document."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tile-segments", type=int, default=100_000)
    parser.add_argument("--graph-segments", type=int, default=1_000_000)
    parser.add_argument("--peer-segments", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2, help="processes of the pool case")
    args = parser.parse_args()
    net = read_network(KY4, crs="EPSG:3547")
    report = {
        "network": "ky4 (samples/ky4/ky4.inp) replicated",
        "tiles_inline": bench_tiles(net, args.tile_segments, 1),
        "tiles_pool": bench_tiles(net, args.tile_segments, args.workers),
        "graph": bench_graph(net, args.graph_segments),
        "peers": bench_peers(net, args.peer_segments),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
