"""Paths of the real data the tests use: the sample city in samples/ and cuts in tests/data."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
TEST_DATA = REPO / "tests" / "data"
DELFT_FOOTPRINTS = SAMPLES / "delft" / "bgt_pand.sqlite"
DELFT_SURVEY = (
    SAMPLES / "delft" / "ahn3" / "ahn3_cropped_1.laz",
    SAMPLES / "delft" / "ahn3" / "ahn3_cropped_2.laz",
)
DELFT_CRS = "EPSG:28992"
MONACO_BUILDINGS = SAMPLES / "monaco" / "buildings.gpkg"
