"""twin behind Debian's nginx (deploy/nginx.conf) with access control on: nginx sends the
published files itself (X-Accel-Redirect) with twin's ETags and Cache-Control; 304s, Range,
401 and 404 come through unchanged; the internal location cannot be asked for directly."""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from conftest import write_tileset
from nginx import free_port, nginx_binary, nginx_in_front, twin_serve

from twin.auth import Role
from twin.model import LayerKind
from twin.publish import publish
from twin.server.access import TOKEN_CACHE_S
from twin.server.conditional import strong_etag
from twin.settings import Settings
from twin.store import open_stores
from twin.version_reader import VersionReader

# nginx keeps twin's answers this long (deploy/nginx.conf proxy_cache_valid), twin its verdicts.
NGINX_CACHE_S = 1.0


@dataclass(frozen=True)
class Stack:
    """nginx in front of twin: URLs, tokens, and the published files of layer "delft"."""

    nginx: str
    twin: str
    viewer: dict[str, str]  # a viewer token for every layer
    other: dict[str, str]  # a viewer token granted only "rotterdam"
    files: dict[str, tuple[bytes, str]]  # key -> (content, sha256)
    settings: Settings
    version: str  # the id of delft's published version


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    if nginx_binary() is None:
        pytest.skip("nginx is not installed (Debian package nginx; `make test` installs it)")
    # Not pytest's tmp_path: nginx's workers (nobody, when the tests run as root) read the data.
    root = Path(tempfile.mkdtemp(prefix="twin-nginx-"))
    root.chmod(0o755)
    try:
        settings = Settings(data_dir=root / "data")
        for layer in ("delft", "rotterdam"):
            publish(settings, layer, LayerKind.BUILDINGS, write_tileset(root / layer), meta={})
        with open_stores(settings) as stores:
            _, viewer = stores.tokens.create("viewer", Role.VIEWER)
            _, other = stores.tokens.create("other", Role.VIEWER, layers=["rotterdam"])
            version = stores.catalog.get_layer("delft").current
        assert version is not None
        reader = VersionReader.open(settings.data_dir, version)
        files = {
            key: (reader.read_bytes(key), entry["sha256"])
            for key, entry in reader.manifest["files"].items()
        }
        twin_port = free_port()
        env = {"TWIN_PUBLIC_READ": "false", "TWIN_ACCEL_REDIRECT": "/_twin_objects/"}
        with (
            twin_serve(settings.data_dir, twin_port, env) as twin,
            nginx_in_front(settings.data_dir, twin_port, root / "nginx") as nginx,
        ):
            yield Stack(
                nginx=nginx,
                twin=twin,
                viewer={"Authorization": f"Bearer {viewer}"},
                other={"Authorization": f"Bearer {other}"},
                files=files,
                settings=settings,
                version=version.version_id,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def client(stack: Stack) -> Iterator[httpx.Client]:
    # identity unless a test asks for gzip (httpx asks for gzip by default).
    headers = {"Accept-Encoding": "identity"}
    with httpx.Client(base_url=stack.nginx, timeout=30, headers=headers) as http:
        yield http


def _glb(stack: Stack) -> str:
    return next(key for key in stack.files if key.endswith(".glb"))


def test_nginx_sends_the_files_with_twins_headers(stack: Stack, client: httpx.Client) -> None:
    for key, (content, sha256) in stack.files.items():
        response = client.get(f"/tiles/delft/{key}", headers=stack.viewer)
        assert response.status_code == 200, response.text
        assert response.content == content
        assert response.headers["etag"] == strong_etag(sha256)
        immutable = key.startswith("content/")
        assert response.headers["cache-control"] == (
            "public, max-age=31536000, immutable" if immutable else "no-cache"
        )
        assert response.headers["content-type"] == (
            "model/gltf-binary" if key.endswith(".glb") else "application/json"
        )
        assert response.headers["server"].startswith("nginx")
        assert response.headers["x-request-id"]
    # Twin itself answered with the redirect and no body: nginx sent the bytes.
    direct = httpx.get(
        f"{stack.twin}/tiles/delft/tileset.json",
        headers={**stack.viewer, "Accept-Encoding": "identity"},
    )
    assert direct.status_code == 200 and direct.content == b""
    assert direct.headers["x-accel-redirect"].startswith("/_twin_objects/layers/delft/")


def test_pinned_urls_through_nginx(stack: Stack, client: httpx.Client) -> None:
    # rotterdam (the other tests only list it) moves to a new version; its pinned URLs keep
    # serving the first one's files.
    with open_stores(stack.settings) as stores:
        first = stores.catalog.get_layer("rotterdam").current
    assert first is not None
    reader = VersionReader.open(stack.settings.data_dir, first)
    files = {
        key: (reader.read_bytes(key), e["sha256"]) for key, e in reader.manifest["files"].items()
    }
    with tempfile.TemporaryDirectory(prefix="twin-nginx-next-") as folder:
        source = write_tileset(Path(folder), size=33.0)
        publish(stack.settings, "rotterdam", LayerKind.BUILDINGS, source, meta={})
    pinned = f"/tiles/rotterdam@{first.version_id}"
    glb = next(key for key in files if key.endswith(".glb"))
    for key, (content, sha256) in files.items():
        response = client.get(f"{pinned}/{key}", headers=stack.viewer)
        assert response.status_code == 200, response.text
        assert response.content == content
        assert response.headers["etag"] == strong_etag(sha256)
        assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert response.headers["server"].startswith("nginx")
        revalidate = {**stack.viewer, "If-None-Match": strong_etag(sha256)}
        assert client.get(f"{pinned}/{key}", headers=revalidate).status_code == 304
    time.sleep(NGINX_CACHE_S)  # nginx's answer cache of the unpinned URL, which moved on
    assert client.get(f"/tiles/rotterdam/{glb}", headers=stack.viewer).status_code == 404
    # twin answered with the redirect (nginx sent the bytes), and a Range is nginx's.
    direct = httpx.get(f"{stack.twin}{pinned}/{glb}", headers=stack.viewer)
    assert direct.content == b""
    assert direct.headers["x-accel-redirect"].startswith("/_twin_objects/layers/rotterdam/")
    ranged = client.get(f"{pinned}/{glb}", headers={**stack.viewer, "Range": "bytes=4-11"})
    assert ranged.status_code == 206 and ranged.content == files[glb][0][4:12]
    # The access check holds for pinned URLs: 401 without a token, 404 for a layer not granted.
    assert client.get(f"{pinned}/tileset.json").status_code == 401
    delft = f"/tiles/delft@{stack.version}/tileset.json"
    hidden = client.get(delft, headers=stack.other)
    missing = client.get(delft.replace("/delft@", "/nosuch@"), headers=stack.other)
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["detail"] == missing.json()["detail"].replace("nosuch", "delft")
    assert client.get(delft, headers=stack.viewer).status_code == 200


def test_gzip_json_comes_from_twin(stack: Stack, client: httpx.Client) -> None:
    response = client.get(
        "/tiles/delft/tileset.json", headers={**stack.viewer, "Accept-Encoding": "gzip"}
    )
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.content == stack.files["tileset.json"][0]  # httpx decoded it
    assert response.headers["etag"] == strong_etag(stack.files["tileset.json"][1], gzip=True)


@pytest.mark.parametrize("key", ["tileset.json", "glb"])
def test_revalidation_is_a_304(stack: Stack, client: httpx.Client, key: str) -> None:
    key = _glb(stack) if key == "glb" else key
    etag = strong_etag(stack.files[key][1])
    response = client.get(f"/tiles/delft/{key}", headers={**stack.viewer, "If-None-Match": etag})
    assert response.status_code == 304 and response.content == b""
    assert response.headers["etag"] == etag


def test_a_range_is_sent_by_nginx(stack: Stack, client: httpx.Client) -> None:
    key = _glb(stack)
    response = client.get(f"/tiles/delft/{key}", headers={**stack.viewer, "Range": "bytes=4-11"})
    assert response.status_code == 206
    assert response.content == stack.files[key][0][4:12]


@pytest.mark.parametrize("key", ["tileset.json", "glb"])
def test_access_control_through_nginx(stack: Stack, client: httpx.Client, key: str) -> None:
    key = _glb(stack) if key == "glb" else key
    anonymous = client.get(f"/tiles/delft/{key}")
    assert anonymous.status_code == 401
    assert anonymous.headers["content-type"] == "application/problem+json"
    assert anonymous.headers["www-authenticate"] == 'Bearer realm="twin"'
    hidden = client.get(f"/tiles/delft/{key}", headers=stack.other)
    missing = client.get(f"/tiles/nosuch/{key}", headers=stack.other)
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json()["detail"] == missing.json()["detail"].replace("nosuch", "delft")
    assert client.get(f"/tiles/rotterdam/{key}", headers=stack.other).status_code in (200, 404)
    listed = client.get("/api/layers", headers=stack.other).json()["layers"]
    assert [layer["name"] for layer in listed] == ["rotterdam"]


def test_the_internal_location_is_not_reachable(stack: Stack, client: httpx.Client) -> None:
    location = httpx.get(f"{stack.twin}/tiles/delft/{_glb(stack)}", headers=stack.viewer).headers[
        "x-accel-redirect"
    ]
    for path in (location, "/_twin_objects/twin.sqlite", "/_twin_objects/"):
        response = client.get(path, headers=stack.viewer)
        assert response.status_code == 404, path
        assert response.content != stack.files[_glb(stack)][0]


def test_cached_answers_keep_the_headers_and_the_access_check(
    stack: Stack, client: httpx.Client
) -> None:
    key = _glb(stack)
    content, sha256 = stack.files[key]
    seen = []
    for _ in range(4):
        response = client.get(f"/tiles/delft/{key}", headers=stack.viewer)
        assert response.status_code == 200 and response.content == content
        assert response.headers["etag"] == strong_etag(sha256)
        seen.append(response.headers["x-twin-cache"])
    assert "HIT" in seen  # nginx answered from its cache of twin's redirect
    # The cache is per token: another token's answer is its own (404, not the viewer's 200).
    assert client.get(f"/tiles/delft/{key}", headers=stack.other).status_code == 404
    assert client.get(f"/tiles/delft/{key}").status_code == 401


def test_a_revoked_token_stops_within_the_cache_times(stack: Stack, client: httpx.Client) -> None:
    with open_stores(stack.settings) as stores:
        record, secret = stores.tokens.create("short-lived", Role.VIEWER)
    headers = {"Authorization": f"Bearer {secret}"}
    url = f"/tiles/delft/{_glb(stack)}"
    assert client.get(url, headers=headers).status_code == 200
    assert client.get(url, headers=headers).status_code == 200
    with open_stores(stack.settings) as stores:
        stores.tokens.revoke(record.id)
    time.sleep(NGINX_CACHE_S + TOKEN_CACHE_S + 0.2)  # the longest both may trust the old verdict
    response = client.get(url, headers=headers)
    assert response.status_code == 401
    assert 'error="invalid_token"' in response.headers["www-authenticate"]
