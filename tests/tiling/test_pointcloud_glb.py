"""glTF POINTS content: valid for the Khronos validator, colours normalized, properties as
EXT_structural_metadata property attributes, RTC centre in the node, y-up."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest
from gltf_checks import assert_glb_valid, parse_glb, read_accessor, read_glb_positions

from tiling.errors import TilingError
from tiling.gltf import PointCloudContent, points_glb
from tiling.pnts import pnts_bytes
from tiling.point_properties import PointProperty

CENTER = np.array([-2_505_582.07, -3_847_779.36, 4_412_242.61])


def _content(n: int) -> PointCloudContent:
    rng = np.random.default_rng(3)
    return PointCloudContent(
        CENTER,
        rng.uniform(-80, 80, (n, 3)).astype(np.float32),
        rng.integers(0, 256, (n, 3), dtype=np.uint8),
        rng.integers(0, 32, n, dtype=np.uint8),
        rng.integers(0, 65535, n, dtype=np.uint16),
        rng.integers(1, 6, n, dtype=np.uint8),
    )


def test_points_glb_is_valid_and_decodes(tmp_path: Path) -> None:
    content = _content(1003)
    data = points_glb(content)
    paths = [tmp_path / "points.glb", tmp_path / "bare.glb"]
    paths[0].write_bytes(data)
    paths[1].write_bytes(points_glb(PointCloudContent(CENTER, content.positions)))
    assert_glb_valid(paths)
    np.testing.assert_allclose(
        read_glb_positions(data), content.positions.astype(float) + CENTER, atol=1e-6
    )
    doc, binary = parse_glb(data)
    prim = doc["meshes"][0]["primitives"][0]
    assert prim["mode"] == 0 and "indices" not in prim
    color = doc["accessors"][prim["attributes"]["COLOR_0"]]
    assert color["normalized"] and color["type"] == "VEC4" and color["componentType"] == 5121
    rgb = np.rint(read_accessor(doc, binary, prim["attributes"]["COLOR_0"]) * 255)
    np.testing.assert_array_equal(rgb[:, :3], content.colors)
    assert (rgb[:, 3] == 255).all()
    meta = doc["extensions"]["EXT_structural_metadata"]
    props = meta["schema"]["classes"]["point"]["properties"]
    assert props["intensity"]["componentType"] == "UINT16"
    assert prim["extensions"]["EXT_structural_metadata"] == {"propertyAttributes": [0]}
    # Every property also in a table of one row per point (no feature IDs yet: PICKABLE_POINTS).
    assert "EXT_mesh_features" not in prim["extensions"]
    assert meta["propertyTables"][0]["count"] == 1003
    for name, values in (
        ("classification", content.classification),
        ("intensity", content.intensity),
        ("return_number", content.return_number),
    ):
        attribute = meta["propertyAttributes"][0]["properties"][name]["attribute"]
        assert attribute.startswith("_")
        decoded = read_accessor(doc, binary, prim["attributes"][attribute])[:, 0]
        np.testing.assert_array_equal(decoded, values)
    assert doc["nodes"][0]["translation"] == [CENTER[0], CENTER[2], -CENTER[1]]


WIDE = {
    "gps_time": np.array([390583952.35625464, 390583958.4105266, 1.5], np.float64),
    "hag": np.array([1.25, np.finfo(np.float64).max, 3.0]),  # DBL_MAX: lidR's NA
    "pulse": np.array([16_777_217, 16_777_219, -(2**31)], np.int32),  # float32 rounds these
    "serial": np.array([2**62 + 1, 5, 7], np.int64),
    "angle": np.array([-30000, 0, 29999], np.int16),
}
DECLARED = (
    PointProperty("hag", "f8", no_data=float(np.finfo(np.float64).max)),
    PointProperty("pulse", "i4", no_data=-(2**31)),
    PointProperty("angle", "i2", normalized=True, scale=0.006 * 32767),
)


def test_wide_types_keep_their_values_and_no_data(tmp_path: Path) -> None:
    content = PointCloudContent(
        CENTER, np.zeros((3, 3), np.float32), extras=dict(WIDE), declared=DECLARED
    )
    data = points_glb(content)
    (tmp_path / "wide.glb").write_bytes(data)
    assert_glb_valid(tmp_path / "wide.glb")  # no Infinity anywhere: 0 errors
    doc, binary = parse_glb(data)
    meta = doc["extensions"]["EXT_structural_metadata"]
    props = meta["schema"]["classes"]["point"]["properties"]
    assert props["gps_time"] == {"type": "SCALAR", "componentType": "FLOAT64"}
    assert props["hag"]["noData"] == np.finfo(np.float64).max
    assert props["pulse"] == {"type": "SCALAR", "componentType": "INT32", "noData": -(2**31)}
    assert props["serial"]["componentType"] == "INT64"
    assert props["angle"]["normalized"] and props["angle"]["scale"] == 0.006 * 32767
    assert "propertyAttributes" not in meta  # none of them is a vertex attribute
    table = meta["propertyTables"][0]["properties"]
    for name, values in WIDE.items():
        view = doc["bufferViews"][table[name]["values"]]
        decoded = np.frombuffer(binary, values.dtype, 3, view["byteOffset"])
        np.testing.assert_array_equal(decoded, values)
    angle = DECLARED[2].values(WIDE["angle"])
    np.testing.assert_allclose(angle, WIDE["angle"] * 0.006, atol=1e-12)


def test_pnts_batch_table_keeps_wide_types() -> None:
    content = PointCloudContent(
        CENTER, np.zeros((3, 3), np.float32), extras=dict(WIDE), declared=DECLARED
    )
    data = pnts_bytes(content)
    ft_json, ft_bin, bt_json, _ = struct.unpack_from("<4I", data, 12)
    start = 28 + ft_json + ft_bin
    batch = json.loads(data[start : start + bt_json])
    assert batch["extras"]["noData"] == {"hag": np.finfo(np.float64).max, "pulse": -(2**31)}
    types = {k: v["componentType"] for k, v in batch.items() if k != "extras"}
    assert types == {
        "gps_time": "DOUBLE",
        "hag": "DOUBLE",
        "pulse": "INT",
        "serial": "DOUBLE",  # no 64-bit integers in 3D Tiles 1.0 batch tables
        "angle": "DOUBLE",  # its value in degrees (no scale there)
    }
    gps = np.frombuffer(data, "<f8", 3, start + bt_json + batch["gps_time"]["byteOffset"])
    np.testing.assert_array_equal(gps, WIDE["gps_time"])


def test_values_that_would_change_are_refused() -> None:
    content = PointCloudContent(
        CENTER,
        np.zeros((2, 3), np.float32),
        extras={"v": np.array([1.5, 2.0])},
        declared=(PointProperty("v", "i4"),),
    )
    with pytest.raises(TilingError, match="do not fit"):
        points_glb(content)
