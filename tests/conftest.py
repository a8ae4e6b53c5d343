"""Shared fixtures: settings on a temporary data folder, a test client, tiny real tilesets."""

from __future__ import annotations

import hashlib
import json
import struct
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

# pytest puts tests/ on sys.path for this conftest; tests/twin, tests/tiling and
# tests/ingest_survey would then shadow the real packages as namespace packages, because the
# editable install's finder runs after the path finder. The repository root goes first instead.
REPO = Path(__file__).resolve().parents[1]
if sys.path[0] != str(REPO):
    sys.path.insert(0, str(REPO))

import os  # noqa: E402

import pytest  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from postgres import URL_ENV, create_postgis, find_bin_dir, fresh_schema, throwaway_cluster  # noqa: E402

from twin.auth import Role  # noqa: E402
from twin.model import LayerKind, LayerVersion  # noqa: E402
from twin.publish import publish  # noqa: E402
from twin.server.app import create_app  # noqa: E402
from twin.settings import Settings  # noqa: E402
from twin.store import Stores, open_stores  # noqa: E402

# A region around Delft (west, south, east, north in radians; min/max height in metres).
DELFT_REGION = [0.07598, 0.90773, 0.07620, 0.90786, 0.0, 30.0]


def _pad(data: bytes, filler: bytes) -> bytes:
    return data + filler * (-len(data) % 4)


def triangle_glb(size: float = 10.0) -> bytes:
    """A minimal valid glTF 2.0 binary: one triangle (POSITION only), ``size`` metres wide.

    Layout per the glTF 2.0 spec, section 4.4: 12-byte header, a JSON chunk padded with spaces
    and a BIN chunk padded with zeros, both to 4 bytes.
    """
    positions = struct.pack("<9f", 0.0, 0.0, 0.0, size, 0.0, 0.0, 0.0, size, 0.0)
    gltf = {
        "asset": {"version": "2.0", "generator": "twin tests"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}, "mode": 4}]}],
        "accessors": [
            {
                "bufferView": 0,
                "componentType": 5126,
                "count": 3,
                "type": "VEC3",
                "min": [0.0, 0.0, 0.0],
                "max": [size, size, 0.0],
            }
        ],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": len(positions), "target": 34962}
        ],
        "buffers": [{"byteLength": len(positions)}],
    }
    json_chunk = _pad(json.dumps(gltf, separators=(",", ":")).encode(), b" ")
    bin_chunk = _pad(positions, b"\x00")
    length = 12 + 8 + len(json_chunk) + 8 + len(bin_chunk)
    return b"".join(
        [
            struct.pack("<4sII", b"glTF", 2, length),
            struct.pack("<I4s", len(json_chunk), b"JSON"),
            json_chunk,
            struct.pack("<I4s", len(bin_chunk), b"BIN\x00"),
            bin_chunk,
        ]
    )


def write_tileset(folder: Path, *, size: float = 10.0, region: list[float] | None = None) -> Path:
    """Write a one-tile 3D Tiles 1.1 tileset into ``folder``: tileset.json + content/{hash}.glb."""
    glb = triangle_glb(size)
    name = f"content/{hashlib.sha256(glb).hexdigest()[:20]}.glb"
    tileset: dict[str, Any] = {
        "asset": {"version": "1.1"},
        "geometricError": 100.0,
        "root": {
            "boundingVolume": {"region": region or DELFT_REGION},
            "geometricError": 0.0,
            "refine": "REPLACE",
            "content": {"uri": name},
        },
    }
    (folder / "content").mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(glb)
    (folder / "tileset.json").write_text(json.dumps(tileset, indent=2))
    return folder


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL database with PostGIS: TWIN_TEST_DATABASE_URL, else a throwaway cluster."""
    given = os.environ.get(URL_ENV)
    if given:
        create_postgis(given)
        yield given
        return
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip(f"no PostgreSQL: neither initdb found nor {URL_ENV} set")
    with throwaway_cluster(bin_dir) as url:
        create_postgis(url)
        yield url


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """The database of the ``settings`` fixture: SQLite in the data folder.

    Test modules of the stores override it with ``any_database_url`` to run on both backends.
    """
    return f"sqlite:///{tmp_path / 'data' / 'twin.sqlite'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each backend in turn: a SQLite file, then a fresh schema of the PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'data' / 'twin.sqlite'}"
        return
    with fresh_schema(request.getfixturevalue("postgres_url")) as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings on an empty data folder under tmp_path (viewer/cesium at their defaults)."""
    return Settings(data_dir=tmp_path / "data", database_url=database_url)


@pytest.fixture
def stores(settings: Settings) -> Iterator[Stores]:
    """The stores of ``settings``, open for the test."""
    with open_stores(settings) as opened:
        yield opened


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """A client of create_app(settings), with the lifespan run."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture
def make_token(settings: Settings) -> Callable[..., dict[str, str]]:
    """Factory: ``make_token(Role.SURVEYOR)`` -> the headers of a new token of that role."""
    counter = iter(range(1, 1_000_000))

    def make(role: Role = Role.ADMIN, **options: Any) -> dict[str, str]:
        name = options.pop("name", None) or f"{role}-{next(counter)}"
        with open_stores(settings) as stores:
            _, secret = stores.tokens.create(name, role, **options)
        return {"Authorization": f"Bearer {secret}"}

    return make


@pytest.fixture
def admin_headers(make_token: Callable[..., dict[str, str]]) -> dict[str, str]:
    """``Authorization: Bearer`` headers of an admin token (for the write endpoints)."""
    return make_token(Role.ADMIN)


@pytest.fixture
def make_tileset(tmp_path: Path) -> Callable[..., Path]:
    """Factory: ``make_tileset(name="tileset", size=10.0)`` -> a fresh tileset folder."""

    def make(name: str = "tileset", *, size: float = 10.0) -> Path:
        return write_tileset(tmp_path / "sources" / name, size=size)

    return make


@pytest.fixture
def publish_tileset(
    settings: Settings, make_tileset: Callable[..., Path]
) -> Callable[..., LayerVersion]:
    """Factory: publish a tiny tileset (a new triangle size gives new content) as ``layer``."""
    counter = iter(range(1, 1_000_000))

    def publish_one(
        layer: str = "demo",
        *,
        kind: LayerKind = LayerKind.BUILDINGS,
        size: float | None = None,
        title: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> LayerVersion:
        number = next(counter)
        folder = make_tileset(f"{layer}-{number}", size=size if size is not None else 10.0 * number)
        return publish(
            settings,
            layer,
            kind,
            folder,
            title=title,
            meta=meta if meta is not None else {"region": DELFT_REGION, "features": 1},
        )

    return publish_one
