"""Version folders: a staged folder of files plus a manifest of their sha256 hashes."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, TypedDict

from twin.errors import InvalidRequestError, NotFoundError
from twin.paths import STAGING_PREFIX, safe_resolve, split_relpath

MANIFEST_NAME = "manifest.json"
_CHUNK = 1 << 20


class FileEntry(TypedDict):
    """One file of a version: its hash and size in bytes."""

    sha256: str
    size: int


class Manifest(TypedDict):
    """The manifest.json of a version folder."""

    version: str
    files: dict[str, FileEntry]


def new_version_id() -> str:
    """A new version id that sorts by creation time, e.g. ``20261125T094512123456Z-3f2a1c``."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S%fZ}-{secrets.token_hex(3)}"


def sha256_file(path: Path) -> str:
    """The hex sha256 of the file at ``path``."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_stream(source: BinaryIO, target: BinaryIO) -> FileEntry:
    # Hash while copying: one read of the source, and the hash describes the bytes written.
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(_CHUNK):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return FileEntry(sha256=digest.hexdigest(), size=size)


class VersionWriter:
    """Writes one version into a hidden staging folder, then seals it with a manifest.

    Use as a context manager: leaving the block with an exception removes the staging folder.

    >>> with VersionWriter.begin(layer_folder) as writer:          # doctest: +SKIP
    ...     writer.add("tileset.json", b"{}")
    ...     staged = writer.end()
    """

    def __init__(self, staging: Path, version_id: str) -> None:
        """Write into ``staging`` (created; must not exist) for version ``version_id``."""
        self.staging = staging
        self.version_id = version_id
        self.files: dict[str, FileEntry] = {}
        self._sealed = False
        staging.mkdir(parents=True)

    @classmethod
    def begin(cls, layer_folder: Path, version_id: str | None = None) -> VersionWriter:
        """Start a version in ``layer_folder/.staging-{version_id}``."""
        version_id = version_id or new_version_id()
        return cls(layer_folder / f"{STAGING_PREFIX}{version_id}", version_id)

    def _target(self, key: str) -> Path:
        parts = split_relpath(key)
        if parts == (MANIFEST_NAME,):
            raise InvalidRequestError(f"{MANIFEST_NAME} is reserved for the version manifest")
        if self._sealed:
            raise InvalidRequestError("the version is already sealed")
        target = self.staging.joinpath(*parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        return target

    def add(self, key: str, data: bytes) -> FileEntry:
        """Write ``data`` as file ``key`` (a ``/``-separated relative path)."""
        target = self._target(key)
        target.write_bytes(data)
        entry = FileEntry(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        self.files[key] = entry
        return entry

    def add_file(self, key: str, source: Path) -> FileEntry:
        """Copy the file ``source`` as file ``key``."""
        target = self._target(key)
        with source.open("rb") as src, target.open("wb") as dst:
            entry = _copy_stream(src, dst)
        self.files[key] = entry
        return entry

    def add_folder(self, source_dir: Path) -> None:
        """Copy every file under ``source_dir``, keeping relative paths.

        Raises:
            InvalidRequestError: the folder holds a symlink, a special file or no file at all.
        """
        for path in sorted(source_dir.rglob("*")):
            key = path.relative_to(source_dir).as_posix()
            if path.is_symlink() or not (path.is_dir() or path.is_file()):
                raise InvalidRequestError(f"{key}: only regular files can be published")
            if path.is_file():
                self.add_file(key, path)
        if not self.files:
            raise InvalidRequestError(f"nothing to publish in {source_dir.name!r}")

    def end(self) -> StagedVersion:
        """Write manifest.json and return the sealed, still staged, version."""
        manifest = Manifest(version=self.version_id, files=dict(sorted(self.files.items())))
        (self.staging / MANIFEST_NAME).write_text(json.dumps(manifest, indent=1))
        self._sealed = True
        return StagedVersion(path=self.staging, version_id=self.version_id, manifest=manifest)

    def abort(self) -> None:
        """Remove the staging folder and everything in it."""
        shutil.rmtree(self.staging, ignore_errors=True)

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


@dataclass(frozen=True)
class StagedVersion:
    """A sealed version folder and its manifest."""

    path: Path
    version_id: str
    manifest: Manifest

    def verify(self, *, hashes: bool = False) -> None:
        """Check every manifest file is on disk with its size (and, optionally, hash).

        Raises:
            InvalidRequestError: a file is missing or differs.
        """
        for key, entry in self.manifest["files"].items():
            path = self.path.joinpath(*split_relpath(key))
            if not path.is_file() or path.stat().st_size != entry["size"]:
                raise InvalidRequestError(f"{key}: missing or truncated in version folder")
            if hashes and sha256_file(path) != entry["sha256"]:
                raise InvalidRequestError(f"{key}: content differs from its manifest hash")

    def move_to(self, final: Path) -> StagedVersion:
        """Rename the folder to ``final`` (atomic: same file system); returns the moved version."""
        os.rename(self.path, final)
        return StagedVersion(path=final, version_id=self.version_id, manifest=self.manifest)


def read_manifest(folder: Path) -> Manifest:
    """Read ``folder/manifest.json``.

    Raises:
        NotFoundError: the folder or its manifest is missing or unreadable.
    """
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text())
    except (OSError, ValueError) as exc:
        raise NotFoundError(f"version folder {folder.name!r} has no readable manifest") from exc
    return Manifest(version=data["version"], files=data["files"])


class VersionReader:
    """Read access to one published version folder: only files listed in its manifest."""

    def __init__(self, folder: Path, manifest: Manifest | None = None) -> None:
        """Open the version at ``folder``, reading its manifest once unless one is given."""
        self.folder = folder
        self.manifest = manifest if manifest is not None else read_manifest(folder)

    def locate(self, key: str) -> tuple[Path, FileEntry]:
        """The path and manifest entry of file ``key``.

        Raises:
            NotFoundError: not in the manifest, or a path that leaves the folder.
        """
        path = safe_resolve(self.folder, key)
        entry = self.manifest["files"].get(key)
        if entry is None or not path.is_file():
            raise NotFoundError(f"no such file: {key!r}")
        return path, entry
