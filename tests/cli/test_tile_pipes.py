"""`twin tile pipes` and `twin pipes clearance` end to end on real networks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import wntr
from checks import assert_tileset_valid
from citydata import SAMPLES, TEST_DATA
from typer.testing import CliRunner

from twin.cli.main import app

pytestmark = pytest.mark.filterwarnings(  # readers/dem.py: affine 3 deprecates `*` (lead)
    "ignore:Use `@` matmul instead of `\\*` mul operator:PendingDeprecationWarning"
)
runner = CliRunner()
MONACO_GAS = SAMPLES / "monaco" / "gas_pipeline.geojson"
MONACO_DEM = SAMPLES / "monaco" / "N43E007.hgt.zip"


def test_monaco_gas_pipeline(tmp_path: Path) -> None:
    out = tmp_path / "gas"
    result = runner.invoke(
        app,
        [
            "tile",
            "pipes",
            str(MONACO_GAS),
            "--out",
            str(out),
            "--terrain",
            str(MONACO_DEM),
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "9 segments" in result.output and "assumed" in result.output
    assert_tileset_valid(out / "tileset.json")
    assert (out / "network.npz").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gas"]


def test_ky4_geojson_with_nodes(tmp_path: Path) -> None:
    out = tmp_path / "ky4"
    args = [
        "tile",
        "pipes",
        str(TEST_DATA / "networks" / "ky4_pipes.geojson"),
        "--out",
        str(out),
        "--terrain",
        str(SAMPLES / "ky4" / "ky4_elevation.tif"),
        "--type",
        "water",
        "--diameter-unit",
        "m",
        "--quiet",
    ]
    for kind in ("junctions", "tanks", "reservoirs"):
        args += ["--nodes", str(TEST_DATA / "networks" / f"ky4_{kind}.geojson")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    tileset = json.loads((out / "tileset.json").read_text())
    assert tileset["asset"]["version"] == "1.1"
    assert_tileset_valid(out / "tileset.json")


def test_bad_network_exits_with_a_clear_error(tmp_path: Path) -> None:
    bad = Path(wntr.__file__).parent / "tests" / "networks_for_testing" / "bad_values.inp"
    result = runner.invoke(
        app,
        ["tile", "pipes", str(bad), "--out", str(tmp_path / "x"), "--crs", "EPSG:3547", "--quiet"],
    )
    assert result.exit_code == 65
    assert "pipe2" in result.output and "node1" in result.output
    assert list(tmp_path.iterdir()) == []


def test_clearance_command(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "pipes",
            "clearance",
            str(MONACO_GAS),
            str(MONACO_GAS),
            "--terrain",
            str(MONACO_DEM),
            "--clearance",
            "0.3",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    # The same pipeline twice: each of its 9 segments touches its copy.
    assert {(r[1], r[3]) for r in rows if r[1] == r[3]} and len(
        {r[1] for r in rows if r[1] == r[3]}
    ) == 9
