"""The upload panel in a real browser against a real server and a `twin worker`: a surveyor's
token, a LAZ sent with tus through the page's file input (progress to 100%), a point cloud job
started from the panel's form, its progress polled to "succeeded", and the layer it published
listed and drawn without a reload. Offline, with no console error. Then the panel in Chinese,
and a wrong token answered in plain words.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser.viewer_support import (
    LOAD_TIMEOUT_MS,
    PageLog,
    Server,
    serve,
    stop,
    wait_for_tiles,
    wait_until_ready,
)

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
LAZ = REPO / "tests/data/pointclouds/pdal_autzen_trim.laz"
LAYER = "autzen-upload"
OpenViewer = Callable[..., tuple[Any, PageLog]]
# What chromium logs for an answer of 401: the one console error the wrong-token runs expect.
UNAUTHORIZED = "the server responded with a status of 401"


def _surveyor_token(data_dir: Path) -> str:
    from twin.auth import Role
    from twin.settings import Settings
    from twin.store import open_stores

    with open_stores(Settings(data_dir=data_dir)) as stores:
        return stores.tokens.create("surveyor", Role.SURVEYOR)[1]


@pytest.fixture(scope="module")
def upload_server(
    tmp_path_factory: pytest.TempPathFactory, chromium_path: Path
) -> Iterator[tuple[Server, str]]:
    """A server with no layer, a worker beside it, and a surveyor's token -> (server, token)."""
    root = tmp_path_factory.mktemp("uploads")
    data_dir = root / "data"
    secret = _surveyor_token(data_dir)
    command = [sys.executable, "-c", "from twin.cli.main import app; app()", "worker",
               "--data-dir", str(data_dir), "--poll", "0.5"]  # fmt: skip
    with serve(data_dir) as running, (root / "worker.log").open("wb") as log:
        env = {**os.environ, "TWIN_DATA_DIR": str(data_dir)}
        worker = subprocess.Popen(command, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield running, secret
        finally:
            stop(worker)


@pytest.fixture(scope="module")
def queue_server(
    tmp_path_factory: pytest.TempPathFactory, chromium_path: Path
) -> Iterator[tuple[Server, str]]:
    """A server with no worker (its jobs stay queued) and a surveyor's token."""
    data_dir = tmp_path_factory.mktemp("queue") / "data"
    secret = _surveyor_token(data_dir)
    with serve(data_dir) as running:
        yield running, secret


def open_upload_panel(page: Any, token: str) -> None:
    """Open the panel from the header and enter the token (as typing and leaving it would)."""
    wait_until_ready(page)
    page.locator("#uploadToggle").click()
    assert page.locator("#uploadPanel").is_visible()
    page.locator("#uploadToken").fill(token)
    page.locator("#uploadToken").dispatch_event("change")


def wait_for_transfer(page: Any, *statuses: str) -> dict[str, Any]:
    page.wait_for_function(
        "(statuses) => { const t = window.twinViewer.uploads?.transfers[0];"
        " return t && statuses.includes(t.status); }",
        arg=list(statuses),
        timeout=LOAD_TIMEOUT_MS,
    )
    transfer: dict[str, Any] = page.evaluate("() => window.twinViewer.uploads.transfers[0]")
    return transfer


def test_upload_a_laz_and_see_the_published_point_cloud(
    upload_server: tuple[Server, str], open_viewer: OpenViewer
) -> None:
    server, token = upload_server
    page, log = open_viewer(server)
    open_upload_panel(page, token)
    assert page.locator("#uploadPanel .panel-hint").inner_text() == "No jobs yet."

    page.locator("#uploadFiles").set_input_files(str(LAZ))
    transfer = wait_for_transfer(page, "complete", "failed")
    assert transfer["status"] == "complete", transfer
    assert transfer["sent"] == transfer["total"] == LAZ.stat().st_size
    assert transfer["kind"] == "laz"
    row = page.locator(f"#uploadPanel li[data-file='{LAZ.name}']")
    assert row.locator(".upload-percent").inner_text() == "100%"
    assert row.locator("progress").evaluate("(bar) => bar.value === bar.max")
    assert row.locator(".upload-status").inner_text() == "received: laz"

    # The form is preselected from the sniffed kind; the layer name is checked before sending.
    assert page.locator("#jobKind").input_value() == "pointcloud"
    assert page.locator("#jobLayer").input_value() == "pdal_autzen_trim"
    page.locator("#jobLayer").fill("Not a name")
    page.locator(".job-start").click()
    assert "lower-case letters" in page.locator(".job-form-error").inner_text()
    page.locator("#jobLayer").fill(LAYER)
    # Sample the job's bar and state as the page shows them, from the moment it is listed.
    page.evaluate(
        """() => { window.jobSamples = [];
            const timer = setInterval(() => {
                const row = document.querySelector('#uploadPanel .job-row');
                if (!row) return;
                const state = row.querySelector('.job-state').className.split('job-state-')[1];
                window.jobSamples.push([state, row.querySelector('progress').value]);
                if (state === 'succeeded' || state === 'failed') clearInterval(timer);
            }, 100); }"""
    )
    page.locator(".job-start").click()
    page.wait_for_function(
        "() => { const jobs = window.twinViewer.uploads.jobs;"
        " return jobs.length && !['queued', 'running'].includes(jobs[0].state); }",
        timeout=LOAD_TIMEOUT_MS,
    )
    job = page.evaluate("() => window.twinViewer.uploads.jobs[0]")
    assert job["state"] == "succeeded", job
    assert job["layer"] == LAYER and job["kind"] == "pointcloud"
    page.wait_for_function("() => window.jobSamples.at(-1)?.[0] === 'succeeded'")
    samples = page.evaluate("() => window.jobSamples")
    states = [state for state, _ in samples]
    assert {"queued", "running"} & set(states[:-1]), samples  # seen before it ended
    assert samples[-1][1] == 1 and len({value for _, value in samples}) >= 2, samples
    assert page.locator("#uploadPanel .job-row .job-cancel").is_hidden()
    assert page.locator("#uploadPanel .job-row .job-state").inner_text() == "succeeded"

    # The published layer is listed and drawn, without a reload.
    page.wait_for_selector(f"#layersPanel li[data-layer='{LAYER}']")
    page.wait_for_function(
        "(name) => { const s = window.twinViewer.layers[name];"
        " return s && (s.loaded || s.failed); }",
        arg=LAYER,
    )
    fly = page.locator("#uploadPanel .job-row .job-fly")
    fly.wait_for(state="visible")
    fly.click()
    # Land at once (the button's flight takes 1.5 s; a new one replaces it) and load that view.
    assert page.evaluate("(name) => window.twinViewer.flyTo(name, {duration: 0})", LAYER)
    wait_for_tiles(page, globe=False)
    # The layer's own record follows on Cesium's allTilesLoaded event, raised after the frame.
    page.wait_for_function(
        "(name) => { const s = window.twinViewer.layers[name]; return s.tilesLoaded || s.failed; }",
        arg=LAYER,
    )
    status = page.evaluate("(name) => window.twinViewer.layers[name]", LAYER)
    assert status["loaded"] and status["tilesLoaded"] and not status["failed"], status
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == []
    assert log.page_errors == []
    assert log.remote_requests == []
    assert log.failed_requests == []


def _wrong_token(page: Any) -> str:
    page.locator("#uploadFiles").set_input_files(str(LAZ))
    transfer = wait_for_transfer(page, "complete", "failed")
    assert transfer["status"] == "failed", transfer
    error: str = page.locator(f"#uploadPanel li[data-file='{LAZ.name}'] .upload-error").inner_text()
    return error


def _assert_only_unauthorized(log: PageLog) -> None:
    assert log.console_errors and all(UNAUTHORIZED in text for text in log.console_errors)
    assert log.page_errors == []
    assert log.remote_requests == []


def test_a_wrong_token_is_refused_in_plain_words(
    upload_server: tuple[Server, str], open_viewer: OpenViewer
) -> None:
    server, _ = upload_server
    page, log = open_viewer(server)
    open_upload_panel(page, "not-a-token")
    error = _wrong_token(page)
    assert error.startswith("Token missing or not valid"), error
    jobs_error = page.locator("#uploadPanel .jobs-error").inner_text()
    assert jobs_error.startswith("Token missing or not valid"), jobs_error
    _assert_only_unauthorized(log)


def test_the_upload_panel_in_chinese(
    upload_server: tuple[Server, str], open_viewer: OpenViewer
) -> None:
    server, _ = upload_server
    page, log = open_viewer(server, locale="zh-CN")
    wait_until_ready(page)
    assert page.locator("#uploadToggle").inner_text() == "上传"
    open_upload_panel(page, "not-a-token")
    panel = page.locator("#uploadPanel")
    assert panel.locator("h2").inner_text() == "上传测绘数据"
    assert panel.locator(".upload-field span").first.inner_text() == "访问令牌"
    assert panel.locator(".upload-pick span").inner_text() == "选择文件"
    assert panel.locator("h3").inner_text() == "任务"
    error = _wrong_token(page)
    assert error.startswith("令牌缺失或无效"), error
    assert panel.locator(".upload-status").inner_text() == "失败"
    _assert_only_unauthorized(log)


def test_a_queued_job_can_be_cancelled(
    queue_server: tuple[Server, str], open_viewer: OpenViewer
) -> None:
    server, token = queue_server
    page, log = open_viewer(server)
    open_upload_panel(page, token)
    page.locator("#uploadFiles").set_input_files(str(LAZ))
    assert wait_for_transfer(page, "complete", "failed")["status"] == "complete"
    page.locator("#jobLayer").fill("never-built")
    page.locator(".job-start").click()
    row = page.locator("#uploadPanel .job-row")
    assert row.locator(".job-state").inner_text() == "queued"
    assert row.locator(f"xpath=..//li[@data-file='{LAZ.name}']").count() == 0  # rows of jobs only
    cancel = row.locator(".job-cancel")
    assert cancel.inner_text() == "Cancel"
    cancel.click()
    page.wait_for_function(
        "() => window.twinViewer.uploads.jobs[0]?.state === 'cancelled'", timeout=LOAD_TIMEOUT_MS
    )
    assert row.locator(".job-state").inner_text() == "cancelled"
    assert cancel.is_hidden()
    # The upload went into the job: the form waits for new files.
    assert page.locator("#uploadPanel .job-form").is_hidden()
    assert page.locator(f"#uploadPanel li[data-file='{LAZ.name}'] .upload-use").inner_text() == (
        "in a job"
    )
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == [] and log.page_errors == [] and log.remote_requests == []
