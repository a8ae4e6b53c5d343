"""Traversal attempts in every route that takes a path, sent byte for byte to a real `twin serve`
(a raw socket: HTTP clients normalise `..` and encodings away before sending).

Each attempt aims at a file the server can read but must never send: the database beside the
published layers, the repository's pyproject.toml beside the viewer, and /etc/passwd. Every
answer is a 4xx (or a same-server slash redirect), never a 5xx, and never carries a byte of
those files.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import write_tileset
from nginx import free_port, twin_serve

from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings

# What the targets hold: the start of any SQLite file, pyproject's table, a passwd line.
CANARIES = (b"SQLite format 3", b"[project]", b"root:x:0:0", b"root:*:0:0")
PREFIXES = [
    "/tiles/demo/",
    # Version-pinned URLs: a real version, and the version part itself as the attack.
    "/tiles/demo@{version}/",
    "/terrain/demo@{version}/",
    "/tiles/demo@",
    "/tiles/demo@{version}",
    "/terrain/demo@",
    "/tiles/",
    "/terrain/",
    "/terrain/demo/",
    "/src/",
    "/cesium/",
    "/docs-assets/",
    "/vendor/tus/",
    "/api/layers/",
    "/api/uploads/",
    "/api/jobs/",
    "/api/networks/",
]
ATTEMPTS = [
    "../../twin.sqlite",
    "../../../pyproject.toml",
    "..%2f..%2ftwin.sqlite",
    "%2e%2e/%2e%2e/twin.sqlite",
    "%2e%2e%2f%2e%2e%2f%2e%2e%2fpyproject.toml",
    "%252e%252e%252ftwin.sqlite",
    "..\\..\\twin.sqlite",
    "..%5c..%5c..%5cpyproject.toml",
    "/etc/passwd",
    "%2fetc%2fpasswd",
    "....//....//etc/passwd",
    "tileset.json%00",
    "..%00/..%00/twin.sqlite",
    "%00",
    "C:%5cWindows%5cwin.ini",
    "layer.json/../../../../etc/passwd",
]


@dataclass(frozen=True)
class Server:
    url: str
    version: str  # the id of demo's published version


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    root = Path(tempfile.mkdtemp(prefix="twin-hostile-"))
    try:
        settings = Settings(data_dir=root / "data")
        src = write_tileset(root / "src")
        version = publish(settings, "demo", LayerKind.BUILDINGS, src, meta={})
        port = free_port()
        with twin_serve(settings.data_dir, port, {}) as url:
            yield Server(url, version.version_id)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _raw_get(url: str, target: str) -> tuple[int, bytes]:
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    status_line = answer.split(b"\r\n", 1)[0]
    return int(status_line.split()[1]), answer


@pytest.mark.parametrize("prefix", PREFIXES)
def test_no_route_leaves_its_folder(server: Server, prefix: str) -> None:
    for attempt in ATTEMPTS:
        target = prefix.format(version=server.version) + attempt
        status, answer = _raw_get(server.url, target)
        # 4xx; or Starlette's slash redirect (307) for a target with nothing after the layer.
        assert 400 <= status < 500 or status == 307, (target, answer[:300])
        for canary in CANARIES:
            assert canary not in answer, (target, canary)


def test_the_published_file_is_served(server: Server) -> None:
    # The attempts had a target, under both forms of the URL.
    for target in ("/tiles/demo/tileset.json", f"/tiles/demo@{server.version}/tileset.json"):
        status, answer = _raw_get(server.url, target)
        assert status == 200 and b'"asset"' in answer
