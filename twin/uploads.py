"""The store behind the tus uploads: one folder per upload, its bytes and a JSON info file.

    uploads/{id}/data        the bytes received so far
    uploads/{id}/info.json   length, offset, metadata, state, expiry (replaced atomically)

Why not a library: tuspyserver 4.4.3 appends every PATCH to the end of the file ("ab") while the
offset is saved only after the request, so a server killed mid-PATCH leaves bytes past the saved
offset and the resumed upload is silently corrupt; it has no checksum extension, holds a
blocking flock inside the event loop and refuses HEAD without a `filename` in the metadata.
fastapi-tusd 0.100.2 (last release 2024) advertises checksums it never verifies, writes
Upload-Expires as ISO 8601 instead of an RFC 7231 date and lacks locking. The protocol is small
enough to own.

Restart safety: a PATCH starts by truncating the data file to the saved offset, and the offset
is saved only once the bytes before it are written; a killed server loses at most the bytes of
the PATCH in flight after its last checkpoint, and the client resumes from HEAD's offset.
Upload ids are ``secrets.token_hex(16)``; the client's file name is metadata, never a path.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import secrets
import shutil
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from twin.errors import (
    ChecksumMismatchError,
    ConflictError,
    GoneError,
    NotFoundError,
    TooLargeError,
)

if TYPE_CHECKING:
    from twin.settings import Settings

ID_PATTERN = re.compile(r"[0-9a-f]{32}")
DATA_FILE = "data"
INFO_FILE = "info.json"
# Without a checksum to honour, a long PATCH saves its offset every so many bytes, so a killed
# server loses at most this much of it (tus-js-client sends a whole file in one PATCH).
CHECKPOINT_BYTES = 64 * 1024**2
# A folder without info.json (a creation killed half way) is removed after this long.
ORPHAN_SECONDS = 3600.0
CHECKSUM_ALGORITHMS = {"sha1": hashlib.sha1, "md5": hashlib.md5, "sha256": hashlib.sha256}


class UploadState(StrEnum):
    """Where an upload is: still receiving, all bytes in and sniffed, or refused by the sniff."""

    RECEIVING = "receiving"
    COMPLETE = "complete"
    REJECTED = "rejected"


class StreamInterrupted(Exception):
    """The client went away in the middle of a PATCH body (raised by the body iterator)."""


@dataclass
class UploadInfo:
    """What info.json holds. Times are Unix seconds."""

    id: str
    length: int
    offset: int = 0
    metadata: dict[str, str] = field(default_factory=dict)
    created: float = 0.0
    expires: float = 0.0
    state: UploadState = UploadState.RECEIVING
    kind: str | None = None
    facts: dict[str, Any] = field(default_factory=dict)
    problem: dict[str, Any] | None = None
    owner: str | None = None  # the id of the token that created it

    @property
    def filename(self) -> str:
        """The client's name for the file (metadata only; a safe default when it sent none)."""
        name = self.metadata.get("filename") or self.metadata.get("name") or ""
        return name.replace("\\", "/").rsplit("/", 1)[-1] or f"upload-{self.id[:8]}"

    @property
    def complete(self) -> bool:
        """All bytes received."""
        return self.offset == self.length


@dataclass(frozen=True)
class Checksum:
    """An Upload-Checksum header: the algorithm and the expected digest."""

    algorithm: str
    digest: bytes


class UploadStore:
    """The uploads of a data folder."""

    def __init__(self, root: Path, *, expiry_seconds: float) -> None:
        self.root = root
        self.expiry_seconds = expiry_seconds
        self._last_sweep = 0.0

    def _folder(self, upload_id: str) -> Path:
        if ID_PATTERN.fullmatch(upload_id) is None:
            raise NotFoundError(f"no upload {upload_id!r}")
        return self.root / upload_id

    def data_path(self, upload_id: str) -> Path:
        """The file holding the bytes of ``upload_id``."""
        return self._folder(upload_id) / DATA_FILE

    def create(self, length: int, metadata: dict[str, str], owner: str | None = None) -> UploadInfo:
        """A new, empty upload of ``length`` bytes, created by the token ``owner``."""
        now = time.time()
        info = UploadInfo(
            id=secrets.token_hex(16),
            length=length,
            metadata=metadata,
            created=now,
            expires=now + self.expiry_seconds,
            owner=owner,
        )
        folder = self._folder(info.id)
        folder.mkdir(parents=True)
        (folder / DATA_FILE).touch()
        self._save(info)  # last: a folder with info.json always has its data file
        return info

    def load(self, upload_id: str) -> UploadInfo:
        """The saved info of ``upload_id``, whatever its state.

        Raises:
            NotFoundError: no such upload (or a malformed id).
        """
        try:
            raw = json.loads((self._folder(upload_id) / INFO_FILE).read_text())
        except (FileNotFoundError, NotADirectoryError):
            raise NotFoundError(f"no upload {upload_id!r}") from None
        raw["state"] = UploadState(raw["state"])
        return UploadInfo(**raw)

    def get(self, upload_id: str) -> UploadInfo:
        """The info of an upload whose bytes are still there.

        Raises:
            NotFoundError: no such upload.
            GoneError: expired (not yet swept) or rejected by the early checks.
        """
        info = self.load(upload_id)
        if info.expires < time.time():
            raise GoneError(f"upload {upload_id} expired")
        if info.state is UploadState.REJECTED:
            raise GoneError(f"upload {upload_id} was rejected: its bytes are removed")
        return info

    def _save(self, info: UploadInfo) -> None:
        # Write then rename: a concurrent HEAD reads the old or the new info, never half.
        folder = self._folder(info.id)
        temp = folder / f".{INFO_FILE}.{os.getpid()}-{secrets.token_hex(4)}"
        temp.write_text(json.dumps(asdict(info)))
        os.replace(temp, folder / INFO_FILE)

    @contextlib.contextmanager
    def _locked(self, upload_id: str) -> Iterator[int]:
        # flock on the data file: per open file, so it excludes a second PATCH in this process
        # as well as in another worker; the kernel drops it when a killed server's fd closes.
        try:
            fd = os.open(self.data_path(upload_id), os.O_WRONLY)
        except FileNotFoundError:
            raise NotFoundError(f"no upload {upload_id!r}") from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise ConflictError(
                    f"upload {upload_id} is being written by another request"
                ) from None
            yield fd
        finally:
            os.close(fd)

    async def append(
        self,
        upload_id: str,
        offset: int,
        chunks: AsyncIterator[bytes],
        *,
        checksum: Checksum | None = None,
        declared: int | None = None,
    ) -> UploadInfo:
        """Write the bytes of one PATCH at ``offset`` and return the updated info.

        Args:
            upload_id: the upload.
            offset: the client's Upload-Offset; must equal the saved offset.
            chunks: the request body, in the pieces the server received.
            checksum: the digest the body must have; on a mismatch nothing is kept.
            declared: the body's Content-Length when known, checked before anything is read.

        Raises:
            ConflictError: the offset differs, the upload is complete or another PATCH holds it.
            TooLargeError: the body would run past Upload-Length (nothing of it is kept).
            ChecksumMismatchError: the body's digest differs (nothing of it is kept).
            StreamInterrupted: the client left; without a checksum what arrived is kept.
        """
        with self._locked(upload_id) as fd:
            info = self.get(upload_id)  # re-read under the lock: another PATCH may have moved it
            if info.offset != offset:
                raise ConflictError(f"Upload-Offset {offset} differs from the offset {info.offset}")
            if info.state is not UploadState.RECEIVING:
                raise ConflictError(f"upload {upload_id} is already complete")
            if declared is not None and offset + declared > info.length:
                raise TooLargeError(f"the body would end past Upload-Length {info.length}")
            # Bytes past the saved offset were written by a request that never saved them
            # (a server killed mid-PATCH): the client resends them, so they go.
            os.ftruncate(fd, offset)
            os.lseek(fd, offset, os.SEEK_SET)
            digest = CHECKSUM_ALGORITHMS[checksum.algorithm]() if checksum else None
            written = offset
            saved = offset
            try:
                async for chunk in chunks:
                    if written + len(chunk) > info.length:
                        raise TooLargeError(f"the body runs past Upload-Length {info.length}")
                    _write_all(fd, chunk)
                    written += len(chunk)
                    if digest is not None:
                        digest.update(chunk)
                    elif written - saved >= CHECKPOINT_BYTES:
                        saved = written
                        self._commit(info, written)
            except StreamInterrupted:
                if digest is None:
                    self._commit(info, written)  # keep what arrived, per the tus core
                else:
                    os.ftruncate(fd, offset)
                raise
            except TooLargeError:
                os.ftruncate(fd, offset)
                self._commit(info, offset)
                raise
            if checksum is not None and digest is not None and digest.digest() != checksum.digest:
                os.ftruncate(fd, offset)
                raise ChecksumMismatchError(
                    f"the {checksum.algorithm} of the {written - offset} bytes sent differs from "
                    "Upload-Checksum; they were discarded"
                )
            self._commit(info, written)
            return info

    def _commit(self, info: UploadInfo, offset: int) -> None:
        info.offset = offset
        info.expires = time.time() + self.expiry_seconds  # an active upload does not expire
        self._save(info)

    def finish(self, info: UploadInfo, kind: str, facts: dict[str, Any]) -> UploadInfo:
        """Record that the early checks took the complete upload as ``kind``."""
        info.state, info.kind, info.facts = UploadState.COMPLETE, kind, facts
        self._save(info)
        return info

    def reject(self, info: UploadInfo, problem: dict[str, Any]) -> UploadInfo:
        """Record why the early checks refused the upload and remove its bytes."""
        info.state, info.problem = UploadState.REJECTED, problem
        self._save(info)
        self.data_path(info.id).unlink(missing_ok=True)
        return info

    def delete(self, upload_id: str) -> None:
        """Remove an upload (tus termination).

        Raises:
            NotFoundError: no such upload.
            ConflictError: a PATCH is writing it.
        """
        self.load(upload_id)
        with contextlib.suppress(NotFoundError), self._locked(upload_id):
            pass  # only to see that no PATCH holds it; a rejected upload has no data file
        shutil.rmtree(self._folder(upload_id), ignore_errors=True)

    def sweep(self, *, now: float | None = None, every: float = 0.0) -> int:
        """Remove expired uploads and half-created folders; returns how many.

        Args:
            now: the time to judge by (tests); the clock by default.
            every: skip the sweep when the last one ran less than this many seconds ago.
        """
        now = time.time() if now is None else now
        if now - self._last_sweep < every or not self.root.is_dir():
            return 0
        self._last_sweep = now
        removed = 0
        for folder in self.root.iterdir():
            if not ID_PATTERN.fullmatch(folder.name):
                continue
            try:
                expires = float(json.loads((folder / INFO_FILE).read_text())["expires"])
            except FileNotFoundError:
                expires = folder.stat().st_mtime + ORPHAN_SECONDS
            except (OSError, ValueError, KeyError):
                continue  # unreadable info: leave it to an operator rather than guess
            if expires < now:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        return removed


def _write_all(fd: int, chunk: bytes) -> None:
    view = memoryview(chunk)
    while view:
        view = view[os.write(fd, view) :]


def upload_store(settings: Settings) -> UploadStore:
    """The upload store of ``settings`` (its folder and expiry)."""
    return UploadStore(settings.uploads_dir, expiry_seconds=settings.upload_expiry_hours * 3600.0)
