"""Every numeric LAS dimension of every test survey round-trips exactly (or within its declared
scale), extra-bytes no-data maps to the property's noData, and the tiles pass the validator.

The truth is laspy's reading of the file, by LAS dimension name; the tiles are read back with an
independent numpy reader of the GLB property tables and pnts batch tables. Points are compared as
a multiset of rows of every dimension (positions are proven in test_tile_pointcloud.py).
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import laspy
import numpy as np
import pytest
from checks import assert_tileset_valid
from citydata import DELFT_CRS, SHARED_DATA, TEST_DATA
from gltf_checks import assert_glb_valid, parse_glb

from ingest_survey.convert.pointcloud import build_pointcloud

DATA = TEST_DATA / "pointclouds"
SHARED = SHARED_DATA / "pointclouds"
CRS = {"pdal_autzen-thin-srs.las": "EPSG:2994", "lone_star_every5.laz": "EPSG:26912"}
CRS |= {"pdal_lone-star.laz": "EPSG:26912", "ahn3_cropped_1.laz": DELFT_CRS}
CRS |= {"ahn3_cropped_2.laz": DELFT_CRS}
DBL_MAX = float(np.finfo(np.float64).max)
NA_INTEGER = -(2**31)  # R's NA_integer_
TYPES = {"INT8": "<i1", "UINT8": "<u1", "INT16": "<i2", "UINT16": "<u2", "INT32": "<i4"}
TYPES |= {"UINT32": "<u4", "INT64": "<i8", "UINT64": "<u8", "FLOAT32": "<f4", "FLOAT64": "<f8"}
PNTS = {"BYTE": "<i1", "UNSIGNED_BYTE": "<u1", "SHORT": "<i2", "UNSIGNED_SHORT": "<u2"}
PNTS |= {"INT": "<i4", "UNSIGNED_INT": "<u4", "FLOAT": "<f4", "DOUBLE": "<f8"}


def truth(path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Each dimension's stored values as laspy reads them, and the extra-bytes no-data values."""
    las = laspy.read(path)
    pf, p = las.point_format, las.points
    names = set(pf.dimension_names)
    out: dict[str, np.ndarray] = {
        n: np.asarray(p[n])
        for n in ("classification", "intensity", "return_number", "number_of_returns")
        + ("user_data", "point_source_id", "gps_time", "nir", "scanner_channel")
        if n in names
    }
    out["scan_angle" if pf.id >= 6 else "scan_angle_rank"] = np.asarray(
        p["scan_angle" if pf.id >= 6 else "scan_angle_rank"]
    )
    flags = [("synthetic", 1), ("key_point", 2), ("withheld", 4), ("overlap", 8)]
    out["classification_flags"] = sum(
        (np.asarray(p[n]).astype(np.uint8) * b for n, b in flags if n in names),
        np.zeros(len(p), np.uint8),
    )
    out["scan_flags"] = np.asarray(p.scan_direction_flag).astype(np.uint8) + 2 * np.asarray(
        p.edge_of_flight_line
    ).astype(np.uint8)
    no_data: dict[str, Any] = {}
    for vlr in las.header.vlrs:
        for s in getattr(vlr, "extra_bytes_structs", ()):
            if s.no_data is not None and s.format_name() in pf.extra_dimension_names:
                nd = s.no_data[0]
                if s.scale is not None or s.offset is not None:
                    nd = nd * (1.0 if s.scale is None else s.scale[0]) + (
                        0.0 if s.offset is None else s.offset[0]
                    )
                no_data[s.format_name()] = nd.item()
    for name in pf.extra_dimension_names:
        out[name] = np.asarray(p[name], dtype=np.asarray(p[name]).dtype)
    return out, no_data


def decode_tile(path: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """Stored values of every property of one tile, and the schema (GLB) or batch table (pnts)."""
    data = path.read_bytes()
    if data[:4] == b"glTF":
        doc, binary = parse_glb(data)
        meta = doc["extensions"]["EXT_structural_metadata"]
        table = meta["propertyTables"][0]
        positions = doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"]
        assert table["count"] == doc["accessors"][positions]["count"]  # one row per point
        schema = meta["schema"]["classes"][table["class"]]["properties"]
        out = {}
        for name, prop in table["properties"].items():
            view = doc["bufferViews"][prop["values"]]
            dtype = np.dtype(TYPES[schema[name]["componentType"]])
            assert view["byteLength"] == table["count"] * dtype.itemsize
            out[name] = np.frombuffer(binary, dtype, table["count"], view["byteOffset"])
        return out, schema
    ft_json, ft_bin, bt_json, _ = struct.unpack_from("<4I", data, 12)
    n = json.loads(data[28 : 28 + ft_json])["POINTS_LENGTH"]
    start = 28 + ft_json + ft_bin
    batch = json.loads(data[start : start + bt_json])
    extras = batch.pop("extras", {})
    out = {
        name: np.frombuffer(
            data, PNTS[prop["componentType"]], n, start + bt_json + prop["byteOffset"]
        )
        for name, prop in batch.items()
    }
    return out, {"pnts": batch, "noData": extras.get("noData", {})}


def tiles(tileset: Path) -> list[Path]:
    found: list[Path] = []

    def walk(tile: dict[str, Any]) -> None:
        if "content" in tile:
            found.append(tileset.parent / tile["content"]["uri"])
        for child in tile.get("children", []):
            walk(child)

    walk(json.loads(tileset.read_text())["root"])
    return found


def assert_round_trip(path: Path, out: Path, spec: str) -> dict[str, Any]:
    """Tile `path`, read every tile back and compare with laspy; returns the schema."""
    build_pointcloud([path], out, crs=CRS.get(path.name), spec=spec, max_points=20_000, workers=1)
    expected, no_data = truth(path)
    parts = [decode_tile(t) for t in tiles(out / "tileset.json")]
    schema = parts[0][1]
    safe = {n: n.replace(" ", "_") for n in expected}  # property ids of odd extra-bytes names
    written = {n: np.concatenate([p[0][safe[n]] for p in parts]) for n in expected}
    assert {safe[n] for n in expected} == set(parts[0][0]), "dimensions lost or invented"
    for name, values in expected.items():
        got = written[name]
        assert got.size == values.size
        if spec == "1.1":
            assert got.dtype == values.dtype or values.dtype.kind == "f", name  # its own type
        if name == "scan_angle" and spec == "1.1":  # LAS 1.4: raw steps of 0.006 degrees
            prop = schema[name]
            assert prop["normalized"] and got.dtype == np.int16
            degrees = got / 32767 * prop["scale"]
            np.testing.assert_allclose(np.sort(degrees), np.sort(values * 0.006), atol=1e-9)
        elif name == "scan_angle":  # pnts: the value in degrees as DOUBLE
            got = np.rint(got / 0.006)
        np.testing.assert_array_equal(np.sort(got.astype(values.dtype)), np.sort(values), name)
    # Jointly: the rows (one per point, every dimension) are the same multiset.
    names = sorted(expected)
    order_w = np.lexsort([written[n].astype(np.float64) for n in names if n != "scan_angle"])
    order_t = np.lexsort([expected[n].astype(np.float64) for n in names if n != "scan_angle"])
    for n in names:
        if n != "scan_angle":
            np.testing.assert_array_equal(
                written[n][order_w].astype(np.float64), expected[n][order_t].astype(np.float64)
            )
    for name, value in no_data.items():
        declared = schema[safe[name]]["noData"] if spec == "1.1" else schema["noData"][safe[name]]
        assert declared == value, name
    if spec == "1.1":  # the validator and the spec checks (the pnts checks are elsewhere)
        report = assert_tileset_valid(out / "tileset.json")
        assert report.vertices == len(next(iter(expected.values())))
    return schema


def lidr_style(tmp_path: Path) -> Path:
    """Real points (pdal_4_6_crop.las), extra-bytes dimensions added by the test with lidR's NA
    convention: a float64 with no_data DBL_MAX, and integers wider than 24 bits."""
    las = laspy.read(DATA / "pdal_4_6_crop.las")
    n = len(las.points)
    las.add_extra_dims(
        [
            laspy.ExtraBytesParams("hag", "f8", "height above ground", no_data=[DBL_MAX]),
            laspy.ExtraBytesParams("pulse id", "i4", "pulse", no_data=[NA_INTEGER]),
            laspy.ExtraBytesParams("tag", "u4", "a uint32"),
            laspy.ExtraBytesParams("serial", "i8", "an int64"),
            laspy.ExtraBytesParams(
                "hag_mm", "i4", "scaled", scales=[0.001], offsets=[0.0], no_data=[NA_INTEGER]
            ),
        ]
    )
    z = np.asarray(las.z)
    ground = np.asarray(las.classification) == 2
    hag = z - np.percentile(z[ground], 5)
    las.hag = np.where(ground, DBL_MAX, hag)  # lidR writes NA as DBL_MAX
    pulse = 16_777_217 + 3 * np.arange(n, dtype=np.int64)  # above 2^24: float32 rounds them
    las["pulse id"] = np.where(np.arange(n) % 11 == 0, NA_INTEGER, pulse)
    las.tag = (4_000_000_000 - 7 * np.arange(n)).astype(np.uint32)
    las.serial = 2**40 + np.arange(n, dtype=np.int64) * 1_000_003
    las.hag_mm = np.round(np.where(ground, 0, hag), 3)
    path = tmp_path / "lidr_style.las"
    las.write(path)
    return path


@pytest.mark.parametrize("spec", ["1.1", "1.0"])
def test_lidr_style_extra_bytes_exact_with_no_data(tmp_path: Path, spec: str) -> None:
    path = lidr_style(tmp_path)
    schema = assert_round_trip(path, tmp_path / "out", spec)
    if spec == "1.1":
        assert schema["hag"] == {
            "type": "SCALAR",
            "componentType": "FLOAT64",
            "noData": DBL_MAX,
            "description": "height above ground",
        }
        assert schema["pulse_id"]["componentType"] == "INT32"
        assert schema["pulse_id"]["noData"] == NA_INTEGER
        assert schema["tag"]["componentType"] == "UINT32"
        assert schema["serial"]["componentType"] == "INT64"
        assert schema["hag_mm"]["componentType"] == "FLOAT64"  # laspy's scaled value
        assert schema["gps_time"]["componentType"] == "FLOAT64"
        assert_glb_valid(tiles(tmp_path / "out" / "tileset.json"))


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("*.la[sz]")))
def test_every_dimension_of_the_test_surveys(tmp_path: Path, name: str) -> None:
    assert_round_trip(DATA / name, tmp_path / "out", "1.1")
    if name == "extra_bytes_pf8_every7.laz":
        assert_round_trip(DATA / name, tmp_path / "pnts", "1.0")


@pytest.mark.slow
@pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="the shared survey collection (../shared/data/pointclouds) is absent: "
    "set TWIN_SHARED_DIR to run these",
)
@pytest.mark.parametrize(
    "path",
    sorted(SHARED_DATA.rglob("*.la[sz]")) if SHARED.is_dir() else [],
    ids=lambda p: p.name,
)
def test_every_dimension_of_the_shared_surveys(tmp_path: Path, path: Path) -> None:
    """Every survey of the shared data (AHN3 Delft, PDAL's files, the 10.6 M-point Autzen)."""
    assert_round_trip(path, tmp_path / "out", "1.1")
