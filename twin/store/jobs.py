"""The job queue over SQLAlchemy Core (`twin.store.JobStore`), for SQLite and PostgreSQL.

Claiming takes the oldest queued job. On PostgreSQL the candidate row is locked with
``SELECT ... FOR UPDATE SKIP LOCKED``, so concurrent claimers each get a different job without
waiting for one another; on SQLite the write transaction starts with ``BEGIN IMMEDIATE``
(`write_transaction`), which serialises claimers (the clause is left out there). A claimed job
carries a lease (worker id + expiry) its worker renews; `reap_expired` puts a job whose lease
ran out back in the queue, or fails it once it has used its attempts. Every state change is
checked against `twin.jobs.TRANSITIONS`.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Row, insert, select, update

from twin.auth import Principal
from twin.errors import NotFoundError
from twin.jobs import Job, JobState, LeaseLostError, check_transition
from twin.model import utc_now
from twin.store.database import write_transaction
from twin.store.tables import job_log, jobs

MAX_LOG_LINE = 2000


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _later(seconds: float) -> str:
    return _iso(datetime.now(UTC) + timedelta(seconds=seconds))


def _job(row: Row[Any]) -> Job:
    return Job(
        id=row.id,
        kind=row.kind,
        layer=row.layer,
        spec=json.loads(row.spec),
        owner_id=row.owner_id,
        owner_name=row.owner_name,
        state=JobState(row.state),
        created_at=row.created_at,
        step=row.step,
        items_done=row.items_done,
        items_total=row.items_total,
        started_at=row.started_at,
        finished_at=row.finished_at,
        error=row.error,
        attempts=row.attempts,
        max_attempts=row.max_attempts,
        version_id=row.version_id,
        cancel_requested=bool(row.cancel_requested),
        worker_id=row.worker_id,
        lease_expires_at=row.lease_expires_at,
    )


class SqlJobStore:
    """Jobs in the twin database; each call is one short transaction on a pooled connection."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema `twin.store.database.migrate` brought up to date."""
        self._engine = engine

    # ---- the API's side -----------------------------------------------------------------

    def create(self, spec: dict[str, Any], owner: Principal, *, max_attempts: int = 3) -> Job:
        """Queue a job for ``spec`` (a validated spec as JSON data), owned by ``owner``."""
        now = utc_now()
        job_id = secrets.token_hex(8)
        with write_transaction(self._engine) as connection:
            connection.execute(
                insert(jobs).values(
                    id=job_id,
                    kind=str(spec.get("kind", "")),
                    layer=spec.get("layer"),
                    spec=json.dumps(spec, sort_keys=True),
                    owner_id=owner.token_id,
                    owner_name=owner.name,
                    state=str(JobState.QUEUED),
                    created_at=now,
                    max_attempts=max(1, max_attempts),
                )
            )
            _log(connection, job_id, f"queued by {owner.name}")
            return self._get(connection, job_id)

    def get(self, job_id: str) -> Job:
        """One job; raises NotFoundError."""
        with self._engine.connect() as connection:
            return self._get(connection, job_id)

    def _get(self, connection: Connection, job_id: str, *, lock: bool = False) -> Job:
        query = select(jobs).where(jobs.c.id == job_id)
        if lock:
            query = query.with_for_update()
        row = connection.execute(query).first()
        if row is None:
            raise NotFoundError(f"no job {job_id!r}")
        return _job(row)

    def list_jobs(self, owner_id: str | None = None) -> list[Job]:
        """Jobs, newest first; only those of the token ``owner_id`` when given."""
        query = select(jobs).order_by(jobs.c.created_at.desc(), jobs.c.id)
        if owner_id is not None:
            query = query.where(jobs.c.owner_id == owner_id)
        with self._engine.connect() as connection:
            return [_job(row) for row in connection.execute(query)]

    def cancel(self, job_id: str, by: str = "") -> Job:
        """Cancel: a queued job at once; a running one is asked to stop (its worker ends it
        cancelled at its next progress report). Raises JobStateError when it has finished."""
        with write_transaction(self._engine) as connection:
            job = self._get(connection, job_id, lock=True)
            check_transition(job.state, JobState.CANCELLED, job_id)
            who = f" by {by}" if by else ""
            if job.state is JobState.QUEUED:
                self._set_state(connection, job, JobState.CANCELLED, finished_at=utc_now())
                _log(connection, job_id, f"cancelled{who}")
            elif not job.cancel_requested:
                connection.execute(
                    update(jobs).where(jobs.c.id == job_id).values(cancel_requested=True)
                )
                _log(connection, job_id, f"cancel requested{who}")
            return self._get(connection, job_id)

    def log(self, job_id: str) -> list[str]:
        """The job's log lines, oldest first (``TIMESTAMP line``); raises NotFoundError."""
        query = (
            select(job_log.c.at, job_log.c.line)
            .where(job_log.c.job_id == job_id)
            .order_by(job_log.c.id)
        )
        with self._engine.connect() as connection:
            self._get(connection, job_id)
            return [f"{row.at} {row.line}" for row in connection.execute(query)]

    # ---- the workers' side --------------------------------------------------------------

    def claim(self, worker_id: str, lease_seconds: float) -> Job | None:
        """Take the oldest queued job for ``worker_id``: running, one more attempt, a lease of
        ``lease_seconds``. None when the queue is empty."""
        if not self._any(jobs.c.state == str(JobState.QUEUED)):
            return None  # an idle poll stays a read: no write lock taken
        with write_transaction(self._engine) as connection:
            query = (
                select(jobs)
                .where(jobs.c.state == str(JobState.QUEUED))
                .order_by(jobs.c.created_at, jobs.c.id)
                .limit(1)
            )
            if connection.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            row = connection.execute(query).first()
            if row is None:
                return None
            job = _job(row)
            now = utc_now()
            self._set_state(
                connection,
                job,
                JobState.RUNNING,
                attempts=job.attempts + 1,
                started_at=now,
                worker_id=worker_id,
                lease_expires_at=_later(lease_seconds),
                step=None,
                items_done=0,
                items_total=None,
            )
            _log(connection, job.id, f"attempt {job.attempts + 1} claimed by worker {worker_id}")
            return self._get(connection, job.id)

    def renew(self, job_id: str, worker_id: str, lease_seconds: float) -> Job:
        """Extend the lease ``worker_id`` holds; the job as it is now (see cancel_requested).

        Raises:
            LeaseLostError: the job is no longer running under this worker.
        """
        with write_transaction(self._engine) as connection:
            self._owned(connection, job_id, worker_id, lease_expires_at=_later(lease_seconds))
            return self._get(connection, job_id)

    def report(self, job_id: str, worker_id: str, step: str, done: int, total: int | None) -> bool:
        """Record progress; whether cancelling was requested. Raises LeaseLostError."""
        with write_transaction(self._engine) as connection:
            self._owned(connection, job_id, worker_id, step=step, items_done=done,
                        items_total=total)  # fmt: skip
            flag = connection.execute(
                select(jobs.c.cancel_requested).where(jobs.c.id == job_id)
            ).scalar()
            return bool(flag)

    def append_log(self, job_id: str, line: str) -> None:
        """Add a line to the job's log."""
        with write_transaction(self._engine) as connection:
            _log(connection, job_id, line)

    def finish(
        self,
        job_id: str,
        worker_id: str,
        state: JobState,
        *,
        error: str | None = None,
        version_id: str | None = None,
    ) -> Job:
        """End the attempt ``worker_id`` runs as succeeded, failed or cancelled.

        Raises:
            LeaseLostError: the job is no longer running under this worker.
            JobStateError: ``state`` is not a final state reachable from running.
        """
        with write_transaction(self._engine) as connection:
            job = self._get(connection, job_id, lock=True)
            if job.state is not JobState.RUNNING or job.worker_id != worker_id:
                raise LeaseLostError(f"job {job_id} is no longer run by worker {worker_id}")
            if state is JobState.QUEUED:
                raise LeaseLostError("use requeue to run a job again")
            self._set_state(
                connection,
                job,
                state,
                finished_at=utc_now(),
                error=error,
                version_id=version_id,
                lease_expires_at=None,
                **({"items_done": job.items_total or 1, "items_total": job.items_total or 1}
                   if state is JobState.SUCCEEDED else {}),
            )  # fmt: skip
            line = {
                JobState.SUCCEEDED: f"succeeded: published version {version_id}",
                JobState.CANCELLED: "cancelled",
            }.get(state, f"failed: {error}")
            _log(connection, job_id, line)
            return self._get(connection, job_id)

    def requeue(self, job_id: str, worker_id: str, reason: str, *, charge: bool = True) -> Job:
        """The attempt ``worker_id`` ran was lost (its process died): queue the job again, or
        fail it when its attempts are used up (a cancel requested meanwhile: cancelled).
        ``charge=False`` (a worker stopping on purpose) does not count the attempt.

        Raises:
            LeaseLostError: the job is no longer running under this worker.
        """
        with write_transaction(self._engine) as connection:
            job = self._get(connection, job_id, lock=True)
            if job.state is not JobState.RUNNING or job.worker_id != worker_id:
                raise LeaseLostError(f"job {job_id} is no longer run by worker {worker_id}")
            self._lost(connection, job, reason, charge=charge)
            return self._get(connection, job_id)

    def reap_expired(self) -> list[Job]:
        """Running jobs whose lease expired (their worker is gone): each queued again, or failed
        after its last attempt; returns them as they are now."""
        now = utc_now()
        expired_lease = (jobs.c.state == str(JobState.RUNNING)) & (jobs.c.lease_expires_at < now)
        if not self._any(expired_lease):
            return []
        with write_transaction(self._engine) as connection:
            query = select(jobs).where(expired_lease)
            if connection.dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            expired = [_job(row) for row in connection.execute(query)]
            for job in expired:
                self._lost(connection, job, f"worker {job.worker_id} stopped renewing its lease")
            return [self._get(connection, job.id) for job in expired]

    # ---- shared -------------------------------------------------------------------------

    def _any(self, where: ColumnElement[bool]) -> bool:
        with self._engine.connect() as connection:
            return connection.execute(select(jobs.c.id).where(where).limit(1)).first() is not None

    def _lost(self, connection: Connection, job: Job, reason: str, *, charge: bool = True) -> None:
        _log(connection, job.id, f"attempt {job.attempts} lost: {reason}")
        if not charge:
            self._set_state(connection, job, JobState.QUEUED, worker_id=None,
                            lease_expires_at=None, started_at=None,
                            attempts=job.attempts - 1)  # fmt: skip
            _log(connection, job.id, "queued again")
            return
        if job.cancel_requested:
            self._set_state(connection, job, JobState.CANCELLED, finished_at=utc_now(),
                            lease_expires_at=None)  # fmt: skip
            _log(connection, job.id, "cancelled")
        elif job.attempts >= job.max_attempts:
            error = f"worker lost {job.attempts} times ({reason}); giving up"
            self._set_state(connection, job, JobState.FAILED, finished_at=utc_now(),
                            error=error, lease_expires_at=None)  # fmt: skip
            _log(connection, job.id, f"failed: {error}")
        else:
            self._set_state(connection, job, JobState.QUEUED, worker_id=None,
                            lease_expires_at=None, started_at=None)  # fmt: skip
            _log(connection, job.id, "queued again")

    def _set_state(self, connection: Connection, job: Job, state: JobState, **values: Any) -> None:
        check_transition(job.state, state, job.id)
        result = connection.execute(
            update(jobs)
            .where(jobs.c.id == job.id, jobs.c.state == str(job.state))
            .values(state=str(state), **values)
        )
        if result.rowcount != 1:  # changed under us (cannot happen under the row lock)
            raise LeaseLostError(f"job {job.id} changed meanwhile")

    def _owned(self, connection: Connection, job_id: str, worker_id: str, **values: Any) -> None:
        result = connection.execute(
            update(jobs)
            .where(
                jobs.c.id == job_id,
                jobs.c.worker_id == worker_id,
                jobs.c.state == str(JobState.RUNNING),
            )
            .values(**values)
        )
        if result.rowcount != 1:
            raise LeaseLostError(f"job {job_id} is no longer run by worker {worker_id}")


def _log(connection: Connection, job_id: str, line: str) -> None:
    line = line if len(line) <= MAX_LOG_LINE else line[: MAX_LOG_LINE - 1] + "…"
    connection.execute(insert(job_log).values(job_id=job_id, at=utc_now(), line=line))
