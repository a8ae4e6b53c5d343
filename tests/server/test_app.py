"""create_app: CORS, OpenAPI docs, the uvicorn factory form and the lifespan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from twin.server.app import create_app
from twin.settings import Settings


def test_cors_allows_any_origin_by_default(client: TestClient) -> None:
    response = client.get("/healthz", headers={"Origin": "https://planner.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    preflight = client.options(
        "/api/layers",
        headers={"Origin": "https://planner.example", "Access-Control-Request-Method": "GET"},
    )
    assert preflight.status_code == 200
    assert "GET" in preflight.headers["access-control-allow-methods"]


def test_cors_follows_settings(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d", cors_origins=["https://ok.example"])
    with TestClient(create_app(settings)) as client:
        allowed = client.get("/healthz", headers={"Origin": "https://ok.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://ok.example"
        other = client.get("/healthz", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


def test_etag_is_exposed_to_cross_origin_clients(client: TestClient) -> None:
    response = client.get("/healthz", headers={"Origin": "https://planner.example"})
    assert "etag" in response.headers["access-control-expose-headers"].lower()


def test_openapi_and_docs(client: TestClient) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and "text/html" in docs.headers["content-type"]
    # Offline: every script and style of the docs page comes from this server.
    assets = re.findall(r'(?:src|href)="([^"]+)"', docs.text) + re.findall(
        r"url: '([^']+)'", docs.text
    )
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    spec = client.get("/openapi.json").json()
    for path in (
        "/healthz",
        "/api/layers",
        "/api/layers/{name}",
        "/api/layers/{name}/rollback",
        "/tiles/{layer}/{path}",
    ):
        assert path in spec["paths"]


def test_factory_reads_settings_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TWIN_DATA_DIR", str(tmp_path / "env-data"))
    app = create_app()
    assert app.state.settings.data_dir == tmp_path / "env-data"
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok", "layers": 0}
    assert (tmp_path / "env-data" / "twin.sqlite").is_file()


def test_lifespan_closes_the_stores(settings: Settings) -> None:
    app = create_app(settings)
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        assert app.state.stores is not None
    assert app.state.stores is None


def test_works_without_the_lifespan(settings: Settings) -> None:
    app = create_app(settings)
    client = TestClient(app)  # not entered: the stores open on first use
    assert client.get("/api/layers").json() == {"layers": []}
    app.state.stores.close()
