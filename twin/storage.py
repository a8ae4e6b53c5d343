"""File references that travel between machines: paths relative to the shared data folder.

A task run by a Dask worker on another machine cannot use a path of the machine that made it.
Everything a task reads or writes (spill files, staged versions, uploaded inputs) lives under the
data folder, which every worker mounts on shared storage; a task carries a `DataRef`, and each
process resolves it against its own mount. The mount is the sender's data folder unless the
worker sets ``TWIN_WORKER_DATA_DIR`` (the same storage mounted elsewhere on that machine).
Inputs outside the data folder keep their absolute path: such a job runs only where that path
exists (the local process pool, or workers sharing the same mount points).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

WORKER_DATA_DIR_ENV = "TWIN_WORKER_DATA_DIR"


def local_data_dir(sender_data_dir: str | Path) -> Path:
    """This process's mount of the data folder a sender named ``sender_data_dir``."""
    override = os.environ.get(WORKER_DATA_DIR_ENV)
    return Path(override) if override else Path(sender_data_dir)


@dataclass(frozen=True)
class DataRef:
    """A file or folder as a path relative to the data folder (or absolute, outside it).

    ``root`` is the sender's data folder, kept so that the same process (or a worker with the
    same mount) resolves the reference without any setting.
    """

    root: str
    relpath: str

    @classmethod
    def to(cls, data_dir: Path, path: str | Path) -> DataRef:
        """A reference to ``path``: relative when it lies under ``data_dir``, else absolute."""
        root = Path(data_dir).absolute()
        target = Path(path).absolute()
        if target.is_relative_to(root):
            return cls(str(root), target.relative_to(root).as_posix())
        return cls(str(root), str(target))

    @property
    def is_shared(self) -> bool:
        """Whether the file lies under the data folder (so any worker can reach it)."""
        return not Path(self.relpath).is_absolute()

    def resolve(self) -> Path:
        """The path of this file in this process."""
        if not self.is_shared:
            return Path(self.relpath)
        return local_data_dir(self.root) / self.relpath

    def child(self, relpath: str) -> DataRef:
        """A reference to ``relpath`` under this folder."""
        return DataRef(self.root, f"{self.relpath.rstrip('/')}/{relpath}")
