"""China's CGCS2000 grids: the zone-number and axis-order mistakes the coordinates give away.

Gauss-Kruger grids come in two conventions: with the zone number in front of the easting
(EPSG:4513-4533 for 3-degree zones 25-45, "39 500 000 m" at a central meridian) and without it
(EPSG:4534-4554, "CM 117E", "500 000 m"). Their axes are northing first, and survey files often
swap them. The magnitude of the numbers says which happened: an 8-digit easting is a zone prefix,
a 7-digit first coordinate between 1.5 and 6.1 million is a northing (China spans 18-54 N).
Each check refuses with the CRS the numbers fit.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from pyproj import CRS
from pyproj.database import query_crs_info
from pyproj.enums import PJType

from ingest_survey.errors import IngestError

CGCS2000_DATUM = "China 2000"
NORTHINGS = (1.5e6, 6.2e6)  # Gauss-Kruger northings over China (about 14-56 N)
CHINA_LON, CHINA_LAT = (72.0, 136.0), (3.0, 54.0)


@lru_cache(maxsize=1)
def _cgcs2000_grids() -> dict[str, str]:
    """Name -> "EPSG:code" of every CGCS2000 projected CRS."""
    infos = query_crs_info(auth_name="EPSG", pj_types=PJType.PROJECTED_CRS)
    return {i.name: f"EPSG:{i.code}" for i in infos if i.name.startswith("CGCS2000 / ")}


def _is_cgcs2000(crs: CRS) -> bool:
    datum = crs.datum
    return datum is not None and CGCS2000_DATUM in datum.name


def _params(crs: CRS) -> dict[str, float]:
    op = crs.coordinate_operation
    return {p.name: float(p.value) for p in op.params} if op is not None else {}


def _zone_width(crs: CRS) -> int:
    return 3 if "3-degree" in crs.name else 6


def _grid_name(width: int) -> str:
    return "CGCS2000 / 3-degree Gauss-Kruger" if width == 3 else "CGCS2000 / Gauss-Kruger"


def _with_prefix(zone: int, width: int) -> str | None:
    return _cgcs2000_grids().get(f"{_grid_name(width)} zone {zone}")


def _without_prefix(central_meridian: float, width: int) -> str | None:
    return _cgcs2000_grids().get(f"{_grid_name(width)} CM {central_meridian:g}E")


def _refuse(message: str, path: str | Path | None, option: str) -> IngestError:
    return IngestError(message, path=path, field=option)


def check_grid_convention(
    crs: CRS,
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    *,
    path: str | Path | None = None,
    option: str = "--crs",
) -> None:
    """Refuse CGCS2000 coordinates whose magnitude shows the wrong convention for `crs`.

    `x`, `y` are easting and northing (longitude and latitude for a geographic CRS), as twin
    reads them (always x first). Other CRSs pass unchecked.

    Raises:
        IngestError: naming the likely right CRS (or the swap), with `option` as the field.
    """
    horizontal = crs.sub_crs_list[0] if crs.is_compound else crs
    if not _is_cgcs2000(horizontal) or x.size == 0:
        return
    mx, my = float(np.median(x)), float(np.median(y))
    if horizontal.is_geographic:
        if CHINA_LAT[0] <= mx <= CHINA_LAT[1] and CHINA_LON[0] <= my <= CHINA_LON[1]:
            raise _refuse(
                f"the coordinates ({mx:.4f}, {my:.4f}) are latitude, longitude: twin reads "
                f"{horizontal.name} as longitude, latitude; swap the columns",
                path,
                option,
            )
        return
    if not horizontal.is_projected:
        return
    params = _params(horizontal)
    false_easting = params.get("False easting", 0.0)
    central = params.get("Longitude of natural origin", 0.0)
    width = _zone_width(horizontal)
    crs_prefixed = false_easting >= 1e6
    if NORTHINGS[0] <= mx <= NORTHINGS[1] and (my < 1e6 or my >= 1e7):
        raise _refuse(
            f"the coordinates ({mx:.3f}, {my:.3f}) have the northing first: easting and "
            f"northing are swapped for {horizontal.name}; give x = easting, y = northing",
            path,
            option,
        )
    data_prefixed = mx >= 1e7
    if data_prefixed and not crs_prefixed:
        zone = int(mx // 1e6)
        width = 3 if zone >= 24 else 6
        better = _with_prefix(zone, width)
        raise _refuse(
            f"the eastings ({mx:.3f}) carry the zone number {zone} in front, but "
            f"{horizontal.name} has none; use {better or f'the zone {zone} CRS'} "
            f"({_grid_name(width)} zone {zone})",
            path,
            option,
        )
    if crs_prefixed and not data_prefixed and mx < 1e6:
        better = _without_prefix(central, width)
        raise _refuse(
            f"the eastings ({mx:.3f}) have no zone number in front, but {horizontal.name} "
            f"expects one ({false_easting:.0f} m false easting); use "
            f"{better or 'the CM variant of this zone'}",
            path,
            option,
        )
