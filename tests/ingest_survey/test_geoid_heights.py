"""Heights through a geoid: every pipeline's ECEF equals pyproj's compound transformation.

The reference is always a compound CRS handed to pyproj (`<horizontal> + EGM96 height` or
`+ EGM2008 height`, the grid twin uses), never twin's own code path. Points: Delft (RD + NAP,
the AHN3 survey), Monaco (SRTM, EGM96 by definition), the Guangdong oblique production's origin
(CGCS2000 Gauss-Kruger, 1985 heights) and the city of the issue (36.65 N, 117.0 E) as
coordinates converted with pyproj into EPSG:4527 and EPSG:4548 (converted, not surveyed).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
import rasterio
from citydata import DELFT_FOOTPRINTS, DELFT_SURVEY, SAMPLES, SHARED_DATA, TEST_DATA
from gltf_checks import read_content_positions
from pyproj import CRS, Transformer
from pyproj.crs import CompoundCRS

from ingest_survey.convert.buildings import build_buildings
from ingest_survey.convert.pipes import place_network
from ingest_survey.convert.pointcloud import _prepare
from ingest_survey.convert.pointcloud_crs import FittedTransform
from ingest_survey.errors import InvalidOptionError, UnknownVerticalDatumWarning
from ingest_survey.geoids import ensure_geoid
from ingest_survey.readers.dem import mosaic_geographic, raster_uri, sample_dem
from ingest_survey.readers.las import iter_chunks
from ingest_survey.vertical import resolve_heights

pytestmark = pytest.mark.filterwarnings(
    "ignore:Use `@` matmul instead of `\\*` mul operator:PendingDeprecationWarning"
)
MONACO_SRTM = SAMPLES / "monaco" / "N43E007.hgt.zip"
DELFT_SURVEY_2 = SAMPLES / "delft" / "ahn3" / "ahn3_cropped_2.laz"
KY4 = SAMPLES / "ky4" / "ky4.inp"
GUANGDONG = SHARED_DATA / "reality_mesh" / "guangdong_osgb" / "metadata.xml"
EGM96_HEIGHT, EGM2008_HEIGHT = 5773, 3855
TOLERANCE_M = 0.01


def _reference(horizontal: str | CRS, geoid_height: int) -> Transformer:
    """pyproj's compound transformation to ECEF with the geoid's grid."""
    ensure_geoid("egm96" if geoid_height == EGM96_HEIGHT else "egm2008")
    h = CRS.from_user_input(horizontal)
    compound = CompoundCRS("reference", [h, CRS.from_epsg(geoid_height)])
    return Transformer.from_crs(compound, "EPSG:4978", always_xy=True)


def _ecef(crs: str | CRS, x: np.ndarray, y: np.ndarray, z: np.ndarray) -> np.ndarray:
    out = Transformer.from_crs(crs, "EPSG:4978", always_xy=True).transform(x, y, z)
    return np.column_stack(out)


def _assert_close(twin: np.ndarray, reference: np.ndarray) -> None:
    worst = np.linalg.norm(twin - reference, axis=1).max()
    assert worst < TOLERANCE_M, f"{worst:.4f} m off pyproj's compound transformation"


def test_delft_survey_points_through_egm2008_for_nap() -> None:
    header, transform, _, vertical = _prepare([DELFT_SURVEY_2], "EPSG:7415")[0]
    assert vertical.geoid == "EGM2008" and "NLGEO2018" in vertical.note
    assert vertical.source_datum.startswith("NAP height")
    chunk = next(iter_chunks(header))
    x, y, z = chunk.x[:50_000], chunk.y[:50_000], chunk.z[:50_000]
    reference = np.column_stack(_reference("EPSG:28992", EGM2008_HEIGHT).transform(x, y, z))
    _assert_close(transform(x, y, z), reference)
    # And the geoid step is really there: NAP 0 m lies about 43 m above the ellipsoid.
    plain = _ecef("EPSG:28992", x, y, z)
    assert 40 < np.linalg.norm(reference - plain, axis=1).min() < 47


def _crafted(crs: str, lon0: float, lat0: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 2 km grid around (lon0, lat0) converted with pyproj into `crs` (labelled converted)."""
    lon, lat = np.meshgrid(np.linspace(-0.01, 0.01, 21) + lon0, np.linspace(-0.01, 0.01, 21) + lat0)
    x, y = Transformer.from_crs("EPSG:4490", crs, always_xy=True).transform(
        lon.ravel(), lat.ravel()
    )
    z = np.linspace(20.0, 180.0, x.size)  # Yellow Sea 1985 heights
    return np.asarray(x), np.asarray(y), z


@pytest.mark.parametrize("horizontal", ["EPSG:4527", "EPSG:4548"])
def test_city_coordinates_in_cgcs2000_with_1985_heights(horizontal: str) -> None:
    x, y, z = _crafted(horizontal, 117.0, 36.65)
    effective, vertical = resolve_heights(CRS.from_user_input(f"{horizontal}+5737"))
    assert vertical.geoid == "EGM2008" and vertical.accuracy_m == 0.28
    fitted = FittedTransform(effective, (float(z.min()), float(z.max())), (x.min(), y.min()))
    _assert_close(
        fitted(x, y, z), np.column_stack(_reference(horizontal, EGM2008_HEIGHT).transform(x, y, z))
    )
    # The figure: the geoid lies about 7 m below the ellipsoid here.
    lon, lat, h = Transformer.from_crs(effective, "EPSG:4979", always_xy=True).transform(x, y, z)
    assert np.all((h - z > -7.6) & (h - z < -6.6))


@pytest.mark.skipif(not GUANGDONG.exists(), reason=f"shared data absent: {GUANGDONG}")
def test_guangdong_origin_gauss_kruger_with_1985_heights() -> None:
    text = GUANGDONG.read_text()
    wkt = re.search(r"<SRS>(.*)</SRS>", text, re.S).group(1)  # type: ignore[union-attr]
    origin = [float(v) for v in re.search(r"<SRSOrigin>(.*)</SRSOrigin>", text).group(1).split(",")]  # type: ignore[union-attr]
    horizontal = CRS.from_wkt(wkt)
    u = np.linspace(-100.0, 100.0, 11)
    gx, gy = np.meshgrid(origin[0] + u, origin[1] + u)
    x, y = gx.ravel(), gy.ravel()
    z = np.linspace(0.0, 60.0, x.size)
    compound = CompoundCRS("Guangdong GK + 1985", [horizontal, CRS.from_epsg(5737)])
    effective, vertical = resolve_heights(compound)
    assert vertical.source_datum.startswith("Yellow Sea 1985 height")
    fitted = FittedTransform(effective, (0.0, 60.0), (float(x.min()), float(y.min())))
    _assert_close(
        fitted(x, y, z), np.column_stack(_reference(horizontal, EGM2008_HEIGHT).transform(x, y, z))
    )


def _plain_copy(src: Path, out: Path) -> Path:
    """The same heights as a GeoTIFF with a horizontal CRS only (vertical datum unknown)."""
    with rasterio.open(raster_uri(src)) as ds:
        profile = {**ds.profile, "driver": "GTiff"}
        with rasterio.open(out, "w", **profile) as dst:
            dst.write(ds.read())
    return out


def test_srtm_terrain_mosaic_is_egm96_made_ellipsoidal(tmp_path: Path) -> None:
    plain = _plain_copy(MONACO_SRTM, tmp_path / "plain.tif")
    srtm = mosaic_geographic([MONACO_SRTM], tmp_path / "srtm.tif")
    assert srtm.vertical[0].geoid == "EGM96"
    with pytest.warns(UnknownVerticalDatumWarning, match="heights kept as given"):
        given = mosaic_geographic([plain], tmp_path / "given.tif")
    assert not given.vertical[0].converted
    with rasterio.open(srtm.path) as a, rasterio.open(given.path) as b:
        ell, orth, t = a.read(1).astype(np.float64), b.read(1).astype(np.float64), a.transform
    rows, cols = np.nonzero(np.isfinite(orth))
    pick = slice(None, None, 97)  # every 97th node: 15,000 terrain nodes
    rows, cols = rows[pick], cols[pick]
    lon, lat = t.c + (cols + 0.5) * t.a, t.f + (rows + 0.5) * t.e
    twin = _ecef("EPSG:4979", lon, lat, ell[rows, cols])
    reference = _reference("EPSG:4326", EGM96_HEIGHT).transform(lon, lat, orth[rows, cols])
    _assert_close(twin, np.column_stack(reference))


def test_dem_sampled_back_is_ellipsoidal(tmp_path: Path) -> None:
    plain = _plain_copy(MONACO_SRTM, tmp_path / "plain.tif")
    lon = np.linspace(7.40, 7.44, 50)
    lat = np.linspace(43.72, 43.75, 50)
    wgs84 = CRS.from_epsg(4326)
    with pytest.warns(UnknownVerticalDatumWarning):
        orth = sample_dem(plain, lon, lat, wgs84)
    h = sample_dem(MONACO_SRTM, lon, lat, wgs84)
    reference = _reference("EPSG:4326", EGM96_HEIGHT).transform(lon, lat, orth)
    _assert_close(_ecef("EPSG:4979", lon, lat, h), np.column_stack(reference))


def _content_positions(folder: Path) -> list[np.ndarray]:
    """Every content's vertices, in tileset order (content names are hashes of the bytes)."""
    out: list[np.ndarray] = []

    def walk(tile: dict) -> None:
        for content in tile.get("contents", []) + ([tile["content"]] if "content" in tile else []):
            out.append(read_content_positions((folder / content["uri"]).read_bytes()))
        for child in tile.get("children", []):
            walk(child)

    walk(json.loads((folder / "tileset.json").read_text())["root"])
    return out


def test_delft_building_bases_and_roofs_through_the_geoid(tmp_path: Path) -> None:
    common = {"survey": list(DELFT_SURVEY), "workers": 1}  # every footprint has ground
    with pytest.warns(UnknownVerticalDatumWarning):
        given = build_buildings(
            DELFT_FOOTPRINTS, tmp_path / "given", survey_crs="EPSG:28992", **common
        )
    nap = build_buildings(DELFT_FOOTPRINTS, tmp_path / "nap", survey_crs="EPSG:7415", **common)
    assert nap.meta()["vertical"]["survey"]["geoid"] == "EGM2008"
    assert given.meta()["vertical"]["survey"]["converted"] is False
    a, b = _content_positions(tmp_path / "given"), _content_positions(tmp_path / "nap")
    assert [p.shape for p in a] == [p.shape for p in b] and a
    plain, twin = np.concatenate(a), np.concatenate(b)
    # Each vertex of the as-given build is (x, y, NAP height) in RD: convert it with pyproj.
    x, y = Transformer.from_crs("EPSG:4979", "EPSG:28992", always_xy=True).transform(
        *Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(*plain.T)[:2]
    )
    _, _, height = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(
        *plain.T
    )
    reference = _reference("EPSG:28992", EGM2008_HEIGHT).transform(x, y, height)
    _assert_close(twin, np.column_stack(reference))


def test_pipe_axes_through_the_chosen_geoid() -> None:
    with pytest.warns(UnknownVerticalDatumWarning):
        given = place_network(KY4, crs="EPSG:3547")
    placed = place_network(KY4, crs="EPSG:3547", geoid="egm2008")
    assert placed.vertical.geoid == "EGM2008"
    to_geo = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True)
    lon, lat, height = to_geo.transform(*given.graph.axis_xyz.T)
    x, y = Transformer.from_crs("EPSG:4979", "EPSG:3547", always_xy=True).transform(lon, lat)
    reference = _reference("EPSG:3547", EGM2008_HEIGHT).transform(x, y, height)
    _assert_close(placed.graph.axis_xyz, np.column_stack(reference))


@pytest.mark.parametrize("crs", ["EPSG:3547+5703", "EPSG:32617+5703", "EPSG:4326+5711"])
def test_a_ballpark_vertical_transformation_is_refused(crs: str) -> None:
    with pytest.raises(InvalidOptionError, match="ballpark") as caught:
        resolve_heights(CRS.from_user_input(crs))
    assert "--geoid" in caught.value.message and "--vertical-crs" in caught.value.message


def test_a_ballpark_network_is_refused_and_geoid_accepted() -> None:
    with pytest.raises(InvalidOptionError, match="--geoid"):
        place_network(KY4, crs="EPSG:3547", vertical_crs="EPSG:5703")
    placed = place_network(KY4, crs="EPSG:3547", vertical_crs="EPSG:5703", geoid="egm2008")
    assert placed.vertical.converted


def test_unknown_vertical_datum_keeps_heights_and_says_so() -> None:
    las = TEST_DATA / "pointclouds" / "pdal_autzen_trim.laz"
    with pytest.warns(UnknownVerticalDatumWarning, match="pdal_autzen_trim.laz"):
        *_, vertical = _prepare([las], None)[0]
    assert not vertical.converted and vertical.geoid is None
    assert "--vertical-crs" in vertical.note


def test_delft_layers_still_meet_after_the_geoid_step(tmp_path: Path) -> None:
    """The sample city's Delft layers in RD + NAP: the terrain (from the survey's ground) sits
    on the survey's ground points made ellipsoidal by pyproj, and buildings stand on it."""
    import shapely

    from ingest_survey.convert.buildings import _dem_base
    from ingest_survey.convert.dem import dem_from_survey
    from ingest_survey.convert.terrain import build_terrain
    from ingest_survey.readers.las import read_header

    dem = dem_from_survey([DELFT_SURVEY_2], tmp_path / "dem.tif", resolution=1.0, crs="EPSG:7415")
    terrain = build_terrain([dem.out], tmp_path / "terrain", workers=1)
    assert terrain.vertical["geoid"] == "EGM2008"
    chunk = next(iter_chunks(read_header(DELFT_SURVEY_2, "EPSG:7415")))
    ground = np.flatnonzero(chunk.classification == 2)[::20]
    x, y, z = chunk.x[ground], chunk.y[ground], chunk.z[ground]
    lon, lat, h = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(
        *_reference("EPSG:28992", EGM2008_HEIGHT).transform(x, y, z)
    )
    drawn = sample_dem(terrain.out, np.asarray(lon), np.asarray(lat), CRS.from_epsg(4326))
    keep = np.isfinite(drawn)
    assert np.median(np.abs(drawn[keep] - np.asarray(h)[keep])) < 0.2
    import geopandas as gpd

    rd = CRS.from_epsg(28992)
    polygons = shapely.get_parts(gpd.read_file(DELFT_FOOTPRINTS).to_crs(rd).geometry.values)
    base = _dem_base(terrain.out, polygons, rd)
    # Bases from the terrain layer are ellipsoidal too: about 43 m above NAP heights here.
    assert np.nanmedian(base) > 40
