"""An orthophoto (GeoTIFF, or JPEG/PNG with a world file) -> a geographic tile pyramid of PNGs.

Tiles use the terrain's scheme (EPSG:4326, 2 x 1 tiles at level 0, TMS rows from the south),
256 x 256 pixels, transparent outside the photo, from level 0 to the first level as fine as the
photo. Each tile is warped on its own from the source (GDAL's warper through a WarpedVRT on the
tile's window), so memory holds one tile at a time. CesiumJS drapes them on the terrain with a
UrlTemplateImageryProvider ({reverseY}: rows counted from the south).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import rasterio
from affine import Affine
from pyproj import CRS
from rasterio.enums import Resampling
from rasterio.io import MemoryFile
from rasterio.vrt import WarpedVRT
from rasterio.warp import transform_bounds

from ingest_survey.errors import MissingCRSError, UnreadableFileError, UnsupportedFormatError
from tiling.terrain import TileKey, tiles_covering

TILE = 256
SIDECAR_SUFFIXES = (".prj", ".wkt", "-srs.wkt")
Write = Callable[[str, bytes], None]


@dataclass(frozen=True)
class ImageryResult:
    """What was written: tiles, levels and the photo's bounds (degrees)."""

    tiles: int
    max_zoom: int
    bounds: tuple[float, float, float, float]

    def layer_entry(self, prefix: str) -> dict[str, Any]:
        """What layer.json says about the imagery (read by the viewer's terrain kind)."""
        return {
            "url": f"{prefix}/{{z}}/{{x}}/{{reverseY}}.png",
            "scheme": "tms",
            "projection": "EPSG:4326",
            "minzoom": 0,
            "maxzoom": self.max_zoom,
            "bounds": list(self.bounds),
            "tileSize": TILE,
        }


def _sidecar_crs(path: Path) -> CRS | None:
    """A CRS from a sidecar file next to a world-file image (photo.prj, photo-srs.wkt, ...)."""
    for suffix in SIDECAR_SUFFIXES:
        candidate = path.with_name(path.stem + suffix)
        if candidate.is_file():
            return CRS.from_user_input(candidate.read_text())
    return None


def open_imagery(path: Path, crs: str | None = None) -> tuple[rasterio.io.DatasetReader, CRS]:
    """Open an orthophoto and resolve its CRS (file, sidecar, or `crs`)."""
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    try:
        with warnings.catch_warnings():
            # A JPEG without georeferencing warns; the checks below report it properly.
            warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
            dataset = rasterio.open(path)
    except rasterio.errors.RasterioIOError as exc:
        raise UnsupportedFormatError(
            "not an image GDAL can read", path=path, field="--imagery"
        ) from exc
    found = CRS.from_wkt(dataset.crs.to_wkt()) if dataset.crs else _sidecar_crs(path)
    resolved = CRS.from_user_input(crs) if crs else found
    if resolved is None:
        dataset.close()
        raise MissingCRSError(
            "the image has no CRS (no .prj/-srs.wkt beside it); give --imagery-crs",
            path=path,
            field="--imagery-crs",
        )
    if dataset.transform == Affine.identity():
        dataset.close()
        raise MissingCRSError(
            "the image has no georeferencing (no world file)", path=path, field="--imagery"
        )
    return dataset, resolved


def _max_zoom(bounds: tuple[float, float, float, float], width: int, height: int) -> int:
    res = min((bounds[2] - bounds[0]) / width, (bounds[3] - bounds[1]) / height)
    return int(np.clip(math.ceil(math.log2(180.0 / (TILE * res)) - 1e-9), 0, 22))


def _png(rgba: np.ndarray) -> bytes:
    with warnings.catch_warnings(), MemoryFile() as memory:
        # A bare PNG has no georeferencing, by design: the tile's place is its path.
        warnings.simplefilter("ignore", rasterio.errors.NotGeoreferencedWarning)
        with memory.open(driver="PNG", width=TILE, height=TILE, count=4, dtype="uint8") as png:
            png.write(rgba)
        return bytes(memory.read())


def tile_imagery(
    path: Path,
    write: Write,
    prefix: str = "imagery",
    *,
    crs: str | None = None,
    max_zoom: int | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> ImageryResult:
    """Write the photo's tile pyramid through `write(relpath, bytes)`."""
    dataset, source_crs = open_imagery(path, crs)
    with dataset:
        bounds = transform_bounds(source_crs, "EPSG:4326", *dataset.bounds, densify_pts=21)
        zmax = _max_zoom(bounds, dataset.width, dataset.height) if max_zoom is None else max_zoom
        ranges = [tiles_covering(z, *bounds) for z in range(zmax + 1)]
        total = sum((x1 - x0 + 1) * (y1 - y0 + 1) for x0, y0, x1, y1 in ranges)
        bands = [1, 2, 3] if dataset.count >= 3 else [1, 1, 1]
        count = 0
        for z, (x0, y0, x1, y1) in enumerate(ranges):
            for x in range(x0, x1 + 1):
                for y in range(y0, y1 + 1):
                    west, south, east, north = TileKey(z, x, y).bounds()
                    transform = Affine(
                        (east - west) / TILE, 0, west, 0, -(north - south) / TILE, north
                    )
                    with WarpedVRT(
                        dataset,
                        src_crs=source_crs,
                        crs="EPSG:4326",
                        transform=transform,
                        width=TILE,
                        height=TILE,
                        resampling=Resampling.bilinear,
                    ) as vrt:
                        rgb = vrt.read(bands)
                        mask = vrt.dataset_mask()
                    rgba = np.concatenate([rgb, mask[None]], axis=0).astype(np.uint8)
                    write(f"{prefix}/{z}/{x}/{y}.png", _png(rgba))
                    count += 1
                    if on_progress is not None:
                        on_progress(count, total)
    return ImageryResult(count, zmax, tuple(float(b) for b in bounds))  # type: ignore[arg-type]
