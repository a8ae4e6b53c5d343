"""GET /api/layers, GET /api/layers/{name}, POST /api/layers/{name}/rollback, GET /healthz."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from twin.model import LayerKind, LayerVersion
from twin.server.app import create_app
from twin.settings import Settings

PublishTileset = Callable[..., LayerVersion]
REGION = [0.07598, 0.90773, 0.07620, 0.90786, 0.0, 30.0]  # radians, metres


@pytest.fixture
def database_url(any_database_url: str) -> str:
    """The layer API runs on both backends: SQLite and PostgreSQL."""
    return any_database_url


def test_healthz_counts_served_layers(client: TestClient, publish_tileset: PublishTileset) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "layers": 0}
    publish_tileset("a")
    publish_tileset("b", kind=LayerKind.POINTCLOUD)
    publish_tileset("a")
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "layers": 2}


def test_no_layers(client: TestClient) -> None:
    response = client.get("/api/layers")
    assert response.status_code == 200
    assert response.json() == {"layers": []}


def test_layers_list(client: TestClient, publish_tileset: PublishTileset) -> None:
    meta = {"region": REGION, "features": 42, "crs": "EPSG:28992"}
    version = publish_tileset("delft-buildings", title="Delft", meta=meta)
    publish_tileset("cloud", kind=LayerKind.POINTCLOUD, meta={})
    layers = client.get("/api/layers").json()["layers"]
    assert [layer["name"] for layer in layers] == ["cloud", "delft-buildings"]
    assert layers[1] == {
        "name": "delft-buildings",
        "kind": "buildings",
        "title": "Delft",
        "version": version.version_id,
        "created_at": version.created_at,
        "url": f"/tiles/delft-buildings@{version.version_id}/tileset.json",
        "latest_url": "/tiles/delft-buildings/tileset.json",
        "meta": meta,
        "shown_at_start": True,
    }
    assert layers[0]["kind"] == "pointcloud" and layers[0]["title"] == "cloud"
    # The advertised URL really serves the entry file.
    assert client.get(layers[1]["url"]).json()["asset"]["version"] == "1.1"
    assert client.get(layers[1]["latest_url"]).content == client.get(layers[1]["url"]).content


def test_layer_detail_lists_versions_newest_first(
    client: TestClient, publish_tileset: PublishTileset
) -> None:
    v1 = publish_tileset("demo", meta={"features": 1})
    v2 = publish_tileset("demo", meta={"features": 2})
    body = client.get("/api/layers/demo").json()
    assert body["version"] == v2.version_id and body["meta"] == {"features": 2}
    assert [(v["version"], v["current"], v["meta"]) for v in body["versions"]] == [
        (v2.version_id, True, {"features": 2}),
        (v1.version_id, False, {"features": 1}),
    ]
    assert all(v["entry"] == "tileset.json" for v in body["versions"])


def test_unknown_layer_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/api/layers/nope")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["detail"] == "no layer named 'nope'"


def test_rollback_to_previous_then_to_a_given_version(
    client: TestClient, publish_tileset: PublishTileset, admin_headers: dict[str, str]
) -> None:
    v1 = publish_tileset("demo")
    v2 = publish_tileset("demo")
    etag_v2 = client.get("/tiles/demo/tileset.json").headers["etag"]
    response = client.post("/api/layers/demo/rollback", headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["version"] == v1.version_id
    assert client.get("/api/layers").json()["layers"][0]["version"] == v1.version_id
    assert client.get("/tiles/demo/tileset.json").headers["etag"] != etag_v2
    response = client.post(
        "/api/layers/demo/rollback", json={"version": v2.version_id}, headers=admin_headers
    )
    assert response.status_code == 200 and response.json()["version"] == v2.version_id
    assert client.get("/tiles/demo/tileset.json").headers["etag"] == etag_v2


def test_rollback_errors_are_problems(
    client: TestClient, publish_tileset: PublishTileset, admin_headers: dict[str, str]
) -> None:
    publish_tileset("demo")
    conflict = client.post("/api/layers/demo/rollback", headers=admin_headers)
    assert conflict.status_code == 409
    assert conflict.headers["content-type"] == "application/problem+json"
    assert conflict.json()["title"] == "Conflict"
    assert client.post("/api/layers/nope/rollback", headers=admin_headers).status_code == 404
    unknown = client.post(
        "/api/layers/demo/rollback", json={"version": "nope"}, headers=admin_headers
    )
    assert unknown.status_code == 404
    invalid = client.post("/api/layers/demo/rollback", json={"version": 3}, headers=admin_headers)
    assert invalid.status_code == 422
    assert invalid.headers["content-type"] == "application/problem+json"


def test_point_clouds_and_pipes_wait_until_asked_for(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    for name, kind in [
        ("city", LayerKind.BUILDINGS),
        ("survey", LayerKind.POINTCLOUD),
        ("water", LayerKind.PIPES),
    ]:
        publish_tileset(name, kind=kind)
    shown = {x["name"]: x["shown_at_start"] for x in client.get("/api/layers").json()["layers"]}
    assert shown == {"city": True, "survey": False, "water": False}
    # An operator names the first view's layers instead.
    chosen = settings.model_copy(update={"viewer_layers": ["survey"]})
    with TestClient(create_app(chosen)) as configured:
        layers = configured.get("/api/layers").json()["layers"]
    assert {x["name"] for x in layers if x["shown_at_start"]} == {"survey"}
