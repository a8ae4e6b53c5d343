"""Bounding volumes of 3D Tiles: regions from geodetic extents, containment and union."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from tiling.frames import ecef_to_geodetic, geodetic_to_ecef

# A chord between two vertices at the same height dips below the ellipsoid by L^2 / (8 R):
# 2 mm for a 300 m edge. Pad regions so triangle interiors stay inside too.
HEIGHT_PAD_M = 0.05
ANGLE_PAD_RAD = 1e-9


@dataclass(frozen=True)
class Region:
    """A 3D Tiles region: west, south, east, north in radians, heights in metres (WGS 84)."""

    west: float
    south: float
    east: float
    north: float
    min_height: float
    max_height: float

    @classmethod
    def from_geodetic(cls, lon_rad: ArrayLike, lat_rad: ArrayLike, height: ArrayLike) -> Region:
        """Smallest padded region holding the points (not across the antimeridian)."""
        if np.size(lon_rad) == 0:
            raise ValueError("cannot bound an empty set of points")
        return cls(
            float(np.min(lon_rad)) - ANGLE_PAD_RAD,
            float(np.min(lat_rad)) - ANGLE_PAD_RAD,
            float(np.max(lon_rad)) + ANGLE_PAD_RAD,
            float(np.max(lat_rad)) + ANGLE_PAD_RAD,
            float(np.min(height)) - HEIGHT_PAD_M,
            float(np.max(height)) + HEIGHT_PAD_M,
        )

    @classmethod
    def from_ecef(cls, xyz: ArrayLike) -> Region:
        """Region holding ECEF points."""
        lon, lat, h = ecef_to_geodetic(xyz)
        return cls.from_geodetic(lon, lat, h)

    def union(self, other: Region) -> Region:
        """Smallest region holding both."""
        return Region(
            min(self.west, other.west),
            min(self.south, other.south),
            max(self.east, other.east),
            max(self.north, other.north),
            min(self.min_height, other.min_height),
            max(self.max_height, other.max_height),
        )

    def contains_ecef(
        self, xyz: ArrayLike, tol_rad: float = 0.0, tol_m: float = 0.0
    ) -> NDArray[np.bool_]:
        """Boolean mask of the ECEF points inside the region."""
        lon, lat, h = ecef_to_geodetic(xyz)
        return (
            (lon >= self.west - tol_rad)
            & (lon <= self.east + tol_rad)
            & (lat >= self.south - tol_rad)
            & (lat <= self.north + tol_rad)
            & (h >= self.min_height - tol_m)
            & (h <= self.max_height + tol_m)
        )

    def center_ecef(self) -> NDArray[np.float64]:
        """ECEF point at the middle of the region, used as the content's RTC origin."""
        lon = np.degrees((self.west + self.east) / 2.0)
        lat = np.degrees((self.south + self.north) / 2.0)
        h = (self.min_height + self.max_height) / 2.0
        center: NDArray[np.float64] = geodetic_to_ecef(
            np.array([lon]), np.array([lat]), np.array([h])
        )[0]
        return center

    def diagonal_m(self) -> float:
        """Length of the region's diagonal in metres: an upper bound on any feature inside."""
        corners = geodetic_to_ecef(
            np.degrees([self.west, self.east]),
            np.degrees([self.south, self.north]),
            np.array([self.min_height, self.max_height]),
        )
        return float(np.linalg.norm(corners[1] - corners[0]))

    def as_list(self) -> list[float]:
        """The JSON form: [west, south, east, north, minimum height, maximum height]."""
        return [self.west, self.south, self.east, self.north, self.min_height, self.max_height]
