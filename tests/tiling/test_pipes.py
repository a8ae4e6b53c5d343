"""Tube, box and shaft geometry; pipe tiles with levels of detail (pure: arrays in, bytes out)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from checks import assert_glb_valid
from pyproj import Transformer

from tiling.gltf import read_glb, triangle_mesh_glb
from tiling.metadata import PropertyTable
from tiling.pipe_tiles import PipeTilingOptions, pipe_tileset
from tiling.pipes import CJJ61_COLORS, PipeGeometry, boxes, pipe_mesh, tubes, type_colors

TO_ECEF = Transformer.from_crs("EPSG:4979", "EPSG:4978", always_xy=True)


def _ecef(lon: list[float], lat: list[float], h: list[float]) -> np.ndarray:
    return np.column_stack(TO_ECEF.transform(lon, lat, h))


# Monaco's gas pipeline (OSM way 722801724) between two of its vertices, 1 m and 2.5 m deep.
A = _ecef([7.41846, 7.41901], [43.72886, 43.72941], [10.0, 25.0])


def _axis_distance(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    d = (b - a) / np.linalg.norm(b - a)
    rel = points - a
    return np.linalg.norm(rel - (rel @ d)[:, None] * d, axis=1)


@pytest.mark.parametrize("sides", [3, 5, 12, 32])
@pytest.mark.parametrize("radius", [0.05, 0.3, 1.2])
def test_tube_vertices_lie_at_the_radius(sides: int, radius: float) -> None:
    positions, normals, indices = tubes(A[:1], A[1:], np.array([radius]), sides)
    assert positions.shape == (2 * sides, 3) and indices.shape == (2 * sides, 3)
    np.testing.assert_allclose(_axis_distance(positions, A[0], A[1]), radius, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(normals, axis=1), 1.0, atol=1e-12)
    # Normals point away from the axis.
    centre = np.r_[np.tile(A[0], (sides, 1)), np.tile(A[1], (sides, 1))]
    assert ((positions - centre) * normals).sum(axis=1).min() > 0
    # Faces are counter-clockwise seen from outside.
    tri = positions[indices]
    face = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])
    outward = tri.mean(axis=1) - (A[0] + A[1]) / 2
    assert ((face * outward).sum(axis=1) > 0).all()


def test_vertical_shaft_is_a_cylinder_around_the_vertical() -> None:
    bottom, top = _ecef([7.42], [43.73], [5.0]), _ecef([7.42], [43.73], [9.0])
    positions, _, _ = tubes(bottom, top, np.array([0.5]), 12)
    np.testing.assert_allclose(_axis_distance(positions, bottom[0], top[0]), 0.5, atol=1e-6)
    h = TO_ECEF.transform(*positions.T, direction="INVERSE")[2]
    np.testing.assert_allclose(np.sort(h), np.r_[[5.0] * 12, [9.0] * 12], atol=1e-3)


def test_box_duct_has_its_width_across_and_height_vertical() -> None:
    positions, normals, _ = boxes(A[:1], A[1:], np.array([2.0]), np.array([1.2]))
    d = (A[1] - A[0]) / np.linalg.norm(A[1] - A[0])
    lon, lat, _ = np.radians(TO_ECEF.transform(*A[0], direction="INVERSE"))
    up = np.array([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])
    rel = positions - A[0]
    rel -= (rel @ d)[:, None] * d
    across = np.cross(d, up)
    across /= np.linalg.norm(across)
    vertical = np.cross(across, d)
    np.testing.assert_allclose(np.abs(rel @ across), 1.0, atol=1e-6)
    np.testing.assert_allclose(np.abs(rel @ vertical), 0.6, atol=1e-6)
    np.testing.assert_allclose(_axis_distance(positions, A[0], A[1]), np.hypot(1.0, 0.6), atol=1e-6)


def test_colours_follow_cjj61_appendix_b() -> None:
    colors = type_colors(
        np.array(
            ["water", "drainage", "gas", "heat", "power", "telecom", "tunnel", "something"],
            dtype=object,
        )
    )
    assert [tuple(c[:3]) for c in colors] == [
        (0, 255, 255),
        (76, 57, 38),
        (255, 0, 255),
        (255, 128, 0),
        (255, 0, 0),
        (0, 255, 0),
        (0, 0, 0),
        (102, 0, 204),
    ]
    assert CJJ61_COLORS["industrial"] == (0, 0, 0)


def _geometry(n: int = 40) -> tuple[PipeGeometry, PropertyTable, np.ndarray]:
    rng = np.random.default_rng(5)
    lon = 7.41 + rng.uniform(0, 0.02, (n, 3))
    lat = 43.72 + rng.uniform(0, 0.02, (n, 3))
    h = rng.uniform(0, 30, (n, 3))
    xyz = _ecef(lon.ravel().tolist(), lat.ravel().tolist(), h.ravel().tolist())
    box = np.arange(n) % 5 == 0
    geom = PipeGeometry(
        xyz=xyz,
        offsets=np.arange(0, 3 * n + 1, 3),
        radius=rng.uniform(0.05, 0.6, n),
        box=box,
        width=np.where(box, 1.5, np.nan),
        height=np.where(box, 1.0, np.nan),
        colors=type_colors(np.array(["water", "gas"] * (n // 2), dtype=object)),
        shaft_bottom=xyz[::3][:5],
        shaft_top=xyz[::3][:5] + xyz[::3][:5] / 6.4e6 * 3.0,
        shaft_radius=np.full(5, 0.5),
        shaft_colors=type_colors(np.array(["water"] * 5)),
    )
    ids = [f"s{i}" for i in range(n)] + [f"n{i}" for i in range(5)]
    table = PropertyTable("network_element", {"id": ids, "size": np.arange(n + 5, dtype=float)})
    xy = np.column_stack([np.r_[lon[:, 0], lon[:5, 0]], np.r_[lat[:, 0], lat[:5, 0]]])
    return geom, table, xy


def test_pipe_mesh_is_a_valid_pickable_glb(tmp_path: Path) -> None:
    geom, table, _ = _geometry()
    segments, shafts = np.arange(geom.n_segments), np.arange(geom.n_shafts)
    mesh, region = pipe_mesh(geom, segments, shafts, 8)
    assert region.contains_ecef(mesh.positions.astype(np.float64) + mesh.center).all()
    assert set(np.unique(mesh.feature_ids)) == set(range(geom.n_segments + geom.n_shafts))
    data = triangle_mesh_glb(mesh, table, double_sided=True)
    doc, _ = read_glb(data)
    features = doc["meshes"][0]["primitives"][0]["extensions"]["EXT_mesh_features"]
    assert features["featureIds"][0]["featureCount"] == 45
    path = tmp_path / "pipes.glb"
    path.write_bytes(data)
    assert_glb_valid([path])


def test_tileset_detail_drops_with_the_level() -> None:
    geom, table, xy = _geometry(200)
    written: dict[str, bytes] = {}
    options = PipeTilingOptions(max_features=30, leaf_sides=12, coarse_sides=4)
    result = pipe_tileset(geom, table, xy, written.__setitem__, options)
    root = result.tileset["root"]
    assert root["refine"] == "REPLACE" and root["children"]

    def vertices_per_tube(uri: str) -> float:
        doc, _ = read_glb(written[uri])
        return doc["accessors"][doc["meshes"][0]["primitives"][0]["attributes"]["POSITION"]][
            "count"
        ]

    leaves, coarse = [], []

    def walk(tile: dict, parent_error: float) -> None:
        assert tile["geometricError"] < parent_error
        (coarse if tile.get("children") else leaves).append(tile)
        for child in tile.get("children", []):
            walk(child, tile["geometricError"])

    walk(root, result.tileset["geometricError"])
    assert sum(vertices_per_tube(t["content"]["uri"]) for t in leaves) > vertices_per_tube(
        root["content"]["uri"]
    )
    assert all(t["geometricError"] == 0 for t in leaves)
    assert all(t["geometricError"] > 0 for t in coarse)
