"""Paths of the real data the tests use: the sample city in samples/, cuts in tests/data and
the project's shared data folder (../shared beside the repository, or TWIN_SHARED_DIR)."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """The project's shared folder (real data in data/, the peers' notes): TWIN_SHARED_DIR when
    set, else `shared` beside the repository. Tests that need it skip when it is absent."""
    return Path(os.environ.get("TWIN_SHARED_DIR") or REPO.parent / "shared")


SHARED_DATA = shared_dir() / "data"
SAMPLES = REPO / "samples"
TEST_DATA = REPO / "tests" / "data"
DELFT_FOOTPRINTS = SAMPLES / "delft" / "bgt_pand.sqlite"
DELFT_SURVEY = (
    SAMPLES / "delft" / "ahn3" / "ahn3_cropped_1.laz",
    SAMPLES / "delft" / "ahn3" / "ahn3_cropped_2.laz",
)
DELFT_CRS = "EPSG:28992"
MONACO_BUILDINGS = SAMPLES / "monaco" / "buildings.gpkg"
