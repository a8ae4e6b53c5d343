"""Faults of the machine. A real `twin serve` whose data folder fills up: a tus PATCH that cannot
be written is a clear 507 problem, the server lives on, reads and the published layer are
untouched, and the upload still reports the offset it saved (a client can resume from it).

"Full" is real, without root: the server process runs under RLIMIT_FSIZE with SIGXFSZ ignored,
so each write past the limit fails with EFBIG, as a full disk fails with ENOSPC. And a database
that refuses writes (SQLite opened read-only) is a 503 problem, not a bare 500.
"""

from __future__ import annotations

import base64
import resource
import shutil
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import write_tileset
from nginx import free_port, twin_process

from twin.auth import Role
from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings
from twin.store import open_stores

LIMIT = 2 * 1024 * 1024  # bytes any one file of the server may reach
TUS = {"Tus-Resumable": "1.0.0"}


def _limit_file_size() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed


@pytest.fixture
def full_server() -> Iterator[tuple[str, dict[str, str], Settings]]:
    root = Path(tempfile.mkdtemp(prefix="twin-faults-"))
    try:
        settings = Settings(data_dir=root / "data")
        publish(settings, "demo", LayerKind.BUILDINGS, write_tileset(root / "src"), meta={})
        with open_stores(settings) as stores:
            _, secret = stores.tokens.create("field", Role.SURVEYOR)
        headers = {"Authorization": f"Bearer {secret}"}
        with twin_process(settings.data_dir, free_port(), {}, _limit_file_size) as (url, proc):
            yield url, headers, settings
            assert proc.poll() is None, "the server died"
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_a_full_data_folder_is_a_507_and_nothing_breaks(
    full_server: tuple[str, dict[str, str], Settings],
) -> None:
    url, token, _ = full_server
    size = 3 * 1024 * 1024  # more than any file may hold
    body = bytes(range(256)) * (size // 256)
    metadata = "filename " + base64.b64encode(b"survey.laz").decode()
    with httpx.Client(base_url=url, timeout=60) as client:
        before = client.get("/tiles/demo/tileset.json", headers={"accept-encoding": "identity"})
        created = client.post(
            "/api/uploads",
            headers={**TUS, **token, "Upload-Length": str(size), "Upload-Metadata": metadata},
        )
        assert created.status_code == 201, created.text
        location = created.headers["Location"]
        patch = client.patch(
            location,
            content=body,
            headers={
                **TUS,
                **token,
                "Upload-Offset": "0",
                "Content-Type": "application/offset+octet-stream",
            },
        )
        assert patch.status_code == 507, patch.text
        assert patch.headers["content-type"] == "application/problem+json"
        problem = patch.json()
        assert problem["status"] == 507 and "storage is full" in problem["detail"]
        assert problem["type"] == "urn:twin:problem:storage-full"
    # The server closed that connection (the body was not read to its end); on a new one it
    # is alive, and what was published is served as before.
    with httpx.Client(base_url=url, timeout=60) as client:
        assert client.get("/healthz").status_code == 200
        after = client.get("/tiles/demo/tileset.json", headers={"accept-encoding": "identity"})
        assert after.status_code == 200 and after.content == before.content
        # The upload knows how far it got (below the limit), so a client can resume.
        head = client.head(location, headers={**TUS, **token})
        assert head.status_code == 200
        assert 0 <= int(head.headers["Upload-Offset"]) < LIMIT


def test_a_database_that_refuses_writes_is_a_503(tmp_path: Path) -> None:
    """A real SQLite refusal: the twin database opened read-only (SQLite's own mode=ro, which
    holds for root too, unlike file permissions), written by a route of an app with twin's
    problem handlers."""
    from fastapi import FastAPI
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, insert

    from twin.server.problems import add_problem_handlers
    from twin.store.tables import tokens

    settings = Settings(data_dir=tmp_path / "data")
    with open_stores(settings):
        pass  # the schema, migrated
    database = settings.data_dir / "twin.sqlite"
    engine = create_engine(f"sqlite:///file:{database}?mode=ro&uri=true")
    app = FastAPI()
    add_problem_handlers(app)

    @app.post("/write")
    def write() -> None:
        with engine.begin() as connection:
            connection.execute(
                insert(tokens).values(
                    id="x", name="x", role="viewer", token_hash="x", created_at="now"
                )
            )

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/write")
    engine.dispose()
    assert response.status_code == 503, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:twin:problem:database-read-only"
    assert "cannot be written" in response.json()["detail"]
