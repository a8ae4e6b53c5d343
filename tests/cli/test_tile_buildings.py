"""`twin tile buildings` end to end: real inputs and outputs; bad input leaves nothing behind."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from checks import assert_tileset_valid
from citydata import DELFT_CRS, DELFT_FOOTPRINTS, DELFT_SURVEY, MONACO_BUILDINGS
from typer.testing import CliRunner

from tiling.bounds import Region
from twin.cli.main import app

runner = CliRunner()


def tile(*args: str | Path) -> object:
    return runner.invoke(app, ["tile", "buildings", *map(str, args), "--quiet"])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_delft_with_survey_heights(tmp_path) -> None:
    out = tmp_path / "delft"
    result = tile(
        DELFT_FOOTPRINTS,
        "--out",
        out,
        "--survey",
        DELFT_SURVEY[0],
        "--survey",
        DELFT_SURVEY[1],
        "--survey-crs",
        DELFT_CRS,
    )
    assert result.exit_code == 0, result.output
    assert "160 buildings" in result.output and "survey_p70: 160" in result.output
    report = assert_tileset_valid(out / "tileset.json")
    assert report.vertices > 0
    assert _leftovers(tmp_path) == ["delft"]
    # The buildings stand on the survey's ground (around NAP 0 in Delft), not on the ellipsoid.
    region = Region(
        *json.loads((out / "tileset.json").read_text())["root"]["boundingVolume"]["region"]
    )
    assert -3 < region.min_height < 1 and 10 < region.max_height < 60


def test_monaco_heights_from_fields_and_flags(tmp_path) -> None:
    out = tmp_path / "monaco"
    result = tile(
        MONACO_BUILDINGS,
        "--out",
        out,
        "--height-field",
        "height",
        "--floors-field",
        "building_levels",
        "--floor-height",
        "3",
    )
    assert result.exit_code == 0, result.output
    frame = gpd.read_file(MONACO_BUILDINGS)
    tagged = frame["height"].notna() | frame["building_levels"].notna()
    assert f"flagged without height: {int((~tagged).sum())}" in " ".join(result.output.split())
    assert_tileset_valid(out / "tileset.json")


def test_out_exists_needs_force(tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("published before")
    result = tile(DELFT_FOOTPRINTS, "--out", out)
    assert result.exit_code != 0 and "--force" in result.output
    assert (out / "keep.txt").read_text() == "published before"
    assert tile(DELFT_FOOTPRINTS, "--out", out, "--force").exit_code == 0
    assert not (out / "keep.txt").exists() and (out / "tileset.json").exists()
    assert _leftovers(tmp_path) == ["out"]


def _bad(tmp_path: Path, name: str, edit) -> Path:
    frame = gpd.read_file(DELFT_FOOTPRINTS)
    frame["height"] = 10.0
    edit(frame)
    path = tmp_path / name
    frame.to_file(path, driver="GPKG")
    return path


@pytest.mark.parametrize(
    "case, args, message",
    [
        ("no_crs", ["--survey", DELFT_SURVEY[0]], "--survey-crs"),
        ("missing_field", ["--height-field", "hoogte"], "no field 'hoogte'"),
        ("absurd", ["--height-field", "height"], "height = 5000.0 is not a height"),
        ("line", ["--height-field", "height"], "not a polygon"),
        ("unreadable", [], "not a valid vector dataset"),
        ("wrong_crs", ["--crs", "EPSG:4326"], "check --crs"),
    ],
)
def test_bad_input_fails_cleanly(tmp_path, case, args, message) -> None:
    if case == "absurd":
        source = _bad(
            tmp_path,
            "absurd.gpkg",
            lambda f: f.__setitem__("height", np.where(np.arange(len(f)) == 12, 5000.0, 10.0)),
        )
    elif case == "line":

        def to_line(frame) -> None:
            frame.loc[5, "geometry"] = shapely.LineString([(85000, 447500), (85010, 447510)])

        source = _bad(tmp_path, "line.gpkg", to_line)
    elif case == "unreadable":
        source = tmp_path / "broken.gpkg"
        source.write_bytes(b"SQLite format 3\0" + b"\xff" * 100)
    else:
        source = DELFT_FOOTPRINTS
    out = tmp_path / "out"
    result = tile(source, "--out", out, *args)
    assert result.exit_code not in (0, 1), result.output  # a handled error, not a crash
    text = " ".join(result.output.split())
    assert message in text
    named = DELFT_SURVEY[0] if case == "no_crs" else source
    assert named.name in text
    if case == "absurd":
        assert "feature 12" in text and "field 'height'" in text
    if case == "line":
        assert "feature 5" in text
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".")] == []
