"""problems.py: every mapped error class, routing errors and validation errors as problem+json."""

from __future__ import annotations

from collections.abc import Iterator
from http import HTTPStatus

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from ingest_survey.errors import (
    FileTooLargeError,
    IngestError,
    InvalidFeatureError,
    MissingCRSError,
    UnsupportedFormatError,
)
from tiling.errors import EmptyContentError, InvalidGeometryError, TilingError
from twin.errors import (
    AuthenticationError,
    ChecksumMismatchError,
    ConflictError,
    GoneError,
    InvalidRequestError,
    NotAcceptableError,
    NotFoundError,
    PermissionDeniedError,
    RowsRejectedError,
    TooLargeError,
    TwinError,
)
from twin.server.app import create_app
from twin.server.problems import STATUS_BY_ERROR
from twin.settings import Settings

PROBLEM = "application/problem+json"

CASES: list[tuple[Exception, int, str]] = [
    (NotFoundError("no layer named 'x'"), 404, "urn:twin:problem:not-found"),
    (AuthenticationError("no token"), 401, "urn:twin:problem:authentication"),
    (PermissionDeniedError("editors only"), 403, "urn:twin:problem:permission-denied"),
    (ConflictError("other kind"), 409, "urn:twin:problem:conflict"),
    (InvalidRequestError("bad name"), 400, "urn:twin:problem:invalid-request"),
    (GoneError("upload expired"), 410, "urn:twin:problem:gone"),
    (NotAcceptableError("not PNG"), 406, "urn:twin:problem:not-acceptable"),
    (TooLargeError("over the limit"), 413, "urn:twin:problem:too-large"),
    (ChecksumMismatchError("sha1 differs"), 460, "urn:twin:problem:checksum-mismatch"),
    (
        RowsRejectedError("2 bad rows", [{"row": 1, "field": "value", "reason": "NaN"}]),
        422,
        "urn:twin:problem:rows-rejected",
    ),  # fmt: skip
    (TwinError("unexpected state"), 500, "urn:twin:problem:twin"),
    (FileTooLargeError("over 2 GiB", path="big.laz"), 413, "urn:twin:problem:file-too-large"),
    (UnsupportedFormatError("not LAS", path="x.txt"), 415, "urn:twin:problem:unsupported-format"),
    (IngestError("cannot ingest"), 422, "urn:twin:problem:ingest"),
    (MissingCRSError("no CRS", path="a.shp"), 422, "urn:twin:problem:missing-c-r-s"),
    (TilingError("no triangles"), 422, "urn:twin:problem:tiling"),
    (InvalidGeometryError("self-intersection"), 422, "urn:twin:problem:invalid-geometry"),
    (EmptyContentError("every feature dropped"), 422, "urn:twin:problem:empty-content"),
]


@pytest.fixture
def raising_client(settings: Settings) -> Iterator[TestClient]:
    app: FastAPI = create_app(settings)
    errors = {str(index): error for index, (error, _, _) in enumerate(CASES)}
    errors["feature"] = InvalidFeatureError(
        "height is negative", path="footprints.gpkg", row=17, field="height"
    )
    errors["row0"] = InvalidFeatureError("empty geometry", path="f.geojson", row=0)

    @app.get("/raise/{key}")
    def raise_error(key: str) -> None:
        raise errors[key]

    @app.get("/crash")
    def crash() -> None:
        raise RuntimeError("internal detail /srv/secret/path")

    @app.get("/typed/{number}")
    def typed(number: int) -> dict[str, int]:
        return {"number": number}

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def test_every_mapped_class_is_covered() -> None:
    covered = {type(error) for error, _, _ in CASES}
    assert set(STATUS_BY_ERROR) <= covered


@pytest.mark.parametrize(
    ("index", "status", "type_"), [(i, s, t) for i, (_, s, t) in enumerate(CASES)]
)
def test_error_classes_map_to_status(
    raising_client: TestClient, index: int, status: int, type_: str
) -> None:
    error = CASES[index][0]
    response = raising_client.get(f"/raise/{index}")
    assert response.status_code == status
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == status
    assert body["type"] == type_
    assert body["title"]
    assert body["detail"] == getattr(error, "message", str(error))
    if getattr(error, "path", None):
        assert body["file"] == error.path  # type: ignore[attr-defined]
    else:
        assert "file" not in body


def test_a_401_carries_a_bearer_challenge(raising_client: TestClient) -> None:
    index = next(i for i, (e, _, _) in enumerate(CASES) if isinstance(e, AuthenticationError))
    assert (
        raising_client.get(f"/raise/{index}").headers["www-authenticate"] == 'Bearer realm="twin"'
    )
    assert "www-authenticate" not in raising_client.get("/raise/0").headers


def test_ingest_error_location_fields(raising_client: TestClient) -> None:
    body = raising_client.get("/raise/feature").json()
    assert body == {
        "type": "urn:twin:problem:invalid-feature",
        "title": HTTPStatus(422).phrase,
        "status": 422,
        "detail": "height is negative",
        "file": "footprints.gpkg",
        "row": 17,
        "field": "height",
    }
    first_row = raising_client.get("/raise/row0").json()
    assert first_row["row"] == 0 and "field" not in first_row


def test_unknown_route_is_a_404_problem(client: TestClient) -> None:
    response = client.get("/no/such/route")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert response.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "Not Found",
    }


def test_wrong_method_is_a_405_problem(client: TestClient) -> None:
    response = client.delete("/api/layers")
    assert response.status_code == 405
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["title"] == "Method Not Allowed"
    assert "GET" in response.headers["allow"]


def test_validation_error_is_a_422_problem(raising_client: TestClient) -> None:
    response = raising_client.get("/typed/abc")
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == 422 and body["field"] == "number"
    assert body["errors"][0]["loc"] == ["path", "number"]


def test_unexpected_error_is_a_500_problem_without_internals(raising_client: TestClient) -> None:
    response = raising_client.get("/crash")
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["detail"] == "internal server error"
    assert b"/srv/secret" not in response.content
