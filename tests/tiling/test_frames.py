"""Geodetic <-> ECEF against pyproj, to the millimetre."""

import numpy as np
from pyproj import Transformer

from tiling.frames import ecef_to_geodetic, geodetic_to_ecef, up_vectors, zup_to_yup

RNG = np.random.default_rng(7)
LON = RNG.uniform(-180, 180, 500)
LAT = RNG.uniform(-89.9, 89.9, 500)
H = RNG.uniform(-500, 9000, 500)


def test_geodetic_to_ecef_matches_pyproj() -> None:
    expected = np.column_stack(
        Transformer.from_crs("EPSG:4979", "EPSG:4978", always_xy=True).transform(LON, LAT, H)
    )
    np.testing.assert_allclose(geodetic_to_ecef(LON, LAT, H), expected, rtol=0, atol=1e-3)


def test_ecef_to_geodetic_round_trips() -> None:
    lon, lat, h = ecef_to_geodetic(geodetic_to_ecef(LON, LAT, H))
    np.testing.assert_allclose(np.degrees(lon), LON, atol=1e-9)
    np.testing.assert_allclose(np.degrees(lat), LAT, atol=1e-9)
    np.testing.assert_allclose(h, H, atol=1e-3)


def test_up_vector_is_the_ellipsoid_normal() -> None:
    ecef = geodetic_to_ecef(LON, LAT, np.zeros_like(H))
    above = geodetic_to_ecef(LON, LAT, np.ones_like(H))
    np.testing.assert_allclose(above - ecef, up_vectors(LON, LAT), atol=1e-6)


def test_zup_to_yup_is_the_inverse_of_the_3d_tiles_rotation() -> None:
    p = RNG.normal(size=(10, 3))
    y_up_to_z_up = np.array([[1, 0, 0], [0, 0, -1], [0, 1, 0]])
    np.testing.assert_allclose(zup_to_yup(p) @ y_up_to_z_up.T, p)
