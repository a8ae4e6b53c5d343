"""Readers on real data and on real data made bad: clear errors naming file, feature and field."""

from __future__ import annotations

import struct
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely
from citydata import DELFT_CRS, DELFT_FOOTPRINTS, DELFT_SURVEY

from ingest_survey.errors import (
    IngestError,
    InvalidFeatureError,
    MissingCRSError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from ingest_survey.readers.footprints import read_footprints
from ingest_survey.readers.las import iter_chunks, read_header


@pytest.fixture(scope="module")
def delft_frame() -> gpd.GeoDataFrame:
    return gpd.read_file(DELFT_FOOTPRINTS)


SHAPEFILE_WARNINGS = (
    "ignore:Column names longer than 10 characters:UserWarning",
    "ignore:Normalized/laundered field name:RuntimeWarning",
    "ignore:'crs' was not provided:UserWarning",
)


@pytest.mark.filterwarnings(*SHAPEFILE_WARNINGS)
@pytest.mark.parametrize(
    "driver,suffix", [("GeoJSON", ".geojson"), ("GPKG", ".gpkg"), ("ESRI Shapefile", ".shp")]
)
def test_every_format_reads_the_same_footprints(delft_frame, tmp_path, driver, suffix) -> None:
    path = tmp_path / f"delft{suffix}"
    delft_frame.to_file(path, driver=driver)
    got = read_footprints(path)
    reference = read_footprints(DELFT_FOOTPRINTS)
    assert len(got) == len(reference) == 160
    assert got.crs.to_epsg() == 28992
    assert shapely.equals_exact(got.polygons, reference.polygons, tolerance=1e-6).all()
    assert len(got.attributes.columns) == len(delft_frame.columns) - 1  # all but the geometry


def test_geographic_input_is_worked_in_utm(delft_frame, tmp_path) -> None:
    path = tmp_path / "wgs84.geojson"
    delft_frame.to_crs("EPSG:4326").to_file(path)
    got = read_footprints(path)
    assert got.crs.to_epsg() == 32631  # UTM 31N covers Delft (4.37 E)
    areas = shapely.area(got.polygons)
    np.testing.assert_allclose(
        areas, shapely.area(read_footprints(DELFT_FOOTPRINTS).polygons), rtol=2e-3
    )  # RD and UTM scale differ by < 0.1 %


@pytest.mark.filterwarnings(*SHAPEFILE_WARNINGS)
def test_missing_crs_is_refused_then_supplied(delft_frame, tmp_path) -> None:
    path = tmp_path / "no_crs.shp"
    delft_frame[["gml_id", "geometry"]].to_file(path)
    path.with_suffix(".prj").unlink()  # a shapefile delivered without its .prj
    with pytest.raises(MissingCRSError, match="--crs") as info:
        read_footprints(path)
    assert info.value.path == str(path)
    assert len(read_footprints(path, crs=DELFT_CRS)) == 160
    # GeoJSON without a crs member is WGS 84 by its specification: RD metres are caught there.
    geojson = tmp_path / "rd_as_geojson.geojson"
    delft_frame.set_crs(None, allow_override=True).to_file(geojson)
    with pytest.raises(IngestError, match="not valid in WGS 84; check --crs"):
        read_footprints(geojson)


def test_wrong_crs_is_refused(tmp_path) -> None:
    with pytest.raises(IngestError, match="check --crs"):
        read_footprints(DELFT_FOOTPRINTS, crs="EPSG:4326")
    with pytest.raises(IngestError, match="outside the area"):
        read_footprints(DELFT_FOOTPRINTS, crs="EPSG:2154")  # Lambert-93: France, not Delft


def test_non_polygon_row_names_the_feature(delft_frame, tmp_path) -> None:
    frame = delft_frame.copy()
    frame.loc[7, "geometry"] = shapely.LineString([(85000, 447500), (85010, 447510)])
    path = tmp_path / "mixed.gpkg"
    frame.to_file(path)
    with pytest.raises(InvalidFeatureError) as info:
        read_footprints(path)
    assert info.value.row == 7 and info.value.field == "geometry"
    assert "LineString" in str(info.value) and str(path) in str(info.value)
    skipped = read_footprints(path, skip_invalid=True)
    assert len(skipped) == 159 and [d.row for d in skipped.dropped] == [7]


def test_self_intersecting_polygon_is_repaired_and_reported(delft_frame, tmp_path) -> None:
    frame = delft_frame.copy()
    x0, y0, x1, y1 = frame.geometry.iloc[3].bounds
    frame.loc[3, "geometry"] = shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])  # bowtie
    path = tmp_path / "bowtie.geojson"
    frame.to_file(path)
    got = read_footprints(path)
    assert len(got) == 160
    assert [r.row for r in got.repaired] == [3]
    assert "Self-intersection" in got.repaired[0].reason
    assert shapely.is_valid(got.polygons).all()


def test_unreadable_and_missing_files(tmp_path) -> None:
    junk = tmp_path / "junk.geojson"
    junk.write_text("{ this is not json")
    with pytest.raises(UnreadableFileError) as info:
        read_footprints(junk)
    assert info.value.path == str(junk)
    with pytest.raises(UnreadableFileError, match="no such file"):
        read_footprints(tmp_path / "nothing.gpkg")


def test_las_header_and_crs() -> None:
    with pytest.raises(MissingCRSError, match="--survey-crs"):
        read_header(DELFT_SURVEY[0])
    header = read_header(DELFT_SURVEY[0], DELFT_CRS)
    assert header.point_count == 640_510 and header.crs.to_epsg() == 28992
    assert sum(c.x.size for c in iter_chunks(header, 200_000)) == 640_510


def test_non_las_file_is_refused(tmp_path) -> None:
    path = tmp_path / "fake.laz"
    path.write_bytes(b"PK\x03\x04 not a point cloud")
    with pytest.raises(UnsupportedFormatError, match="LASF"):
        read_header(path, DELFT_CRS)


def test_truncated_laz_names_the_file(tmp_path) -> None:
    data = DELFT_SURVEY[1].read_bytes()
    path = tmp_path / "truncated.laz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnreadableFileError) as info:
        header = read_header(path, DELFT_CRS)
        list(iter_chunks(header))  # read to the end
    assert info.value.path == str(path)


def test_header_that_lies_about_its_point_count(tmp_path) -> None:
    data = bytearray(DELFT_SURVEY[1].read_bytes())
    (count,) = struct.unpack_from("<I", data, 107)  # LAS 1.2 legacy point count
    struct.pack_into("<I", data, 107, count + 1000)
    path = tmp_path / "liar.laz"
    path.write_bytes(bytes(data))
    with pytest.raises(UnreadableFileError) as info:
        list(iter_chunks(read_header(path, DELFT_CRS)))  # read to the end
    assert str(path) in str(info.value)


def test_footprint_ids_come_from_the_source(tmp_path: Path) -> None:
    got = read_footprints(DELFT_FOOTPRINTS)
    frame = gpd.read_file(DELFT_FOOTPRINTS)
    assert list(got.ids) == frame["identificatiebagpnd"].astype(str).tolist()
