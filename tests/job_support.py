"""Helpers of the job tests: completed uploads as the tus store lays them out, and waiting."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TypeVar

from twin.settings import Settings
from twin.store import open_stores
from twin.uploads import UploadInfo, UploadState

T = TypeVar("T")


def make_upload(
    data_dir: Path,
    upload_id: str,
    source: Path | bytes,
    filename: str,
    *,
    complete: bool = True,
    owner: str | None = None,
) -> str:
    """An upload as the tus store keeps it (``uploads/{id}/data`` + ``info.json``), as if the
    token ``owner`` had sent it; ``complete=False``: half of it received."""
    folder = data_dir / "uploads" / upload_id
    folder.mkdir(parents=True, exist_ok=True)
    if isinstance(source, bytes):
        (folder / "data").write_bytes(source)
    else:
        shutil.copyfile(source, folder / "data")
    length = (folder / "data").stat().st_size
    now = time.time()
    info = UploadInfo(
        id=upload_id,
        length=length,
        offset=length if complete else length // 2,
        metadata={"filename": filename},
        created=now,
        expires=now + 3600.0,
        state=UploadState.COMPLETE if complete else UploadState.RECEIVING,
        owner=owner,
    )
    (folder / "info.json").write_text(json.dumps(asdict(info)))
    return upload_id


def token_id(settings: Settings, headers: dict[str, str]) -> str:
    """The id of the token whose ``Authorization`` header this is."""
    with open_stores(settings) as stores:
        return stores.tokens.authenticate(headers["Authorization"].split()[1]).token_id


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
