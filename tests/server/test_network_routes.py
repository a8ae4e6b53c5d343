"""GET /api/networks/{layer}/trace, /isolate and /api/networks/clearance on published layers."""

from __future__ import annotations

from pathlib import Path

import pytest
from citydata import SAMPLES, TEST_DATA
from fastapi.testclient import TestClient

from ingest_survey.convert.pipes import build_pipes
from ingest_survey.readers.networks import read_network
from twin.model import LayerKind
from twin.networks import NetworkGraph
from twin.publish import publish
from twin.settings import Settings

pytestmark = pytest.mark.filterwarnings(  # readers/dem.py: affine 3 deprecates `*` (lead)
    "ignore:Use `@` matmul instead of `\\*` mul operator:PendingDeprecationWarning"
)
KY4 = SAMPLES / "ky4" / "ky4.inp"


@pytest.fixture
def ky4(settings: Settings, tmp_path: Path) -> str:
    out = tmp_path / "ky4"
    result = build_pipes(KY4, out, crs="EPSG:3547", terrain=SAMPLES / "ky4" / "ky4_elevation.tif")
    publish(settings, "ky4-water", LayerKind.PIPES, out, meta=result.meta())
    return "ky4-water"


def test_trace_down_up_and_both(client: TestClient, ky4: str, tmp_path: Path) -> None:
    graph = NetworkGraph.from_npz((tmp_path / "ky4" / "network.npz").read_bytes())
    for direction in ("down", "up", "both"):
        response = client.get(
            f"/api/networks/{ky4}/trace", params={"from": "P-1", "direction": direction}
        )
        assert response.status_code == 200, response.text
        body = response.json()
        expected = graph.trace("P-1", direction)
        assert body["segments"] == graph.seg_ids[expected.segments].tolist()
        assert body["nodes"] == graph.node_ids[expected.nodes].tolist()
        assert "P-1" in body["segments"] and body["direction"] == direction
    both = client.get(f"/api/networks/{ky4}/trace", params={"from": "J-1", "direction": "both"})
    assert len(both.json()["segments"]) == len(read_network(KY4).seg_ids)  # ky4 is connected


def test_isolate_without_valves(client: TestClient, ky4: str) -> None:
    body = client.get(f"/api/networks/{ky4}/isolate", params={"segment": "P-10"}).json()
    assert body["isolable"] is False and body["valves"] == []
    assert "P-10" in body["segments"]


def test_errors_are_problems(client: TestClient, ky4: str, publish_tileset) -> None:
    r = client.get(f"/api/networks/{ky4}/trace", params={"from": "nope"})
    assert r.status_code == 404 and r.headers["content-type"] == "application/problem+json"
    r = client.get(f"/api/networks/{ky4}/trace", params={"from": "P-1", "direction": "sideways"})
    assert r.status_code == 422
    assert client.get("/api/networks/none/isolate", params={"segment": "P-1"}).status_code == 404
    publish_tileset("city")  # a buildings layer has no network
    assert client.get("/api/networks/city/isolate", params={"segment": "x"}).status_code == 404
    r = client.get("/api/networks/clearance", params={"layers": [ky4]})
    assert r.status_code == 400


def test_clearance_between_published_layers(
    client: TestClient, ky4: str, settings: Settings, tmp_path: Path
) -> None:
    # The same ky4 pipes from their GIS layers: every pipe overlaps its .inp twin (a duplicate
    # registration, which a clearance check must report).
    gis = tmp_path / "ky4-gis"
    nodes = [
        TEST_DATA / "networks" / f"ky4_{k}.geojson" for k in ("junctions", "tanks", "reservoirs")
    ]
    result = build_pipes(
        TEST_DATA / "networks" / "ky4_pipes.geojson",
        gis,
        terrain=SAMPLES / "ky4" / "ky4_elevation.tif",
        read_options={"nodes": nodes, "diameter_unit": "m"},
    )
    publish(settings, "ky4-gis", LayerKind.PIPES, gis, meta=result.meta())
    body = client.get(
        "/api/networks/clearance",
        params={"layers": [ky4, "ky4-gis"], "minimum": 0.5, "limit": 100000},
    ).json()
    same = {
        (c["segment_a"], c["segment_b"])
        for c in body["clearances"]
        if c["segment_a"] == c["segment_b"]
    }
    assert len(same) == 1156  # every GIS pipe meets its twin
    assert body["count"] == len(body["clearances"]) >= 1156
    assert all(c["gap_m"] < 0.5 for c in body["clearances"])


def test_clearance_points_in_geographic_and_layer_crs(
    client: TestClient, ky4: str, settings: Settings, tmp_path: Path
) -> None:
    import numpy as np
    from pyproj import Transformer

    twin = tmp_path / "ky4-twin"
    result = build_pipes(KY4, twin, crs="EPSG:3547", terrain=SAMPLES / "ky4" / "ky4_elevation.tif")
    assert result.meta()["crs"] == "EPSG:3547"
    publish(settings, "ky4-twin", LayerKind.PIPES, twin, meta=result.meta())
    body = client.get(
        "/api/networks/clearance", params={"layers": [ky4, "ky4-twin"], "limit": 50}
    ).json()
    assert body["crs"]["layers"] == {ky4: "EPSG:3547", "ky4-twin": "EPSG:3547"}
    assert body["crs"]["geographic"] == "EPSG:4979"
    found = body["clearances"]
    assert len(found) == 50
    ecef = np.array([c["ecef"] for c in found])
    lon, lat, h = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(*ecef.T)
    x, y, _ = Transformer.from_crs("EPSG:4978", "EPSG:3547", always_xy=True).transform(*ecef.T)
    for i, c in enumerate(found):
        g = c["geographic"]
        assert g["lon"] == pytest.approx(lon[i], abs=1e-8)
        assert g["lat"] == pytest.approx(lat[i], abs=1e-8)
        assert g["height"] == pytest.approx(h[i], abs=1e-3)
        assert -86.0 < g["lon"] < -84.0 and 36.0 < g["lat"] < 39.0  # ky4 is in Kentucky
        for side in ("layer_a_crs", "layer_b_crs"):
            assert c[side]["crs"] == "EPSG:3547"
            assert c[side]["x"] == pytest.approx(x[i], abs=1e-3)
            assert c[side]["y"] == pytest.approx(y[i], abs=1e-3)


def test_clearance_without_a_recorded_crs(
    client: TestClient, ky4: str, settings: Settings, tmp_path: Path
) -> None:
    old = tmp_path / "ky4-old"
    result = build_pipes(KY4, old, crs="EPSG:3547", terrain=SAMPLES / "ky4" / "ky4_elevation.tif")
    meta = {k: v for k, v in result.meta().items() if k != "crs"}  # published before the field
    publish(settings, "ky4-old", LayerKind.PIPES, old, meta=meta)
    body = client.get(
        "/api/networks/clearance", params={"layers": [ky4, "ky4-old"], "limit": 5}
    ).json()
    assert body["crs"]["layers"]["ky4-old"] is None
    for c in body["clearances"]:
        side = "layer_a_crs" if c["layer_a"] == "ky4-old" else "layer_b_crs"
        assert c[side] is None and "lon" in c["geographic"]
