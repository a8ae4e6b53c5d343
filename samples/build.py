"""Regenerate samples/ (the sample city) from the shared real data folder.

Usage: python samples/build.py --source DIR   (DIR: the project's shared real data folder;
`make samples` passes it)

Only this script reads that folder: the product code reads samples/ alone, so the repo works on a
machine without it. Re-running it produces the same files (up to GeoPackage
timestamps).
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

SAMPLES = Path(__file__).resolve().parent

# OSM `height` values: "12", "12.5", "12 m", "12,5 m", "40 ft", "40'", "12'6\"" (see the OSM wiki
# page Key:height). Anything else is not a height and becomes null rather than a guess.
_METRES = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:m|meters?|metres?)?\s*$", re.IGNORECASE)
_FEET = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:ft|feet|')\s*(?:(\d+(?:\.\d+)?)\s*(?:\"|in))?\s*$")
_FOOT_M = 0.3048
_INCH_M = 0.0254
_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def parse_other_tags(text: object) -> dict[str, str]:
    """Parse GDAL's OSM `other_tags` hstore text ('"k"=>"v","k2"=>"v2"') into a dict."""
    if not isinstance(text, str):  # missing tags arrive as None or NaN
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _TAG.findall(text)}


def parse_height(value: str | None) -> float | None:
    """Parse an OSM height in metres; feet forms are converted; invalid or non-positive -> None."""
    if value is None:
        return None
    if m := _METRES.match(value):
        metres = float(m.group(1).replace(",", "."))
    elif m := _FEET.match(value):
        metres = float(m.group(1)) * _FOOT_M + float(m.group(2) or 0.0) * _INCH_M
    else:
        return None
    return round(metres, 3) if math.isfinite(metres) and metres > 0 else None


def parse_levels(value: str | None) -> float | None:
    """Parse `building:levels` (a count, possibly fractional such as 2.5); invalid -> None."""
    if value is None:
        return None
    try:
        levels = float(value.strip().replace(",", "."))
    except ValueError:
        return None
    return levels if math.isfinite(levels) and levels >= 0 else None


def build_delft(source: Path, out: Path) -> None:
    """Copy the Delft footprints and the two AHN3 crops unchanged (they are small already)."""
    (out / "ahn3").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "bgt" / "bgt_pand.sqlite", out / "bgt_pand.sqlite")
    for name in ("ahn3_cropped_1.laz", "ahn3_cropped_2.laz"):
        shutil.copyfile(source / "ahn3" / name, out / "ahn3" / name)
    for path in out.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)


def build_monaco_buildings(pbf: Path, out: Path) -> int:
    """Write the OSM building multipolygons of `pbf` to `out` (GeoPackage, EPSG:4326)."""
    raw = pyogrio.read_dataframe(pbf, layer="multipolygons", where="building IS NOT NULL")
    tags = [parse_other_tags(t) for t in raw["other_tags"]]
    is_way = raw["osm_way_id"].notna()
    frame = gpd.GeoDataFrame(
        {
            "osm_id": raw["osm_id"],
            "osm_way_id": raw["osm_way_id"],
            # One stable id string whatever the OSM element type ("way/123", "relation/45").
            "osm_ref": [
                f"way/{w}" if way else f"relation/{r}"
                for w, r, way in zip(raw["osm_way_id"], raw["osm_id"], is_way, strict=True)
            ],
            "name": raw["name"],
            "building": raw["building"],
            "height": pd.array([parse_height(t.get("height")) for t in tags], dtype="Float64"),
            "building_levels": pd.array(
                [parse_levels(t.get("building:levels")) for t in tags], dtype="Float64"
            ),
            "roof_shape": [t.get("roof:shape") for t in tags],
            "other_tags": raw["other_tags"],
        },
        geometry=raw.geometry,
        crs=raw.crs,
    )
    out.unlink(missing_ok=True)
    pyogrio.write_dataframe(frame, out, layer="buildings", driver="GPKG")
    return len(frame)


def build_monaco_pipeline(pbf: Path, out: Path) -> int:
    """Write the `man_made=pipeline` ways of `pbf` with their tags as GeoJSON (EPSG:4326)."""
    lines = pyogrio.read_dataframe(pbf, layer="lines", where="man_made = 'pipeline'")
    tags = [parse_other_tags(t) for t in lines["other_tags"]]
    keys = sorted({k for t in tags for k in t})
    columns: dict[str, object] = {"osm_id": lines["osm_id"], "name": lines["name"]}
    columns["man_made"] = lines["man_made"]
    for key in keys:
        columns[key] = [t.get(key) for t in tags]
    columns["other_tags"] = lines["other_tags"]
    frame = gpd.GeoDataFrame(columns, geometry=lines.geometry, crs=lines.crs)
    out.unlink(missing_ok=True)
    pyogrio.write_dataframe(frame, out, driver="GeoJSON", layer="gas_pipeline")
    return len(frame)


def main() -> None:
    """Rebuild samples/delft and samples/monaco from the shared data folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        type=Path,
        required=True,
        help="the shared real data folder the samples are cut from",
    )
    args = parser.parse_args()
    source: Path = args.source

    build_delft(source / "delft", SAMPLES / "delft")
    monaco = SAMPLES / "monaco"
    monaco.mkdir(exist_ok=True)
    pbf = source / "monaco" / "monaco-latest.osm.pbf"
    n_buildings = build_monaco_buildings(pbf, monaco / "buildings.gpkg")
    n_pipes = build_monaco_pipeline(pbf, monaco / "gas_pipeline.geojson")
    shutil.copyfile(source / "monaco" / "N43E007.hgt.zip", monaco / "N43E007.hgt.zip")
    (monaco / "N43E007.hgt.zip").chmod(0o644)
    print(f"monaco: {n_buildings} buildings, {n_pipes} pipeline ways")  # noqa: T201 (script)


if __name__ == "__main__":
    main()
