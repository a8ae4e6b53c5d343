"""`collect_garbage`: delete objects and manifests that no recorded version references."""

from __future__ import annotations

import json
import logging
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from twin.errors import NotFoundError
from twin.objects import OBJECTS_DIR
from twin.paths import is_layer_name
from twin.store import Stores
from twin.version_reader import read_manifest
from twin.versions import (
    JOURNAL_PREFIX,
    MANIFEST_NAME,
    STAGING_DIR,
    VERSIONS_DIR,
    remove_stale_staging,
)

logger = logging.getLogger(__name__)

# Objects younger than this are kept even when unreferenced: a writer running now may have
# stored (or reused, which refreshes the mtime) an object its journal names a moment later.
GRACE_S = 3600.0


@dataclass(frozen=True)
class GarbageReport:
    """What a collection removed."""

    objects: int
    bytes: int
    versions: int
    staging: int


def _referenced(
    stores: Stores, data_dir: Path, layer: str, folder: Path
) -> tuple[set[str], set[str]]:
    """Hashes any recorded version or live staging area names, and the recorded version folders."""
    hashes: set[str] = set()
    folders: set[str] = set()
    found = stores.catalog.find_layer(layer)
    for version in stores.catalog.versions(layer) if found else []:
        folders.add((data_dir / version.path).name)
        try:
            manifest = read_manifest(data_dir / version.path)
        except NotFoundError:
            continue
        hashes.update(entry["sha256"] for entry in manifest["files"].values())
    for staging in (folder / STAGING_DIR).glob("*"):
        for journal in [*staging.glob(f"{JOURNAL_PREFIX}*.jsonl"), staging / MANIFEST_NAME]:
            try:
                text = journal.read_text(encoding="utf-8")
            except OSError:
                continue
            if journal.name == MANIFEST_NAME:
                hashes.update(e["sha256"] for e in json.loads(text)["files"].values())
                continue
            for line in text.split("\n")[:-1]:
                hashes.add(json.loads(line)["sha256"])
    return hashes, folders


def collect_garbage(stores: Stores, data_dir: Path, *, grace_s: float = GRACE_S) -> GarbageReport:
    """Delete what no version in the catalog (nor a live writer) references.

    Removes stale staging areas, version folders the catalog does not record (a publisher that
    died between writing the manifest and committing), and objects (plus leftover temporary
    files) older than ``grace_s`` that no recorded or staged version lists. Versions published
    before the object store keep their folders.
    """
    now = time.time()
    objects = size = versions = staging = 0
    for folder in sorted((data_dir / "layers").glob("*")):
        if not (folder.is_dir() and is_layer_name(folder.name)):
            continue
        staging += len(remove_stale_staging(folder, now=now))
        hashes, recorded = _referenced(stores, data_dir, folder.name, folder)
        for manifest_dir in sorted((folder / VERSIONS_DIR).glob("*")):
            if manifest_dir.name not in recorded and now - manifest_dir.stat().st_mtime > grace_s:
                shutil.rmtree(manifest_dir, ignore_errors=True)
                versions += 1
        for path in sorted((folder / OBJECTS_DIR).rglob("*")):
            if path.is_dir() or path.name in hashes:
                continue
            info = path.lstat()
            if now - info.st_mtime > grace_s:
                path.unlink(missing_ok=True)
                objects += 1
                size += info.st_size
    logger.info(
        "garbage: %d objects (%d bytes), %d version folders removed", objects, size, versions
    )
    return GarbageReport(objects=objects, bytes=size, versions=versions, staging=staging)
