"""The city level of detail: quadtree, generalised coarse tiles, budgets, spec invariants."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from checks import assert_tileset_valid
from citydata import MONACO_BUILDINGS
from pyproj import Transformer

from tiling.building_tiles import BuildingSet, TilingOptions, building_tileset
from tiling.gltf import read_glb
from tiling.metadata import PropertyTable, decode_property

UTM32 = "EPSG:32632"
TO_GEO = Transformer.from_crs(UTM32, "EPSG:4979", always_xy=True)
MAX_BYTES = 120_000


def to_geodetic(x, y, z):
    lon, lat, h = TO_GEO.transform(x, y, z)
    return np.asarray(lon), np.asarray(lat), np.asarray(h)


def _feature_ids_of(data: bytes) -> list[str]:
    doc, binary = read_glb(data)
    meta = doc["extensions"]["EXT_structural_metadata"]
    table = meta["propertyTables"][0]
    entry = table["properties"]["id"]
    values = doc["bufferViews"][entry["values"]]
    offsets = doc["bufferViews"][entry["stringOffsets"]]
    return decode_property(
        meta["schema"]["classes"]["building"]["properties"]["id"],
        binary[values["byteOffset"] : values["byteOffset"] + values["byteLength"]],
        binary[offsets["byteOffset"] : offsets["byteOffset"] + offsets["byteLength"]],
        table["count"],
    )


@pytest.fixture(scope="module")
def monaco(tmp_path_factory) -> tuple[Path, BuildingSet, object]:
    frame = gpd.read_file(MONACO_BUILDINGS).to_crs(UTM32)
    n = len(frame)
    height = np.nan_to_num(frame["height"].to_numpy(dtype=float), nan=10.0)
    ids = np.array([f"b{i}" for i in range(n)], dtype=object)
    buildings = BuildingSet(
        frame.geometry.to_numpy(),
        np.zeros(n),
        height,
        PropertyTable("building", {"id": ids, "height": height}),
        to_geodetic,
    )
    out = tmp_path_factory.mktemp("monaco")

    def sink(uri: str, data: bytes) -> None:
        (out / uri).parent.mkdir(parents=True, exist_ok=True)
        (out / uri).write_bytes(data)

    result = building_tileset(buildings, sink, TilingOptions(max_content_bytes=MAX_BYTES))
    (out / "tileset.json").write_text(json.dumps(result.tileset))
    return out, buildings, result


def _tiles(tile: dict, depth: int = 0):
    yield tile, depth
    for child in tile.get("children", []):
        yield from _tiles(child, depth + 1)


def test_tileset_follows_the_spec(monaco) -> None:
    out, _, result = monaco
    report = assert_tileset_valid(out / "tileset.json")
    assert report.tiles == result.tiles > 4
    assert result.tileset["asset"]["version"] == "1.1"
    assert result.tileset["root"]["refine"] == "REPLACE"


def test_every_building_is_in_exactly_one_leaf(monaco) -> None:
    out, buildings, result = monaco
    leaves = [t for t, _ in _tiles(result.tileset["root"]) if "children" not in t]
    ids = [
        i for leaf in leaves for i in _feature_ids_of((out / leaf["content"]["uri"]).read_bytes())
    ]
    assert sorted(ids) == sorted(buildings.table.columns["id"].strings())


def test_no_content_exceeds_the_budget(monaco) -> None:
    out, _, _ = monaco
    sizes = [p.stat().st_size for p in (out / "content").iterdir()]
    assert max(sizes) <= MAX_BYTES


def test_coarse_tiles_are_lighter_and_err_by_what_they_leave_out(monaco) -> None:
    out, buildings, result = monaco
    root = result.tileset["root"]
    assert "children" in root and root["geometricError"] > 0
    coarse_ids = _feature_ids_of((out / root["content"]["uri"]).read_bytes())
    assert 0 < len(coarse_ids) < len(buildings)
    # The buildings a coarse tile leaves out are no bigger than its geometric error.
    polygons = buildings.polygons
    left_out = ~np.isin(buildings.table.columns["id"].strings(), coarse_ids)
    b = shapely.bounds(polygons[left_out])
    size = np.maximum(np.hypot(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]), buildings.top[left_out])
    assert size.max() <= root["geometricError"]
    for tile, _ in _tiles(root):
        for child in tile.get("children", []):
            assert child["geometricError"] < tile["geometricError"]
    assert result.tileset["geometricError"] > root["geometricError"]


def test_output_is_deterministic(monaco, tmp_path) -> None:
    _, buildings, result = monaco
    files: dict[str, bytes] = {}
    again = building_tileset(
        buildings, files.__setitem__, TilingOptions(max_content_bytes=MAX_BYTES)
    )
    assert again.tileset == result.tileset
    assert len(files) == result.tiles
