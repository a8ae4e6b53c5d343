"""GET /api/coordinates: a WGS 84 point in the projected grid planners read (the status bar).

The grid is `TWIN_DISPLAY_CRS`: the city's own (CGCS2000 Gauss-Kruger, `EPSG:4547`, say), or
`utm` for the WGS 84 UTM zone of the point. pyproj does the arithmetic, so the viewer shows
the same numbers as every other tool; a browser-side copy of PROJ would drift from it.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel
from pyproj import CRS, Transformer
from pyproj.exceptions import CRSError

from twin.errors import InvalidRequestError
from twin.server.dependencies import SettingsDep

router = APIRouter(prefix="/api", tags=["coordinates"])

AUTO_UTM = "utm"


class GridPoint(BaseModel):
    """The point in the display grid: easting/northing (x, y) in the grid's unit."""

    crs: str
    name: str
    unit: str
    x: float
    y: float


def utm_zone(lon: float, lat: float) -> str:
    """The WGS 84 UTM zone CRS of a point (EPSG:326zz north, 327zz south)."""
    zone = min(int(math.floor((lon + 180.0) / 6.0)) + 1, 60)
    return f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"


@lru_cache(maxsize=64)
def _grid(crs: str) -> tuple[Transformer, str, str]:
    try:
        target = CRS.from_user_input(crs)
    except CRSError as error:
        raise InvalidRequestError(f"TWIN_DISPLAY_CRS {crs!r} is not a CRS: {error}") from None
    unit = target.axis_info[0].unit_name if target.axis_info else ""
    return Transformer.from_crs("EPSG:4326", target, always_xy=True), target.name, unit


@router.get("/coordinates")
def coordinates(
    settings: SettingsDep,
    lon: Annotated[float, Query(ge=-180, le=180, allow_inf_nan=False)],
    lat: Annotated[float, Query(ge=-90, le=90, allow_inf_nan=False)],
) -> GridPoint:
    """Longitude and latitude (degrees, WGS 84) in the server's display grid."""
    crs = utm_zone(lon, lat) if settings.display_crs.lower() == AUTO_UTM else settings.display_crs
    transformer, name, unit = _grid(crs)
    x, y = transformer.transform(lon, lat)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise InvalidRequestError(f"({lon}, {lat}) lies outside the area of {crs} ({name})")
    return GridPoint(crs=crs, name=name, unit=unit, x=round(x, 3), y=round(y, 3))
