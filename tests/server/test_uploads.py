"""/api/uploads against the tus 1.0.0 protocol, rule by rule, in raw HTTP (TestClient)."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from twin.auth import Role
from twin.server.app import create_app
from twin.settings import Settings
from twin.store import open_stores
from twin.uploads import UploadStore

DATA = Path(__file__).resolve().parents[1] / "data"
LAZ = DATA / "pointclouds" / "autzen_trim_every4_epsg4326.laz"
LAS = DATA / "pointclouds" / "pdal_4_6_crop.las"
TUS = {"Tus-Resumable": "1.0.0"}
OCTETS = {"Content-Type": "application/offset+octet-stream"}
NUMBERS = itertools.count(1)  # token names are unique among live tokens


def surveyor_token(settings: Settings) -> str:
    """A new surveyor token in the database of ``settings``."""
    with open_stores(settings) as stores:
        return stores.tokens.create(f"surveyor-{next(NUMBERS)}", Role.SURVEYOR)[1]


@contextmanager
def _client(settings: Settings) -> Iterator[TestClient]:
    """A client of a new app on ``settings`` that sends a surveyor's token with every request."""
    with TestClient(create_app(settings)) as opened:
        opened.headers["Authorization"] = f"Bearer {surveyor_token(settings)}"
        yield opened


@pytest.fixture
def client(settings: Settings) -> Iterator[TestClient]:
    """Every request of these tests is a surveyor's."""
    with _client(settings) as opened:
        yield opened


def b64(value: bytes | str) -> str:
    return base64.b64encode(value.encode() if isinstance(value, str) else value).decode()


def create(client: TestClient, length: int, filename: str = "survey.laz", **headers: str) -> str:
    response = client.post(
        "/api/uploads",
        headers=TUS
        | {"Upload-Length": str(length), "Upload-Metadata": f"filename {b64(filename)}"}
        | headers,
    )
    assert response.status_code == 201, response.text
    return response.headers["Location"]


def patch(client: TestClient, url: str, body: bytes, offset: int, **headers: str) -> Response:
    headers = TUS | OCTETS | {"Upload-Offset": str(offset)} | headers
    return client.patch(url, content=body, headers=headers)


def upload(client: TestClient, data: bytes, filename: str) -> Response:
    return patch(client, create(client, len(data), filename), data, 0)


def test_options_advertises_version_extensions_limit_and_algorithms(
    client: TestClient, settings: Settings
) -> None:
    response = client.options("/api/uploads")
    assert response.status_code == 204
    assert response.headers["Tus-Version"] == "1.0.0"
    extensions = set(response.headers["Tus-Extension"].split(","))
    assert {"creation", "creation-with-upload", "termination", "checksum", "expiration"} <= (
        extensions
    )
    assert int(response.headers["Tus-Max-Size"]) == settings.max_upload_bytes
    assert set(response.headers["Tus-Checksum-Algorithm"].split(",")) == {"sha1", "md5", "sha256"}


def test_creation_head_patch_and_info(client: TestClient) -> None:
    data = LAZ.read_bytes()
    url = create(client, len(data), "autzen.laz")
    assert url.startswith("http://testserver/api/uploads/")
    head = client.head(url, headers=TUS)
    assert head.status_code == 200
    assert head.headers["Upload-Offset"] == "0"
    assert head.headers["Upload-Length"] == str(len(data))
    assert head.headers["Cache-Control"] == "no-store"
    assert head.headers["Tus-Resumable"] == "1.0.0"
    assert head.headers["Upload-Metadata"] == f"filename {b64('autzen.laz')}"
    first = patch(client, url, data[:50_000], 0)
    assert first.status_code == 204
    assert first.headers["Upload-Offset"] == "50000"
    assert first.headers["Tus-Resumable"] == "1.0.0"
    # RFC 7231 IMF-fixdate
    time.strptime(first.headers["Upload-Expires"], "%a, %d %b %Y %H:%M:%S GMT")
    assert client.head(url, headers=TUS).headers["Upload-Offset"] == "50000"
    last = patch(client, url, data[50_000:], 50_000)
    assert last.status_code == 204
    assert last.headers["Upload-Offset"] == str(len(data))
    info = client.get(f"{url}/info").json()
    assert info["state"] == "complete"
    assert info["kind"] == "laz"
    assert (info["filename"], info["size"], info["offset"]) == ("autzen.laz", len(data), len(data))
    assert info["facts"]["points"] == 27500


def test_stored_bytes_equal_the_source(client: TestClient, settings: Settings) -> None:
    data = LAS.read_bytes()
    url = create(client, len(data), "crop.las")
    for offset in range(0, len(data), 100_000):
        assert patch(client, url, data[offset : offset + 100_000], offset).status_code == 204
    stored = settings.uploads_dir / url.rsplit("/", 1)[1] / "data"
    assert stored.read_bytes() == data


def test_creation_with_upload(client: TestClient) -> None:
    data = LAZ.read_bytes()
    response = client.post(
        "/api/uploads",
        content=data[:1000],
        headers=TUS | OCTETS | {"Upload-Length": str(len(data))},
    )
    assert response.status_code == 201
    assert response.headers["Upload-Offset"] == "1000"
    assert patch(client, response.headers["Location"], data[1000:], 1000).status_code == 204


@pytest.mark.parametrize("method", ["HEAD", "PATCH", "POST", "DELETE"])
@pytest.mark.parametrize("version", [None, "0.2.2", "2.0.0"])
def test_unsupported_version_is_412(client: TestClient, method: str, version: str | None) -> None:
    url = create(client, 10)
    headers = {"Upload-Length": "10"} | ({"Tus-Resumable": version} if version else {})
    target = "/api/uploads" if method == "POST" else url
    response = client.request(method, target, headers=headers)
    assert response.status_code == 412
    assert response.headers["Tus-Version"] == "1.0.0"


def test_offset_mismatch_is_409(client: TestClient) -> None:
    url = create(client, 100)
    assert patch(client, url, b"x" * 10, 0).status_code == 204
    response = patch(client, url, b"x" * 10, 0)
    assert response.status_code == 409
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["Tus-Resumable"] == "1.0.0"
    assert client.head(url, headers=TUS).headers["Upload-Offset"] == "10"


def test_patch_needs_offset_octet_stream(client: TestClient) -> None:
    url = create(client, 10)
    response = patch(client, url, b"x" * 10, 0, **{"Content-Type": "application/octet-stream"})
    assert response.status_code == 415


def test_patch_needs_an_upload_offset(client: TestClient) -> None:
    url = create(client, 10)
    response = client.patch(url, content=b"x", headers=TUS | OCTETS)
    assert response.status_code == 400


def test_upload_length_over_the_limit_is_413(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", max_upload_bytes=1000)
    with _client(settings) as small:
        response = small.post("/api/uploads", headers=TUS | {"Upload-Length": "1001"})
        assert response.status_code == 413
        assert "1000" in response.json()["detail"]
        assert not any((tmp_path / "data" / "uploads").glob("*"))  # nothing created


def test_a_body_past_upload_length_is_refused(client: TestClient) -> None:
    url = create(client, 10)
    assert patch(client, url, b"x" * 11, 0).status_code == 413
    assert client.head(url, headers=TUS).headers["Upload-Offset"] == "0"


@pytest.mark.parametrize("length", ["", "-1", "1e3", "ten"])
def test_bad_upload_length_is_400(client: TestClient, length: str) -> None:
    response = client.post("/api/uploads", headers=TUS | {"Upload-Length": length})
    assert response.status_code == 400


def test_missing_upload_length_and_defer_length_are_400(client: TestClient) -> None:
    assert client.post("/api/uploads", headers=TUS).status_code == 400
    deferred = client.post("/api/uploads", headers=TUS | {"Upload-Defer-Length": "1"})
    assert deferred.status_code == 400


def test_metadata_pairs_are_decoded(client: TestClient) -> None:
    metadata = f"filename {b64('a b/ü.laz')},is_confidential,crs {b64('EPSG:28992')}"
    response = client.post(
        "/api/uploads", headers=TUS | {"Upload-Length": "5", "Upload-Metadata": metadata}
    )
    info = client.get(response.headers["Location"] + "/info").json()
    # Only metadata: the basename, never a path under the data folder.
    assert info["filename"] == "ü.laz"
    head = client.head(response.headers["Location"], headers=TUS)
    assert "is_confidential " in head.headers["Upload-Metadata"]


@pytest.mark.parametrize(
    "metadata", ["filename !!!notbase64", "filename YQ==,filename YQ==", "filename YQ== extra"]
)
def test_bad_metadata_is_400(client: TestClient, metadata: str) -> None:
    response = client.post(
        "/api/uploads", headers=TUS | {"Upload-Length": "5", "Upload-Metadata": metadata}
    )
    assert response.status_code == 400


@pytest.mark.parametrize("algorithm", ["sha1", "md5", "sha256"])
def test_checksum_match_is_kept(client: TestClient, algorithm: str) -> None:
    url = create(client, 6)
    digest = hashlib.new(algorithm, b"abcdef").digest()
    response = patch(client, url, b"abcdef", 0, **{"Upload-Checksum": f"{algorithm} {b64(digest)}"})
    assert response.status_code != 460
    assert client.get(f"{url}/info").json()["offset"] == 6


def test_checksum_mismatch_is_460_and_the_chunk_discarded(
    client: TestClient, settings: Settings
) -> None:
    url = create(client, 12)
    assert patch(client, url, b"abcdef", 0).status_code == 204
    wrong = b64(hashlib.sha1(b"something else").digest())
    response = patch(client, url, b"ghijkl", 6, **{"Upload-Checksum": f"sha1 {wrong}"})
    assert response.status_code == 460
    assert response.json()["title"] == "Checksum Mismatch"
    assert client.head(url, headers=TUS).headers["Upload-Offset"] == "6"
    assert (settings.uploads_dir / url.rsplit("/", 1)[1] / "data").read_bytes() == b"abcdef"


@pytest.mark.parametrize("header", ["crc32 AAAAAA==", "sha1 not*base64", "sha1 " + b64(b"short")])
def test_unsupported_checksum_is_400(client: TestClient, header: str) -> None:
    url = create(client, 6)
    assert patch(client, url, b"abcdef", 0, **{"Upload-Checksum": header}).status_code == 400


def test_termination(client: TestClient, settings: Settings) -> None:
    url = create(client, 10)
    assert client.delete(url, headers=TUS).status_code == 204
    assert client.head(url, headers=TUS).status_code == 404
    assert patch(client, url, b"x", 0).status_code == 404
    assert client.delete(url, headers=TUS).status_code == 404
    assert not any(settings.uploads_dir.iterdir())


def test_method_override(client: TestClient) -> None:
    url = create(client, 4)
    headers = TUS | OCTETS | {"Upload-Offset": "0", "X-HTTP-Method-Override": "PATCH"}
    assert client.post(url, content=b"abcd", headers=headers).status_code in (204, 422)
    assert client.get(f"{url}/info").json()["offset"] == 4
    deleting = client.post(url, headers=TUS | {"X-HTTP-Method-Override": "DELETE"})
    assert deleting.status_code == 204


def test_unknown_and_malformed_ids_are_404(client: TestClient) -> None:
    for upload_id in ["0" * 32, "..%2F..%2Ftwin.sqlite", "ABC"]:
        assert client.head(f"/api/uploads/{upload_id}", headers=TUS).status_code == 404
        assert client.get(f"/api/uploads/{upload_id}/info").status_code == 404


def test_expired_upload_is_410_then_swept(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", upload_expiry_hours=-1.0)  # born expired
    with _client(settings) as expiring:
        url = create(expiring, 10)
        assert expiring.head(url, headers=TUS).status_code == 410
        assert patch(expiring, url, b"x", 0).status_code == 410
        store = UploadStore(settings.uploads_dir, expiry_seconds=0)
        assert store.sweep() == 1
        assert expiring.head(url, headers=TUS).status_code == 404


def test_state_survives_a_new_app_on_the_same_folder(settings: Settings) -> None:
    with _client(settings) as first:
        url = create(first, 10)
        patch(first, url, b"01234", 0)
    with _client(settings) as second:
        second.headers["Authorization"] = first.headers["Authorization"]  # the same surveyor
        assert second.head(url, headers=TUS).headers["Upload-Offset"] == "5"
        assert patch(second, url, b"56789", 5).status_code in (204, 422)


def test_bytes_past_the_saved_offset_are_dropped_on_resume(
    client: TestClient, settings: Settings
) -> None:
    # What a server killed mid-PATCH leaves: bytes on disk that info.json never counted.
    url = create(client, 8)
    patch(client, url, b"ABCD", 0)
    data = settings.uploads_dir / url.rsplit("/", 1)[1] / "data"
    with data.open("ab") as handle:
        handle.write(b"garbage")
    assert patch(client, url, b"EFGH", 4).status_code in (204, 422)
    assert json.loads((data.parent / "info.json").read_text())["offset"] == 8


def test_cors_exposes_the_tus_headers(client: TestClient) -> None:
    response = client.post(
        "/api/uploads",
        headers=TUS | {"Upload-Length": "10", "Origin": "https://survey.example.org"},
    )
    exposed = {
        h.strip().lower() for h in response.headers["Access-Control-Expose-Headers"].split(",")
    }
    assert {"upload-offset", "location", "upload-length", "tus-version", "tus-resumable"} <= exposed
    assert {"tus-max-size", "tus-extension", "upload-metadata", "upload-expires"} <= exposed
    preflight = client.options(
        "/api/uploads/x",
        headers={"Origin": "https://a.example", "Access-Control-Request-Method": "PATCH"},
    )
    assert preflight.status_code == 200
    assert "PATCH" in preflight.headers["Access-Control-Allow-Methods"]


def _rejected(client: TestClient, data: bytes, filename: str) -> dict[str, object]:
    url = create(client, len(data), filename) if data else None
    if url is None:  # a 0-byte upload is complete (and checked) at creation
        response = client.post(
            "/api/uploads",
            headers=TUS | {"Upload-Length": "0", "Upload-Metadata": f"filename {b64(filename)}"},
        )
    else:
        response = patch(client, url, data, 0)
    assert response.status_code == 422, response.text
    assert response.headers["Content-Type"] == "application/problem+json"
    assert response.headers["Tus-Resumable"] == "1.0.0"
    body: dict[str, object] = response.json()
    assert body["file"] == filename
    return body


def test_bad_files_are_refused_with_422_naming_the_file(client: TestClient) -> None:
    assert "empty" in str(_rejected(client, b"", "empty.laz")["detail"])
    text = _rejected(client, b"x,y,z\n1,2,3\n", "points.laz")
    assert "LASF" in str(text["detail"])
    truncated = _rejected(client, LAS.read_bytes()[:300_000], "cut.las")
    assert "truncated" in str(truncated["detail"])
    assert "23875 points" in str(truncated["detail"])
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    assert "PNG" in str(_rejected(client, png, "dem.png")["detail"])


def test_rejected_upload_keeps_its_reason_and_drops_its_bytes(
    client: TestClient, settings: Settings
) -> None:
    url = create(client, 5, "points.laz")
    assert patch(client, url, b"hello", 0).status_code == 422
    info = client.get(f"{url}/info").json()
    assert info["state"] == "rejected"
    assert info["problem"]["file"] == "points.laz"
    assert not (settings.uploads_dir / info["id"] / "data").exists()
    assert client.head(url, headers=TUS).status_code == 410


def test_uploads_need_a_surveyor_token_and_belong_to_their_creator(
    settings: Settings, client: TestClient
) -> None:
    with TestClient(create_app(settings)) as anonymous:
        refused = anonymous.post("/api/uploads", headers=TUS | {"Upload-Length": "5"})
        assert refused.status_code == 401
        assert refused.headers["WWW-Authenticate"].startswith("Bearer")
        assert refused.headers["content-type"] == "application/problem+json"
        assert anonymous.options("/api/uploads").status_code == 204  # discovery stays open
        url = create(client, 5)
        assert anonymous.head(url, headers=TUS).status_code == 401
        assert patch(anonymous, url, b"01234", 0).status_code == 401
        with open_stores(settings) as stores:
            viewer = stores.tokens.create("viewer", Role.VIEWER)[1]
            other = stores.tokens.create("other-surveyor", Role.SURVEYOR)[1]
            admin = stores.tokens.create("admin", Role.ADMIN)[1]
        anonymous.headers["Authorization"] = f"Bearer {viewer}"
        assert (
            anonymous.post("/api/uploads", headers=TUS | {"Upload-Length": "5"}).status_code == 403
        )
        anonymous.headers["Authorization"] = f"Bearer {other}"
        assert patch(anonymous, url, b"01234", 0).status_code == 403
        assert anonymous.delete(url, headers=TUS).status_code == 403
        assert anonymous.get(f"{url}/info").status_code == 403
        anonymous.headers["Authorization"] = f"Bearer {admin}"
        assert anonymous.head(url, headers=TUS).headers["Upload-Offset"] == "0"
    assert patch(client, url, b"01234", 0).status_code in (204, 422)
