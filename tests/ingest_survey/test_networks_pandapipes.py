"""Schutterwald's pandapipes gas/heat and pandapower cable networks."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from checks import assert_tileset_valid
from citydata import SAMPLES
from pyproj import Transformer

from ingest_survey.convert.pipes import build_pipes
from ingest_survey.readers.networks import read_network

SW = SAMPLES / "schutterwald"
GK3 = "EPSG:31467"


def _table(path: Path, name: str) -> pd.DataFrame:
    import io

    doc = json.loads(path.read_text())["_object"]
    return pd.read_json(io.StringIO(doc[name]["_object"]), orient="split")


def test_gas_keeps_every_pipe_and_junction() -> None:
    path = SW / "gas_net_schutterwald_1bar.json"
    net = read_network(path, crs=GK3)
    pipes, junctions = _table(path, "pipe"), _table(path, "junction")
    geodata = _table(path, "junction_geodata")
    assert net.n_segments == len(pipes) == 2559 and net.n_nodes == len(junctions)
    np.testing.assert_allclose(net.seg_diameter_m, pipes["diameter_m"].to_numpy())
    np.testing.assert_allclose(net.node_xy, geodata.loc[junctions.index, ["x", "y"]].to_numpy())
    assert net.node_ids[net.seg_from].tolist() == pipes["from_junction"].astype(str).tolist()
    assert set(net.segment_types()) == {"gas"} and (net.node_kind == "source").sum() == 1


def test_heat_return_junctions_with_swapped_geo() -> None:
    path = SW / "sw_heat.json"
    net = read_network(path, crs=GK3)
    junctions = _table(path, "junction")
    geodata = _table(path, "junction_geodata").reindex(junctions.index)
    has = geodata["x"].notna().to_numpy()
    assert (~has).sum() == 244  # the return network has no junction_geodata
    # Its `geo` is [lat, lon]: read the right way round it lands on the flow twins.
    to_gk = Transformer.from_crs("EPSG:4326", GK3, always_xy=True)
    names = junctions["name"].astype(str).to_numpy()
    xy = dict(zip(names, net.node_xy, strict=True))
    for name, geo in zip(names[~has], junctions["geo"].to_numpy()[~has], strict=True):
        if isinstance(geo, dict):
            lat, lon = map(float, geo["coordinates"])
            x, y = to_gk.transform(lon, lat)
            assert np.hypot(*(xy[name] - (x, y))) < 0.01
        twin = name.removeprefix("return_")
        assert np.hypot(*(xy[name] - xy[twin])) < 1.0
    assert net.seg_is_valve.sum() == 4 and net.pipeline_type == "heat"


def test_power_cables_in_wgs84() -> None:
    net = read_network(SW / "lv_schutterwald.json")
    assert net.crs.to_epsg() == 4326 and net.n_segments == 3000 and net.pipeline_type == "power"
    assert 7.8 < net.seg_xy[:, 0].mean() < 7.95 and 48.4 < net.seg_xy[:, 1].mean() < 48.5


@pytest.mark.parametrize(
    ("name", "options"),
    [
        ("sw_heat.json", {"crs": GK3}),
        ("lv_schutterwald.json", {"ground": 149.53}),
    ],
)
def test_tilesets_are_valid(tmp_path: Path, name: str, options: dict) -> None:
    result = build_pipes(SW / name, tmp_path / "out", **options)
    assert result.tiles >= 1
    assert_tileset_valid(tmp_path / "out" / "tileset.json")
