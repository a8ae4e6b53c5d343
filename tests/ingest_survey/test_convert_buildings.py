"""The out-of-core build: many buckets, a process pool, and the same answers as one bucket."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from checks import assert_tileset_valid
from citydata import DELFT_CRS, DELFT_FOOTPRINTS, DELFT_SURVEY, MONACO_BUILDINGS

import ingest_survey.convert.buildings as convert
from tiling.building_tiles import TilingOptions
from tiling.gltf import read_glb
from tiling.metadata import decode_property


def _leaf_rows(out: Path) -> dict[str, dict[str, object]]:
    """Every building in a leaf, by id, with its metadata (decoded independently of the writer)."""
    doc = json.loads((out / "tileset.json").read_text())
    rows: dict[str, dict[str, object]] = {}
    stack = [doc["root"]]
    while stack:
        tile = stack.pop()
        stack.extend(tile.get("children", []))
        if tile.get("children"):
            continue
        gltf, binary = read_glb((out / tile["content"]["uri"]).read_bytes())
        meta = gltf["extensions"]["EXT_structural_metadata"]
        table = meta["propertyTables"][0]
        props = meta["schema"]["classes"]["building"]["properties"]
        columns = {}
        for pid, entry in table["properties"].items():
            view = gltf["bufferViews"][entry["values"]]
            offsets = None
            if "stringOffsets" in entry:
                o = gltf["bufferViews"][entry["stringOffsets"]]
                offsets = binary[o["byteOffset"] : o["byteOffset"] + o["byteLength"]]
            columns[pid] = decode_property(
                props[pid],
                binary[view["byteOffset"] : view["byteOffset"] + view["byteLength"]],
                offsets,
                table["count"],
            )
        for pid, prop in props.items():  # declared but not stored: every row is its noData
            columns.setdefault(pid, [prop.get("noData")] * table["count"])
        for i, building_id in enumerate(columns["id"]):
            assert building_id not in rows, f"{building_id} is in two leaves"
            rows[building_id] = {k: v[i] for k, v in columns.items()}
    return rows


@pytest.fixture
def small_buckets(monkeypatch):
    monkeypatch.setattr(convert, "BUCKET_BUILDINGS", 40)
    monkeypatch.setattr(convert, "BUCKET_BUILDINGS_SURVEY", 40)


def test_buckets_and_pool_give_the_single_bucket_answer(tmp_path, small_buckets) -> None:
    options = TilingOptions(max_content_bytes=150_000)
    split = convert.build_buildings(
        MONACO_BUILDINGS,
        tmp_path / "split",
        height_field="height",
        floors_field="building_levels",
        options=options,
        workers=2,
    )
    convert.BUCKET_BUILDINGS = 1_000_000
    whole = convert.build_buildings(
        MONACO_BUILDINGS,
        tmp_path / "whole",
        height_field="height",
        floors_field="building_levels",
        options=options,
        workers=1,
    )
    assert split.features == whole.features == 1207
    assert split.tiles > whole.tiles  # the buckets add coarse tiles above them
    assert_tileset_valid(tmp_path / "split" / "tileset.json")
    assert _leaf_rows(tmp_path / "split") == _leaf_rows(tmp_path / "whole")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    assert not (tmp_path / "split" / ".work").exists()


def test_survey_points_reach_every_bucket_that_needs_them(tmp_path, small_buckets) -> None:
    survey = dict(survey=DELFT_SURVEY, survey_crs=DELFT_CRS)
    convert.build_buildings(DELFT_FOOTPRINTS, tmp_path / "split", workers=2, **survey)
    convert.BUCKET_BUILDINGS_SURVEY = 1_000_000
    convert.build_buildings(DELFT_FOOTPRINTS, tmp_path / "whole", workers=1, **survey)
    split, whole = _leaf_rows(tmp_path / "split"), _leaf_rows(tmp_path / "whole")
    assert split.keys() == whole.keys() and len(split) == 160
    for key in ("ground", "roof_p50", "roof_p70", "roof_p90", "points", "ground_points"):
        np.testing.assert_array_equal(
            [split[i][key] for i in split], [whole[i][key] for i in split]
        )
