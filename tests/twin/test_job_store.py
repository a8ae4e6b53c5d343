"""The job queue on both backends: the transition table, claim, lease, renew, expiry, requeue,
max attempts, cancel, log; two claimers never get the same job."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import update

from twin.auth import Principal, Role
from twin.errors import NotFoundError
from twin.jobs import (
    FINISHED,
    TRANSITIONS,
    JobState,
    JobStateError,
    LeaseLostError,
    can_transition,
    check_transition,
)
from twin.settings import Settings
from twin.store import JobStore, Stores, open_stores
from twin.store.tables import jobs as jobs_table

ALICE = Principal(token_id="t-alice", name="alice", role=Role.SURVEYOR)
SPEC = {"kind": "pointcloud", "layer": "survey", "inputs": ["upload:abc"], "options": {}}


@pytest.fixture
def database_url(any_database_url: str) -> str:
    return any_database_url


@pytest.fixture
def stores(settings: Settings) -> Iterator[Stores]:
    with open_stores(settings) as opened:
        yield opened


@pytest.fixture
def queue(stores: Stores) -> JobStore:
    return stores.jobs


def _expire(stores: Stores, job_id: str) -> None:
    with stores.engine.begin() as connection:
        connection.execute(
            update(jobs_table)
            .where(jobs_table.c.id == job_id)
            .values(lease_expires_at="2000-01-01T00:00:00.000000+00:00")
        )


def test_transition_table() -> None:
    assert FINISHED == {JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED}
    assert set(TRANSITIONS) == set(JobState)
    assert can_transition(JobState.QUEUED, JobState.RUNNING)
    assert can_transition(JobState.QUEUED, JobState.CANCELLED)
    assert not can_transition(JobState.QUEUED, JobState.SUCCEEDED)
    assert can_transition(JobState.RUNNING, JobState.QUEUED)  # a lost worker
    for final in FINISHED:
        assert not any(can_transition(final, state) for state in JobState)
        with pytest.raises(JobStateError):
            check_transition(final, JobState.QUEUED)


def test_create_get_list_log(queue: JobStore) -> None:
    job = queue.create(SPEC, ALICE, max_attempts=2)
    assert job.state is JobState.QUEUED and job.attempts == 0 and job.max_attempts == 2
    assert job.spec == SPEC and job.owner_name == "alice" and job.progress == 0.0
    other = queue.create(SPEC, Principal("t-bob", "bob", Role.SURVEYOR))
    assert queue.get(job.id) == job
    assert [j.id for j in queue.list_jobs()] == [other.id, job.id]
    assert [j.id for j in queue.list_jobs("t-alice")] == [job.id]
    assert queue.log(job.id)[0].endswith("queued by alice")
    with pytest.raises(NotFoundError):
        queue.get("nope")
    with pytest.raises(NotFoundError):
        queue.log("nope")


def test_claim_report_finish(queue: JobStore) -> None:
    first = queue.create(SPEC, ALICE)
    second = queue.create(SPEC, ALICE)
    claimed = queue.claim("w1", 30)
    assert claimed is not None and claimed.id == first.id  # oldest first
    assert claimed.state is JobState.RUNNING and claimed.attempts == 1
    assert claimed.worker_id == "w1" and claimed.lease_expires_at and claimed.started_at
    assert queue.report(first.id, "w1", "tiles", 3, 4) is False
    now = queue.get(first.id)
    assert (now.step, now.items_done, now.items_total, now.progress) == ("tiles", 3, 4, 0.75)
    with pytest.raises(LeaseLostError):
        queue.report(first.id, "w2", "tiles", 4, 4)
    done = queue.finish(first.id, "w1", JobState.SUCCEEDED, version_id="v1")
    assert done.state is JobState.SUCCEEDED and done.version_id == "v1" and done.finished_at
    assert done.progress == 1.0
    with pytest.raises(LeaseLostError):
        queue.finish(first.id, "w1", JobState.FAILED, error="late")
    claimed = queue.claim("w1", 30)
    assert claimed is not None and claimed.id == second.id
    failed = queue.finish(second.id, "w1", JobState.FAILED, error="bad CRS")
    assert failed.state is JobState.FAILED and failed.error == "bad CRS"
    assert queue.claim("w1", 30) is None
    assert queue.log(second.id)[-1].endswith("failed: bad CRS")


def test_renew_and_expiry_requeue_then_fail(stores: Stores, queue: JobStore) -> None:
    job = queue.create(SPEC, ALICE, max_attempts=2)
    claimed = queue.claim("w1", 30)
    assert claimed is not None
    renewed = queue.renew(job.id, "w1", 60)
    assert renewed.lease_expires_at is not None and claimed.lease_expires_at is not None
    assert renewed.lease_expires_at > claimed.lease_expires_at
    assert queue.reap_expired() == []  # a live lease
    _expire(stores, job.id)
    [reaped] = queue.reap_expired()
    assert reaped.state is JobState.QUEUED and reaped.worker_id is None
    with pytest.raises(LeaseLostError):  # the old worker comes back too late
        queue.renew(job.id, "w1", 30)
    again = queue.claim("w2", 30)
    assert again is not None and again.attempts == 2 and again.worker_id == "w2"
    _expire(stores, job.id)
    [failed] = queue.reap_expired()
    assert failed.state is JobState.FAILED and failed.finished_at
    assert failed.error is not None and "worker lost 2 times" in failed.error
    assert queue.claim("w3", 30) is None


def test_requeue_after_a_dead_child(queue: JobStore) -> None:
    job = queue.create(SPEC, ALICE, max_attempts=1)
    assert queue.claim("w1", 30) is not None
    # A worker stopping on purpose does not use up an attempt.
    stopped = queue.requeue(job.id, "w1", "worker stopped", charge=False)
    assert stopped.state is JobState.QUEUED and stopped.attempts == 0
    assert queue.claim("w1", 30) is not None
    lost = queue.requeue(job.id, "w1", "job process died (signal 9)")
    assert lost.state is JobState.FAILED
    assert lost.error == "worker lost 1 times (job process died (signal 9)); giving up"


def test_cancel_rules(stores: Stores, queue: JobStore) -> None:
    queued = queue.create(SPEC, ALICE)
    running = queue.create(SPEC, ALICE)
    assert queue.cancel(queued.id, by="alice").state is JobState.CANCELLED
    assert queue.claim("w1", 30) is not None  # `running`: the cancelled one is skipped
    asked = queue.cancel(running.id)
    assert asked.state is JobState.RUNNING and asked.cancel_requested
    assert queue.report(running.id, "w1", "tiles", 1, 2) is True
    assert queue.finish(running.id, "w1", JobState.CANCELLED).state is JobState.CANCELLED
    with pytest.raises(JobStateError):
        queue.cancel(running.id)
    # A cancel asked of a job whose worker then dies ends it cancelled, not queued again.
    third = queue.create(SPEC, ALICE)
    assert queue.claim("w1", 30) is not None
    queue.cancel(third.id)
    _expire(stores, third.id)
    [reaped] = queue.reap_expired()
    assert reaped.state is JobState.CANCELLED


def test_two_claimers_never_share_a_job(settings: Settings, queue: JobStore) -> None:
    created = {queue.create(SPEC, ALICE).id for _ in range(24)}
    claims: dict[str, list[str]] = {}
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def claimer(name: str) -> None:
        try:
            with open_stores(settings) as own:  # an engine (and connections) of its own
                start.wait()
                mine = claims.setdefault(name, [])
                while (job := own.jobs.claim(name, 30)) is not None:
                    mine.append(job.id)
                    time.sleep(0.001)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=claimer, args=(f"w{i}",)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    every = [job_id for ids in claims.values() for job_id in ids]
    assert sorted(every) == sorted(created)  # each job once, none twice
    assert all(queue.get(j).attempts == 1 for j in created)
