"""TWIN_PUBLIC_READ=false: tiles, terrain and API reads need a viewer token; grants limit layers.

Without a token: 401 problem+json with a Bearer challenge. With a viewer (or higher) token: 200.
With a token granted other layers: 404, word for word the answer for a layer that does not exist.
Both the fast path (binary tiles, served from memory) and the routes (JSON, terrain) are asked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from ingest_survey.convert.terrain import TerrainResult, build_terrain
from twin.auth import Role
from twin.model import LayerKind, LayerVersion
from twin.publish import publish
from twin.server.access import TOKEN_CACHE_S
from twin.settings import Settings
from twin.store import open_stores

MakeToken = Callable[..., dict[str, str]]
DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"
TERRAIN_ACCEPT = "application/vnd.quantized-mesh;extensions=octvertexnormals"


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url, public_read=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> TerrainResult:
    return build_terrain([DEM], tmp_path_factory.mktemp("t") / "terrain", max_zoom=6)


@pytest.fixture
def city(
    settings: Settings, publish_tileset: Callable[..., LayerVersion], built: TerrainResult
) -> dict[str, str]:
    """Two building layers and a terrain; the URL of one file of each kind per layer."""
    publish_tileset("delft")
    publish_tileset("rotterdam")
    dem = publish(
        settings, "dem", LayerKind.TERRAIN, built.out, meta=built.meta(), entry="layer.json"
    )
    tile = "/".join(next(built.out.glob("6/*/*.terrain")).parts[-3:])
    with open_stores(settings) as stores:
        delft = stores.catalog.get_layer("delft").current
    assert delft is not None
    glb = next(key for key in _manifest_keys(settings, delft) if key.endswith(".glb"))
    pinned_delft, pinned_dem = f"delft@{delft.version_id}", f"dem@{dem.version_id}"
    return {
        "delft_tileset": "/tiles/delft/tileset.json",
        "delft_glb": f"/tiles/delft/{glb}",
        "dem_layer_json": "/terrain/dem/layer.json",
        "dem_tile": f"/terrain/dem/{tile}",
        "dem_tile_in_tiles": f"/tiles/dem/{tile}",
        # The same files through version-pinned URLs (what /api/layers advertises).
        "pinned_tileset": f"/tiles/{pinned_delft}/tileset.json",
        "pinned_glb": f"/tiles/{pinned_delft}/{glb}",
        "pinned_layer_json": f"/terrain/{pinned_dem}/layer.json",
        "pinned_tile": f"/terrain/{pinned_dem}/{tile}",
        "pinned_tile_in_tiles": f"/tiles/{pinned_dem}/{tile}",
    }


def _manifest_keys(settings: Settings, version: LayerVersion) -> list[str]:
    from twin.version_reader import VersionReader

    return list(VersionReader.open(settings.data_dir, version).manifest["files"])


def _get(client: TestClient, url: str, headers: dict[str, str] | None = None) -> Response:
    wanted = {"accept": TERRAIN_ACCEPT} if "terrain" in url else {}
    return client.get(url, headers={**wanted, **(headers or {})})


def _problem(response: Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, object] = response.json()
    return body


READS = ["delft_tileset", "delft_glb", "dem_layer_json", "dem_tile", "dem_tile_in_tiles"]
READS += [read.replace("delft_", "pinned_").replace("dem_", "pinned_") for read in READS]


@pytest.mark.parametrize("what", [*READS, "api_layers", "api_layer"])
def test_without_a_token_every_read_is_a_401(
    client: TestClient, city: dict[str, str], what: str
) -> None:
    url = {**city, "api_layers": "/api/layers", "api_layer": "/api/layers/delft"}[what]
    response = _get(client, url)
    body = _problem(response, 401)
    assert response.headers["www-authenticate"] == 'Bearer realm="twin"'
    assert "Authorization: Bearer" in str(body["detail"])


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("what", READS)
def test_a_token_of_any_role_reads(
    client: TestClient, city: dict[str, str], make_token: MakeToken, what: str, role: Role
) -> None:
    response = _get(client, city[what], make_token(role))
    assert response.status_code == 200, response.text
    assert response.content


def test_a_wrong_token_is_a_401_with_invalid_token(
    client: TestClient, city: dict[str, str]
) -> None:
    for url in (city["delft_glb"], city["dem_tile"], "/api/layers"):
        response = _get(client, url, {"Authorization": "Bearer twin_" + "A" * 43})
        _problem(response, 401)
        assert 'error="invalid_token"' in response.headers["www-authenticate"]


@pytest.mark.parametrize("what", READS)
def test_a_layer_not_granted_answers_as_a_missing_one(
    client: TestClient, city: dict[str, str], make_token: MakeToken, what: str
) -> None:
    granted = make_token(Role.VIEWER, layers=["rotterdam"])
    url = city[what]
    layer = url.split("/")[2].split("@")[0]  # pinned or not, the same version of it missing
    hidden = _get(client, url, granted)
    missing = _get(client, url.replace(f"/{layer}", "/nosuchlayer", 1), granted)
    assert _problem(hidden, 404) == {
        **_problem(missing, 404),
        "detail": str(missing.json()["detail"]).replace("nosuchlayer", layer),
    }
    assert hidden.headers.keys() - {"x-request-id"} == missing.headers.keys() - {"x-request-id"}
    # The same token reads what it was granted.
    assert _get(client, "/tiles/rotterdam/tileset.json", granted).status_code == 200


def test_the_api_lists_only_granted_layers(
    client: TestClient, city: dict[str, str], make_token: MakeToken
) -> None:
    everything = client.get("/api/layers", headers=make_token(Role.VIEWER)).json()["layers"]
    assert sorted(layer["name"] for layer in everything) == ["delft", "dem", "rotterdam"]
    granted = make_token(Role.VIEWER, layers=["dem", "delft"])
    listed = client.get("/api/layers", headers=granted).json()["layers"]
    assert sorted(layer["name"] for layer in listed) == ["delft", "dem"]
    assert client.get("/api/layers/delft", headers=granted).status_code == 200
    hidden = _problem(client.get("/api/layers/rotterdam", headers=granted), 404)
    missing = _problem(client.get("/api/layers/nosuch", headers=granted), 404)
    assert hidden["detail"] == str(missing["detail"]).replace("nosuch", "rotterdam")


def test_a_revoked_token_stops_reading_within_the_cache_time(
    client: TestClient, city: dict[str, str], settings: Settings
) -> None:
    with open_stores(settings) as stores:
        record, secret = stores.tokens.create("planner", Role.VIEWER)
    headers = {"Authorization": f"Bearer {secret}"}
    for url in (city["delft_glb"], city["delft_tileset"]):
        assert _get(client, url, headers).status_code == 200
    with open_stores(settings) as stores:
        stores.tokens.revoke(record.id)
    time.sleep(TOKEN_CACHE_S + 0.1)  # the longest a process may trust its cached verdict
    for url in (city["delft_glb"], city["delft_tileset"], "/api/layers"):
        _problem(_get(client, url, headers), 401)


def test_public_reads_need_no_token(
    tmp_path: Path, database_url: str, publish_tileset: Callable[..., LayerVersion]
) -> None:
    from twin.server.app import create_app

    open_settings = Settings(data_dir=tmp_path / "data", database_url=database_url)
    assert open_settings.public_read  # the default, and the demo's
    with TestClient(create_app(open_settings)) as client:
        publish_tileset("delft")  # same data folder as `settings`
        assert client.get("/tiles/delft/tileset.json").status_code == 200
        assert [layer["name"] for layer in client.get("/api/layers").json()["layers"]] == ["delft"]


def test_viewer_pages_and_health_stay_open(client: TestClient, city: dict[str, str]) -> None:
    assert client.get("/healthz").status_code == 200
    assert client.get("/openapi.json").status_code == 200


# Reads that are not of one layer: entities, monitoring, SensorThings and the status bar's
# coordinates close as a whole.
WHOLE_READS = [
    "/features/collections",
    "/api/monitoring/sensors",
    "/api/monitoring/alarms",
    "/sta/v1.1/Things",
    "/api/coordinates?lon=4.36&lat=52.01",
]


@pytest.mark.parametrize("url", WHOLE_READS)
def test_entity_monitoring_and_sensorthings_reads_need_a_token(
    client: TestClient, make_token: MakeToken, url: str
) -> None:
    body = _problem(client.get(url), 401)
    assert "viewer" in str(body["detail"])
    assert client.get(url, headers=make_token(Role.VIEWER)).status_code == 200
