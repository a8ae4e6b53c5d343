"""The spec checks of tests/checks.py pass on valid inputs and provably fail on broken ones."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

# tests/ is on sys.path (pytest's rootdir-relative conftest insertion), so other tests do the same.
import checks
import numpy as np
import pytest
from checks import (
    assert_contains,
    assert_geometric_error_decreases,
    assert_glb_valid,
    assert_tileset_valid,
    read_content_positions,
    read_glb_positions,
)
from pyproj import Transformer

# A local east-north-up frame at TU Delft; the triangle is 10 m across and 5 m high.
ORIGIN_DEG = (4.3727, 52.0, 0.0)
TRIANGLE_ENU = np.array([[0.0, 0.0, 0.0], [10.0, 0.0, 0.0], [0.0, 10.0, 5.0]])
TO_ECEF = Transformer.from_crs("EPSG:4979", "EPSG:4978", always_xy=True)
TO_GEODETIC = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True)


def enu_to_ecef() -> np.ndarray:
    """4x4 matrix from the local ENU frame at ORIGIN_DEG to EPSG:4978."""
    lon, lat = np.radians(ORIGIN_DEG[:2])
    east = [-np.sin(lon), np.cos(lon), 0.0]
    north = [-np.sin(lat) * np.cos(lon), -np.sin(lat) * np.sin(lon), np.cos(lat)]
    up = [np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)]
    matrix = np.eye(4)
    matrix[:3, :3] = np.array([east, north, up]).T
    matrix[:3, 3] = TO_ECEF.transform(*ORIGIN_DEG)
    return matrix


def column_major(matrix: np.ndarray) -> list[float]:
    """A 4x4 matrix as the 16 column-major numbers of glTF and 3D Tiles."""
    return [float(v) for v in matrix.T.ravel()]


def make_glb(
    positions_gltf: np.ndarray,
    *,
    translation: list[float] | None = None,
    count: int | None = None,
    feature_ids: bool = False,
) -> bytes:
    """One triangle as a GLB; `count` overrides the accessor count (to break it)."""
    pos = np.asarray(positions_gltf, dtype="<f4")
    binary = pos.tobytes()
    attributes: dict[str, int] = {"POSITION": 0}
    accessors: list[dict[str, Any]] = [
        {
            "bufferView": 0,
            "componentType": 5126,
            "count": count or len(pos),
            "type": "VEC3",
            "min": pos.min(axis=0).tolist(),
            "max": pos.max(axis=0).tolist(),
        }
    ]
    views: list[dict[str, Any]] = [{"buffer": 0, "byteLength": len(binary), "target": 34962}]
    primitive: dict[str, Any] = {"attributes": attributes, "mode": 4}
    doc: dict[str, Any] = {"asset": {"version": "2.0", "generator": "twin tests"}}
    if feature_ids:
        ids = np.zeros(len(pos), dtype="<f4").tobytes()
        views.append(
            {"buffer": 0, "byteOffset": len(binary), "byteLength": len(ids), "target": 34962}
        )
        accessors.append(
            {"bufferView": 1, "componentType": 5126, "count": len(pos), "type": "SCALAR"}
        )
        binary += ids
        attributes["_FEATURE_ID_0"] = 1
        primitive["extensions"] = {
            "EXT_mesh_features": {"featureIds": [{"featureCount": 1, "attribute": 0}]}
        }
        doc["extensionsUsed"] = ["EXT_mesh_features"]
    node: dict[str, Any] = {"mesh": 0}
    if translation:
        node["translation"] = translation
    doc |= {
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [node],
        "meshes": [{"primitives": [primitive]}],
        "accessors": accessors,
        "bufferViews": views,
        "buffers": [{"byteLength": len(binary)}],
    }
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    binary += b"\0" * (-len(binary) % 4)
    total = 12 + 8 + len(text) + 8 + len(binary)
    return (
        struct.pack("<4sII", b"glTF", 2, total)
        + struct.pack("<II", len(text), 0x4E4F534A)
        + text
        + struct.pack("<II", len(binary), 0x004E4942)
        + binary
    )


def enu_to_gltf(enu: np.ndarray) -> np.ndarray:
    """z-up (e, n, u) to glTF y-up (e, u, -n): the inverse of (x, y, z) -> (x, -z, y)."""
    return np.stack([enu[:, 0], enu[:, 2], -enu[:, 1]], axis=1)


def region_around(enu: np.ndarray, pad_m: float = 0.5) -> list[float]:
    """A region (radians, metres) containing the ENU points, padded by about `pad_m`."""
    ecef = enu @ enu_to_ecef()[:3, :3].T + enu_to_ecef()[:3, 3]
    lon, lat, h = TO_GEODETIC.transform(ecef[:, 0], ecef[:, 1], ecef[:, 2])
    dlat = pad_m / 6.4e6
    dlon = dlat / np.cos(np.radians(ORIGIN_DEG[1]))
    return [
        float(np.radians(lon.min()) - dlon),
        float(np.radians(lat.min()) - dlat),
        float(np.radians(lon.max()) + dlon),
        float(np.radians(lat.max()) + dlat),
        float(h.min() - pad_m),
        float(h.max() + pad_m),
    ]


def write_tileset(
    folder: Path,
    glb: bytes,
    *,
    root_error: float = 20.0,
    child_error: float = 0.0,
    region: list[float] | None = None,
    **root: Any,
) -> Path:
    """A two-level tileset: the root with the ENU transform and a child holding the GLB."""
    (folder / "content").mkdir(parents=True, exist_ok=True)
    (folder / "content" / "a.glb").write_bytes(glb)
    bv = {"region": region or region_around(TRIANGLE_ENU)}
    tileset = {
        "asset": {"version": "1.1"},
        "geometricError": 100.0,
        "root": {
            "boundingVolume": {"region": region_around(TRIANGLE_ENU, 50.0)},
            "geometricError": root_error,
            "refine": "REPLACE",
            "transform": column_major(enu_to_ecef()),
            "children": [
                {
                    "boundingVolume": bv,
                    "geometricError": child_error,
                    "content": {"uri": "content/a.glb"},
                }
            ],
            **root,
        },
    }
    path = folder / "tileset.json"
    path.write_text(json.dumps(tileset))
    return path


def test_glb_decoder_applies_node_translation_and_y_up_to_z_up() -> None:
    glb = make_glb(enu_to_gltf(TRIANGLE_ENU), translation=[1.0, 2.0, 3.0])
    # A glTF translation (1, 2, 3) is (1, -3, 2) in the z-up tile frame.
    expected = TRIANGLE_ENU + [1.0, -3.0, 2.0]
    np.testing.assert_allclose(read_glb_positions(glb), expected, atol=1e-5)


def test_b3dm_and_pnts_decode_with_rtc_center() -> None:
    glb = make_glb(enu_to_gltf(TRIANGLE_ENU))
    table = json.dumps({"BATCH_LENGTH": 0, "RTC_CENTER": [100.0, 0.0, 0.0]}).encode()
    table += b" " * (-(28 + len(table)) % 8)
    b3dm = struct.pack("<4s6I", b"b3dm", 1, 28 + len(table) + len(glb), len(table), 0, 0, 0)
    np.testing.assert_allclose(
        read_content_positions(b3dm + table + glb), TRIANGLE_ENU + [100.0, 0.0, 0.0], atol=1e-5
    )
    points = TRIANGLE_ENU.astype("<f4").tobytes()
    ft = json.dumps({"POINTS_LENGTH": 3, "POSITION": {"byteOffset": 0}}).encode()
    ft += b" " * (-(28 + len(ft)) % 8)
    pnts = struct.pack("<4s6I", b"pnts", 1, 28 + len(ft) + len(points), len(ft), len(points), 0, 0)
    np.testing.assert_allclose(read_content_positions(pnts + ft + points), TRIANGLE_ENU)


def test_valid_glbs_pass_in_one_batch(tmp_path: Path) -> None:
    plain, meta = tmp_path / "plain.glb", tmp_path / "meta.glb"
    plain.write_bytes(make_glb(enu_to_gltf(TRIANGLE_ENU)))
    meta.write_bytes(make_glb(enu_to_gltf(TRIANGLE_ENU), feature_ids=True))
    reports = assert_glb_valid([plain, meta])
    assert [r["numErrors"] for r in reports] == [0, 0]
    # The validator does not know EXT_mesh_features: a warning that is accepted, not ignored.
    assert any(m["code"] == "UNSUPPORTED_EXTENSION" for m in reports[1]["messages"])


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (make_glb(enu_to_gltf(TRIANGLE_ENU), count=4), "ACCESSOR_TOO_LONG"),
        (b"glTF\x02\x00\x00\x00\x0c\x00\x00\x00", "GLB_"),
        (b"not a model", "VALIDATOR_REJECTED"),
    ],
    ids=["accessor-longer-than-its-buffer-view", "glb-header-only", "not-gltf"],
)
def test_broken_glb_fails_with_the_validator_message(
    tmp_path: Path, content: bytes, code: str
) -> None:
    good, bad = tmp_path / "good.glb", tmp_path / "bad.glb"
    good.write_bytes(make_glb(enu_to_gltf(TRIANGLE_ENU)))
    bad.write_bytes(content)
    with pytest.raises(AssertionError, match=code) as failure:
        assert_glb_valid([good, bad])
    assert "good.glb" not in str(failure.value)


def test_valid_tileset_passes(tmp_path: Path) -> None:
    path = write_tileset(tmp_path, make_glb(enu_to_gltf(TRIANGLE_ENU), feature_ids=True))
    report = assert_tileset_valid(path)
    assert (report.tiles, report.vertices, len(report.glbs)) == (2, 3, 1)
    assert report.notes == []


def test_increasing_geometric_error_fails(tmp_path: Path) -> None:
    path = write_tileset(tmp_path, make_glb(enu_to_gltf(TRIANGLE_ENU)), child_error=30.0)
    with pytest.raises(AssertionError, match="not below its parent's"):
        assert_tileset_valid(path)
    with pytest.raises(AssertionError, match="not below"):
        assert_geometric_error_decreases(json.loads(path.read_text()))


def test_region_missing_a_vertex_fails(tmp_path: Path) -> None:
    # Cut the region 1 m south of the triangle's north-most vertex (10 m north of the origin).
    region = region_around(TRIANGLE_ENU)
    region[3] -= 1.5 / 6.4e6
    path = write_tileset(tmp_path, make_glb(enu_to_gltf(TRIANGLE_ENU)), region=region)
    with pytest.raises(AssertionError, match="1 of 3 vertices outside region"):
        assert_tileset_valid(path)


def test_z_up_glb_without_axis_conversion_fails(tmp_path: Path) -> None:
    # The py3dtiles bug: positions written z-up land 5-10 m off once the viewer rotates them.
    path = write_tileset(tmp_path, make_glb(TRIANGLE_ENU))
    with pytest.raises(AssertionError, match="outside region"):
        assert_tileset_valid(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"asset": {"version": "1.0"}}, "asset.version"),
        ({"root_refine": None}, "root.refine"),
        ({"uri": "content/missing.glb"}, "does not exist"),
        ({"root_refine": "MERGE"}, "root.refine"),
    ],
    ids=["version-1.0", "no-root-refine", "missing-content", "bad-refine"],
)
def test_tileset_rule_violations_fail(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    path = write_tileset(tmp_path, make_glb(enu_to_gltf(TRIANGLE_ENU)))
    tileset = json.loads(path.read_text())
    if "asset" in change:
        tileset["asset"] = change["asset"]
    if "root_refine" in change:
        tileset["root"]["refine"] = change["root_refine"]
    if "uri" in change:
        tileset["root"]["children"][0]["content"]["uri"] = change["uri"]
    path.write_text(json.dumps(tileset))
    with pytest.raises(AssertionError, match=message):
        assert_tileset_valid(path)


def test_child_outside_parent_is_a_note_not_a_failure(tmp_path: Path) -> None:
    path = write_tileset(tmp_path, make_glb(enu_to_gltf(TRIANGLE_ENU)))
    tileset = json.loads(path.read_text())
    tileset["root"]["boundingVolume"] = {"box": [0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 2]}
    path.write_text(json.dumps(tileset))
    report = assert_tileset_valid(path, validate_glb=False)
    assert any("not inside its parent's" in note for note in report.notes)


def test_box_and_sphere_use_the_tile_transform() -> None:
    transform = enu_to_ecef()
    world = TRIANGLE_ENU @ transform[:3, :3].T + transform[:3, 3]
    box = {"box": [5, 5, 2.5, 5, 0, 0, 0, 5, 0, 0, 0, 2.5]}
    assert_contains(box, world, transform)
    flat = {"box": [5, 5, 0, 5, 0, 0, 0, 5, 0, 0, 0, 0]}
    with pytest.raises(AssertionError, match="1 of 3 vertices outside box by up to 5 m"):
        assert_contains(flat, world, transform)
    assert_contains({"sphere": [3, 3, 2, 9]}, world, transform)
    with pytest.raises(AssertionError, match="outside sphere"):
        assert_contains({"sphere": [0, 0, 0, 9]}, world, transform)
    with pytest.raises(AssertionError, match="outside box"):
        assert_contains(box, world)  # without the transform the box sits at the earth's centre


def test_tolerances_are_one_centimetre_and_a_nanoradian() -> None:
    assert checks.LENGTH_TOL_M == 0.01
    assert checks.ANGLE_TOL_RAD == 1e-9
