"""A DEM's heights made ellipsoidal: its vertical datum, and geoid offsets where it has one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import rasterio
from affine import Affine
from numpy.typing import NDArray
from pyproj import CRS
from pyproj.crs import CompoundCRS
from rasterio.windows import Window

from ingest_survey.crs import transformer
from ingest_survey.vertical import ELLIPSOIDAL, VerticalInfo, resolve_heights

SRTM_VERTICAL_EPSG = 5773  # SRTM heights are EGM96 heights by definition


def dem_heights(
    dataset: rasterio.io.DatasetReader,
    path: str | Path,
    vertical_crs: str | None = None,
    geoid: str | None = None,
) -> tuple[CRS, VerticalInfo]:
    """The DEM's CRS as it says (compound when the GeoTIFF names a vertical datum), made
    effective for its heights: SRTM is EGM96 by definition; a horizontal CRS only is kept
    as given (with an UnknownVerticalDatumWarning)."""
    crs = CRS.from_user_input(dataset.crs.to_wkt())
    srtm = dataset.driver == "SRTMHGT"
    return resolve_heights(
        crs,
        vertical_crs=vertical_crs,
        geoid=geoid,
        by_definition=SRTM_VERTICAL_EPSG if srtm else None,
        path=path,
        option="DEM",
    )


def geoid_offsets(
    effective: CRS, x: NDArray[np.float64], y: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Ellipsoidal minus source height at (x, y) in `effective` (pyproj through the geoid)."""
    _, _, h = transformer(effective, ELLIPSOIDAL).transform(x, y, np.zeros_like(x))
    return np.asarray(h, dtype=np.float64)


def geographic_heights(effective: CRS) -> CRS:
    """WGS 84 lon/lat with `effective`'s vertical (geoid) part."""
    return CompoundCRS(
        "WGS 84 + " + effective.sub_crs_list[1].name,
        [
            CRS.from_epsg(4326),
            effective.sub_crs_list[1],
        ],
    )


def block_offsets(effective: CRS, window: Window, t: Affine) -> NDArray[np.float64]:
    """Geoid offsets at the cell centres of a mosaic block."""
    lon = t.c + (window.col_off + np.arange(window.width) + 0.5) * t.a
    lat = t.f + (window.row_off + np.arange(window.height) + 0.5) * t.e
    glon, glat = np.meshgrid(lon, lat)
    return geoid_offsets(effective, glon.ravel(), glat.ravel()).reshape(glon.shape)
