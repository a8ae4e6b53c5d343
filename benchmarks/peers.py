"""Where the benchmarks find their inputs and their peers.

- Real data: the project's shared folder (`../shared` beside the repository, or TWIN_SHARED_DIR),
  the same one the tests use (tests/citydata.py).
- Peers: each peer tool lives in its own virtual environment under the folder named by
  TWIN_PEERS_DIR (`$TWIN_PEERS_DIR/<name>/bin/python`), so its pins never touch twin's. Each
  benchmark's docstring says how to create its peers' venvs. A benchmark whose peer is absent
  says so and still measures twin.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from citydata import SHARED_DATA, shared_dir  # noqa: E402

__all__ = ["REPO", "SHARED_DATA", "peer_venv", "shared_dir"]


def peer_venv(name: str) -> Path | None:
    """The peer's venv `$TWIN_PEERS_DIR/<name>` when it holds a python, else None (said aloud)."""
    root = os.environ.get("TWIN_PEERS_DIR")
    venv = Path(root) / name if root else None
    if venv is not None and (venv / "bin" / "python").exists():
        return venv
    where = f"{venv} does not exist" if venv else "TWIN_PEERS_DIR is not set"
    print(
        f"peer {name} absent ({where}): measuring twin only; see this benchmark's docstring "
        "to create it",
        flush=True,
    )
    return None
