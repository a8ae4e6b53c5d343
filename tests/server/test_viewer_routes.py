"""The viewer routes: /, /src/**, /cesium/**, /vendor/tus/**, /fonts/**, and the 503 problem
when CesiumJS is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from twin.server.app import create_app
from twin.settings import Settings


@pytest.fixture
def viewer_dir(tmp_path: Path) -> Path:
    """A stand-in viewer folder: the routes only need files to exist."""
    folder = tmp_path / "viewer"
    (folder / "src" / "panels").mkdir(parents=True)
    (folder / "index.html").write_text("<!doctype html><div id='cesiumContainer'></div>")
    (folder / "src" / "main.js").write_text("export const ready = true;\n")
    (folder / "src" / "panels" / "layers.js").write_text("export {};\n")
    tus = folder / "node_modules" / "tus-js-client" / "dist"
    tus.mkdir(parents=True)
    (tus / "tus.min.js").write_text("window.tus = {};\n")
    (folder / "fonts").mkdir()
    (folder / "fonts" / "subset.woff2").write_bytes(b"wOF2")
    (tmp_path / "secret.txt").write_text("top secret")
    return folder


@pytest.fixture
def cesium_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cesium"
    (folder / "Widgets").mkdir(parents=True)
    (folder / "Cesium.js").write_text("export const VERSION = 'test';\n")
    (folder / "Widgets" / "widgets.css").write_text("body {}\n")
    (folder / "ThirdParty").mkdir()
    (folder / "ThirdParty" / "draco_decoder.wasm").write_bytes(b"\x00asm\x01\x00\x00\x00")
    return folder


@pytest.fixture
def viewer_client(tmp_path: Path, viewer_dir: Path, cesium_dir: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "data", viewer_dir=viewer_dir, cesium_dir=cesium_dir)
    with TestClient(create_app(settings)) as client:
        yield client


def test_index(viewer_client: TestClient) -> None:
    response = viewer_client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "cesiumContainer" in response.text


@pytest.mark.parametrize(
    ("url", "media_type"),
    [
        ("/src/main.js", "text/javascript"),
        ("/src/panels/layers.js", "text/javascript"),
        ("/cesium/Cesium.js", "text/javascript"),
        ("/cesium/Widgets/widgets.css", "text/css"),
        ("/cesium/ThirdParty/draco_decoder.wasm", "application/wasm"),
        ("/vendor/tus/tus.min.js", "text/javascript"),
        ("/fonts/subset.woff2", "font/woff2"),
    ],
)
def test_static_files(viewer_client: TestClient, url: str, media_type: str) -> None:
    response = viewer_client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type


@pytest.mark.parametrize(
    "url",
    [
        "/src/missing.js",
        "/src/..%2Findex.html",
        "/src/%2e%2e/%2e%2e/secret.txt",
        "/cesium/..%2F..%2Fsecret.txt",
        "/vendor/tus/..%2F..%2F..%2F..%2Fsecret.txt",
        "/vendor/tus/tus.js.missing",
        "/src/panels",
        "/src/%2Fetc%2Fpasswd",
        "/src/..%5Cmain.js",
        "/fonts/..%2F..%2Fsecret.txt",
        "/fonts/missing.woff2",
    ],
)
def test_static_misses_are_404_problems(viewer_client: TestClient, url: str) -> None:
    response = viewer_client.get(url)
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert b"top secret" not in response.content


def test_missing_cesium_is_a_503_problem(tmp_path: Path, viewer_dir: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data", viewer_dir=viewer_dir, cesium_dir=tmp_path / "not-installed"
    )
    with TestClient(create_app(settings)) as client:
        response = client.get("/")
        assert response.status_code == 503
        assert response.headers["content-type"] == "application/problem+json"
        assert "npm ci" in response.json()["detail"]
        assert client.get("/cesium/Cesium.js").status_code == 503
        # The API keeps working without the viewer.
        assert client.get("/healthz").status_code == 200
