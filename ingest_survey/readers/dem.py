"""Digital elevation models (GeoTIFF and anything GDAL reads): heights sampled at points."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import rasterio
from affine import Affine
from numpy.typing import NDArray
from pyproj import CRS
from rasterio.enums import Resampling
from rasterio.vrt import WarpedVRT
from rasterio.warp import calculate_default_transform
from rasterio.windows import Window

from ingest_survey.crs import transformer
from ingest_survey.errors import (
    IngestError,
    MissingCRSError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from ingest_survey.readers.dem_heights import (
    block_offsets,
    dem_heights,
    geographic_heights,
    geoid_offsets,
)
from ingest_survey.vertical import VerticalInfo, horizontal_of

GEOGRAPHIC = "EPSG:4326"


def terrain_vertical(path: str | Path) -> Any:
    """What a terrain source's heights are: a terrain layer's layer.json says; a DEM is
    resolved as the terrain pipeline would (a list when a layer mixes DEMs)."""
    path = Path(path)
    if is_terrain_folder(path):
        layer = json.loads((path / "layer.json").read_text())
        return layer.get("twin:verticalDatum")
    with open_dem(path) as dataset:
        return dem_heights(dataset, path)[1].meta()


def sample_dem(
    path: str | Path, x: NDArray[np.float64], y: NDArray[np.float64], crs: CRS
) -> NDArray[np.float64]:
    """Bilinear DEM heights at points given in `crs`; NaN outside the DEM or on nodata cells.

    Reads only the window around the points, so a city-wide DEM is not loaded whole. A terrain
    layer folder (layer.json + quantized-mesh tiles) is sampled as its mesh instead.
    """
    path = Path(path)
    if is_terrain_folder(path):
        return sample_terrain(path, np.asarray(x), np.asarray(y), crs)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    try:
        with warnings.catch_warnings():  # said below, without rasterio's server path
            warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
            dataset = rasterio.open(raster_uri(path))
    except rasterio.errors.RasterioIOError as exc:
        raise UnreadableFileError(f"not a raster GDAL can read: {exc}", path=path) from exc
    with dataset:
        if _has_no_geotransform(dataset):
            raise IngestError(_NO_GEOREFERENCE.format(world=_world_file(path)), path=path)
        if dataset.crs is None:
            raise MissingCRSError("the DEM has no coordinate reference system", path=path)
        effective, vertical = dem_heights(dataset, path)
        dem_crs = horizontal_of(effective)
        px, py = transformer(crs, dem_crs).transform(x, y)
        inv = ~dataset.transform
        px, py = np.asarray(px), np.asarray(py)
        col = inv.a * px + inv.b * py + inv.c
        row = inv.d * px + inv.e * py + inv.f
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
    if vertical.converted and inside.any():
        out[inside] += geoid_offsets(effective, px[inside], py[inside])
    return out


# --- DEMs for terrain tiles: open, mosaic into one geographic grid, sample at tile nodes -------

ZIP_RASTER_SUFFIXES = (".hgt", ".tif", ".tiff", ".asc", ".dem", ".img")
BLOCK = 1024  # mosaic written block by block: memory stays flat however large the DEMs


def raster_uri(path: Path) -> str:
    """What GDAL opens for `path`: a zipped raster (e.g. SRTM's .hgt.zip) through /vsizip/."""
    if path.suffix.lower() != ".zip":
        return str(path)
    import zipfile

    try:
        names = zipfile.ZipFile(path).namelist()
    except zipfile.BadZipFile as exc:
        raise UnreadableFileError(f"not a readable zip archive: {exc}", path=path) from exc
    members = [n for n in names if n.lower().endswith(ZIP_RASTER_SUFFIXES)]
    if not members:
        raise UnsupportedFormatError("the zip archive holds no raster (.hgt, .tif, ...)", path=path)
    return f"/vsizip/{path.absolute()}/{members[0]}"


def open_dem(path: str | Path) -> rasterio.io.DatasetReader:
    """Open a DEM, refusing what cannot be tiled: missing, not a raster, no georeference."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    try:
        # An image without a geotransform makes rasterio warn, naming the server path; the
        # error below says the same to the user, in words they can act on.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
            dataset = rasterio.open(raster_uri(path))
    except rasterio.errors.RasterioIOError as exc:
        raise UnsupportedFormatError(
            "not a raster GDAL can read (GeoTIFF, .hgt, ...)", path=path
        ) from exc
    if _has_no_geotransform(dataset):
        dataset.close()
        raise IngestError(_NO_GEOREFERENCE.format(world=_world_file(path)), path=path)
    if dataset.crs is None:
        dataset.close()
        raise MissingCRSError(
            "the DEM has a geotransform but no coordinate reference system (add one, "
            "e.g. gdal_edit.py -a_srs EPSG:xxxx, or a .prj file beside it)",
            path=path,
        )
    if dataset.count < 1:
        dataset.close()
        raise UnsupportedFormatError("the raster has no band", path=path)
    return dataset


_NO_GEOREFERENCE = (
    "the DEM has no georeference (no geotransform: where its cells lie is unknown); put a "
    "world file ({world}) and its CRS (.prj) beside it, or give a GeoTIFF that holds both"
)


def _has_no_geotransform(dataset: rasterio.io.DatasetReader) -> bool:
    """GDAL's identity transform (pixel = coordinate) and no control points: nothing places it."""
    return dataset.transform == Affine.identity() and not dataset.gcps[0] and not dataset.rpcs


def _world_file(path: Path) -> str:
    """The world file GDAL reads beside an image: dem.png -> dem.pgw, dem.tif -> dem.tfw."""
    suffix = path.suffix.lower()
    if len(suffix) < 3:
        return f"{path.name}w"
    return f"{path.stem}.{suffix[1]}{suffix[-1]}w"


@dataclass(frozen=True)
class Mosaic:
    """A geographic (EPSG:4326) float32 mosaic of the input DEMs, NaN where there is no data."""

    path: Path
    bounds: tuple[float, float, float, float]  # west, south, east, north of the data
    resolution: float  # degrees per cell (the finest input's)
    min_height: float
    max_height: float
    mean_height: float
    vertical: tuple[VerticalInfo, ...] = ()  # per input DEM: what happened to its heights


def _geographic_grid(datasets: list[rasterio.io.DatasetReader]) -> tuple[Affine, int, int, float]:
    """The union of the inputs in EPSG:4326 at the finest input resolution."""
    boxes, resolutions = [], []
    for ds in datasets:
        with warnings.catch_warnings():
            # rasterio 1.4.4 multiplies Affine by a tuple inside; affine 3 flags it as pending.
            warnings.simplefilter("ignore", PendingDeprecationWarning)
            transform, width, height = calculate_default_transform(
                ds.crs, GEOGRAPHIC, ds.width, ds.height, *ds.bounds
            )
        west, north = transform.c, transform.f
        boxes.append((west, north + transform.e * height, west + transform.a * width, north))
        resolutions.append(min(transform.a, -transform.e))
    res = min(resolutions)
    west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
    east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
    width = max(1, int(np.ceil((east - west) / res - 1e-6)))
    height = max(1, int(np.ceil((north - south) / res - 1e-6)))
    return Affine(res, 0.0, west, 0.0, -res, north), width, height, res


def mosaic_geographic(
    paths: list[Path],
    out: Path,
    on_progress: Callable[[int, int], None] | None = None,
    *,
    vertical_crs: str | None = None,
    geoid: str | None = None,
) -> Mosaic:
    """Reproject and mosaic DEMs (any CRS, nodata honoured; earlier files win where they
    overlap) into one tiled GeoTIFF in EPSG:4326 with average overviews, block by block."""
    datasets = [open_dem(p) for p in paths]
    try:
        heights = [
            dem_heights(ds, p, vertical_crs, geoid) for ds, p in zip(datasets, paths, strict=True)
        ]
        # The geoid step is done on the mosaic's lon/lat nodes: the same offsets PROJ gives in
        # the DEM's own CRS to well under a millimetre (the geoid is smooth over a datum shift).
        geographic = [geographic_heights(e) if v.converted else None for e, v in heights]
        transform, width, height, res = _geographic_grid(datasets)
        profile = {
            "driver": "GTiff",
            "dtype": "float32",
            "count": 1,
            "crs": GEOGRAPHIC,
            "transform": transform,
            "width": width,
            "height": height,
            "nodata": np.nan,
            "tiled": True,
            "blockxsize": 256,
            "blockysize": 256,
            "BIGTIFF": "IF_SAFER",
        }
        vrts = [
            WarpedVRT(
                ds,
                crs=GEOGRAPHIC,
                transform=transform,
                width=width,
                height=height,
                resampling=Resampling.bilinear,
                nodata=np.nan,
                dtype="float32",
            )
            for ds in datasets
        ]
        stats = _MosaicStats()
        windows = [
            Window(c, r, min(BLOCK, width - c), min(BLOCK, height - r))
            for r in range(0, height, BLOCK)
            for c in range(0, width, BLOCK)
        ]
        with rasterio.open(out, "w", **profile) as dst:
            for done, window in enumerate(windows, 1):
                block = np.full((window.height, window.width), np.nan, dtype=np.float32)
                for vrt, to_ellipsoid in zip(vrts, geographic, strict=True):
                    hole = np.isnan(block)
                    if not hole.any():
                        break
                    part = np.ma.filled(vrt.read(1, window=window, masked=True), np.nan)
                    part = part.astype(np.float64)
                    if to_ellipsoid is not None:
                        part += block_offsets(to_ellipsoid, window, transform)
                    block[hole] = part.astype(np.float32)[hole]
                stats.add(block, window, transform)
                dst.write(block, 1, window=window)
                if on_progress is not None:
                    on_progress(done, len(windows))
            for vrt in vrts:
                vrt.close()
            factors = [2**k for k in range(1, 20) if min(width, height) >> k >= 16]
            if factors:
                dst.build_overviews(factors, Resampling.average)
    finally:
        for ds in datasets:
            ds.close()
    if stats.count == 0:
        raise IngestError(
            "every cell is nodata: there are no heights to tile",
            path=", ".join(str(p) for p in paths),
        )
    return Mosaic(
        out,
        stats.bounds(),
        res,
        stats.lo,
        stats.hi,
        stats.total / stats.count,
        tuple(v for _, v in heights),
    )


@dataclass
class _MosaicStats:
    count: int = 0
    total: float = 0.0
    lo: float = np.inf
    hi: float = -np.inf
    box: list[float] = field(default_factory=lambda: [np.inf, np.inf, -np.inf, -np.inf])

    def add(self, block: NDArray[np.float32], window: Window, transform: Affine) -> None:
        valid = ~np.isnan(block)
        if not valid.any():
            return
        values = block[valid].astype(np.float64)
        self.count += values.size
        self.total += float(values.sum())
        self.lo, self.hi = min(self.lo, float(values.min())), max(self.hi, float(values.max()))
        rows = np.flatnonzero(valid.any(axis=1))
        cols = np.flatnonzero(valid.any(axis=0))
        t = transform
        west = t.c + (window.col_off + cols[0]) * t.a
        east = t.c + (window.col_off + cols[-1] + 1) * t.a
        north = t.f + (window.row_off + rows[0]) * t.e
        south = t.f + (window.row_off + rows[-1] + 1) * t.e
        self.box = [
            min(self.box[0], west),
            min(self.box[1], south),
            max(self.box[2], east),
            max(self.box[3], north),
        ]

    def bounds(self) -> tuple[float, float, float, float]:
        return (self.box[0], self.box[1], self.box[2], self.box[3])


class GeographicSampler:
    """Bilinear heights at (lon, lat) from a Mosaic and its overviews.

    Every value is a function of the point and the level only (never of the window read), so
    a node shared by two tiles gets the same height in both. Voids are filled from coarser
    overviews (averages of the valid cells around), and points outside the DEM take the
    nearest edge of the coarsest overview: never 0 m, never a cliff at the DEM's edge.
    """

    def __init__(self, mosaic: Mosaic) -> None:
        """Open the mosaic and each of its overviews."""
        self.mosaic = mosaic
        self._levels: list[rasterio.io.DatasetReader] = [rasterio.open(mosaic.path)]
        for k in range(len(self._levels[0].overviews(1))):
            self._levels.append(rasterio.open(mosaic.path, overview_level=k))

    def close(self) -> None:
        """Close every level."""
        for ds in self._levels:
            ds.close()

    def __enter__(self) -> GeographicSampler:
        """Use as a context manager."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close on exit."""
        self.close()

    def sample(
        self, lon: NDArray[np.float64], lat: NDArray[np.float64], spacing: float
    ) -> NDArray[np.float64]:
        """Heights at points whose neighbours are `spacing` degrees apart (picks the level)."""
        start = 0
        for k, ds in enumerate(self._levels):
            if ds.transform.a <= spacing * 1.0001:
                start = k
        out = np.full(lon.shape, np.nan)
        todo = np.ones(lon.shape, dtype=bool)
        last = len(self._levels) - 1
        for k in range(start, last + 1):
            out[todo] = _bilinear(self._levels[k], lon[todo], lat[todo], clamp=k == last)
            todo = np.isnan(out)
            if not todo.any():
                return out
        out[todo] = self.mosaic.mean_height
        return out


def _bilinear(
    ds: rasterio.io.DatasetReader, lon: NDArray[np.float64], lat: NDArray[np.float64], clamp: bool
) -> NDArray[np.float64]:
    """Bilinear interpolation between cell centres of a north-up raster; NaN outside or
    next to nodata, unless `clamp` (then outside points take the nearest edge)."""
    t = ds.transform
    col = (lon - t.c) / t.a - 0.5
    row = (lat - t.f) / t.e - 0.5
    w, h = ds.width, ds.height
    if clamp:
        col, row = np.clip(col, 0, w - 1), np.clip(row, 0, h - 1)
    out = np.full(lon.shape, np.nan)
    # The outer half of the edge cells belongs to the raster too (held at the edge value).
    inside = (col >= -0.5) & (col <= w - 0.5) & (row >= -0.5) & (row <= h - 0.5)
    if not inside.any():
        return out
    c, r = np.clip(col[inside], 0, w - 1), np.clip(row[inside], 0, h - 1)
    c0 = int(np.floor(c.min()))
    r0 = int(np.floor(r.min()))
    c1 = min(int(np.floor(c.max())) + 2, w)
    r1 = min(int(np.floor(r.max())) + 2, h)
    grid = np.ma.filled(
        ds.read(1, window=Window(c0, r0, c1 - c0, r1 - r0), masked=True).astype(np.float64), np.nan
    )
    # Integer cell + fraction from the absolute position, so the result is window-independent.
    i = np.minimum(np.floor(c).astype(np.int64), w - 2 if w > 1 else 0)
    j = np.minimum(np.floor(r).astype(np.int64), h - 2 if h > 1 else 0)
    tx, ty = c - i, r - j
    i1, j1 = np.minimum(i + 1, w - 1), np.minimum(j + 1, h - 1)
    i, j, i1, j1 = i - c0, j - r0, i1 - c0, j1 - r0
    top = grid[j, i] * (1 - tx) + grid[j, i1] * tx
    bottom = grid[j1, i] * (1 - tx) + grid[j1, i1] * tx
    out[inside] = top * (1 - ty) + bottom * ty
    return out


# --- Heights of a built terrain layer, as CesiumJS draws its finest tiles ----------------------


def is_terrain_folder(path: Path) -> bool:
    """Whether `path` is a quantized-mesh layer folder (layer.json + tiles)."""
    return path.is_dir() and (path / "layer.json").is_file()


def sample_terrain(
    folder: Path, x: NDArray[np.float64], y: NDArray[np.float64], crs: CRS
) -> NDArray[np.float64]:
    """Heights of the terrain mesh itself (the deepest tile on disk holding each point), so a
    building based on them meets the ground exactly where Cesium draws it; NaN outside."""
    import gzip
    import json

    from tiling.quantized_mesh import decode_quantized_mesh
    from tiling.terrain import TileKey

    layer = json.loads((folder / "layer.json").read_text())
    lon, lat = (
        np.asarray(v, dtype=np.float64)
        for v in transformer(crs, CRS.from_epsg(4326)).transform(x, y)
    )
    out = np.full(lon.shape, np.nan)
    todo = np.ones(lon.shape, dtype=bool)
    for z in range(int(layer["maxzoom"]), -1, -1):
        if not todo.any():
            break
        w = 180.0 / (1 << z)
        tx = np.floor((lon + 180.0) / w).astype(np.int64)
        ty = np.floor((lat + 90.0) / w).astype(np.int64)
        keys = np.unique(np.stack([tx[todo], ty[todo]], axis=1), axis=0)
        for kx, ky in keys:
            path = folder / str(z) / str(kx) / f"{ky}.terrain"
            if not path.is_file():
                continue
            bounds = TileKey(z, int(kx), int(ky)).bounds()
            mesh = decode_quantized_mesh(gzip.decompress(path.read_bytes()), *bounds)
            pick = np.flatnonzero(todo & (tx == kx) & (ty == ky))
            out[pick] = _mesh_height(
                mesh, (lon[pick] - bounds[0]) / w * 32767, (lat[pick] - bounds[1]) / w * 32767
            )
            todo[pick] = False
    return out


def _mesh_height(
    mesh: Any, fu: NDArray[np.float64], fv: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Linear interpolation inside the triangle holding each (u, v) point."""
    u, v, h = mesh.u.astype(np.float64), mesh.v.astype(np.float64), mesh.height
    a, b, c = mesh.triangles[:, 0], mesh.triangles[:, 1], mesh.triangles[:, 2]
    det = (v[b] - v[c]) * (u[a] - u[c]) + (u[c] - u[b]) * (v[a] - v[c])
    out = np.full(fu.shape, np.nan)
    for start in range(0, fu.size, 256):  # (points x triangles) blocks stay small
        pu, pv = fu[start : start + 256, None], fv[start : start + 256, None]
        wa = ((v[b] - v[c]) * (pu - u[c]) + (u[c] - u[b]) * (pv - v[c])) / det
        wb = ((v[c] - v[a]) * (pu - u[c]) + (u[a] - u[c]) * (pv - v[c])) / det
        wc = 1.0 - wa - wb
        inside = (wa >= -1e-9) & (wb >= -1e-9) & (wc >= -1e-9)
        first = np.argmax(inside, axis=1)
        rows = np.arange(first.size)
        value = (
            wa[rows, first] * h[a[first]]
            + wb[rows, first] * h[b[first]]
            + wc[rows, first] * h[c[first]]
        )
        out[start : start + 256] = np.where(inside.any(axis=1), value, np.nan)
    return out
