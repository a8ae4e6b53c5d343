"""`twin worker`: claim jobs from the queue in the stores and run each in a child process.

The worker (the parent) claims a job under a lease, starts a fresh child process (spawn) for the
attempt, renews the lease while the child runs and records how the attempt ended. The child
resolves the job's ``upload:ID`` inputs, runs it through `ingest_survey.worker.run_and_publish`
(a new version, switched to atomically; nothing served changes when it fails) and streams its
progress, at most once per ``job_progress_seconds``, into the store, whose answer tells it
whether a cancel was requested: it then raises from the progress callback and the job ends
cancelled.

If the child dies (killed, out of memory) the attempt is lost: the job is queued again, or
failed once it has used ``job_max_attempts``. If the worker itself dies, its child dies with it
(PR_SET_PDEATHSIG) and the job's lease runs out; the next worker to poll reaps it the same way.
Each job's scratch files live in ``data_dir/work/job-{id}``, removed after every attempt and
before the next one (an attempt killed before it could clean up).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import secrets
import shutil
import signal
import socket
import time
import traceback
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import FrameType
from typing import Any

from twin.errors import TwinError
from twin.jobs import (
    Job,
    JobState,
    LeaseLostError,
    UploadResolver,
    upload_reference,
    upload_resolver,
)
from twin.settings import Settings
from twin.store import JobStore, Stores, open_stores
from twin.versions import remove_stale_staging

logger = logging.getLogger(__name__)

WORK_DIR = "work"
# How long a child may take to stop after a cancel it did not notice (no progress reported),
# in leases, before it is killed.
CANCEL_GRACE_LEASES = 1.0
_PR_SET_PDEATHSIG = 1


def job_work_dir(data_dir: Path, job_id: str) -> Path:
    """The scratch folder of a job's attempts (inputs linked in, pipeline work)."""
    return data_dir / WORK_DIR / f"job-{job_id}"


def new_worker_id() -> str:
    """host:pid:random, so a log line tells which machine and process ran an attempt."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


class JobCancelled(Exception):
    """Raised from the progress callback when a cancel was requested: the pipeline stops."""


class Worker:
    """Claims and runs jobs, one at a time, each attempt in a fresh child process."""

    def __init__(self, settings: Settings, stores: Stores, worker_id: str | None = None) -> None:
        """Work on ``stores``' queue with ``settings`` (lease, poll and progress intervals)."""
        self.settings = settings
        self.stores = stores
        self.worker_id = worker_id or new_worker_id()
        self._stopping = False
        self._cancel_seen: float | None = None

    @property
    def jobs(self) -> JobStore:
        """The queue."""
        return self.stores.jobs

    def stop(self) -> None:
        """Finish soon: the running attempt is stopped and its job queued again (not charged)."""
        self._stopping = True

    def run(self, *, once: bool = False, poll: float | None = None) -> int:
        """Run jobs until stopped (``once``: until the queue is empty); how many were run."""
        interval = self.settings.job_poll_seconds if poll is None else poll
        done = 0
        while not self._stopping:
            try:
                job = self.run_next()
            except LeaseLostError:
                continue  # claimed meanwhile by another worker (cannot happen, but harmless)
            except Exception:  # noqa: BLE001 - a database blip must not end the worker
                logger.exception("worker %s: the queue could not be read", self.worker_id)
                job = None
                if once:
                    raise
            if job is not None:
                done += 1
                continue
            if once:
                break
            deadline = time.monotonic() + interval
            while not self._stopping and (left := deadline - time.monotonic()) > 0:
                time.sleep(min(0.2, left))
        return done

    def run_next(self) -> Job | None:
        """Reap expired leases, claim the oldest queued job and run it; the job as it ended, or
        None when nothing was queued."""
        for reaped in self.jobs.reap_expired():
            logger.warning("job %s: its worker was lost; now %s", reaped.id, reaped.state)
            if reaped.finished:
                self._clean(reaped)
        job = self.jobs.claim(self.worker_id, self.settings.job_lease_seconds)
        if job is None:
            return None
        logger.info("job %s (%s %s): attempt %d", job.id, job.kind, job.layer, job.attempts)
        return self._attempt(job)

    def _clean(self, job: Job) -> None:
        shutil.rmtree(job_work_dir(self.settings.data_dir, job.id), ignore_errors=True)
        if job.layer:
            with contextlib.suppress(OSError):
                remove_stale_staging(self.settings.layers_dir / job.layer)

    def _attempt(self, job: Job) -> Job:
        self._clean(job)  # what an earlier attempt, killed, left behind
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(
            target=_child_main,
            args=(self.settings.model_dump(), job.id, self.worker_id, os.getpid(), sender),
            name=f"twin-job-{job.id}",
        )
        child.start()
        sender.close()
        try:
            outcome = self._watch(job, child, receiver)
        finally:
            if child.is_alive():
                child.kill()
            child.join()
            receiver.close()
            self._clean(job)
        return self._record(job, outcome, child.exitcode)

    def _watch(
        self, job: Job, child: multiprocessing.process.BaseProcess, receiver: Connection
    ) -> dict[str, Any] | None:
        renew_every = self.settings.job_renew_seconds
        next_renew = time.monotonic() + renew_every
        self._cancel_seen = None
        waiting: list[Any] = [receiver, child.sentinel]
        while not self._stopping:
            ready = wait(waiting, timeout=max(0.0, min(0.5, next_renew - time.monotonic())))
            if receiver in ready:
                waiting.remove(receiver)
                outcome = _receive(receiver)
                if outcome is not None:
                    child.join(timeout=self.settings.job_lease_seconds)
                    return outcome
            if child.sentinel in ready:
                child.join()
                return _receive(receiver) if receiver in waiting else None
            if time.monotonic() >= next_renew:
                next_renew = time.monotonic() + renew_every
                verdict = self._renew(job)
                if verdict is not None:
                    return verdict
        return {"state": "stopped"}

    def _renew(self, job: Job) -> dict[str, Any] | None:
        """Renew the lease; an outcome when the attempt must end now."""
        lease = self.settings.job_lease_seconds
        try:
            current = self.jobs.renew(job.id, self.worker_id, lease)
        except LeaseLostError:
            logger.warning("job %s: lease lost; stopping the attempt", job.id)
            return {"state": "lost-lease"}
        except Exception:  # noqa: BLE001 - retried at the next renewal
            logger.exception("job %s: the lease could not be renewed", job.id)
            return None
        if current.cancel_requested:
            self._cancel_seen = self._cancel_seen or time.monotonic()
            if time.monotonic() - self._cancel_seen > CANCEL_GRACE_LEASES * lease:
                self.jobs.append_log(job.id, "the attempt did not stop; killed")
                return {"state": "cancelled"}
        return None

    def _record(self, job: Job, outcome: dict[str, Any] | None, exitcode: int | None) -> Job:
        outcome = outcome or {}
        state = outcome.get("state")
        try:
            if state == "succeeded":
                return self.jobs.finish(
                    job.id, self.worker_id, JobState.SUCCEEDED, version_id=outcome.get("version")
                )
            if state == "failed":
                error = str(outcome.get("error") or "the job failed")
                return self.jobs.finish(job.id, self.worker_id, JobState.FAILED, error=error)
            if state == "cancelled":
                return self.jobs.finish(job.id, self.worker_id, JobState.CANCELLED)
            if state == "lost-lease":
                return self.jobs.get(job.id)
            if state == "stopped":
                return self.jobs.requeue(job.id, self.worker_id, "worker stopped", charge=False)
            how = f"signal {-exitcode}" if exitcode and exitcode < 0 else f"exit code {exitcode}"
            return self.jobs.requeue(job.id, self.worker_id, f"job process died ({how})")
        except LeaseLostError:
            logger.warning("job %s went on without worker %s", job.id, self.worker_id)
            return self.jobs.get(job.id)


def _receive(receiver: Connection) -> dict[str, Any] | None:
    """The child's outcome, or None when it died without sending one."""
    try:
        if receiver.poll():
            outcome: dict[str, Any] = receiver.recv()
            return outcome
    except (EOFError, OSError):
        pass
    return None


# ---- the child: one attempt ------------------------------------------------------------------


def _die_with_parent(parent_pid: int) -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the progress callback checks instead
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


class _Reporter:
    """The job's progress callback: throttled writes to the store, cancel and parent checks."""

    def __init__(self, jobs: JobStore, job: Job, worker_id: str, every: float, parent: int):
        self.jobs, self.job, self.worker_id = jobs, job, worker_id
        self.every, self.parent = every, parent
        self.step: str | None = None
        self.last = 0.0

    def __call__(self, step: str, done: int, total: int | None) -> None:
        if os.getppid() != self.parent:
            os._exit(1)  # the worker is gone; its lease runs out and the job runs again
        now = time.monotonic()
        new_step = step != self.step
        if not new_step and now - self.last < self.every:
            return
        if new_step:
            self.step = step
            self.jobs.append_log(self.job.id, f"step: {step}")
        self.last = now
        if self.jobs.report(self.job.id, self.worker_id, step, done, total):
            raise JobCancelled(f"job {self.job.id} was cancelled")


class _LogHandler(logging.Handler):
    """Warnings of the pipeline's loggers (and `warnings.warn`) into the job's log."""

    def __init__(self, jobs: JobStore, job_id: str) -> None:
        super().__init__(logging.WARNING)
        self.jobs, self.job_id = jobs, job_id

    def emit(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(Exception):
            self.jobs.append_log(self.job_id, f"{record.levelname.lower()}: {record.getMessage()}")


def _link_uploads(
    spec: dict[str, Any], resolver: UploadResolver, folder: Path
) -> tuple[dict[str, Any], dict[str, str]]:
    """The spec with every ``upload:ID`` replaced by a local file under its client's name;
    and local path -> client name, to keep server paths out of messages."""
    names: dict[str, str] = {}

    def local(value: Any) -> Any:
        if isinstance(value, list):
            return [local(v) for v in value]
        upload_id = upload_reference(value) if isinstance(value, str) else None
        if upload_id is None:
            return value
        upload = resolver.resolve(upload_id)
        target = folder / upload_id / upload.filename
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(upload.path, target)
            except OSError:
                target.symlink_to(upload.path.resolve())
        names[str(target)] = upload.filename
        return str(target)

    resolved = dict(spec)
    resolved["inputs"] = local(spec.get("inputs", []))
    options = dict(spec.get("options") or {})
    for key, value in options.items():
        options[key] = local(value)
    resolved["options"] = options
    return resolved, names


def _public(message: str, names: dict[str, str], data_dir: Path) -> str:
    for path, name in names.items():
        message = message.replace(path, name)
    return message.replace(str(data_dir.resolve()), "DATA").replace(str(data_dir), "DATA")


def _child_main(
    settings_data: dict[str, Any],
    job_id: str,
    worker_id: str,
    parent_pid: int,
    sender: Connection,
) -> None:
    """One attempt of one job, in a fresh process; sends how it ended to the worker."""
    _die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the worker decides when to stop
    settings = Settings(**settings_data)
    with open_stores(settings) as stores:
        outcome = run_attempt(settings, stores, stores.jobs.get(job_id), worker_id, parent_pid)
    sender.send(outcome)
    sender.close()


def _run_entities(spec: Any, stores: Stores, job: Job, reporter: Any) -> dict[str, Any]:
    from ingest_survey.entities import run_entities_job

    # One step, reported before the import: progress written during it would wait for the
    # import's own write transaction on SQLite (one writer at a time).
    reporter("import entities", 0, 1)
    for report in run_entities_job(spec, stores.entities):
        counts = ", ".join(f"{n} {kind}" for kind, n in report.counts.items())
        stores.jobs.append_log(
            job.id, f"{report.entity_class} {report.month} (by {report.matched_by}): {counts}"
        )
    return {"state": "succeeded"}


def run_attempt(
    settings: Settings, stores: Stores, job: Job, worker_id: str, parent_pid: int
) -> dict[str, Any]:
    """Run ``job`` once into a new version of its layer; ``{"state": ..., ...}``."""
    from ingest_survey.convert.executor import open_executor
    from ingest_survey.errors import IngestError
    from ingest_survey.job_specs import parse_spec
    from ingest_survey.worker import run_and_publish
    from tiling.errors import TilingError
    from twin.storage import DataRef

    handler = _LogHandler(stores.jobs, job.id)
    root = logging.getLogger()
    root.addHandler(handler)
    logging.captureWarnings(True)
    work = job_work_dir(settings.data_dir, job.id)
    names: dict[str, str] = {}
    try:
        data, names = _link_uploads(job.spec, upload_resolver(settings), work / "inputs")
        spec = parse_spec(data)
        reporter = _Reporter(stores.jobs, job, worker_id, settings.job_progress_seconds, parent_pid)
        if spec.kind == "entities":  # a delivery into the entity store: no layer is published
            return _run_entities(spec, stores, job, reporter)
        with open_executor(settings.dask_scheduler, settings.job_task_workers) as executor:
            version = run_and_publish(
                spec,
                settings,
                stores=stores,
                executor=executor,
                meta={"job": job.id},
                on_progress=reporter,
                work=DataRef.to(settings.data_dir, work / "run"),
            )
        return {"state": "succeeded", "version": version.version_id}
    except JobCancelled:
        return {"state": "cancelled"}
    except LeaseLostError:
        return {"state": "lost-lease"}
    except (IngestError, TilingError, TwinError) as exc:
        return {"state": "failed", "error": _public(str(exc), names, settings.data_dir)}
    except Exception as exc:  # noqa: BLE001 - any failure ends the attempt, and says why
        stores.jobs.append_log(job.id, traceback.format_exc(limit=8))
        message = f"{type(exc).__name__}: {exc}"
        return {"state": "failed", "error": _public(message, names, settings.data_dir)}
    finally:
        root.removeHandler(handler)


def serve_forever(settings: Settings, *, once: bool = False, poll: float | None = None) -> int:
    """`twin worker`: open the stores and run jobs; SIGTERM/SIGINT stop it cleanly."""
    with open_stores(settings) as stores:
        worker = Worker(settings, stores)

        def stop(signum: int, frame: FrameType | None) -> None:
            worker.stop()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        logger.info("worker %s polling %s", worker.worker_id, settings.data_dir)
        return worker.run(once=once, poll=poll)
