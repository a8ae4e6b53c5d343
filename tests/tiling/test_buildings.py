"""LOD1 extrusion on the real Delft footprints: areas, outward normals, placement, holes."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from citydata import DELFT_CRS, DELFT_FOOTPRINTS
from pyproj import Transformer

from tiling.buildings import _rings, _roof_triangles, extrude
from tiling.errors import InvalidGeometryError

TO_GEO = Transformer.from_crs(DELFT_CRS, "EPSG:4979", always_xy=True)
ECEF_TO_GEO = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True)
FROM_ECEF = Transformer.from_crs("EPSG:4978", DELFT_CRS, always_xy=True)
TO_ECEF = Transformer.from_crs(DELFT_CRS, "EPSG:4978", always_xy=True)


def to_geodetic(x, y, z):
    lon, lat, h = TO_GEO.transform(x, y, z)
    return np.asarray(lon), np.asarray(lat), np.asarray(h)


@pytest.fixture(scope="module")
def footprints() -> np.ndarray:
    return gpd.read_file(DELFT_FOOTPRINTS).geometry.to_numpy()


def _with_hole() -> np.ndarray:
    outer = shapely.box(85000, 447000, 85040, 447030)
    return np.array([outer.difference(shapely.box(85010, 447010, 85030, 447020))], dtype=object)


def _triangle_areas_2d(xy: np.ndarray, tris: np.ndarray) -> np.ndarray:
    a, b, c = xy[tris[:, 0]], xy[tris[:, 1]], xy[tris[:, 2]]
    ab, ac = b - a, c - a
    return 0.5 * (ab[:, 0] * ac[:, 1] - ab[:, 1] * ac[:, 0])


def test_roof_triangulation_covers_each_polygon_exactly(footprints) -> None:
    polygons = np.concatenate([footprints, _with_hole()])
    rings = _rings(polygons)
    tris = _roof_triangles(rings)
    areas = _triangle_areas_2d(rings.xy, tris)
    assert (areas > 0).all(), "roof triangles must be counter-clockwise seen from above"
    per_building = np.bincount(rings.building[tris[:, 0]], weights=areas, minlength=polygons.size)
    np.testing.assert_allclose(per_building, shapely.area(polygons), rtol=1e-9)


def _ecef(mesh) -> np.ndarray:
    return mesh.positions.astype(np.float64) + mesh.center


def test_walls_point_outward_and_roofs_up(footprints) -> None:
    polygons = np.concatenate([footprints[:40], _with_hole()])
    n = polygons.size
    ext = extrude(polygons, np.zeros(n), np.full(n, 12.0), to_geodetic)
    mesh = ext.mesh
    tri = mesh.indices
    p = _ecef(mesh)[tri]  # (T, 3, 3)
    face_normal = np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    area = np.linalg.norm(face_normal, axis=1) / 2
    face_normal /= 2 * area[:, None]
    # Counter-clockwise winding agrees with the stored vertex normals (slivers under 1 dm^2 are
    # too thin for float32 positions to give them a direction).
    stored = mesh.normals[tri[:, 0]].astype(np.float64)
    agree = np.einsum("ij,ij->i", face_normal, stored)
    assert (agree[area > 0.01] > 0.999).all()
    assert (agree > 0).all()
    centroid = p.mean(axis=1)
    up = centroid / np.linalg.norm(centroid, axis=1)[:, None]
    wall = np.abs(np.einsum("ij,ij->i", face_normal, up)) < 0.01
    assert wall.sum() > 100
    # A step along a wall's normal leaves its own building; a step against it enters it.
    owner = mesh.feature_ids[tri[wall, 0]]
    mid = centroid[wall]
    out_x, out_y, _ = FROM_ECEF.transform(*(mid + 0.05 * face_normal[wall]).T)
    in_x, in_y, _ = FROM_ECEF.transform(*(mid - 0.05 * face_normal[wall]).T)
    inside_out = shapely.contains_xy(polygons[owner], out_x, out_y)
    inside_in = shapely.contains_xy(polygons[owner], in_x, in_y)
    assert not inside_out.any()
    assert inside_in.mean() > 0.99  # thin slivers of real footprints may be thinner than 5 cm
    # Hole walls face into the courtyard, which is outside the solid.
    assert (owner == n - 1).sum() == 8 * 2


def test_vertices_match_pyproj_to_the_centimetre(footprints) -> None:
    polygons = footprints[:20]
    base = np.linspace(-1, 1, 20)
    top = base + 10.0
    ext = extrude(polygons, base, top, to_geodetic)
    xyz = _ecef(ext.mesh)
    x, y, z = FROM_ECEF.transform(*xyz.T)
    # Every vertex lies on a footprint corner at the base or the top of its building.
    rings = _rings(polygons)
    nearest = np.hypot(x[:, None] - rings.xy[None, :, 0], y[:, None] - rings.xy[None, :, 1])
    assert nearest.min(axis=1).max() < 0.01
    fid = ext.mesh.feature_ids
    at_base = np.abs(z - base[fid]) < 0.01
    at_top = np.abs(z - top[fid]) < 0.01
    assert (at_base | at_top).all()
    # And the forward transform agrees with pyproj's own, directly to EPSG:4978.
    expected = np.column_stack(
        TO_ECEF.transform(rings.xy[:, 0], rings.xy[:, 1], top[rings.building])
    )
    upper = ext.mesh.positions[at_top].astype(np.float64) + ext.mesh.center
    dist = np.linalg.norm(upper[:, None, :] - expected[None, :, :], axis=2).min(axis=1)
    assert dist.max() < 0.01


def test_region_contains_the_mesh(footprints) -> None:
    n = footprints.size
    ext = extrude(footprints, np.full(n, -0.4), np.full(n, 25.0), to_geodetic)
    assert ext.region.contains_ecef(_ecef(ext.mesh)).all()
    assert ext.region.min_height < -0.4 < 25.0 < ext.region.max_height


def test_building_without_height_is_a_flat_footprint(footprints) -> None:
    polygons = footprints[:2]
    ext = extrude(polygons, np.array([1.0, 1.0]), np.array([1.0, 9.0]), to_geodetic)
    flat = ext.mesh.feature_ids == 0
    _, _, h = ECEF_TO_GEO.transform(*_ecef(ext.mesh)[flat].T)
    np.testing.assert_allclose(h, 1.0, atol=0.01)
    assert (ext.mesh.normals[flat] @ ext.mesh.normals[flat][0] > 0.999).all()  # roof only


def test_multipolygon_parts_share_one_feature_id() -> None:
    multi = shapely.MultiPolygon(
        [shapely.box(85000, 447000, 85010, 447010), shapely.box(85020, 447000, 85030, 447010)]
    )
    ext = extrude(np.array([multi], dtype=object), np.zeros(1), np.full(1, 5.0), to_geodetic)
    assert set(ext.mesh.feature_ids.tolist()) == {0}
    assert ext.mesh.indices.shape[0] == 2 * (4 * 2 + 2 + 2)  # walls, roof, floor per box


def test_non_polygons_are_refused() -> None:
    with pytest.raises(InvalidGeometryError):
        extrude(np.array([shapely.Point(0, 0)], dtype=object), np.zeros(1), np.ones(1), to_geodetic)
