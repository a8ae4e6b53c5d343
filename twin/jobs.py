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

import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from twin.errors import ConflictError, NotFoundError

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


class UploadResolver(Protocol):
    """Upload id -> its completed file (what jobs read ``upload:ID`` inputs from)."""

    def resolve(self, upload_id: str) -> ResolvedUpload:
        """The completed upload; raises UnknownUploadError (a NotFoundError) naming the id."""
        ...


_UPLOAD_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class FolderUploadResolver:
    """Uploads as the tus endpoint stores them: ``{root}/{id}/data`` with ``info.json``
    (``offset``, ``length``, ``metadata.filename``, ``state``).

    A plain file ``{root}/{id}`` (no info) is taken as complete and named by its id.
    """

    def __init__(self, root: Path) -> None:
        """Read uploads under ``root`` (usually ``data_dir/uploads``)."""
        self.root = root

    def resolve(self, upload_id: str) -> ResolvedUpload:
        """The completed upload ``upload_id``; raises UnknownUploadError."""
        if not _UPLOAD_ID.fullmatch(upload_id):
            raise UnknownUploadError(f"no upload {upload_id!r}")
        entry = self.root / upload_id
        if entry.is_file():
            return ResolvedUpload(entry, upload_id)
        data, info_file = entry / "data", entry / "info.json"
        if not data.is_file():
            raise UnknownUploadError(f"no upload {upload_id!r}")
        info: dict[str, Any] = {}
        if info_file.is_file():
            try:
                info = json.loads(info_file.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise UnknownUploadError(f"upload {upload_id!r} cannot be read") from exc
        state = info.get("state", "complete")
        length, offset = info.get("length"), info.get("offset", info.get("length"))
        if state != "complete" or (length is not None and offset != length):
            raise UnknownUploadError(f"upload {upload_id!r} is not complete")
        metadata = info.get("metadata") or {}
        name = str(metadata.get("filename") or metadata.get("name") or "")
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
        if name in ("", ".", ".."):
            name = f"upload-{upload_id[:8]}"
        return ResolvedUpload(data, name)


def upload_resolver(data_dir: Path) -> UploadResolver:
    """The resolver the API and the workers use: the uploads under ``data_dir/uploads``.

    The one place to swap in another upload store.
    """
    return FolderUploadResolver(data_dir / "uploads")


def upload_reference(value: str) -> str | None:
    """The upload id of an ``upload:ID`` input, else None."""
    return value[len(UPLOAD_PREFIX) :] if value.startswith(UPLOAD_PREFIX) else None


__all__ = [
    "FINISHED",
    "TRANSITIONS",
    "FolderUploadResolver",
    "Job",
    "JobState",
    "JobStateError",
    "LeaseLostError",
    "ResolvedUpload",
    "UnknownUploadError",
    "UploadResolver",
    "can_transition",
    "check_transition",
    "upload_reference",
    "upload_resolver",
]
