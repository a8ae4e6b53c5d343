"""/api/jobs: create (201 + Location), list own vs all, get, log, cancel rules; 401, 403, 404,
409 and 422 as problem+json, a bad spec naming its field; inputs only uploads or layers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from job_support import make_upload

from twin.auth import Role
from twin.jobs import JobState
from twin.model import LayerVersion
from twin.settings import Settings
from twin.store import open_stores

MakeToken = Callable[..., dict[str, str]]


def _problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


@pytest.fixture
def upload(settings: Settings) -> str:
    return make_upload(settings.data_dir, "a" * 32, b"LASF fake bytes", "autzen.laz")


@pytest.fixture
def surveyor(make_token: MakeToken) -> dict[str, str]:
    return make_token(Role.SURVEYOR, name="alice")


def _spec(upload: str, **changes: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {
        "kind": "pointcloud",
        "layer": "survey-2026-11",
        "inputs": {"uploads": [upload]},
        "options": {"crs": "EPSG:32119"},
    }
    spec.update(changes)
    return spec


def _create(client: TestClient, headers: dict[str, str], spec: dict[str, Any]) -> dict[str, Any]:
    response = client.post("/api/jobs", json=spec, headers=headers)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    assert response.headers["location"] == f"/api/jobs/{body['id']}"
    return body


def test_create_get_and_log(client: TestClient, surveyor: dict[str, str], upload: str) -> None:
    job = _create(client, surveyor, _spec(upload))
    assert job["state"] == "queued" and job["progress"] == 0.0 and job["attempts"] == 0
    assert job["kind"] == "pointcloud" and job["layer"] == "survey-2026-11"
    assert job["owner"] == "alice" and job["version"] is None and job["started_at"] is None
    assert job["spec"]["inputs"] == [f"upload:{upload}"]
    assert job["spec"]["options"]["crs"] == "EPSG:32119"
    got = client.get(job["links"]["self"], headers=surveyor)
    assert got.status_code == 200 and got.json()["id"] == job["id"]
    log = client.get(job["links"]["log"], headers=surveyor)
    assert log.status_code == 200 and log.headers["content-type"].startswith("text/plain")
    assert log.text.rstrip().endswith("queued by alice")


def test_plain_input_lists_of_references(
    client: TestClient,
    surveyor: dict[str, str],
    upload: str,
    publish_tileset: Callable[..., LayerVersion],
) -> None:
    publish_tileset("ground")
    spec = _spec(upload, kind="buildings", inputs=[f"upload:{upload}"], options={})
    spec["options"] = {"terrain": "layer:ground"}
    job = _create(client, surveyor, spec)
    assert job["spec"]["inputs"] == [f"upload:{upload}"]
    assert job["spec"]["options"]["terrain"] == "layer:ground"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"inputs": ["/etc/passwd"]}, "inputs.0"),
        ({"inputs": ["../survey.laz"]}, "inputs.0"),
        ({"options": {"max_points": 0}}, "options.max_points"),
        ({"options": {"nope": 1}}, "options.nope"),
        ({"kind": "teleport"}, "kind"),
        ({"layer": None}, "layer"),
        ({"inputs": {"files": ["x"]}}, "inputs.files"),
        ({"inputs": ["layer:missing"]}, "inputs.0"),
    ],
)
def test_a_bad_spec_is_a_422_naming_the_field(
    client: TestClient,
    surveyor: dict[str, str],
    upload: str,
    change: dict[str, Any],
    field: str,
) -> None:
    body = _problem(client.post("/api/jobs", json=_spec(upload, **change), headers=surveyor), 422)
    assert body["field"] == field, body
    with open_stores(client.app.state.settings) as stores:  # type: ignore[attr-defined]
        assert stores.jobs.list_jobs() == []  # nothing queued


def test_a_server_path_in_a_file_option_is_refused(
    client: TestClient, surveyor: dict[str, str], upload: str
) -> None:
    spec = _spec(upload, kind="buildings", options={"survey": ["/srv/data/x.laz"]})
    assert _problem(client.post("/api/jobs", json=spec, headers=surveyor), 422)["field"] == (
        "options.survey.0"
    )


def test_unknown_or_incomplete_uploads_are_404_naming_the_field(
    client: TestClient, settings: Settings, surveyor: dict[str, str], upload: str
) -> None:
    body = _problem(client.post("/api/jobs", json=_spec("b" * 32), headers=surveyor), 404)
    assert body["field"] == "inputs.uploads.0" and "b" * 32 in body["detail"]
    partial = make_upload(settings.data_dir, "c" * 32, b"half", "x.laz", complete=False)
    spec = _spec(upload, inputs={"uploads": [upload, partial]})
    body = _problem(client.post("/api/jobs", json=spec, headers=surveyor), 404)
    assert body["field"] == "inputs.uploads.1" and "not complete" in body["detail"]


def test_roles(client: TestClient, make_token: MakeToken, upload: str) -> None:
    _problem(client.post("/api/jobs", json=_spec(upload)), 401)
    _problem(client.get("/api/jobs"), 401)
    viewer = make_token(Role.VIEWER)
    _problem(client.post("/api/jobs", json=_spec(upload), headers=viewer), 403)
    _problem(client.get("/api/jobs", headers=viewer), 403)
    agency = make_token(Role.AGENCY)
    _problem(client.post("/api/jobs", json=_spec(upload), headers=agency), 403)


def test_list_own_jobs_admin_sees_all(
    client: TestClient, make_token: MakeToken, admin_headers: dict[str, str], upload: str
) -> None:
    alice, bob = make_token(Role.SURVEYOR), make_token(Role.SURVEYOR)
    a = _create(client, alice, _spec(upload))
    b = _create(client, bob, _spec(upload))
    c = _create(client, admin_headers, _spec(upload))
    assert [j["id"] for j in client.get("/api/jobs", headers=alice).json()["jobs"]] == [a["id"]]
    assert [j["id"] for j in client.get("/api/jobs", headers=bob).json()["jobs"]] == [b["id"]]
    every = client.get("/api/jobs", headers=admin_headers).json()["jobs"]
    assert [j["id"] for j in every] == [c["id"], b["id"], a["id"]]
    _problem(client.get(f"/api/jobs/{a['id']}", headers=bob), 403)
    _problem(client.get(f"/api/jobs/{a['id']}/log", headers=bob), 403)
    assert client.get(f"/api/jobs/{a['id']}", headers=admin_headers).status_code == 200
    _problem(client.get("/api/jobs/nope", headers=alice), 404)
    _problem(client.get("/api/jobs/nope/log", headers=alice), 404)
    _problem(client.delete("/api/jobs/nope", headers=alice), 404)


def test_cancel_rules(
    client: TestClient,
    settings: Settings,
    make_token: MakeToken,
    admin_headers: dict[str, str],
    upload: str,
) -> None:
    alice, bob = make_token(Role.SURVEYOR), make_token(Role.SURVEYOR)
    queued = _create(client, alice, _spec(upload))
    _problem(client.delete(f"/api/jobs/{queued['id']}"), 401)
    _problem(client.delete(f"/api/jobs/{queued['id']}", headers=bob), 403)
    cancelled = client.delete(f"/api/jobs/{queued['id']}", headers=alice)
    assert cancelled.status_code == 200 and cancelled.json()["state"] == "cancelled"
    assert cancelled.json()["finished_at"] is not None
    _problem(client.delete(f"/api/jobs/{queued['id']}", headers=alice), 409)

    running = _create(client, alice, _spec(upload))
    with open_stores(settings) as stores:
        claimed = stores.jobs.claim("w1", 30)
        assert claimed is not None and claimed.id == running["id"]
        asked = client.delete(f"/api/jobs/{running['id']}", headers=admin_headers)
        assert asked.status_code == 202
        assert asked.json()["state"] == "running" and asked.json()["cancel_requested"]
        assert stores.jobs.report(running["id"], "w1", "tiles", 1, 2) is True
        stores.jobs.finish(running["id"], "w1", JobState.CANCELLED)
    _problem(client.delete(f"/api/jobs/{running['id']}", headers=alice), 409)
    log = client.get(f"/api/jobs/{running['id']}/log", headers=alice).text
    assert "cancel requested by admin" in log and log.rstrip().endswith("cancelled")
