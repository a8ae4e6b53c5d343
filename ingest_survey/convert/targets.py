"""Where a pipeline's output goes: a `Target` it writes files into, from any worker.

Two targets exist: `FolderTarget`, a folder staged beside ``--out`` and renamed into place when
complete (never half-written output), and the content-addressed version of a layer
(`twin.versions.VersionWriter`), which publishing switches to atomically. Both pickle to a small
reference, so task functions in pool or Dask workers write their tiles straight into the
target: nothing is copied or hashed a second time.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from ingest_survey.errors import OutputExistsError
from twin.storage import DataRef


class Target(Protocol):
    """Accepts a pipeline's files; safe to call from several processes at once."""

    def write(self, key: str, data: bytes) -> Any:
        """Store ``data`` as the file ``key`` (a ``/``-separated relative path)."""
        ...

    def write_json(self, key: str, doc: dict[str, Any]) -> Any:
        """Store a JSON document (compact, UTF-8) as the file ``key``."""
        ...


def json_bytes(doc: dict[str, Any]) -> bytes:
    """The bytes every target writes for a JSON document."""
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


class FolderTarget:
    """Files under one folder (a `DataRef`, so a worker with the same storage can write)."""

    def __init__(self, folder: DataRef) -> None:
        """Write under ``folder``, which exists."""
        self.folder = folder

    @property
    def path(self) -> Path:
        """The folder in this process."""
        return self.folder.resolve()

    def write(self, key: str, data: bytes) -> None:
        """Write one file; content-addressed files that exist already are left alone.

        Written to a temporary name and renamed, so a killed worker never leaves a truncated
        file under the final name (a rerun of its task writes it again).
        """
        target = self.path / key
        if target.exists():
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}")
        partial.write_bytes(data)
        os.replace(partial, target)

    def write_json(self, key: str, doc: dict[str, Any]) -> None:
        """Write a JSON document (replacing an earlier one of the same name)."""
        target = self.path / key
        target.unlink(missing_ok=True)
        self.write(key, json_bytes(doc))


@contextmanager
def staged_folder(out: str | Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a hidden folder beside ``out``; on success it replaces ``out`` in one rename, on
    failure it vanishes.

    An existing ``out`` is refused unless ``force``; then it is swapped out only after the new
    one is complete.
    """
    out = Path(out).absolute()
    if out.exists() and not force:
        raise OutputExistsError(
            "the output folder exists; use --force to replace it", path=out, field="--out"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:12]
    staging = out.parent / f".{out.name}.partial-{token}"
    staging.mkdir()
    try:
        yield staging
        if out.exists():
            old = out.parent / f".{out.name}.old-{token}"
            os.replace(out, old)
            os.replace(staging, out)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


@contextmanager
def output(
    out: str | Path | Target, *, work: DataRef | None = None, force: bool = False
) -> Iterator[tuple[Target, DataRef]]:
    """The target and a scratch folder for one pipeline run.

    ``out`` is a folder path (staged, renamed into place on success) or a target (a layer
    version). The scratch folder (spill files of the tasks) is ``work`` when given, else a
    hidden folder beside the output; it is removed when the run ends, however it ends.
    """
    if isinstance(out, str | Path):
        with staged_folder(out, force=force) as staging:
            root = DataRef.to(staging.parent, staging)
            scratch = work or DataRef.to(staging.parent, staging.parent / f"{staging.name}.work")
            try:
                scratch.resolve().mkdir(parents=True, exist_ok=True)
                yield FolderTarget(root), scratch
            finally:
                shutil.rmtree(scratch.resolve(), ignore_errors=True)
        return
    if work is None:
        raise ValueError("a scratch folder (work) is needed when writing into a target")
    work.resolve().mkdir(parents=True, exist_ok=True)
    try:
        yield out, work
    finally:
        shutil.rmtree(work.resolve(), ignore_errors=True)
