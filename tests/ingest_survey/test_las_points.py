"""Reading LAS/LAZ for point cloud tiles: every point format 0-10, slices by seek, extra bytes,
and the errors for lying or corrupt files."""

from __future__ import annotations

import struct
from pathlib import Path

import laspy
import numpy as np
import pytest
from checks import assert_tileset_valid
from citydata import TEST_DATA
from gltf_checks import parse_glb

from ingest_survey.convert.pointcloud import build_pointcloud
from ingest_survey.errors import UnreadableFileError
from ingest_survey.readers.las import check_point_data, read_header, read_points

DATA = TEST_DATA / "pointclouds"
FORMATS = {
    0: "1.2",
    1: "1.2",
    2: "1.2",
    3: "1.2",
    4: "1.3",
    5: "1.3",
    6: "1.4",
    7: "1.4",
    8: "1.4",
    9: "1.4",
    10: "1.4",
}


def _write(path: Path, point_format: int, n: int = 3000) -> laspy.LasData:
    """A LAS/LAZ of real Delft coordinates (AHN3 cut) in the given point format."""
    src = laspy.read(TEST_DATA.parent.parent / "samples/delft/ahn3/ahn3_cropped_2.laz")
    header = laspy.LasHeader(point_format=point_format, version=FORMATS[point_format])
    header.scales, header.offsets = src.header.scales, src.header.offsets
    las = laspy.LasData(header)
    las.x, las.y, las.z = src.x[:n], src.y[:n], src.z[:n]
    las.classification = np.asarray(src.classification[:n])
    las.intensity = np.asarray(src.intensity[:n])
    las.return_number = np.asarray(src.return_number[:n])
    if "red" in las.point_format.dimension_names:
        las.red = np.arange(n) % 65536
        las.green = np.full(n, 40000)
        las.blue = np.full(n, 300)
    las.write(path)
    return las


@pytest.mark.parametrize("point_format", sorted(FORMATS))
def test_every_point_format(tmp_path: Path, point_format: int) -> None:
    suffix = ".laz" if point_format % 2 else ".las"
    path = tmp_path / f"pf{point_format}{suffix}"
    las = _write(path, point_format)
    header = read_header(path, "EPSG:28992")
    chunks = list(read_points(header, 0, header.point_count, 1000, header.fields))
    assert [len(c) for c in chunks] == [1000, 1000, 1000]
    np.testing.assert_array_equal(np.concatenate([c.x for c in chunks]), np.asarray(las.x))
    np.testing.assert_array_equal(
        np.concatenate([c.intensity for c in chunks]), np.asarray(las.intensity)
    )
    np.testing.assert_array_equal(
        np.concatenate([c.classification for c in chunks]), np.asarray(las.classification)
    )
    has_rgb = "red" in las.point_format.dimension_names
    assert (chunks[0].rgb is not None) == has_rgb
    # Every standard dimension the format has is kept (waveform packets aside).
    kept = {f.name for f in header.fields}
    assert {"number_of_returns", "classification_flags", "scan_flags", "user_data"} <= kept
    assert "point_source_id" in kept
    assert ("gps_time" in kept) == (point_format not in (0, 2))
    assert ("nir" in kept) == (point_format in (8, 10))
    assert ("scanner_channel" in kept) == (point_format >= 6)
    assert ("scan_angle" if point_format >= 6 else "scan_angle_rank") in kept
    assert all(chunks[0].extras[f.name].dtype == np.dtype(f.prop.dtype) for f in header.fields)
    result = build_pointcloud([path], tmp_path / "out", crs="EPSG:28992", workers=1)
    assert result.points == 3000


def test_slices_by_seek_match_a_full_read() -> None:
    path = DATA / "extra_bytes_pf8_every7.laz"
    header = read_header(path)
    whole = next(read_points(header, 0, header.point_count, header.point_count))
    part = list(read_points(header, 50_000, 20_000, 7_000))
    assert [len(p) for p in part] == [7_000, 7_000, 6_000]
    np.testing.assert_array_equal(np.concatenate([p.z for p in part]), whole.z[50_000:70_000])
    rgb = np.concatenate([p.rgb for p in part])
    np.testing.assert_array_equal(rgb, whole.rgb[50_000:70_000])
    assert whole.rgb.max() > 255  # this file uses the 16-bit colour range


def test_header_promising_more_points_than_the_file_holds(tmp_path: Path) -> None:
    path = tmp_path / "lying.las"
    data = bytearray((DATA / "pdal_4_6_crop.las").read_bytes())
    struct.pack_into("<I", data, 107, 30_000)
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableFileError, match="30000 points but the file holds only 23875"):
        check_point_data(read_header(path))


def test_laz_shorter_than_its_header(tmp_path: Path) -> None:
    path = tmp_path / "short.laz"
    data = (DATA / "pdal_autzen_trim.laz").read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    header = read_header(path)
    with pytest.raises(UnreadableFileError) as caught:
        list(read_points(header, 0, header.point_count))  # read to the end
    assert caught.value.path == str(path)


def test_extra_bytes_arrays_scales_and_clashes(tmp_path: Path) -> None:
    """Array dimensions split into name_0.., scaled values, clashing or odd names handled."""
    las = _write(tmp_path / "unused.las", 6, n=500)
    las.add_extra_dims(
        [
            laspy.ExtraBytesParams("normal", "3f8"),
            laspy.ExtraBytesParams(
                "height above ground", "i4", scales=np.array([0.01]), offsets=np.array([0.0])
            ),
            laspy.ExtraBytesParams("Intensity", "u2"),  # clashes with the standard field
        ]
    )
    rng = np.random.default_rng(5)
    normal = rng.uniform(-1, 1, (500, 3))
    las.normal = normal
    las["height above ground"] = np.round(rng.uniform(0, 40, 500), 2)
    path = tmp_path / "extra.las"
    las.write(path)
    header = read_header(path, "EPSG:28992")
    assert [e.name for e in header.extras] == [
        "normal_0",
        "normal_1",
        "normal_2",
        "height_above_ground",
    ]
    points = next(read_points(header, 0, 500, 500, header.extras))
    for c in range(3):  # float64 kept as float64
        np.testing.assert_array_equal(points.extras[f"normal_{c}"], normal[:, c])
    np.testing.assert_array_equal(  # scaled: laspy's float64 value, exactly
        points.extras["height_above_ground"], np.asarray(laspy.read(path)["height above ground"])
    )
    result = build_pointcloud([path], tmp_path / "out", crs="EPSG:28992", workers=1)
    assert result.points == 500
    assert assert_tileset_valid(tmp_path / "out" / "tileset.json").vertices == 500  # + GLBs
    glb = next((tmp_path / "out" / "content").glob("*.glb")).read_bytes()
    doc, _ = parse_glb(glb)
    meta = doc["extensions"]["EXT_structural_metadata"]
    assert "height_above_ground" in meta["propertyTables"][0]["properties"]
    props = meta["schema"]["classes"]["point"]["properties"]
    assert props["height_above_ground"]["componentType"] == "FLOAT64"
    assert props["normal_0"]["componentType"] == "FLOAT64"
