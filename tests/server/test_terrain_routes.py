"""GET/HEAD /terrain/{layer}/...: layer.json, tiles with gzip and Accept negotiation of
quantized-mesh extensions as CesiumTerrainProvider sends it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from quantized_mesh_reader import decode

from ingest_survey.convert.terrain import TerrainResult, build_terrain
from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings

DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"
CESIUM_ACCEPT = (
    "application/vnd.quantized-mesh;extensions=octvertexnormals-metadata,"
    "application/octet-stream;q=0.9,*/*;q=0.01"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> TerrainResult:
    return build_terrain([DEM], tmp_path_factory.mktemp("t") / "terrain", max_zoom=8)


@pytest.fixture
def terrain(settings: Settings, built: TerrainResult) -> str:
    publish(
        settings,
        "monaco-terrain",
        LayerKind.TERRAIN,
        built.out,
        title="Monaco",
        meta=built.meta(),
        entry="layer.json",
    )
    return "/terrain/monaco-terrain"


def _a_tile(built: TerrainResult) -> str:
    path = next(built.out.glob("8/*/*.terrain"))
    return "/".join(path.parts[-3:])


def test_layer_json(client: TestClient, terrain: str) -> None:
    r = client.get(f"{terrain}/layer.json", headers={"accept-encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json()["format"] == "quantized-mesh-1.0"
    assert r.headers["cache-control"] == "no-cache" and r.headers["etag"]
    layers = client.get("/api/layers").json()["layers"]
    assert layers[0]["kind"] == "terrain" and layers[0]["url"].endswith("/layer.json")


def test_tile_as_cesium_asks(client: TestClient, terrain: str, built: TerrainResult) -> None:
    tile = _a_tile(built)
    r = client.get(
        f"{terrain}/{tile}", headers={"accept": CESIUM_ACCEPT, "accept-encoding": "gzip, deflate"}
    )
    assert r.status_code == 200
    assert (
        r.headers["content-type"]
        == "application/vnd.quantized-mesh;extensions=octvertexnormals-metadata"
    )
    assert r.headers["content-encoding"] == "gzip"
    assert {v.strip().lower() for v in r.headers["vary"].split(",")} >= {
        "accept",
        "accept-encoding",
    }
    # httpx undid the gzip; the body is the stored tile, both extensions in.
    assert r.content == gzip.decompress((built.out / tile).read_bytes())
    assert set(decode(r.content).extensions) == {1, 4}
    again = client.get(
        f"{terrain}/{tile}",
        headers={
            "accept": CESIUM_ACCEPT,
            "accept-encoding": "gzip",
            "if-none-match": r.headers["etag"],
        },
    )
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("accept", "kept", "media"),
    [
        (
            "application/vnd.quantized-mesh;extensions=octvertexnormals",
            {1},
            "application/vnd.quantized-mesh;extensions=octvertexnormals",
        ),
        ("application/vnd.quantized-mesh", set(), "application/vnd.quantized-mesh"),
        ("*/*", set(), "application/vnd.quantized-mesh"),
    ],
)
def test_only_the_extensions_asked_for(
    client: TestClient, terrain: str, built: TerrainResult, accept: str, kept: set[int], media: str
) -> None:
    r = client.get(
        f"{terrain}/{_a_tile(built)}", headers={"accept": accept, "accept-encoding": "identity"}
    )
    assert r.status_code == 200 and r.headers["content-type"] == media
    assert "content-encoding" not in r.headers
    assert set(decode(r.content).extensions) == kept


def test_tiles_route_sends_terrain_with_its_encoding(
    client: TestClient, terrain: str, built: TerrainResult
) -> None:
    r = client.get(
        f"/tiles/monaco-terrain/{_a_tile(built)}",
        headers={"accept": CESIUM_ACCEPT, "accept-encoding": "gzip"},
    )
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    assert set(decode(r.content).extensions) == {1, 4}


def test_head_and_errors(
    client: TestClient, terrain: str, built: TerrainResult, publish_tileset: object
) -> None:
    head = client.head(f"{terrain}/{_a_tile(built)}", headers={"accept-encoding": "gzip"})
    assert head.status_code == 200 and int(head.headers["content-length"]) > 88
    missing = client.get(f"{terrain}/8/0/0.terrain")
    assert missing.status_code == 404
    assert missing.headers["content-type"] == "application/problem+json"
    assert client.get("/terrain/nope/layer.json").status_code == 404
    publish_tileset("city")  # type: ignore[operator]
    wrong = client.get("/terrain/city/layer.json")
    assert wrong.status_code == 404 and "not terrain" in wrong.json()["detail"]
    assert client.get(f"{terrain}/..%2F..%2Fx/0/0.terrain").status_code == 404


@pytest.mark.parametrize(
    "accept", ["image/png", "text/html, application/json", "application/vnd.quantized-mesh;q=0"]
)
def test_an_accept_header_without_quantized_mesh_gets_406(
    client: TestClient, terrain: str, built: TerrainResult, accept: str
) -> None:
    r = client.get(f"{terrain}/{_a_tile(built)}", headers={"accept": accept})
    assert r.status_code == 406
    assert r.headers["content-type"] == "application/problem+json"
    assert "quantized-mesh" in r.json()["detail"]


@pytest.mark.parametrize(
    "accept",
    [
        CESIUM_ACCEPT,
        "application/vnd.quantized-mesh,application/octet-stream;q=0.9",
        "image/png, */*;q=0.1",
        "application/*",
        "application/octet-stream",
    ],
)
def test_accept_forms_that_admit_quantized_mesh(
    client: TestClient, terrain: str, built: TerrainResult, accept: str
) -> None:
    r = client.get(f"{terrain}/{_a_tile(built)}", headers={"accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.quantized-mesh")
