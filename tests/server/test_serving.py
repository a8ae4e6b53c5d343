"""The in-memory tile caches follow publishes made by any process (twin.server.current_versions)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.published import reader
from twin.model import LayerVersion
from twin.server import current_versions
from twin.settings import Settings
from twin.store import open_stores

PublishTileset = Callable[..., LayerVersion]


def _glb_key(settings: Settings, version: LayerVersion) -> str:
    return next(k for k in reader(settings, version).manifest["files"] if k.endswith(".glb"))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    """Status and ETag of a GET (errors included)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            response.read()
            return response.status, response.headers.get("etag", "")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""  # not listening yet


@pytest.fixture
def two_servers(settings: Settings) -> Iterator[list[str]]:
    """Two uvicorn processes serving one data folder and catalog; their base URLs."""
    env = {
        **os.environ,
        "TWIN_DATA_DIR": str(settings.data_dir),
        "TWIN_DATABASE_URL": settings.database_url,
    }
    with open_stores(settings):
        pass  # the catalog exists before either server opens it
    processes, bases = [], []
    for _ in range(2):
        port = _free_port()
        command = [sys.executable, "-m", "uvicorn", "--factory", "twin.server.app:create_app"]
        command += ["--port", str(port), "--log-level", "warning"]
        processes.append(subprocess.Popen(command, env=env, cwd=Path(__file__).parents[2]))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base in bases:
            deadline = time.monotonic() + 30
            while _get(f"{base}/healthz")[0] != 200:
                assert time.monotonic() < deadline, f"{base} did not start"
                time.sleep(0.1)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=20)


def test_a_second_server_sees_a_publish_within_a_second(
    two_servers: list[str], settings: Settings, publish_tileset: PublishTileset
) -> None:
    old = publish_tileset("demo")
    old_glb = _glb_key(settings, old)
    old_etag = f'"{reader(settings, old).manifest["files"][old_glb]["sha256"]}"'
    for base in two_servers:  # both processes now hold the old version in memory
        assert _get(f"{base}/tiles/demo/{old_glb}") == (200, old_etag)
        assert _get(f"{base}/tiles/demo/tileset.json")[0] == 200
    first = _get(f"{two_servers[1]}/tiles/demo/tileset.json")[1]

    new = publish_tileset("demo")  # another process (this one) publishes
    published = time.monotonic()
    new_etag = first
    while new_etag == first:
        assert time.monotonic() - published < 1.0, "the publish was not seen within a second"
        new_etag = _get(f"{two_servers[1]}/tiles/demo/tileset.json")[1]
    assert new_etag.strip('"') == reader(settings, new).manifest["files"]["tileset.json"]["sha256"]
    # From then on neither process serves anything of the old version.
    for _ in range(10):
        for base in two_servers:
            assert _get(f"{base}/tiles/demo/tileset.json")[1] == new_etag
            assert _get(f"{base}/tiles/demo/{old_glb}")[0] == 404


def test_the_cache_never_serves_a_version_that_is_not_current(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    old = publish_tileset("demo")
    old_glb = _glb_key(settings, old)
    assert client.get(f"/tiles/demo/{old_glb}").status_code == 200
    new = publish_tileset("demo")
    new_glb = _glb_key(settings, new)
    # Published by this process: the marker makes the switch immediate, not REFRESH_S later.
    assert client.get(f"/tiles/demo/{old_glb}").status_code == 404
    assert client.get(f"/tiles/demo/{new_glb}").status_code == 200
    # A catalog changed without the marker (another machine, a manual fix) is seen within
    # REFRESH_S; a cached body of the old version is never sent after that.
    with open_stores(settings) as stores:
        stores.catalog.set_current("demo", old.version_id)
    time.sleep(current_versions.REFRESH_S + 0.05)
    assert client.get(f"/tiles/demo/{new_glb}").status_code == 404
    response = client.get(f"/tiles/demo/{old_glb}")
    assert response.status_code == 200
    assert response.content == reader(settings, old).read_bytes(old_glb)
