"""Reading a published version: its manifest, and only the files the manifest lists.

What the server, rollback and jobs that read ``layer:NAME`` use; writing is `twin.versions`.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
from pathlib import Path

from twin.errors import InvalidRequestError, NotFoundError
from twin.model import LayerVersion
from twin.objects import FileEntry, object_path, verify_objects
from twin.paths import layer_dir, safe_resolve, split_relpath
from twin.versions import MANIFEST_NAME, Manifest

# Replaced (a new inode) whenever a layer's current version changes, by whichever process changed
# it: servers compare its identity instead of asking the catalog on every request.
CURRENT_MARKER = ".current"


def mark_current_changed(data_dir: Path, layer: str, version_id: str) -> None:
    """Tell every server process sharing ``data_dir`` that ``layer`` serves another version."""
    folder = layer_dir(data_dir, layer)
    temp = folder / f"{CURRENT_MARKER}.{secrets.token_hex(4)}"
    temp.write_text(version_id)
    os.replace(temp, folder / CURRENT_MARKER)


def current_marker(data_dir: Path, layer: str) -> tuple[int, int] | None:
    """The identity of ``layer``'s marker (inode, mtime); None when there is none."""
    try:
        found = (layer_dir(data_dir, layer) / CURRENT_MARKER).stat()
    except OSError:
        return None
    return found.st_ino, found.st_mtime_ns


def read_manifest(folder: Path) -> Manifest:
    """Read ``folder/manifest.json``.

    Raises:
        NotFoundError: the folder or its manifest is missing or unreadable.
    """
    try:
        data = json.loads((folder / MANIFEST_NAME).read_text())
        manifest = Manifest(version=data["version"], files=data["files"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise NotFoundError(f"version folder {folder.name!r} has no readable manifest") from exc
    manifest["layout"] = "objects" if data.get("layout") == "objects" else "folder"
    return manifest


class VersionReader:
    """Read access to one published version: only the files its manifest lists."""

    def __init__(self, layer_folder: Path, folder: Path, manifest: Manifest | None = None) -> None:
        """Open the version whose manifest is in ``folder``, of the layer in ``layer_folder``."""
        self.layer_folder = layer_folder
        self.folder = folder
        self.manifest = manifest if manifest is not None else read_manifest(folder)

    @classmethod
    def open(cls, data_dir: Path, version: LayerVersion) -> VersionReader:
        """The reader of a catalog ``version``, reading its manifest once.

        Raises:
            NotFoundError: the version folder or its manifest is gone.
        """
        return cls(layer_dir(data_dir, version.layer), data_dir / version.path)

    def locate(self, key: str) -> tuple[Path, FileEntry]:
        """The path and manifest entry of file ``key``.

        Raises:
            NotFoundError: not in the manifest, not a regular file, or a path that escapes.
        """
        split_relpath(key)
        entry = self.manifest["files"].get(key)
        if entry is None:
            raise NotFoundError(f"no such file: {key!r}")
        if self.manifest.get("layout") != "objects":
            # Versions published before the object store keep a copy of each file.
            path = safe_resolve(self.folder, key)
            if not path.is_file():
                raise NotFoundError(f"no such file: {key!r}")
            return path, entry
        path = object_path(self.layer_folder, entry["sha256"])
        try:
            mode = path.lstat().st_mode  # lstat: a symlink planted in the store is refused
        except OSError:
            raise NotFoundError(f"no such file: {key!r}") from None
        if not stat.S_ISREG(mode):
            raise NotFoundError(f"no such file: {key!r}")
        return path, entry

    def read_bytes(self, key: str) -> bytes:
        """The content of file ``key`` (see `locate`)."""
        return self.locate(key)[0].read_bytes()

    def verify(self) -> None:
        """Check every file of the manifest is there with its size.

        Raises:
            InvalidRequestError: a file is missing or truncated.
        """
        if self.manifest.get("layout") == "objects":
            verify_objects(self.layer_folder, self.manifest["files"])
            return
        for key, entry in self.manifest["files"].items():
            path = self.folder.joinpath(*split_relpath(key))
            if not path.is_file() or path.stat().st_size != entry["size"]:
                raise InvalidRequestError(f"{key}: missing or truncated in version folder")
