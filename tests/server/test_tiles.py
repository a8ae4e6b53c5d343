"""GET/HEAD /tiles: media types, ETags and 304, gzip variants, Cache-Control, traversal."""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient
from published import stored_path

from twin.model import LayerVersion
from twin.settings import Settings
from twin.version_reader import read_manifest

PublishTileset = Callable[..., LayerVersion]


def _glb_key(settings: Settings, version: LayerVersion) -> str:
    files = read_manifest(settings.data_dir / version.path)["files"]
    return next(key for key in files if key.endswith(".glb"))


def _sha(settings: Settings, version: LayerVersion, key: str) -> str:
    return read_manifest(settings.data_dir / version.path)["files"][key]["sha256"]


def _vary(response: object) -> set[str]:
    header = response.headers.get("vary", "")  # type: ignore[attr-defined]
    return {token.strip().lower() for token in header.split(",") if token.strip()}


def _assert_problem_404(response: object, forbidden: bytes = b'"secret":') -> None:
    assert response.status_code == 404  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["status"] == 404 and body["title"] == "Not Found"
    assert forbidden not in response.content  # type: ignore[attr-defined]


def test_serves_tileset_json_and_glb_with_media_types(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    tileset = client.get("/tiles/demo/tileset.json", headers={"Accept-Encoding": "identity"})
    assert tileset.status_code == 200
    assert tileset.headers["content-type"] == "application/json"
    assert tileset.content == stored_path(settings, version, "tileset.json").read_bytes()
    glb_key = _glb_key(settings, version)
    glb = client.get(f"/tiles/demo/{glb_key}")
    assert glb.status_code == 200
    assert glb.headers["content-type"] == "model/gltf-binary"
    assert glb.content == stored_path(settings, version, glb_key).read_bytes()
    assert glb.content[:4] == b"glTF"
    assert "content-encoding" not in glb.headers  # binaries are sent as stored


def test_strong_etag_is_the_manifest_sha256(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    glb_key = _glb_key(settings, version)
    response = client.get(f"/tiles/demo/{glb_key}")
    expected = hashlib.sha256(response.content).hexdigest()
    assert response.headers["etag"] == f'"{expected}"'
    assert expected == _sha(settings, version, glb_key)


@pytest.mark.parametrize(
    "if_none_match",
    ['"{sha}"', 'W/"{sha}"', '"other", "{sha}"', "*"],
)
def test_if_none_match_gives_304(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset, if_none_match: str
) -> None:
    version = publish_tileset("demo")
    glb_key = _glb_key(settings, version)
    sha = _sha(settings, version, glb_key)
    response = client.get(
        f"/tiles/demo/{glb_key}", headers={"If-None-Match": if_none_match.format(sha=sha)}
    )
    assert response.status_code == 304
    assert response.content == b""
    assert response.headers["etag"] == f'"{sha}"'
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"


def test_other_etag_gives_200(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    glb_key = _glb_key(settings, version)
    response = client.get(f"/tiles/demo/{glb_key}", headers={"If-None-Match": '"nope"'})
    assert response.status_code == 200 and response.content[:4] == b"glTF"


def test_gzip_variant_has_its_own_etag_and_vary(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    raw = stored_path(settings, version, "tileset.json").read_bytes()
    sha = _sha(settings, version, "tileset.json")
    zipped = client.get("/tiles/demo/tileset.json", headers={"Accept-Encoding": "gzip"})
    assert zipped.status_code == 200
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["etag"] == f'"{sha}-gzip"'
    assert "accept-encoding" in _vary(zipped)
    assert zipped.headers["content-type"] == "application/json"
    assert zipped.content == raw  # decoded by the client
    assert int(zipped.headers["content-length"]) < len(raw)

    plain = client.get("/tiles/demo/tileset.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    assert plain.headers["etag"] == f'"{sha}"'
    assert "accept-encoding" in _vary(plain)
    assert plain.content == raw

    # Each variant revalidates against its own tag only.
    again = client.get(
        "/tiles/demo/tileset.json",
        headers={"Accept-Encoding": "gzip", "If-None-Match": f'"{sha}-gzip"'},
    )
    assert again.status_code == 304 and "accept-encoding" in _vary(again)
    crossed = client.get(
        "/tiles/demo/tileset.json", headers={"Accept-Encoding": "gzip", "If-None-Match": f'"{sha}"'}
    )
    assert crossed.status_code == 200 and crossed.headers["content-encoding"] == "gzip"


def test_gzip_body_is_stable(client: TestClient, publish_tileset: PublishTileset) -> None:
    publish_tileset("demo")
    with client.stream(
        "GET", "/tiles/demo/tileset.json", headers={"Accept-Encoding": "gzip"}
    ) as first:
        body = b"".join(first.iter_raw())
    with client.stream(
        "GET", "/tiles/demo/tileset.json", headers={"Accept-Encoding": "gzip"}
    ) as second:
        assert b"".join(second.iter_raw()) == body
    assert gzip.decompress(body).startswith(b"{")


@pytest.mark.parametrize(
    ("accept", "gzipped"),
    [
        ("gzip", True),
        ("gzip, deflate, br", True),
        ("*", True),
        ("br;q=1, gzip;q=0.5", True),
        ("gzip;q=0", False),
        ("identity", False),
        ("*;q=0", False),
        ("deflate", False),
    ],
)
def test_accept_encoding_negotiation(
    client: TestClient, publish_tileset: PublishTileset, accept: str, gzipped: bool
) -> None:
    publish_tileset("demo")
    response = client.get("/tiles/demo/tileset.json", headers={"Accept-Encoding": accept})
    assert (response.headers.get("content-encoding") == "gzip") is gzipped


def test_cache_control(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    glb = client.get(f"/tiles/demo/{_glb_key(settings, version)}")
    assert glb.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "accept-encoding" not in _vary(glb)
    tileset = client.get("/tiles/demo/tileset.json")
    assert tileset.headers["cache-control"] == "no-cache"


def test_head_has_headers_and_no_body(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    glb_key = _glb_key(settings, version)
    size = stored_path(settings, version, glb_key).stat().st_size
    head = client.head(f"/tiles/demo/{glb_key}")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(size)
    assert head.headers["etag"] == f'"{_sha(settings, version, glb_key)}"'
    assert head.headers["content-type"] == "model/gltf-binary"
    zipped = client.head("/tiles/demo/tileset.json", headers={"Accept-Encoding": "gzip"})
    assert zipped.status_code == 200 and zipped.content == b""
    assert zipped.headers["content-encoding"] == "gzip"
    assert int(zipped.headers["content-length"]) > 0
    missing = client.head("/tiles/demo/missing.json")
    assert missing.status_code == 404


def test_serves_the_current_version_only(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    old = publish_tileset("demo")
    old_key = _glb_key(settings, old)
    first = client.get("/tiles/demo/tileset.json").headers["etag"]
    new = publish_tileset("demo")
    assert client.get("/tiles/demo/tileset.json").headers["etag"] != first
    assert client.get(f"/tiles/demo/{_glb_key(settings, new)}").status_code == 200
    # The old content file is still stored, for the old version only.
    assert stored_path(settings, old, old_key).exists()
    _assert_problem_404(client.get(f"/tiles/demo/{old_key}"))


def test_range_request_on_binary(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset
) -> None:
    version = publish_tileset("demo")
    response = client.get(
        f"/tiles/demo/{_glb_key(settings, version)}", headers={"Range": "bytes=0-3"}
    )
    assert response.status_code == 206 and response.content == b"glTF"


@pytest.mark.parametrize(
    "url",
    [
        "/tiles/nope/tileset.json",
        "/tiles/Demo/tileset.json",
        "/tiles/demo/missing.json",
        "/tiles/demo/manifest.json",
        "/tiles/demo/content/",
        "/tiles/demo/",
    ],
)
def test_unknown_layer_or_file_is_a_404_problem(
    client: TestClient, publish_tileset: PublishTileset, url: str
) -> None:
    publish_tileset("demo")
    _assert_problem_404(client.get(url))


@pytest.fixture
def secrets_around(settings: Settings, publish_tileset: PublishTileset) -> LayerVersion:
    """A published layer with secret files next to and above its version folder."""
    version = publish_tileset("demo")
    (settings.data_dir / "layers" / "demo" / "secret.json").write_text('{"secret": 1}')
    (settings.data_dir / "secret.json").write_text('{"secret": 2}')
    (settings.data_dir.parent / "secret.json").write_text('{"secret": 3}')
    return version


@pytest.mark.parametrize(
    "tail",
    [
        "%2e%2e/secret.json",
        "%2E%2E/%2e%2e/secret.json",
        "..%2Fsecret.json",
        "..%2f..%2fsecret.json",
        "%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.json",
        "%252e%252e/secret.json",
        "content/..%2F..%2Fsecret.json",
        "%2Fetc%2Fpasswd",
        "/etc/passwd",
        "..%5Csecret.json",
        "..\\..\\secret.json",
        "tileset.json%00.png",
        "content%2F..%2F..%2Fsecret.json",
    ],
)
def test_traversal_attempts_are_404(
    client: TestClient, secrets_around: LayerVersion, tail: str
) -> None:
    _assert_problem_404(client.get(f"/tiles/demo/{tail}"))


def _raw_get(client: TestClient, raw_path: bytes) -> tuple[int, bytes]:
    """Send a path exactly as given, as `curl --path-as-is` would (clients drop `..`).

    The app runs on the client's own event-loop thread (its portal): the test thread may
    already have a loop of its own (Playwright's, when browser tests ran first).
    """
    messages: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        messages.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(raw_path.decode()),
        "raw_path": raw_path,
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"testserver")],
        "client": ("127.0.0.1", 1),
        "server": ("testserver", 80),
        "state": {},
    }
    assert client.portal is not None, "use the client inside its context manager"
    client.portal.call(client.app, scope, receive, send)
    status = next(m["status"] for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return int(status), body  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "raw_path",
    [
        b"/tiles/demo/../secret.json",
        b"/tiles/demo/../../secret.json",
        b"/tiles/demo/content/../../../../secret.json",
        b"/tiles/demo/./tileset.json",
        b"/tiles/demo/content/../tileset.json",
        b"/tiles/../secret.json",
    ],
)
def test_literal_dot_segments_are_404(
    client: TestClient, secrets_around: LayerVersion, raw_path: bytes
) -> None:
    status, body = _raw_get(client, raw_path)
    assert status == 404
    assert b'"secret":' not in body


def test_symlink_out_of_the_version_folder_is_404(
    client: TestClient, settings: Settings, secrets_around: LayerVersion
) -> None:
    glb_key = _glb_key(settings, secrets_around)
    target = stored_path(settings, secrets_around, glb_key)
    target.unlink()
    target.symlink_to(settings.data_dir / "secret.json")
    _assert_problem_404(client.get(f"/tiles/demo/{glb_key}"))


def test_missing_version_folder_is_404(
    client: TestClient, settings: Settings, publish_tileset: PublishTileset, tmp_path: Path
) -> None:
    version = publish_tileset("demo")
    (settings.data_dir / version.path).rename(tmp_path / "moved")
    _assert_problem_404(client.get("/tiles/demo/tileset.json"))
