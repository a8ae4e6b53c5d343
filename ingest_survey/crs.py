"""Coordinate reference systems: what a file says, what the user overrides, the working frames."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pyproj import CRS, Transformer
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_utm_crs_info
from pyproj.exceptions import CRSError

from ingest_survey.errors import IngestError, InvalidOptionError, MissingCRSError
from ingest_survey.geoids import register_available
from ingest_survey.grids import check_grid_convention

GEODETIC_3D = "EPSG:4979"  # WGS 84 longitude, latitude, ellipsoidal height


def parse_crs(text: str, *, path: str | Path | None = None, field: str = "crs") -> CRS:
    """A CRS from user text (EPSG:XXXX, WKT, PROJ JSON), or a clear error naming the option."""
    try:
        return CRS.from_user_input(text)
    except CRSError as exc:
        raise InvalidOptionError(
            f"'{text}' is not a coordinate reference system ({exc})", path=path, field=field
        ) from exc


def resolve_crs(
    file_crs: CRS | None, override: str | CRS | None, *, path: str | Path, option: str
) -> CRS:
    """The CRS to use: the override when given, else the file's, else a MissingCRSError."""
    if override is not None:
        return (
            override if isinstance(override, CRS) else parse_crs(override, path=path, field=option)
        )
    if file_crs is None:
        raise MissingCRSError(
            f"the file has no coordinate reference system; give one with {option} (e.g. "
            f"{option} EPSG:28992)",
            path=path,
        )
    return file_crs


def metric_crs(crs: CRS, lon: float, lat: float) -> CRS:
    """A projected CRS in metres for geometric work: `crs` itself if it is one, else a UTM zone."""
    horizontal = crs.sub_crs_list[0] if crs.is_compound else crs
    if horizontal.is_projected and all(
        (axis.unit_name or "").lower() in ("metre", "meter") for axis in horizontal.axis_info[:2]
    ):
        return horizontal
    zones = query_utm_crs_info(
        datum_name="WGS 84", area_of_interest=AreaOfInterest(lon, lat, lon, lat)
    )
    if not zones:
        raise IngestError(f"no UTM zone covers longitude {lon}, latitude {lat}")
    return CRS.from_epsg(int(zones[0].code))


def crs_name(crs: CRS) -> str:
    """``crs`` as its authority code ("EPSG:3547") when it has one, else as WKT2."""
    authority = crs.to_authority(min_confidence=90)
    return ":".join(authority) if authority else crs.to_wkt()


@lru_cache(maxsize=64)
def transformer(source: CRS, target: CRS | str) -> Transformer:
    """A cached always-xy transformer (pyproj builds them slowly), geoid grids registered."""
    register_available()
    return Transformer.from_crs(source, target, always_xy=True)


def check_area_of_use(
    crs: CRS, x: NDArray[np.float64], y: NDArray[np.float64], *, path: str | Path, option: str
) -> tuple[float, float]:
    """Refuse coordinates that do not fall where the CRS is used (a wrong or missing CRS).

    Returns the longitude and latitude of the data's centre.
    """
    check_grid_convention(crs, x, y, path=path, option=option)
    lon, lat = transformer(crs, "EPSG:4326").transform(
        np.array([x.min(), x.max(), x.mean()]), np.array([y.min(), y.max(), y.mean()])
    )
    finite = np.isfinite(lon).all() and np.isfinite(lat).all()
    if not finite or np.abs(lat).max() > 90 or np.abs(lon).max() > 180:
        raise IngestError(
            f"coordinates ({x.min():.3f}, {y.min():.3f}) .. ({x.max():.3f}, {y.max():.3f}) are "
            f"not valid in {crs.name}; check {option}",
            path=path,
            field=option,
        )
    check_in_area_of_use(crs, float(lon[2]), float(lat[2]), path=path, option=option)
    return float(lon[2]), float(lat[2])


def check_in_area_of_use(
    crs: CRS, lon: float, lat: float, *, path: str | Path, option: str
) -> None:
    """Refuse data whose centre (lon, lat in degrees) lies outside where the CRS is used."""
    area = crs.area_of_use
    if area is not None:
        margin = 2.0  # degrees: areas of use are drawn tight around national borders
        inside = (
            area.west - margin <= lon <= area.east + margin
            and area.south - margin <= lat <= area.north + margin
        )
        if not inside and not area.west > area.east:  # skip areas crossing the antimeridian
            raise IngestError(
                f"the data lies at longitude {lon:.4f}, latitude {lat:.4f}, outside the "
                f"area where {crs.name} is used ({area.name}); check {option}",
                path=path,
                field=option,
            )


class GeodeticTransform:
    """(x, y, z) in a CRS -> (lon, lat, ellipsoidal height): picklable, for worker processes.

    `height_passes_through` tells callers that heights are not changed by the transform (a 2D
    CRS, or one whose vertical part is already ellipsoidal): then one horizontal transform
    serves every height at a position.
    """

    def __init__(self, crs: CRS) -> None:
        """Transform from `crs` (its WKT travels to workers, the transformer is made there)."""
        self.wkt = crs.to_wkt()
        self.height_passes_through = self._probe()

    def _probe(self) -> bool:
        crs = CRS.from_wkt(self.wkt)
        area = crs.area_of_use
        x, y = 0.0, 0.0
        if area is not None:
            x, y = transformer(CRS.from_epsg(4326), crs).transform(
                (area.west + area.east) / 2, (area.south + area.north) / 2
            )
        _, _, h = self(np.array([x, x]), np.array([y, y]), np.array([0.0, 100.0]))
        return bool(np.allclose(h, [0.0, 100.0], atol=1e-9))

    def __call__(
        self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
    ) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]]:
        """Transform arrays of coordinates."""
        lon, lat, h = transformer(CRS.from_wkt(self.wkt), GEODETIC_3D).transform(x, y, z)
        return np.asarray(lon), np.asarray(lat), np.asarray(h)

    def __getstate__(self) -> dict[str, Any]:
        """Only the WKT and the probe's answer cross process boundaries."""
        return {"wkt": self.wkt, "height_passes_through": self.height_passes_through}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore from the WKT."""
        self.wkt = state["wkt"]
        self.height_passes_through = state["height_passes_through"]
