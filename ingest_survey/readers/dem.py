"""Digital elevation models (GeoTIFF and anything GDAL reads): heights sampled at points."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import rasterio
from numpy.typing import NDArray
from pyproj import CRS
from rasterio.windows import Window

from ingest_survey.crs import transformer
from ingest_survey.errors import MissingCRSError, UnreadableFileError


def sample_dem(
    path: str | Path, x: NDArray[np.float64], y: NDArray[np.float64], crs: CRS
) -> NDArray[np.float64]:
    """Bilinear DEM heights at points given in `crs`; NaN outside the DEM or on nodata cells.

    Reads only the window around the points, so a city-wide DEM is not loaded whole.
    """
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    try:
        dataset = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise UnreadableFileError(f"not a raster GDAL can read: {exc}", path=path) from exc
    with dataset:
        if dataset.crs is None:
            raise MissingCRSError("the DEM has no coordinate reference system", path=path)
        dem_crs = CRS.from_user_input(dataset.crs.to_wkt())
        px, py = transformer(crs, dem_crs).transform(x, y)
        inverse = ~dataset.transform
        col, row = inverse * (np.asarray(px), np.asarray(py))
        # Cell centres sit at +0.5: shift so integer positions are centres.
        col, row = np.asarray(col) - 0.5, np.asarray(row) - 0.5
        c0 = max(int(np.floor(np.nanmin(col))) - 1, 0)
        r0 = max(int(np.floor(np.nanmin(row))) - 1, 0)
        c1 = min(int(np.ceil(np.nanmax(col))) + 2, dataset.width)
        r1 = min(int(np.ceil(np.nanmax(row))) + 2, dataset.height)
        out = np.full(x.shape, np.nan)
        if c1 <= c0 or r1 <= r0:
            return out
        band = dataset.read(1, window=Window(c0, r0, c1 - c0, r1 - r0), masked=True)
        grid = np.ma.filled(band.astype(np.float64), np.nan)
    col, row = col - c0, row - r0
    h, w = grid.shape
    inside = (col >= -0.5) & (col <= w - 0.5) & (row >= -0.5) & (row <= h - 0.5)
    cc = np.clip(col[inside], 0, w - 1)
    rr = np.clip(row[inside], 0, h - 1)
    i0 = np.minimum(np.floor(cc).astype(int), max(w - 2, 0))
    j0 = np.minimum(np.floor(rr).astype(int), max(h - 2, 0))
    i1, j1 = np.minimum(i0 + 1, w - 1), np.minimum(j0 + 1, h - 1)
    tx, ty = cc - i0, rr - j0
    top = grid[j0, i0] * (1 - tx) + grid[j0, i1] * tx
    bottom = grid[j1, i0] * (1 - tx) + grid[j1, i1] * tx
    out[inside] = top * (1 - ty) + bottom * ty
    return out
