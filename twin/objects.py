"""The object store of a layer: each distinct file once, named by the sha256 of its bytes.

    layers/{layer}/objects/{sha[:2]}/{sha}

An object is written under a temporary name that names its host and process, then renamed:
a reader sees no object or the whole object, and a killed writer leaves only a temporary file
that `remove_dead_temporaries` (or garbage collection, for other hosts) removes.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
from collections.abc import Mapping
from pathlib import Path
from typing import IO, BinaryIO, TypedDict

from twin.errors import InvalidRequestError, NotFoundError

OBJECTS_DIR = "objects"
TEMP_PREFIX = ".tmp-"
_CHUNK = 1 << 20
_SHA_CHARS = frozenset("0123456789abcdef")


class FileEntry(TypedDict):
    """One file of a version: its hash and size in bytes."""

    sha256: str
    size: int


def sha256_file(path: Path) -> str:
    """The hex sha256 of the file at ``path``."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def object_path(layer_folder: Path, sha256: str) -> Path:
    """Where the object with hash ``sha256`` lives in ``layer_folder``.

    Raises:
        NotFoundError: ``sha256`` is not 64 lowercase hex digits (a damaged manifest).
    """
    if len(sha256) != 64 or not set(sha256) <= _SHA_CHARS:
        raise NotFoundError(f"no object {sha256!r}")
    return layer_folder / OBJECTS_DIR / sha256[:2] / sha256


def store_object(layer_folder: Path, temp: Path, entry: FileEntry) -> None:
    """Move the finished temporary file ``temp`` to its object path."""
    # os.replace is atomic: a reader sees no object or the whole object, never part of one.
    # An object already there with its size is kept (same hash, same bytes); its mtime is
    # refreshed so a concurrent garbage collection's grace period keeps it.
    target = object_path(layer_folder, entry["sha256"])
    try:
        if target.stat().st_size == entry["size"]:
            temp.unlink()
            os.utime(target)
            return
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(temp, target)


def temp_object(layer_folder: Path) -> Path:
    """A new temporary name in the object store, naming this host and process."""
    folder = layer_folder / OBJECTS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{TEMP_PREFIX}{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(6)}"


def remove_dead_temporaries(layer_folder: Path) -> int:
    """Remove temporary objects whose writer, a process on this host, is gone; returns how many.

    A worker killed while writing an object leaves its partial bytes under a temporary name
    (never under a hash); those of other hosts go by age in `twin.garbage.collect_garbage`.
    """
    prefix = f"{TEMP_PREFIX}{socket.gethostname()}-"
    removed = 0
    for temp in (layer_folder / OBJECTS_DIR).glob(f"{prefix}*"):
        pid = temp.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and not process_exists(int(pid)):
            temp.unlink(missing_ok=True)
            removed += 1
    return removed


def copy_stream(source: BinaryIO, target: IO[bytes]) -> FileEntry:
    """Copy ``source`` to ``target``; returns the hash and size of the bytes copied."""
    # Hash while copying: one read of the source, and the hash describes the bytes written.
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(_CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return FileEntry(sha256=digest.hexdigest(), size=size)


def verify_objects(layer_folder: Path, files: Mapping[str, FileEntry]) -> None:
    """Check every file's object is stored with its size (the hash was taken while writing).

    Raises:
        InvalidRequestError: an object is missing or truncated.
    """
    for key, entry in files.items():
        try:
            size = object_path(layer_folder, entry["sha256"]).stat().st_size
        except (OSError, NotFoundError):
            size = -1
        if size != entry["size"]:
            raise InvalidRequestError(f"{key}: missing or truncated in the object store")


def process_exists(pid: int) -> bool:
    """Whether a process ``pid`` runs on this host."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, under another user
    return True
