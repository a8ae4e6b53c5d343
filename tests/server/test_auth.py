"""Writes need a token: POST /api/layers/{name}/rollback is admin only; reads stay public.

401 without a valid token, with an RFC 6750 ``WWW-Authenticate: Bearer`` challenge; 403 with a
token of another role; both as application/problem+json.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from twin.auth import Role
from twin.model import LayerVersion
from twin.settings import Settings
from twin.store import open_stores

MakeToken = Callable[..., dict[str, str]]
ROLLBACK = "/api/layers/demo/rollback"


@pytest.fixture
def two_versions(publish_tileset: Callable[..., LayerVersion]) -> tuple[LayerVersion, LayerVersion]:
    return publish_tileset("demo"), publish_tileset("demo")


def _problem(response: object, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["status"] == status
    return body


def _unauthorised(response: object) -> tuple[dict[str, object], str]:
    body = _problem(response, 401)
    assert body["title"] == "Unauthorized"
    assert body["type"] == "urn:twin:problem:authentication"
    challenge = response.headers["www-authenticate"]  # type: ignore[attr-defined]
    assert challenge.startswith('Bearer realm="twin"')
    return body, challenge


def _current(client: TestClient) -> str:
    return client.get("/api/layers/demo").json()["version"]


def test_no_token_is_a_401_with_a_bare_challenge(client: TestClient, two_versions: object) -> None:
    body, challenge = _unauthorised(client.post(ROLLBACK))
    assert challenge == 'Bearer realm="twin"'  # RFC 6750 3.1: no error code without credentials
    assert "Authorization: Bearer" in str(body["detail"]) and "admin" in str(body["detail"])


@pytest.mark.parametrize(
    "header", ["Basic dXNlcjpwYXNz", "Bearer", "Bearer ", "twin_abc", "Token twin_abc"]
)
def test_a_malformed_header_is_a_401(
    client: TestClient, two_versions: tuple[LayerVersion, LayerVersion], header: str
) -> None:
    body, challenge = _unauthorised(client.post(ROLLBACK, headers={"Authorization": header}))
    assert 'error="invalid_request"' in challenge
    assert "Bearer <token>" in str(body["detail"])
    assert _current(client) == two_versions[1].version_id


@pytest.mark.parametrize("secret", ["twin_wrong", "nonsense", "twin_" + "A" * 43])
def test_a_wrong_token_is_a_401(
    client: TestClient, make_token: MakeToken, two_versions: object, secret: str
) -> None:
    make_token(Role.ADMIN)
    _, challenge = _unauthorised(
        client.post(ROLLBACK, headers={"Authorization": f"Bearer {secret}"})
    )
    assert 'error="invalid_token"' in challenge


def test_an_expired_token_is_a_401(
    client: TestClient, make_token: MakeToken, two_versions: object
) -> None:
    headers = make_token(Role.ADMIN, expires_at=datetime.now(UTC) - timedelta(minutes=1))
    body, challenge = _unauthorised(client.post(ROLLBACK, headers=headers))
    assert 'error="invalid_token"' in challenge and "expired" in challenge
    assert body["detail"] == "the token has expired"


def test_a_revoked_token_is_a_401(
    client: TestClient,
    settings: Settings,
    make_token: MakeToken,
    two_versions: tuple[LayerVersion, LayerVersion],
) -> None:
    headers = make_token(Role.ADMIN, name="ops")
    assert client.post(ROLLBACK, headers=headers).status_code == 200
    with open_stores(settings) as stores:  # as `twin tokens revoke ops` does, in another process
        stores.tokens.revoke("ops")
    body, challenge = _unauthorised(
        client.post(ROLLBACK, json={"version": two_versions[1].version_id}, headers=headers)
    )
    assert 'error="invalid_token"' in challenge and body["detail"] == "the token was revoked"
    assert _current(client) == two_versions[0].version_id


@pytest.mark.parametrize("role", [Role.VIEWER, Role.SURVEYOR, Role.AGENCY])
def test_another_role_is_a_403(
    client: TestClient,
    make_token: MakeToken,
    two_versions: tuple[LayerVersion, LayerVersion],
    role: Role,
) -> None:
    response = client.post(ROLLBACK, headers=make_token(role, name="someone"))
    body = _problem(response, 403)
    assert body["title"] == "Forbidden" and body["type"] == "urn:twin:problem:permission-denied"
    assert body["detail"] == f"token 'someone' has role {role}; this needs admin"
    assert "www-authenticate" not in response.headers
    assert _current(client) == two_versions[1].version_id


def test_an_admin_token_rolls_back(
    client: TestClient,
    admin_headers: dict[str, str],
    two_versions: tuple[LayerVersion, LayerVersion],
) -> None:
    response = client.post(ROLLBACK, headers=admin_headers)
    assert response.status_code == 200
    assert response.json()["version"] == two_versions[0].version_id
    # The scheme is case-insensitive (RFC 7235 2.1).
    lower = {"Authorization": admin_headers["Authorization"].replace("Bearer", "bearer")}
    response = client.post(ROLLBACK, json={"version": two_versions[1].version_id}, headers=lower)
    assert response.status_code == 200 and _current(client) == two_versions[1].version_id


def test_authentication_comes_before_the_layer_lookup(client: TestClient) -> None:
    # Without a token nothing about the layers is revealed (no 404 for an unknown one).
    _unauthorised(client.post("/api/layers/nope/rollback"))


def test_reads_stay_public(client: TestClient, two_versions: object) -> None:
    assert client.get("/api/layers").status_code == 200
    assert client.get("/api/layers/demo").status_code == 200
    assert client.get("/tiles/demo/tileset.json").status_code == 200
    assert client.get("/healthz").status_code == 200


def test_openapi_declares_the_bearer_scheme(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["token"]["scheme"].lower() == "bearer"
    rollback = spec["paths"]["/api/layers/{name}/rollback"]["post"]
    assert rollback["security"] == [{"token": []}]
    assert "security" not in spec["paths"]["/api/layers"]["get"]
