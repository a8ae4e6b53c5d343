"""Write a folder beside its destination, then rename it into place: never half-written output."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ingest_survey.errors import OutputExistsError


class StagedFolder:
    """A hidden folder next to the destination that files are written into."""

    def __init__(self, path: Path) -> None:
        """Wrap an existing empty folder."""
        self.path = path
        self.files = 0
        self.bytes = 0

    def write(self, relpath: str, data: bytes) -> None:
        """Write one file (content-addressed files are written once)."""
        target = self.path / relpath
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            target.write_bytes(data)
            self.files += 1
            self.bytes += len(data)

    def write_json(self, relpath: str, doc: dict[str, Any]) -> None:
        """Write a JSON document, compact and UTF-8."""
        self.write(relpath, json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode())


@contextmanager
def staged_output(out: str | Path, *, force: bool = False) -> Iterator[StagedFolder]:
    """Yield a staging folder; on success it replaces `out` in one rename, on failure it vanishes.

    An existing `out` is refused unless `force`; then it is swapped out only after the new one
    is complete.
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
        yield StagedFolder(staging)
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
