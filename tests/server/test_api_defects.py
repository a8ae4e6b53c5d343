"""Issue 15, "API defects found tried as a new user would": each case failed before its fix."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from twin.server.problems import MAX_DETAIL, MAX_ECHO, shorten

PROBLEM = "application/problem+json"
WRITES = ("post", "patch", "delete", "put")


def test_a_long_name_is_not_echoed_whole(client: TestClient, publish_tileset: Any) -> None:
    name = "a" * 60_000  # httpx refuses URLs over 64 KiB; the server would echo it all
    response = client.get(f"/tiles/{name}/tileset.json")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM
    assert len(response.content) < 400
    assert f"'{'a' * (MAX_ECHO - 1)}\u2026'" in response.json()["detail"]
    publish_tileset("city")
    long_path = "x" * 50_000 + ".glb"
    missing = client.get(f"/tiles/city/{long_path}")
    assert missing.status_code == 404 and len(missing.content) < 400


def test_shorten() -> None:
    assert shorten("abc") == "abc"
    assert shorten("a" * 500) == "a" * (MAX_ECHO - 1) + "\u2026"
    assert len(shorten("a" * 500)) == MAX_ECHO


def test_long_input_in_a_validation_error_is_capped(client: TestClient) -> None:
    response = client.get(
        "/api/networks/clearance", params={"layers": ["a", "b"], "limit": "9" * 5000}
    )
    assert response.status_code == 422
    assert len(response.json()["detail"]) <= MAX_DETAIL


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        (
            {"layers": ["a", "b"], "minimum": "nan"},
            "query parameter 'minimum': Input should be a finite number",
        ),
        (
            {"layers": ["a", "b"], "minimum": "inf"},
            "query parameter 'minimum': Input should be a finite number",
        ),
        (
            {"layers": ["a", "b"], "minimum": "-Infinity"},
            "query parameter 'minimum': Input should be a finite number",
        ),
        (
            {"layers": ["a", "b"], "limit": "many"},
            "query parameter 'limit': Input should be a valid integer, "
            "unable to parse string as an integer",
        ),
        ({}, "query parameter 'layers': Field required"),
    ],
)
def test_a_422_says_what_is_wrong(client: TestClient, params: dict[str, Any], detail: str) -> None:
    response = client.get("/api/networks/clearance", params=params)
    assert response.status_code == 422
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["detail"] == detail
    assert body["errors"][0]["loc"][0] == "query"  # errors[] is kept
    assert body["field"] == body["errors"][0]["loc"][1]


def test_several_errors_are_counted_in_the_detail(client: TestClient) -> None:
    response = client.get("/api/networks/clearance", params={"minimum": "nan", "limit": "x"})
    body = response.json()
    assert len(body["errors"]) == 3
    assert body["detail"].endswith("(and 2 more in errors)")


def test_broken_json_names_the_body(client: TestClient, admin_headers: dict[str, str]) -> None:
    response = client.post(
        "/api/jobs",
        content=b'{"kind": "pointcloud", ',
        headers={**admin_headers, "content-type": "application/json"},
    )
    assert response.status_code == 422
    body = response.json()
    assert "field" not in body  # was "1"-like: the decode error's character position
    assert body["errors"][0]["loc"] == ["body"]
    assert body["detail"].startswith("body: JSON decode error: ")
    assert body["detail"].endswith("at character 23")


def test_every_float_query_parameter_is_finite(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    floats = [
        (path, parameter["name"])
        for path, operations in document["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", [])
        if parameter.get("schema", {}).get("type") == "number"
    ]
    assert ("/api/networks/clearance", "minimum") in floats
    for path, name in floats:
        # Every other float parameter given a finite, in-range value, so only `name` is wrong.
        others = {other: "1" for p, other in floats if p == path and other != name}
        for bad in ("nan", "inf", "-inf"):
            response = client.get(path, params={**others, name: bad})
            assert response.status_code == 422, (path, name, bad)
            assert name in [error["loc"][1] for error in response.json()["errors"]]


def test_openapi_declares_the_bearer_scheme(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert document["components"]["securitySchemes"]["token"] == {
        "type": "http",
        "scheme": "bearer",
        "description": document["components"]["securitySchemes"]["token"]["description"],
    }
    writes = [
        (method, path, operation)
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        if method in WRITES
    ]
    assert len(writes) >= 5
    for method, path, operation in writes:
        assert operation.get("security") == [{"token": []}], (method, path)


def test_openapi_document_validates(client: TestClient) -> None:
    validator: Callable[[dict[str, Any]], None] = pytest.importorskip(
        "openapi_spec_validator"
    ).validate
    validator(client.get("/openapi.json").json())
