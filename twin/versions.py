"""Layer versions: content-addressed objects, journals of parallel writers, sealed manifests.

A layer folder holds each distinct file once, by content hash, and one manifest per version::

    layers/{layer}/objects/{sha[:2]}/{sha}        the bytes, written once and never changed
    layers/{layer}/versions/{id}/manifest.json    key -> sha256 and size: a published version
    layers/{layer}/.staging/{id}/                 a version being written (journals, owner)

Writing is safe from many processes at once, on one machine or on several sharing the data
folder: `VersionWriter` pickles to (data folder, layer, version id); each process appends one
journal line per file to its own ``journal-{host}-{pid}.jsonl``; `VersionWriter.end` in the
process that began the version merges the journals into the manifest. Nothing in ``.staging``
is ever served, so a killed writer leaves the published versions exactly as they were.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import secrets
import shutil
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Literal, NotRequired, TypedDict

from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.objects import (
    TEMP_PREFIX,
    FileEntry,
    copy_stream,
    object_path,
    process_exists,
    remove_dead_temporaries,
    store_object,
    temp_object,
    verify_objects,
)
from twin.paths import layer_dir, split_relpath
from twin.storage import local_data_dir

logger = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
VERSIONS_DIR = "versions"
STAGING_DIR = ".staging"
OWNER_NAME = "owner.json"
JOURNAL_PREFIX = "journal-"
# A staging area whose writer runs on another machine cannot be checked for life; it is
# considered dead when nothing in it changed for this long.
STALE_AFTER_S = 24 * 3600.0
_VERSION_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")


class Manifest(TypedDict):
    """The manifest.json of a version.

    ``layout`` is "objects" (content in the layer's object store); manifests written before it
    existed have none and keep their files in the version folder itself ("folder").
    """

    version: str
    files: dict[str, FileEntry]
    layout: NotRequired[Literal["objects", "folder"]]


def new_version_id() -> str:
    """A new version id that sorts by creation time, e.g. ``20261125T094512123456Z-3f2a1c``."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{secrets.token_hex(3)}"


def check_version_id(version_id: str) -> str:
    """Return ``version_id`` if it can name a folder: 1-100 of ``A-Za-z0-9._-``, not dot-first.

    Raises:
        InvalidRequestError: any other id.
    """
    if (
        not 0 < len(version_id) <= 100
        or version_id.startswith(".")
        or not set(version_id) <= _VERSION_ID_CHARS
    ):
        raise InvalidRequestError(f"invalid version id {version_id!r}")
    return version_id


def version_folder(data_dir: Path, layer: str, version_id: str) -> Path:
    """The folder of a published version's manifest."""
    return layer_dir(data_dir, layer) / VERSIONS_DIR / check_version_id(version_id)


class VersionWriter:
    """Writes one version of a layer: objects by content hash, one journal line per file.

    Begin it in one process, hand it (pickled) to any number of worker processes, write from
    all of them, and seal it with `end` in the process that began it. As a context manager,
    leaving the block with an exception aborts the version.

    >>> with VersionWriter.begin(data_dir, "delft") as writer:          # doctest: +SKIP
    ...     writer.write_json("tileset.json", tileset)
    ...     pool.map(write_tile, [(writer, tile) for tile in tiles])
    ...     staged = writer.end()
    """

    def __init__(self, data_dir: str | Path, layer: str, version_id: str) -> None:
        """Attach to version ``version_id`` of ``layer`` (staged by `begin`, maybe elsewhere).

        Args:
            data_dir: the data folder as the process that began the version named it; resolved
                through `twin.storage.local_data_dir` (``TWIN_WORKER_DATA_DIR``).
            layer: the layer name.
            version_id: the version being written.
        """
        self._sender_data_dir = str(data_dir)
        self.layer = layer
        self.version_id = check_version_id(version_id)
        self.data_dir = local_data_dir(self._sender_data_dir)
        self.layer_folder = layer_dir(self.data_dir, layer)
        self.staging = self.layer_folder / STAGING_DIR / version_id
        self._journal: IO[str] | None = None
        self._journal_pid = 0
        self._sealed = False

    @classmethod
    def begin(cls, data_dir: Path, layer: str, version_id: str | None = None) -> VersionWriter:
        """Start a new version of ``layer`` in the data folder ``data_dir``.

        Staging areas of writers that died (a killed process) are removed first.

        Raises:
            InvalidRequestError: a bad layer name or version id.
            ConflictError: the version id is being written or was published already.
        """
        writer = cls(Path(data_dir).absolute(), layer, version_id or new_version_id())
        remove_stale_staging(writer.layer_folder)
        if version_folder(writer.data_dir, layer, writer.version_id).exists():
            raise ConflictError(f"layer {layer!r} already has version {writer.version_id!r}")
        writer.staging.parent.mkdir(parents=True, exist_ok=True)
        try:
            writer.staging.mkdir()
        except FileExistsError:
            raise ConflictError(
                f"version {writer.version_id!r} of {layer!r} is being written already"
            ) from None
        owner = {"host": socket.gethostname(), "pid": os.getpid(), "started": time.time()}
        (writer.staging / OWNER_NAME).write_text(json.dumps(owner))
        return writer

    # -- pickling: only where the version is, never open files -------------------------------

    def __getstate__(self) -> dict[str, Any]:
        """The writer as three strings: data folder, layer, version id."""
        return {"data_dir": self._sender_data_dir, "layer": self.layer, "id": self.version_id}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Attach to the same version in this process (resolving this machine's mount)."""
        self.__init__(state["data_dir"], state["layer"], state["id"])  # type: ignore[misc]

    # -- writing ----------------------------------------------------------------------------

    def _check_key(self, key: str) -> None:
        if self._sealed:
            raise InvalidRequestError("the version is already sealed")
        try:
            split_relpath(key)
        except NotFoundError:
            raise InvalidRequestError(f"invalid file name {key!r} in a version") from None

    def _record(self, key: str, entry: FileEntry) -> None:
        # One journal per process (pid checked so a forked child never shares its parent's
        # handle); each line is flushed, so a killed process loses at most its last write.
        if self._journal is None or self._journal_pid != os.getpid():
            if not self.staging.is_dir():
                raise NotFoundError(f"version {self.version_id!r} of {self.layer!r} is not staged")
            name = f"{JOURNAL_PREFIX}{socket.gethostname()}-{os.getpid()}.jsonl"
            self._journal = (self.staging / name).open("a", encoding="utf-8")
            self._journal_pid = os.getpid()
        line = json.dumps({"key": key, "sha256": entry["sha256"], "size": entry["size"]})
        self._journal.write(line + "\n")
        self._journal.flush()

    def write(self, key: str, data: bytes) -> FileEntry:
        """Store ``data`` as file ``key`` (a ``/``-separated relative path) of the version.

        Raises:
            InvalidRequestError: an unsafe key, or the version is sealed.
        """
        self._check_key(key)
        entry = FileEntry(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        target = object_path(self.layer_folder, entry["sha256"])
        if not (target.is_file() and target.stat().st_size == entry["size"]):
            temp = temp_object(self.layer_folder)
            temp.write_bytes(data)
            store_object(self.layer_folder, temp, entry)
        else:
            os.utime(target)
        self._record(key, entry)
        return entry

    def write_json(self, key: str, doc: Any) -> FileEntry:
        """Store ``doc`` as compact UTF-8 JSON (no NaN) under ``key``."""
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return self.write(key, text.encode("utf-8"))

    def add_file(self, key: str, source: Path) -> FileEntry:
        """Copy the file ``source`` in as file ``key``, hashing it while copying."""
        self._check_key(key)
        temp = temp_object(self.layer_folder)
        try:
            with source.open("rb") as src, temp.open("wb") as dst:
                entry = copy_stream(src, dst)
            store_object(self.layer_folder, temp, entry)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._record(key, entry)
        return entry

    def add_folder(self, source_dir: Path) -> int:
        """Copy every file under ``source_dir``, keeping relative paths; returns how many.

        Raises:
            InvalidRequestError: the folder holds a symlink, a special file or no file at all.
        """
        count = 0
        for path in sorted(source_dir.rglob("*")):
            key = path.relative_to(source_dir).as_posix()
            if path.is_symlink() or not (path.is_dir() or path.is_file()):
                raise InvalidRequestError(f"{key}: only regular files can be published")
            if path.is_file():
                self.add_file(key, path)
                count += 1
        if count == 0:
            raise InvalidRequestError(f"nothing to publish in {source_dir.name!r}")
        return count

    # -- sealing ----------------------------------------------------------------------------

    def _close_journal(self) -> None:
        if self._journal is not None and self._journal_pid == os.getpid():
            self._journal.close()
        self._journal = None

    def end(self) -> StagedVersion:
        """Merge every process's journal into the manifest; returns the sealed, staged version.

        Call it in the process that began the version, after every worker has finished.

        Raises:
            ConflictError: one key was written with two different contents.
            InvalidRequestError: nothing was written.
        """
        self._close_journal()
        remove_dead_temporaries(self.layer_folder)
        files = _merge_journals(self.staging)
        if not files:
            raise InvalidRequestError(f"nothing was written to version {self.version_id!r}")
        manifest = Manifest(version=self.version_id, layout="objects", files=files)
        temp = self.staging / f"{TEMP_PREFIX}{MANIFEST_NAME}"
        temp.write_text(json.dumps(manifest, separators=(",", ":")))
        os.replace(temp, self.staging / MANIFEST_NAME)
        self._sealed = True
        return StagedVersion(self.data_dir, self.layer, self.version_id, manifest)

    def abort(self) -> None:
        """Drop the staging area; objects already written stay until `collect_garbage`."""
        self._close_journal()
        shutil.rmtree(self.staging, ignore_errors=True)
        remove_dead_temporaries(self.layer_folder)

    def __enter__(self) -> VersionWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.abort()
        else:
            self._close_journal()


def _merge_journals(staging: Path) -> dict[str, FileEntry]:
    files: dict[str, FileEntry] = {}
    for journal in sorted(staging.glob(f"{JOURNAL_PREFIX}*.jsonl")):
        text = journal.read_text(encoding="utf-8")
        lines = text.split("\n")
        if lines[-1]:
            # A process killed mid-line: that write never returned, so its key is not in it.
            logger.warning("%s: ignoring an unfinished last line", journal.name)
        for line in lines[:-1]:
            record = json.loads(line)
            entry = FileEntry(sha256=record["sha256"], size=record["size"])
            known = files.setdefault(record["key"], entry)
            if known != entry:
                raise ConflictError(f"{record['key']}: written twice with different content")
    return dict(sorted(files.items()))


@dataclass(frozen=True)
class StagedVersion:
    """A sealed version: its manifest in the staging area, its content in the object store."""

    data_dir: Path
    layer: str
    version_id: str
    manifest: Manifest

    @property
    def path(self) -> Path:
        """The staging area holding the sealed manifest."""
        return layer_dir(self.data_dir, self.layer) / STAGING_DIR / self.version_id

    def locate(self, key: str) -> Path:
        """The object path of file ``key``.

        Raises:
            NotFoundError: not in the manifest.
        """
        entry = self.manifest["files"].get(key)
        if entry is None:
            raise NotFoundError(f"no such file: {key!r}")
        return object_path(layer_dir(self.data_dir, self.layer), entry["sha256"])

    def verify(self) -> None:
        """Check every object of the manifest is stored with its size (no second hashing).

        Raises:
            InvalidRequestError: an object is missing or truncated.
        """
        verify_objects(layer_dir(self.data_dir, self.layer), self.manifest["files"])

    def discard(self) -> None:
        """Remove the staging area (the manifest; objects stay until garbage collection)."""
        shutil.rmtree(self.path, ignore_errors=True)


def install_manifest(staged: StagedVersion) -> Path:
    """Write the manifest of ``staged`` to its version folder, appearing all at once.

    Returns:
        The version folder, ``layers/{layer}/versions/{id}``.

    Raises:
        ConflictError: that version folder exists already.
    """
    final = version_folder(staged.data_dir, staged.layer, staged.version_id)
    final.parent.mkdir(parents=True, exist_ok=True)
    temp = final.parent / f"{TEMP_PREFIX}{staged.version_id}-{secrets.token_hex(4)}"
    temp.mkdir()
    try:
        (temp / MANIFEST_NAME).write_text(json.dumps(staged.manifest, separators=(",", ":")))
        # rename(2) of a folder onto an existing non-empty folder fails, so two publishers of
        # one id cannot both win.
        os.rename(temp, final)
    except OSError as exc:
        shutil.rmtree(temp, ignore_errors=True)
        if exc.errno in (errno.EEXIST, errno.ENOTEMPTY):
            raise ConflictError(
                f"layer {staged.layer!r} already has version {staged.version_id!r}"
            ) from exc
        raise
    return final


def remove_stale_staging(layer_folder: Path, *, now: float | None = None) -> list[str]:
    """Remove the staging areas of writers that are gone; returns their version ids.

    A writer is gone when it ran on this host and its process no longer exists, or when nothing
    in its staging area changed for `STALE_AFTER_S` (a writer on another machine).
    """
    root = layer_folder / STAGING_DIR
    if not root.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for staging in sorted(root.iterdir()):
        if _is_stale(staging, now):
            shutil.rmtree(staging, ignore_errors=True)
            removed.append(staging.name)
    if removed:
        logger.info("removed stale staging areas of %s: %s", layer_folder.name, removed)
    return removed


def _is_stale(staging: Path, now: float) -> bool:
    try:
        owner = json.loads((staging / OWNER_NAME).read_text())
        if owner["host"] == socket.gethostname() and not process_exists(int(owner["pid"])):
            return True
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no readable owner (a begin cut short): judged by age alone
    try:
        changed = max(p.stat().st_mtime for p in [staging, *staging.iterdir()])
    except OSError:
        return False  # removed meanwhile by another cleaner
    return now - changed > STALE_AFTER_S
