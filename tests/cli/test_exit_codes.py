"""Exit codes and messages of `twin` for each class of error, one table (twin/cli/errors.py):
usage 64 (an option value, a CRS only an option can give, click's own usage errors), bad data
in a file 65, a missing input 66, an output that exists without --force 73."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import rasterio
from citydata import MONACO_BUILDINGS, TEST_DATA
from typer.testing import CliRunner

from twin.cli.errors import EX_CANTCREAT, EX_DATAERR, EX_NOINPUT, EX_USAGE
from twin.cli.main import app

runner = CliRunner()
KY4_PIPES = TEST_DATA / "networks" / "ky4_pipes.geojson"
NO_CRS_LAS = TEST_DATA / "pointclouds" / "pdal_autzen-thin-srs.las"
# What GDAL appends to "not recognized" errors: advice about its driver prefixes.
GDAL_ADVICE = ("prefixing", "<DRIVER>", "driver explicitly")


def _geojson(folder: Path, name: str, features: list[dict[str, object]]) -> Path:
    path = folder / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def _feature(geometry: dict[str, object], fid: str = "p1") -> dict[str, object]:
    return {"type": "Feature", "properties": {"id": fid}, "geometry": geometry}


def _png_dem(folder: Path, world_file: bool) -> Path:
    """An 8-bit PNG of heights, as a new user might export one; with or without a .pgw."""
    path = folder / "dem.png"
    heights = (np.arange(400).reshape(20, 20) % 250).astype(np.uint8)
    with pytest.warns(rasterio.errors.NotGeoreferencedWarning):
        with rasterio.open(
            path, "w", driver="PNG", width=20, height=20, count=1, dtype="uint8"
        ) as dst:
            dst.write(heights, 1)
    for sidecar in folder.glob("dem.png.aux.xml"):
        sidecar.unlink()
    if world_file:
        (folder / "dem.pgw").write_text("30\n0\n0\n-30\n500000\n5800000\n")
    return path


def _buildings(*options: str) -> Callable[[Path], list[str]]:
    return lambda tmp: ["tile", "buildings", str(MONACO_BUILDINGS), "-o", str(tmp / "o"), *options]


def _pipes(make: Callable[[Path], Path], *options: str) -> Callable[[Path], list[str]]:
    return lambda tmp: ["tile", "pipes", str(make(tmp)), "-o", str(tmp / "o"), "-q", *options]


def _terrain(world_file: bool) -> Callable[[Path], list[str]]:
    return lambda tmp: ["tile", "terrain", str(_png_dem(tmp, world_file)), "-o", str(tmp / "o")]


def _existing_out(tmp: Path) -> list[str]:
    (tmp / "o").mkdir()
    return ["tile", "pointcloud", str(NO_CRS_LAS), "-o", str(tmp / "o"), "--crs", "EPSG:2994"]


POLYGON = {
    "type": "Polygon",
    "coordinates": [[[7.41, 43.73], [7.42, 43.73], [7.42, 43.74], [7.41, 43.73]]],
}
POINT = {"type": "Point", "coordinates": [7.41, 43.73]}

# (case, command line from tmp_path, exit code, words the message must hold)
CASES: list[tuple[str, Callable[[Path], list[str]], int, tuple[str, ...]]] = [
    (
        "option value",
        _buildings("--roof-percentile", "33"),
        EX_USAGE,
        ("--roof-percentile", "50, 70 or 90"),
    ),
    ("option type", _buildings("--roof-percentile", "high"), EX_USAGE, ("--roof-percentile",)),
    ("missing option", lambda tmp: ["tile", "buildings", "x.gpkg"], EX_USAGE, ("--out",)),
    ("unknown option", _buildings("--colour", "red"), EX_USAGE, ("--colour",)),
    ("option range", _buildings("--max-features", "0"), EX_USAGE, ("--max-features",)),
    ("bad crs text", _buildings("--crs", "EPSG:0"), EX_USAGE, ("not a coordinate reference",)),
    (
        "missing crs",
        lambda tmp: ["tile", "pointcloud", str(NO_CRS_LAS), "-o", str(tmp / "o"), "-q"],
        EX_USAGE,
        ("--crs",),
    ),
    (
        "diameter unit",
        _pipes(lambda tmp: KY4_PIPES, "--diameter-unit", "inch"),
        EX_USAGE,
        ("--diameter-unit", "'mm' or 'm'"),
    ),
    ("pipeline type", _pipes(lambda tmp: KY4_PIPES, "--type", "beer"), EX_USAGE, ("beer",)),
    (
        "spec",
        lambda tmp: ["tile", "pointcloud", str(NO_CRS_LAS), "-o", str(tmp / "o"), "--spec", "2"],
        EX_USAGE,
        ("--spec", "'1.1' or '1.0'"),
    ),
    (
        "no features",
        lambda tmp: [
            "tile",
            "buildings",
            str(_geojson(tmp, "e.geojson", [])),
            "-o",
            str(tmp / "o"),
        ],
        EX_DATAERR,
        ("e.geojson", "holds no features"),
    ),
    (
        "no lines",
        _pipes(lambda tmp: _geojson(tmp, "e.geojson", []), "--crs", "EPSG:4326"),
        EX_DATAERR,
        ("e.geojson", "holds no features"),
    ),
    (
        "empty file",
        lambda tmp: ["tile", "buildings", str(_empty(tmp)), "-o", str(tmp / "o")],
        EX_DATAERR,
        ("empty.geojson", "empty", "holds no features"),
    ),
    (
        "not vector data",
        _pipes(lambda tmp: _text(tmp, "notes.geojson", "pipes: P1, P2\n")),
        EX_DATAERR,
        ("notes.geojson", "not a vector dataset"),
    ),
    (
        "polygon pipe",
        _pipes(lambda tmp: _geojson(tmp, "p.geojson", [_feature(POLYGON)])),
        EX_DATAERR,
        ("p.geojson", "feature p1", "is a Polygon", "LineString"),
    ),
    (
        "point pipe",
        _pipes(lambda tmp: _geojson(tmp, "p.geojson", [_feature(POINT, "v7")])),
        EX_DATAERR,
        ("feature v7", "is a Point", "not a line"),
    ),
    (
        "dem without geotransform",
        _terrain(world_file=False),
        EX_DATAERR,
        ("dem.png", "no georeference", "no geotransform", "dem.pgw", "GeoTIFF"),
    ),
    ("dem without crs", _terrain(world_file=True), EX_USAGE, ("dem.png", "-a_srs")),
    (
        "--terrain without geotransform",
        lambda tmp: _buildings("--terrain", str(_png_dem(tmp, world_file=False)))(tmp),
        EX_DATAERR,
        ("dem.png", "no geotransform", "dem.pgw"),
    ),
    (
        "missing input",
        lambda tmp: ["tile", "buildings", str(tmp / "nowhere.gpkg"), "-o", str(tmp / "o")],
        EX_NOINPUT,
        ("nowhere.gpkg", "no such file"),
    ),
    ("output exists", _existing_out, EX_CANTCREAT, ("exists", "--force")),
]


def _empty(folder: Path) -> Path:
    return _text(folder, "empty.geojson", "")


def _text(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


@pytest.mark.parametrize(
    ("args", "code", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_exit_code_and_message(
    tmp_path: Path, args: Callable[[Path], list[str]], code: int, words: tuple[str, ...]
) -> None:
    result = runner.invoke(app, args(tmp_path))
    message = " ".join(result.output.split())  # rich wraps long lines
    assert result.exit_code == code, message
    for word in words:
        assert word in message, (word, message)
    for advice in GDAL_ADVICE:
        assert advice not in message
    assert "Warning" not in message  # no library warning (with its server path) leaks out
    assert "Traceback" not in message


def test_a_good_option_value_is_no_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, _buildings("--roof-percentile", "50", "-q")(tmp_path))
    assert result.exit_code == 0, result.output


def test_dem_without_geotransform_does_not_suggest_a_srs(tmp_path: Path) -> None:
    result = runner.invoke(app, _terrain(world_file=False)(tmp_path))
    assert "a_srs" not in result.output  # gdal_edit -a_srs cannot add a geotransform
