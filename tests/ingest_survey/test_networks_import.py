"""EPANET and SWMM imports keep every pipe, node, diameter and coordinate (against wntr/swmmio)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import swmmio
import wntr
from citydata import TEST_DATA

from ingest_survey.readers.networks import read_network

NETWORKS = TEST_DATA / "networks"
KY4 = Path(__file__).resolve().parents[2] / "samples" / "ky4" / "ky4.inp"


def _by_id(ids: np.ndarray) -> dict[str, int]:
    return {str(v): i for i, v in enumerate(ids)}


@pytest.mark.parametrize(
    "path", [KY4, NETWORKS / "Net6.inp", NETWORKS / "Net1.inp"], ids=lambda p: p.name
)
def test_epanet_matches_wntr(path: Path) -> None:
    wn = wntr.network.WaterNetworkModel(str(path))  # SI units: metres
    net = read_network(path)
    nodes, segs = _by_id(net.node_ids), _by_id(net.seg_ids)
    assert set(nodes) == set(wn.node_name_list)
    assert set(segs) == set(wn.link_name_list)
    for name, node in wn.nodes():
        i = nodes[name]
        assert tuple(net.node_xy[i]) == pytest.approx(node.coordinates, abs=1e-9)
        level = node.base_head if node.node_type == "Reservoir" else node.elevation
        assert net.node_ground[i] == pytest.approx(level, abs=1e-6)
    for name, link in wn.links():
        s = segs[name]
        assert net.node_ids[net.seg_from[s]] == link.start_node_name
        assert net.node_ids[net.seg_to[s]] == link.end_node_name
        coords = net.seg_xy[net.seg_offsets[s] : net.seg_offsets[s + 1]]
        expected = [link.start_node.coordinates, *link.vertices, link.end_node.coordinates]
        np.testing.assert_allclose(coords, np.array(expected, dtype=float), atol=1e-9)
        if link.link_type == "Pipe":
            assert net.seg_diameter_m[s] == pytest.approx(link.diameter, rel=1e-9)
            assert net.seg_length_m[s] == pytest.approx(link.length, rel=1e-9)
        if link.link_type == "Valve":
            assert net.seg_is_valve[s]
            assert net.seg_diameter_m[s] == pytest.approx(link.diameter, rel=1e-9)


@pytest.mark.parametrize(
    "name", ["model_state_plane.inp", "Pump_Control_Model.inp", "pyswmm_model_full_features.inp"]
)
def test_swmm_matches_swmmio(name: str) -> None:
    path = NETWORKS / name
    model = swmmio.Model(str(path))
    net = read_network(path)
    nodes, segs = _by_id(net.node_ids), _by_id(net.seg_ids)
    coords = model.inp.coordinates
    assert set(nodes) == set(coords.index)
    for node_id, row in coords.iterrows():
        assert tuple(net.node_xy[nodes[node_id]]) == pytest.approx((row.X, row.Y), abs=1e-9)
    foot = 0.3048
    junctions = model.inp.junctions
    for node_id, row in junctions.iterrows():
        i = nodes[node_id]
        assert net.node_invert[i] == pytest.approx(row.InvertElev * foot, abs=1e-9)
        if row.MaxDepth > 0:
            assert net.node_ground[i] == pytest.approx((row.InvertElev + row.MaxDepth) * foot)
    conduits = model.inp.conduits
    assert set(conduits.index) <= set(segs)
    xs = model.inp.xsections
    vertices = model.inp.vertices
    for link_id, row in conduits.iterrows():
        s = segs[link_id]
        assert net.node_ids[net.seg_from[s]] == row.InletNode
        assert net.node_ids[net.seg_to[s]] == row.OutletNode
        assert net.seg_length_m[s] == pytest.approx(row.Length * foot)
        shape, geom1 = xs.loc[link_id, "Shape"], float(xs.loc[link_id, "Geom1"])
        size = net.seg_diameter_m[s] if shape == "CIRCULAR" else net.seg_height_m[s]
        assert size == pytest.approx(geom1 * foot), link_id
        inlet_invert = junctions.InvertElev.get(row.InletNode)
        if inlet_invert is not None:
            assert net.seg_invert[s, 0] == pytest.approx((inlet_invert + row.InOffset) * foot)
        inner = net.seg_xy[net.seg_offsets[s] + 1 : net.seg_offsets[s + 1] - 1]
        expected = vertices.loc[[link_id]] if link_id in vertices.index else vertices.iloc[:0]
        np.testing.assert_allclose(
            inner, expected[["X", "Y"]].to_numpy(dtype=float).reshape(-1, 2), atol=1e-9
        )


def test_swmm_crs_from_title() -> None:
    assert read_network(NETWORKS / "model_state_plane.inp").crs.to_epsg() == 2817


def test_geojson_lines_with_node_layers() -> None:
    wn = wntr.network.WaterNetworkModel(str(KY4))
    net = read_network(
        NETWORKS / "ky4_pipes.geojson",
        diameter_unit="m",
        pipeline_type="water",
        nodes=[NETWORKS / f"ky4_{k}.geojson" for k in ("junctions", "tanks", "reservoirs")],
    )
    segs = _by_id(net.seg_ids)
    assert len(segs) == len(wn.pipe_name_list) == 1156
    assert net.crs.to_epsg() == 3547
    for name, pipe in wn.pipes():
        s = segs[name]
        assert net.node_ids[net.seg_from[s]] == pipe.start_node_name
        assert net.seg_diameter_m[s] == pytest.approx(pipe.diameter)
    kinds = dict(zip(net.node_ids, net.node_kind, strict=True))
    assert {n for n, k in kinds.items() if k == "tank"} == set(wn.tank_name_list)
    assert {n for n, k in kinds.items() if k == "reservoir"} == set(wn.reservoir_name_list)


def test_lines_without_nodes_share_end_points() -> None:
    net = read_network(Path(__file__).resolve().parents[2] / "samples/monaco/gas_pipeline.geojson")
    assert net.n_segments == 9
    assert set(net.segment_types()) == {"gas"}
    # Ends are nodes, and ends at the same place are the same node.
    ends = np.r_[net.seg_from, net.seg_to]
    np.testing.assert_allclose(
        net.node_xy[net.seg_from], net.seg_xy[net.seg_offsets[:-1]], atol=1e-7
    )
    assert np.unique(ends).size == net.n_nodes < ends.size


def test_geopackage_with_line_and_point_layers(tmp_path: Path) -> None:
    import pyogrio

    gpkg = tmp_path / "ky4.gpkg"
    for name in ("pipes", "junctions", "tanks", "reservoirs"):
        frame = pyogrio.read_dataframe(NETWORKS / f"ky4_{name}.geojson")
        pyogrio.write_dataframe(frame, gpkg, layer=name, append=gpkg.exists())
    net = read_network(gpkg, nodes=[gpkg], diameter_unit="m", pipeline_type="water")
    assert net.n_segments == 1156 and net.n_nodes == 964
    assert (net.node_kind == "tank").sum() == 4 and (net.node_kind == "reservoir").sum() == 1
    assert net.crs.to_epsg() == 3547
