"""ingest_survey.sniff: the kind of every sample in tests/data, and the errors for bad files."""

from __future__ import annotations

import sqlite3
import warnings
import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import rasterio
from rasterio.errors import NotGeoreferencedWarning
from shapely.geometry import Point

from ingest_survey.errors import CorruptFileError, UnexpectedContentError
from ingest_survey.sniff import UploadKind, sniff

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("relpath", "kind"),
    [
        ("pointclouds/autzen_trim_every4_epsg4326.laz", UploadKind.LAZ),
        ("pointclouds/extra_bytes_pf8_every7.laz", UploadKind.LAZ),
        ("pointclouds/lone_star_every5.laz", UploadKind.LAZ),
        ("pointclouds/pdal_autzen_trim.laz", UploadKind.LAZ),
        ("pointclouds/pdal_4_6_crop.las", UploadKind.LAS),
        ("pointclouds/pdal_autzen-thin-srs.las", UploadKind.LAS),
        ("terrain/monaco_srtm3_cut.tif", UploadKind.GEOTIFF),
        ("networks/Net1.inp", UploadKind.EPANET_INP),
        ("networks/Net6.inp", UploadKind.EPANET_INP),
        ("networks/pyswmm_model_full_features.inp", UploadKind.SWMM_INP),
        ("networks/Pump_Control_Model.inp", UploadKind.SWMM_INP),
        ("networks/ky4_pipes.geojson", UploadKind.GEOJSON),
    ],
)
def test_samples_are_recognised(relpath: str, kind: UploadKind) -> None:
    assert sniff(DATA / relpath).kind is kind


def test_las_facts_come_from_the_header() -> None:
    found = sniff(DATA / "pointclouds/extra_bytes_pf8_every7.laz")
    assert found.facts["version"] == "1.4"
    assert found.facts["points"] == 99675
    assert found.facts["crs"] == "EPSG:2154"


def test_a_client_name_is_used_in_errors_not_the_server_path(tmp_path: Path) -> None:
    stored = tmp_path / "data"
    stored.write_bytes(b"")
    with pytest.raises(CorruptFileError) as caught:
        sniff(stored, name="field-day-3.laz")
    assert caught.value.path == "field-day-3.laz"
    assert str(tmp_path) not in str(caught.value)


def test_text_named_laz(tmp_path: Path) -> None:
    fake = tmp_path / "scan.laz"
    fake.write_text("x y z\n1 2 3\n")
    with pytest.raises(UnexpectedContentError, match="LASF"):
        sniff(fake)


def test_truncated_las_names_promised_and_held_points(tmp_path: Path) -> None:
    cut = tmp_path / "cut.las"
    cut.write_bytes((DATA / "pointclouds/pdal_4_6_crop.las").read_bytes()[:400_000])
    with pytest.raises(CorruptFileError, match=r"promises 23875 points .* holds 400000 bytes"):
        sniff(cut)


def test_truncated_laz_lacks_its_chunk_table(tmp_path: Path) -> None:
    cut = tmp_path / "cut.laz"
    cut.write_bytes((DATA / "pointclouds/pdal_autzen_trim.laz").read_bytes()[:300_000])
    with pytest.raises(CorruptFileError, match="truncated LAZ"):
        sniff(cut)


def test_las_header_only(tmp_path: Path) -> None:
    cut = tmp_path / "header.las"
    cut.write_bytes((DATA / "pointclouds/pdal_4_6_crop.las").read_bytes()[:100])
    with pytest.raises(CorruptFileError, match="truncated LAS header"):
        sniff(cut)


def test_a_las_named_tif_is_refused(tmp_path: Path) -> None:
    wrong = tmp_path / "dem.tif"
    wrong.write_bytes((DATA / "pointclouds/pdal_4_6_crop.las").read_bytes())
    with pytest.raises(UnexpectedContentError, match="named .tif"):
        sniff(wrong)


def test_tiff_without_georeference(tmp_path: Path) -> None:
    plain = tmp_path / "plain.tif"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NotGeoreferencedWarning)
        with rasterio.open(
            plain, "w", driver="GTiff", width=4, height=4, count=1, dtype="float32"
        ) as out:
            out.write(np.zeros((1, 4, 4), dtype="float32"))
    with pytest.raises(CorruptFileError, match="without georeference"):
        sniff(plain)


def test_png_is_refused(tmp_path: Path) -> None:
    png = tmp_path / "dem.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    with pytest.raises(UnexpectedContentError, match="PNG"):
        sniff(png)


def _frame() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"h": [3.0]}, geometry=[Point(4.36, 52.01)], crs="EPSG:4326")


def test_geopackage_and_plain_sqlite(tmp_path: Path) -> None:
    gpkg = tmp_path / "footprints.gpkg"
    _frame().to_file(gpkg, driver="GPKG")
    assert sniff(gpkg).kind is UploadKind.GEOPACKAGE
    plain = tmp_path / "other.gpkg"
    with sqlite3.connect(plain) as connection:
        connection.execute("create table t (x)")
    with pytest.raises(UnexpectedContentError, match="not a GeoPackage"):
        sniff(plain)


def test_zipped_shapefile(tmp_path: Path) -> None:
    folder = tmp_path / "shp"
    folder.mkdir()
    _frame().to_file(folder / "footprints.shp")
    complete = tmp_path / "footprints.zip"
    with zipfile.ZipFile(complete, "w") as archive:
        for part in folder.iterdir():
            archive.write(part, f"city/{part.name}")
    found = sniff(complete)
    assert found.kind is UploadKind.SHAPEFILE_ZIP
    assert found.facts["layers"] == ["footprints"]
    partial = tmp_path / "partial.zip"
    with zipfile.ZipFile(partial, "w") as archive:
        archive.write(folder / "footprints.shp", "footprints.shp")
    with pytest.raises(CorruptFileError, match=r"lacks its \.dbf, \.shx"):
        sniff(partial)


def test_pandapipes_json(tmp_path: Path) -> None:
    net = tmp_path / "net.json"
    net.write_text('{"_module": "pandapipes.pandapipes_net", "_class": "pandapipesNet"}')
    assert sniff(net).kind is UploadKind.PANDAPIPES_JSON
    other = tmp_path / "other.json"
    other.write_text('{"hello": "world"}')
    with pytest.raises(UnexpectedContentError, match="neither"):
        sniff(other)


def test_text_without_model_sections(tmp_path: Path) -> None:
    notes = tmp_path / "notes.inp"
    notes.write_text("[NOTES]\nnothing here\n")
    with pytest.raises(UnexpectedContentError, match="EPANET"):
        sniff(notes)


def test_unknown_binary(tmp_path: Path) -> None:
    blob = tmp_path / "blob.bin"
    blob.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(UnexpectedContentError, match="not a kind of file twin ingests"):
        sniff(blob)
