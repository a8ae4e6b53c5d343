"""Jobs as records: their states and allowed transitions (as data), and where upload inputs live.

A job is queued by the API (``POST /api/jobs``), claimed by a worker (``twin worker``), runs in
a child process of that worker and ends succeeded (a new version of its layer published),
failed or cancelled. The queue is in the stores (`twin.store.JobStore`); this module holds no
I/O but the upload resolver's file reads.

States follow OGC API - Processes (pygeoapi's job statuses)::

    queued --claim--> running --> succeeded | failed | cancelled
       |                 |
       +--cancel--> cancelled   +--worker lost, attempts left--> queued
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from twin.errors import ConflictError, GoneError, NotFoundError
from twin.uploads import UploadState, UploadStore, upload_store

if TYPE_CHECKING:
    from twin.settings import Settings

UPLOAD_PREFIX = "upload:"
LAYER_PREFIX = "layer:"


class JobState(StrEnum):
    """Where a job is (OGC API - Processes status codes, minus 'dismissed')."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


# The one table of allowed state changes; every store write goes through `check_transition`.
TRANSITIONS: dict[JobState, frozenset[JobState]] = {
    JobState.QUEUED: frozenset({JobState.RUNNING, JobState.CANCELLED}),
    JobState.RUNNING: frozenset(
        {JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED, JobState.QUEUED}
    ),
    JobState.SUCCEEDED: frozenset(),
    JobState.FAILED: frozenset(),
    JobState.CANCELLED: frozenset(),
}
FINISHED = frozenset(state for state, nexts in TRANSITIONS.items() if not nexts)


class JobStateError(ConflictError):
    """A state change the transition table does not allow (409)."""


class LeaseLostError(ConflictError):
    """The worker no longer holds the job: its lease expired and the job went on without it."""


def can_transition(current: JobState, new: JobState) -> bool:
    """Whether a job in ``current`` may move to ``new``."""
    return new in TRANSITIONS[current]


def check_transition(current: JobState, new: JobState, job_id: str = "") -> None:
    """Raise JobStateError unless ``current`` -> ``new`` is allowed."""
    if not can_transition(current, new):
        which = f"job {job_id} " if job_id else "a job "
        raise JobStateError(f"{which}is {current}; it cannot become {new}")


@dataclass(frozen=True)
class Job:
    """One job as the store holds it (timestamps ISO 8601 UTC text, like every store)."""

    id: str
    kind: str
    layer: str | None
    spec: dict[str, Any]  # the spec as queued, inputs as upload:ID / layer:NAME references
    owner_id: str  # the token that created it
    owner_name: str
    state: JobState
    created_at: str
    step: str | None = None
    items_done: int = 0
    items_total: int | None = None
    started_at: str | None = None
    finished_at: str | None = None
    error: str | None = None
    attempts: int = 0
    max_attempts: int = 3
    version_id: str | None = None
    cancel_requested: bool = False
    worker_id: str | None = None
    lease_expires_at: str | None = None

    @property
    def progress(self) -> float | None:
        """Done as a fraction 0-1 of the current step (1 once succeeded; None when unknown)."""
        if self.state is JobState.SUCCEEDED:
            return 1.0
        if not self.items_total:
            return 0.0 if self.state is JobState.QUEUED else None
        return max(0.0, min(1.0, self.items_done / self.items_total))

    @property
    def finished(self) -> bool:
        """Whether the job reached a final state."""
        return self.state in FINISHED


# ---- upload inputs ---------------------------------------------------------------------------


class UnknownUploadError(NotFoundError):
    """No completed upload with this id (404); ``field`` names the spec field when known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class ResolvedUpload:
    """A completed upload: the local file holding its bytes and the client's name for it."""

    path: Path
    filename: str
    owner: str | None = None  # the id of the token that uploaded it


class UploadResolver(Protocol):
    """Upload id -> its completed file (what jobs read ``upload:ID`` inputs from)."""

    def resolve(self, upload_id: str) -> ResolvedUpload:
        """The completed upload; raises UnknownUploadError (a NotFoundError) naming the id."""
        ...


_UPLOAD_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class StoredUploadResolver:
    """Uploads as the tus endpoint keeps them (`twin.uploads.UploadStore`): only complete ones,
    whose early checks passed, resolve."""

    def __init__(self, store: UploadStore) -> None:
        """Resolve through ``store``."""
        self.store = store

    def resolve(self, upload_id: str) -> ResolvedUpload:
        """The completed upload ``upload_id``; raises UnknownUploadError."""
        try:
            info = self.store.get(upload_id)
        except (NotFoundError, GoneError) as exc:
            raise UnknownUploadError(str(exc)) from None
        if info.state is not UploadState.COMPLETE:
            raise UnknownUploadError(f"upload {upload_id!r} is not complete")
        return ResolvedUpload(self.store.data_path(upload_id), info.filename, info.owner)


def upload_resolver(settings: Settings) -> UploadResolver:
    """The resolver the API and the workers use: the upload store of ``settings``.

    The one place to swap in another upload store.
    """
    return StoredUploadResolver(upload_store(settings))


def upload_reference(value: str) -> str | None:
    """The upload id of an ``upload:ID`` input, else None."""
    return value[len(UPLOAD_PREFIX) :] if value.startswith(UPLOAD_PREFIX) else None


__all__ = [
    "FINISHED",
    "TRANSITIONS",
    "Job",
    "JobState",
    "JobStateError",
    "LeaseLostError",
    "ResolvedUpload",
    "StoredUploadResolver",
    "UnknownUploadError",
    "UploadResolver",
    "can_transition",
    "check_transition",
    "upload_reference",
    "upload_resolver",
]
