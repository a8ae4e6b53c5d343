"""Helpers of the job tests: completed uploads as the tus store lays them out, and waiting."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def make_upload(
    data_dir: Path,
    upload_id: str,
    source: Path | bytes,
    filename: str,
    *,
    complete: bool = True,
) -> str:
    """``uploads/{id}/data`` + ``info.json`` (offset, length, metadata.filename, state)."""
    folder = data_dir / "uploads" / upload_id
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(source, bytes):
        (folder / "data").write_bytes(source)
    else:
        shutil.copyfile(source, folder / "data")
    length = (folder / "data").stat().st_size
    info = {
        "id": upload_id,
        "length": length,
        "offset": length if complete else length // 2,
        "metadata": {"filename": filename},
        "state": "complete" if complete else "receiving",
    }
    (folder / "info.json").write_text(json.dumps(info))
    return upload_id


def wait_for(check: Callable[[], T | None], timeout: float = 60.0, every: float = 0.05) -> T:
    """Poll ``check`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting after {timeout} s")
        time.sleep(every)
