"""An uploaded delivery imported by a job: the API queues an ``entities`` spec (no layer), a
real `twin worker --once` process runs it into the entity store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from entity_support import OSM_MONTHS, osm_delivery
from fastapi.testclient import TestClient
from job_support import make_upload, token_id

from twin.auth import Role
from twin.jobs import JobState
from twin.settings import Settings
from twin.store import open_stores

REPO = Path(__file__).resolve().parents[2]


def test_an_uploaded_delivery_is_imported_by_a_worker(
    settings: Settings, client: TestClient, make_token: object
) -> None:
    headers = make_token(Role.SURVEYOR, name="surveyor")  # type: ignore[operator]
    owner = token_id(settings, headers)
    month = OSM_MONTHS[0]
    upload = make_upload(
        settings.data_dir, "e" * 32, osm_delivery(month), "faroe.geojson", owner=owner
    )
    spec = {
        "kind": "entities",
        "inputs": {"uploads": [upload]},
        "options": {"entity_class": "osm", "month": month, "id_field": "osm_id"},
    }
    response = client.post("/api/jobs", json=spec, headers=headers)
    assert response.status_code == 201, response.text
    job_id = response.json()["id"]
    bad = client.post(
        "/api/jobs",
        json={**spec, "options": {"entity_class": "osm", "month": "2014-4"}},
        headers=headers,
    )
    assert bad.status_code == 422 and bad.json()["field"] == "options.month"
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "TWIN_DATA_DIR": str(settings.data_dir),
        "TWIN_DATABASE_URL": settings.database_url,
        "TWIN_JOB_TASK_WORKERS": "1",
    }
    worker = subprocess.run(
        [sys.executable, "-c", "from twin.cli.main import app; app()", "worker", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert worker.returncode == 0, worker.stdout + worker.stderr
    with open_stores(settings) as stores:
        job = stores.jobs.get(job_id)
        assert job.state is JobState.SUCCEEDED, (job.error, stores.jobs.log(job_id))
        assert any("osm 2014-04 (by id): 227 added" in line for line in stores.jobs.log(job_id))
        cls = stores.entities.get_class("osm")
        assert (cls.latest_month, cls.entities) == (month, 227)
