"""Earth frames: geodetic (WGS 84 lon, lat, ellipsoidal height) <-> ECEF (EPSG:4978), up vectors.

Closed-form numpy: pyproj's transform is the bottleneck on big inputs, and geodetic -> ECEF on the
WGS 84 ellipsoid needs no datum machinery once coordinates are already in WGS 84.
"""

from __future__ import annotations

from typing import TypeVar

import numpy as np
from numpy.typing import ArrayLike, NDArray

WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)
WGS84_B = WGS84_A * (1.0 - WGS84_F)

Float64Array = NDArray[np.float64]
ScalarT = TypeVar("ScalarT", bound=np.generic)


def geodetic_to_ecef(lon_deg: ArrayLike, lat_deg: ArrayLike, height: ArrayLike) -> Float64Array:
    """Longitude and latitude in degrees and ellipsoidal height in metres -> (N, 3) ECEF metres."""
    lon = np.radians(np.asarray(lon_deg, dtype=np.float64))
    lat = np.radians(np.asarray(lat_deg, dtype=np.float64))
    h = np.asarray(height, dtype=np.float64)
    sin_lat = np.sin(lat)
    cos_lat = np.cos(lat)
    n = WGS84_A / np.sqrt(1.0 - WGS84_E2 * sin_lat * sin_lat)
    out = np.empty((lon.size, 3), dtype=np.float64)
    out[:, 0] = (n + h) * cos_lat * np.cos(lon)
    out[:, 1] = (n + h) * cos_lat * np.sin(lon)
    out[:, 2] = (n * (1.0 - WGS84_E2) + h) * sin_lat
    return out


def ecef_to_geodetic(xyz: ArrayLike) -> tuple[Float64Array, Float64Array, Float64Array]:
    """(N, 3) ECEF -> longitude, latitude (radians) and ellipsoidal height (metres).

    Bowring's formula with two Newton refinements: sub-millimetre anywhere near the surface.
    """
    p = np.asarray(xyz, dtype=np.float64).reshape(-1, 3)
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    lon = np.arctan2(y, x)
    r = np.hypot(x, y)
    ep2 = WGS84_E2 / (1.0 - WGS84_E2)
    theta = np.arctan2(z * WGS84_A, r * WGS84_B)
    lat = np.arctan2(
        z + ep2 * WGS84_B * np.sin(theta) ** 3, r - WGS84_E2 * WGS84_A * np.cos(theta) ** 3
    )
    for _ in range(2):
        sin_lat = np.sin(lat)
        n = WGS84_A / np.sqrt(1.0 - WGS84_E2 * sin_lat * sin_lat)
        h = r / np.cos(lat) - n
        lat = np.arctan2(z, r * (1.0 - WGS84_E2 * n / (n + h)))
    sin_lat = np.sin(lat)
    n = WGS84_A / np.sqrt(1.0 - WGS84_E2 * sin_lat * sin_lat)
    # Near the poles r/cos(lat) is unstable; use the z form there.
    h = np.where(
        np.abs(np.cos(lat)) > 1e-6,
        r / np.cos(lat) - n,
        np.abs(z) / np.abs(sin_lat) - n * (1.0 - WGS84_E2),
    )
    return lon, lat, h


def up_vectors(lon_deg: ArrayLike, lat_deg: ArrayLike) -> Float64Array:
    """Unit ellipsoid normals (the local 'up') at the given geodetic positions, (N, 3)."""
    lon = np.radians(np.asarray(lon_deg, dtype=np.float64))
    lat = np.radians(np.asarray(lat_deg, dtype=np.float64))
    return np.stack(
        [np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=-1
    ).reshape(-1, 3)


def zup_to_yup(xyz: NDArray[ScalarT]) -> NDArray[ScalarT]:
    """3D Tiles' z-up content frame -> glTF's y-up frame: (x, y, z) -> (x, z, -y).

    3D Tiles rotates glTF content by +90 degrees about x to bring it back; see the 3D Tiles 1.1
    specification, "glTF transforms".
    """
    a = np.asarray(xyz)
    out = np.empty_like(a)
    out[..., 0] = a[..., 0]
    out[..., 1] = a[..., 2]
    out[..., 2] = -a[..., 1]
    return out
