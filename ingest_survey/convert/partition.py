"""Spill data into per-bucket files on disk, so each bucket can be worked on alone.

The classic out-of-core split: stream the input once, append each piece to the bucket it belongs
to, then process one bucket at a time (in any process). Memory is bounded by a bucket, not by the
input.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any


class BucketStore:
    """Append-only pickle streams, one file per bucket and stream name, under one folder."""

    def __init__(self, root: Path) -> None:
        """Use (and create) `root`, which the caller removes when done."""
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def path(self, bucket: int, stream: str) -> Path:
        """The file holding one stream of one bucket."""
        return self.root / f"{stream}-{bucket:06d}.pkl"

    def append(self, bucket: int, stream: str, item: Any) -> None:
        """Add an item at the end of a bucket's stream."""
        with self.path(bucket, stream).open("ab") as handle:
            pickle.dump(item, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self, bucket: int, stream: str) -> Iterator[Any]:
        """The items of a bucket's stream, in the order they were appended."""
        path = self.path(bucket, stream)
        if not path.exists():
            return
        with path.open("rb") as handle:
            while True:
                try:
                    yield pickle.load(handle)
                except EOFError:
                    return
