"""`twin worker` as a real subprocess, on SQLite and PostgreSQL: a real pointcloud job end to
end; a worker SIGKILLed mid-job (nothing served changes, another worker runs the job again, no
scratch files stay); a job process killed until its attempts are used up; failing pipelines end
failed with their message; a running job cancelled; inline workers stopped with SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from job_support import make_upload, wait_for

from ingest_survey.job_specs import parse_spec
from ingest_survey.worker import run_and_publish
from twin.auth import Principal, Role
from twin.cli.worker import inline_workers
from twin.jobs import Job, JobState
from twin.settings import Settings
from twin.store import Stores, open_stores
from twin.version_reader import VersionReader

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "pointclouds"
AUTZEN = DATA / "pdal_autzen_trim.laz"  # feet, a WKT CRS in the header
WRONG_CRS = DATA / "lone_star_every5.laz"  # header says EPSG:4326, the data is UTM 12N
ALICE = Principal(token_id="t-alice", name="alice", role=Role.SURVEYOR)
# A job of ~24 x 0.25 s: long enough to be killed in the middle.
LONG = 24


@pytest.fixture
def database_url(any_database_url: str) -> str:
    return any_database_url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        job_lease_seconds=2.0,
        job_renew_seconds=0.5,
        job_poll_seconds=0.1,
        job_max_attempts=3,
        job_task_workers=1,
    )


@pytest.fixture
def stores(settings: Settings) -> Iterator[Stores]:
    with open_stores(settings) as opened:
        yield opened


def _env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(REPO),
        TWIN_DATA_DIR=str(settings.data_dir),
        TWIN_DATABASE_URL=settings.database_url,
        TWIN_JOB_LEASE_SECONDS=str(settings.job_lease_seconds),
        TWIN_JOB_RENEW_SECONDS=str(settings.job_renew_seconds),
        TWIN_JOB_POLL_SECONDS=str(settings.job_poll_seconds),
        TWIN_JOB_TASK_WORKERS="1",
    )
    return env


def _worker(settings: Settings, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", "from twin.cli.main import app; app()", "worker", *args]
    return subprocess.Popen(
        command,
        env=_env(settings),
        cwd=settings.data_dir.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _run_once(settings: Settings) -> str:
    worker = _worker(settings, "--once")
    output, _ = worker.communicate(timeout=180)
    assert worker.returncode == 0, output
    return output


def _queue(stores: Stores, settings: Settings, inputs: list[str], **spec: Any) -> Job:
    data = {"kind": "pointcloud", "layer": "autzen", "inputs": inputs, "options": {}, **spec}
    parse_spec(data)
    return stores.jobs.create(data, ALICE, max_attempts=settings.job_max_attempts)


def _children(pid: int) -> list[int]:
    text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    return [int(p) for p in text.split()]


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    status = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    return status == "Z"


def _scratch(settings: Settings) -> list[Path]:
    work = settings.data_dir / "work"
    leftovers = list(work.iterdir()) if work.exists() else []
    return leftovers + list(settings.layers_dir.glob("*/.staging/*"))


def _served(settings: Settings, stores: Stores, layer: str) -> dict[str, bytes]:
    current = stores.catalog.get_layer(layer).current
    assert current is not None
    reader = VersionReader.open(settings.data_dir, current)
    return {key: reader.locate(key)[0].read_bytes() for key in reader.manifest["files"]}


def _running_with_progress(stores: Stores, job_id: str) -> Job | None:
    job = stores.jobs.get(job_id)
    assert not job.finished, job
    return job if job.state is JobState.RUNNING and job.step else None


def test_a_worker_runs_a_real_job(settings: Settings, stores: Stores) -> None:
    upload = make_upload(settings.data_dir, "a" * 32, AUTZEN, "autzen.laz")
    job = _queue(stores, settings, [f"upload:{upload}"], options={"max_points": 5000})
    output = _run_once(settings)
    assert "worker ran 1 job" in output
    done = stores.jobs.get(job.id)
    assert done.state is JobState.SUCCEEDED, done
    assert done.attempts == 1 and done.progress == 1.0 and done.finished_at and done.started_at
    layer = stores.catalog.get_layer("autzen")
    assert layer.current is not None and layer.current.version_id == done.version_id
    assert layer.current.meta["job"] == job.id
    log = "\n".join(stores.jobs.log(job.id))
    assert "claimed by worker" in log and "step: " in log
    assert f"succeeded: published version {done.version_id}" in log
    assert _scratch(settings) == []


def test_a_killed_worker_changes_nothing_served_and_the_job_runs_again(
    settings: Settings, stores: Stores
) -> None:
    first = parse_spec(
        {"kind": "pointcloud", "layer": "autzen", "inputs": [str(AUTZEN)],
         "options": {"max_points": 5000}}
    )  # fmt: skip
    published = run_and_publish(first, settings, stores=stores)
    before = _served(settings, stores, "autzen")
    upload = make_upload(settings.data_dir, "a" * 32, AUTZEN, "autzen.laz")
    job = _queue(stores, settings, [f"upload:{upload}"] * LONG, options={"max_points": 3000})

    worker = _worker(settings)
    wait_for(lambda: _running_with_progress(stores, job.id), timeout=120)
    children = _children(worker.pid)
    assert children, "the attempt runs in a child process"
    worker.send_signal(signal.SIGKILL)
    worker.communicate(timeout=30)
    wait_for(lambda: all(_gone(pid) for pid in children), timeout=30)  # died with the worker

    # Nothing served changed: the same version, byte for byte.
    assert stores.catalog.get_layer("autzen").current == published
    assert _served(settings, stores, "autzen") == before
    lost = stores.jobs.get(job.id)
    assert lost.state is JobState.RUNNING and lost.attempts == 1

    # Once the lease has run out, another worker takes the job over and finishes it.
    assert lost.lease_expires_at is not None
    wait_for(lambda: datetime.fromisoformat(lost.lease_expires_at or "") < datetime.now(UTC))
    _run_once(settings)
    done = stores.jobs.get(job.id)
    assert done.state is JobState.SUCCEEDED and done.attempts == 2, done
    assert done.version_id not in (None, published.version_id)
    assert stores.catalog.get_layer("autzen").current.version_id == done.version_id  # type: ignore[union-attr]
    log = "\n".join(stores.jobs.log(job.id))
    assert "attempt 1 lost: worker" in log and "stopped renewing its lease" in log
    assert "queued again" in log and "attempt 2 claimed" in log
    assert _scratch(settings) == []


def test_a_job_process_killed_every_time_fails_after_max_attempts(
    settings: Settings, stores: Stores
) -> None:
    upload = make_upload(settings.data_dir, "a" * 32, AUTZEN, "autzen.laz")
    data = {"kind": "pointcloud", "layer": "autzen", "inputs": [f"upload:{upload}"] * LONG}
    job = stores.jobs.create(data, ALICE, max_attempts=2)
    worker = _worker(settings, "--once")
    for attempt in (1, 2):
        wait_for(
            lambda a=attempt: (j := _running_with_progress(stores, job.id)) and j.attempts == a,
            timeout=120,
        )
        for pid in _children(worker.pid):
            os.kill(pid, signal.SIGKILL)
    output, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, output
    failed = stores.jobs.get(job.id)
    assert failed.state is JobState.FAILED and failed.attempts == 2
    assert failed.error is not None and "worker lost 2 times" in failed.error
    assert "signal 9" in failed.error
    assert stores.catalog.find_layer("autzen") is None  # nothing published
    assert _scratch(settings) == []


def test_failing_pipelines_end_failed_with_their_message(
    settings: Settings, stores: Stores
) -> None:
    wrong = make_upload(settings.data_dir, "b" * 32, WRONG_CRS, "lone_star.laz")
    crs_job = _queue(stores, settings, [f"upload:{wrong}"])
    truncated = AUTZEN.read_bytes()[: AUTZEN.stat().st_size // 2]
    corrupt = make_upload(settings.data_dir, "c" * 32, truncated, "cut.laz")
    corrupt_job = _queue(stores, settings, [f"upload:{corrupt}"])
    _run_once(settings)
    for job, words in ((crs_job, ["lone_star.laz", "--crs"]), (corrupt_job, ["cut.laz"])):
        failed = stores.jobs.get(job.id)
        assert failed.state is JobState.FAILED and failed.attempts == 1, failed
        assert failed.error is not None and all(w in failed.error for w in words), failed.error
        assert str(settings.data_dir) not in failed.error  # no server paths
        assert stores.jobs.log(job.id)[-1].endswith(f"failed: {failed.error}")
    assert stores.catalog.find_layer("autzen") is None
    assert _scratch(settings) == []


def test_a_running_job_cancelled_stops_and_publishes_nothing(
    settings: Settings, stores: Stores
) -> None:
    upload = make_upload(settings.data_dir, "a" * 32, AUTZEN, "autzen.laz")
    job = _queue(stores, settings, [f"upload:{upload}"] * LONG)
    worker = _worker(settings, "--once")
    wait_for(lambda: _running_with_progress(stores, job.id), timeout=120)
    assert stores.jobs.cancel(job.id, by="alice").cancel_requested
    output, _ = worker.communicate(timeout=60)
    assert worker.returncode == 0, output
    cancelled = stores.jobs.get(job.id)
    assert cancelled.state is JobState.CANCELLED and cancelled.version_id is None
    assert stores.catalog.find_layer("autzen") is None
    assert _scratch(settings) == []


def test_inline_workers_run_jobs_and_stopping_them_requeues_the_running_one(
    settings: Settings, stores: Stores, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in _env(settings).items():
        monkeypatch.setenv(name, value)
    upload = make_upload(settings.data_dir, "a" * 32, AUTZEN, "autzen.laz")
    quick = _queue(stores, settings, [f"upload:{upload}"], options={"max_points": 5000})
    slow = _queue(stores, settings, [f"upload:{upload}"] * LONG)
    with inline_workers(1, settings) as [process]:
        wait_for(lambda: stores.jobs.get(quick.id).finished, timeout=120)
        wait_for(lambda: _running_with_progress(stores, slow.id), timeout=120)
    assert process.returncode == 0  # SIGTERM: a clean stop
    assert stores.jobs.get(quick.id).state is JobState.SUCCEEDED
    requeued = stores.jobs.get(slow.id)
    assert requeued.state is JobState.QUEUED and requeued.attempts == 0  # not charged
    assert "lost: worker stopped" in "\n".join(stores.jobs.log(slow.id))
    assert _scratch(settings) == []
