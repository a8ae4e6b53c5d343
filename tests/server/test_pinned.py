"""Pinned URLs, /tiles/{layer}@{version}/{path}: the files of one version, whatever is current.

The routes and the fast path both answer them (200, HEAD, 304, gzip, Range), immutable for a
year; an unknown or no longer stored version is a 404 problem naming it; terrain layers are
pinned the same way under /terrain and /tiles; a layer name can never hold the "@".
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import pytest
from event_loop import run_apart
from fastapi.testclient import TestClient
from published import published_files, reader

from ingest_survey.convert.terrain import TerrainResult, build_terrain
from twin.errors import InvalidRequestError
from twin.model import LayerKind, LayerVersion
from twin.publish import publish
from twin.server.conditional import IMMUTABLE, strong_etag
from twin.server.serving import FastTiles
from twin.settings import Settings

PublishTileset = Callable[..., LayerVersion]
DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"
TERRAIN_ACCEPT = "application/vnd.quantized-mesh;extensions=octvertexnormals"
IDENTITY = {"Accept-Encoding": "identity"}


def _glb_key(settings: Settings, version: LayerVersion) -> str:
    keys: list[str] = list(reader(settings, version).manifest["files"])
    return next(k for k in keys if k.endswith(".glb"))


def _sha(settings: Settings, version: LayerVersion, key: str) -> str:
    sha256: str = reader(settings, version).manifest["files"][key]["sha256"]
    return sha256


def _pinned(version: LayerVersion, key: str) -> str:
    return f"/tiles/{version.layer}@{version.version_id}/{key}"


def _problem_404(response: Any) -> str:
    assert response.status_code == 404, response.text
    assert response.headers["content-type"] == "application/problem+json"
    detail: str = response.json()["detail"]
    return detail


def test_every_file_of_an_old_version_stays_served_after_a_publish(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    old = publish_tileset("demo")
    new = publish_tileset("demo")
    for version in (old, new):
        for key, content in published_files(settings, version).items():
            response = client.get(_pinned(version, key), headers=IDENTITY)
            assert response.status_code == 200, (key, response.text)
            assert response.content == content
            assert response.headers["etag"] == strong_etag(_sha(settings, version, key))
            assert response.headers["cache-control"] == IMMUTABLE
    # The unpinned URL has moved on: the old content file is gone from it.
    assert client.get(f"/tiles/demo/{_glb_key(settings, old)}").status_code == 404
    assert client.get("/tiles/demo/tileset.json").headers["cache-control"] == "no-cache"


def test_pinned_revalidation_head_gzip_and_range(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    publish_tileset("demo")  # no longer current: pinned answers do not care
    glb = _glb_key(settings, version)
    for key in ("tileset.json", glb):
        etag = strong_etag(_sha(settings, version, key))
        again = client.get(_pinned(version, key), headers={**IDENTITY, "If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag and again.headers["cache-control"] == IMMUTABLE
        head = client.head(_pinned(version, key), headers=IDENTITY)
        assert head.status_code == 200 and head.content == b""
    content = published_files(settings, version)
    zipped = client.get(_pinned(version, "tileset.json"), headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["etag"] == strong_etag(_sha(settings, version, "tileset.json"), gzip=True)
    assert zipped.content == content["tileset.json"]  # httpx decoded it
    ranged = client.get(_pinned(version, glb), headers={"Range": "bytes=0-3"})
    assert ranged.status_code == 206 and ranged.content == b"glTF"


def test_the_fast_path_answers_pinned_files_without_the_app(
    client: TestClient,
    settings: Settings,
    make_tileset: Callable[..., Path],
    publish_tileset: PublishTileset,
) -> None:
    folder = make_tileset("with-preview")
    # A binary outside content/: unpinned it is revalidated each time, pinned it is immutable.
    shutil.copy(next(folder.glob("content/*.glb")), folder / "preview.glb")
    version = publish(settings, "demo", LayerKind.BUILDINGS, folder, meta={})
    publish_tileset("demo")
    glb = "preview.glb"
    app: Any = client.app
    # The routes are replaced by an app that refuses everything: only FastTiles can answer.
    messages: list[dict[str, Any]] = []

    async def refuse(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 418, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        messages.append(dict(message))

    def ask(path: str, headers: list[tuple[bytes, bytes]] | None = None) -> tuple[int, bytes]:
        """Status and body of FastTiles' answer; a pinned answer is always immutable."""
        messages.clear()
        scope = {
            "type": "http",
            "method": "GET",
            "path": path,
            "headers": headers or [],
            "app": app,
        }
        run_apart(FastTiles(refuse)(scope, receive, send))
        status, answered = messages[0]["status"], dict(messages[0]["headers"])
        if status != 418:
            assert answered[b"cache-control"] == IMMUTABLE.encode()
        return status, b"".join(m.get("body", b"") for m in messages[1:])

    assert ask(_pinned(version, glb)) == (200, published_files(settings, version)[glb])
    assert app.state.sources.cached_pin("demo", version.version_id) is not None
    etag = strong_etag(_sha(settings, version, glb)).encode()
    assert ask(_pinned(version, glb), [(b"if-none-match", etag)]) == (304, b"")
    # What the fast path leaves to the routes: JSON, unknown versions and files.
    assert ask(_pinned(version, "tileset.json"))[0] == 418
    assert ask(f"/tiles/demo@{version.version_id}x/{glb}")[0] == 418
    assert ask(_pinned(version, "content/nothing.glb"))[0] == 418


@pytest.mark.parametrize("via", ["route", "fast path"])
def test_an_unknown_version_is_a_404_naming_it(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset, via: str
) -> None:
    version = publish_tileset("demo")
    key = "tileset.json" if via == "route" else _glb_key(settings, version)
    for wrong in ("20200101T000000000000Z-000000", "", "..", "not a version"):
        detail = _problem_404(client.get(f"/tiles/demo@{wrong}/{key}"))
        assert repr(wrong) in detail and "demo" in detail
    # A file the pinned version does not have, and a layer that does not exist.
    _problem_404(client.get(_pinned(version, "content/missing.glb")))
    detail = _problem_404(client.get(f"/tiles/nope@{version.version_id}/{key}"))
    assert version.version_id in detail


@pytest.mark.parametrize("via", ["route", "fast path"])
def test_a_version_no_longer_stored_is_a_404_naming_it(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset, via: str
) -> None:
    old = publish_tileset("demo")
    publish_tileset("demo")
    key = "tileset.json" if via == "route" else _glb_key(settings, old)
    # What garbage collection would leave of a version: no manifest (never opened before here).
    shutil.rmtree(settings.data_dir / old.path)
    detail = _problem_404(client.get(_pinned(old, key)))
    assert old.version_id in detail
    assert client.get("/tiles/demo/tileset.json").status_code == 200  # the current one is fine


def test_api_layers_advertises_the_pinned_url(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    first = publish_tileset("demo")
    (layer,) = client.get("/api/layers").json()["layers"]
    assert layer["url"] == _pinned(first, "tileset.json")
    assert layer["latest_url"] == "/tiles/demo/tileset.json"
    second = publish_tileset("demo")
    detail = client.get("/api/layers/demo").json()
    assert detail["url"] == _pinned(second, "tileset.json") != layer["url"]
    # The old advertised URL keeps serving the old version's tileset.json.
    old_tileset = client.get(layer["url"], headers=IDENTITY).content
    assert old_tileset == published_files(settings, first)["tileset.json"]
    # Every version in the detail has its own pinned URL, current or not.
    for listed, version in zip(detail["versions"], (second, first), strict=True):
        assert listed["url"] == _pinned(version, "tileset.json")
        served = client.get(listed["url"], headers=IDENTITY).content
        assert served == published_files(settings, version)["tileset.json"]


@pytest.mark.parametrize("name", ["demo@v1", "a@", "@b"])
def test_a_layer_name_cannot_hold_the_pin_separator(
    settings: Settings, make_tileset: Callable[..., Path], name: str
) -> None:
    with pytest.raises(InvalidRequestError, match="invalid layer name"):
        publish(settings, name, LayerKind.BUILDINGS, make_tileset(), meta={})


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> TerrainResult:
    return build_terrain([DEM], tmp_path_factory.mktemp("t") / "terrain", max_zoom=6)


def test_terrain_is_pinned_under_terrain_and_tiles(
    client: TestClient, settings: Settings, built: TerrainResult
) -> None:
    first = publish(
        settings, "dem", LayerKind.TERRAIN, built.out, meta=built.meta(), entry="layer.json"
    )
    (layer,) = client.get("/api/layers").json()["layers"]
    assert layer["url"] == f"/tiles/dem@{first.version_id}/layer.json"
    tile = "/".join(next(built.out.glob("6/*/*.terrain")).parts[-3:])
    headers = {"Accept": TERRAIN_ACCEPT, "Accept-Encoding": "gzip"}
    for prefix in ("/terrain", "/tiles"):
        base = f"{prefix}/dem@{first.version_id}"
        layer_json = client.get(f"{base}/layer.json")
        assert layer_json.status_code == 200 and layer_json.json()["format"]
        assert layer_json.headers["cache-control"] == IMMUTABLE
        answer = client.get(f"{base}/{tile}", headers=headers)
        assert answer.status_code == 200, answer.text
        assert answer.headers["cache-control"] == IMMUTABLE
        assert answer.headers["content-type"].startswith("application/vnd.quantized-mesh")
        etag = answer.headers["etag"]
        again = client.get(f"{base}/{tile}", headers={**headers, "If-None-Match": etag})
        assert again.status_code == 304
        assert client.get(f"{prefix}/dem/{tile}", headers=headers).headers["cache-control"] == (
            "no-cache"
        )
        detail = _problem_404(client.get(f"{prefix}/dem@nosuch/{tile}", headers=headers))
        assert "'nosuch'" in detail
