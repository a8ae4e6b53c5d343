"""`twin tile terrain` and `twin dem from-survey` end to end, and their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from citydata import DELFT_SURVEY
from typer.testing import CliRunner

from twin.cli.main import app

runner = CliRunner()
DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"


def test_tile_terrain(tmp_path: Path) -> None:
    out = tmp_path / "terrain"
    result = runner.invoke(
        app, ["tile", "terrain", str(DEM), "--out", str(out), "--max-zoom", "9", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    layer = json.loads((out / "layer.json").read_text())
    assert layer["maxzoom"] == 9
    assert len(list(out.rglob("*.terrain"))) > 10
    again = runner.invoke(app, ["tile", "terrain", str(DEM), "--out", str(out), "--quiet"])
    assert again.exit_code == 73 and "--force" in again.output  # EX_CANTCREAT


def test_tile_terrain_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "dem.tif"
    bad.write_text("not a raster")
    result = runner.invoke(app, ["tile", "terrain", str(bad), "--out", str(tmp_path / "o")])
    assert result.exit_code == 65 and "not a raster" in " ".join(result.output.split())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dem.tif"]


def test_dem_from_survey(tmp_path: Path) -> None:
    out = tmp_path / "dem.tif"
    result = runner.invoke(
        app,
        [
            "dem",
            "from-survey",
            str(DELFT_SURVEY[1]),
            "--out",
            str(out),
            "--resolution",
            "2",
            "--crs",
            "EPSG:28992",
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    assert out.is_file() and "class 2 ground points" in result.output
    no_crs = runner.invoke(
        app, ["dem", "from-survey", str(DELFT_SURVEY[1]), "--out", str(tmp_path / "x.tif")]
    )
    assert no_crs.exit_code == 64 and not (tmp_path / "x.tif").exists()
