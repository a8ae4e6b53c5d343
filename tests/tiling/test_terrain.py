"""The pure terrain core: RTIN error bound, quantized-mesh encoding read back independently,
extension selection, the tiling scheme."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import rasterio
from quantized_mesh_reader import decode

from tiling.quantized_mesh import TerrainTileMesh, encode_quantized_mesh, select_extensions
from tiling.terrain import GRID, TileKey, build_terrain_tile, grid_nodes, tiles_covering
from tiling.terrain_mesh import rtin_errors, rtin_mesh

DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"


def _real_grid() -> np.ndarray:
    """A 65 x 65 window of the real SRTM cut (steep slopes above Monaco)."""
    with rasterio.open(DEM) as ds:
        return ds.read(1)[100:165, 200:265].astype(np.float64)


def _mesh_error(heights: np.ndarray, nodes: np.ndarray, tris: np.ndarray) -> float:
    """Largest |mesh - grid| over every grid node, by rasterising each triangle."""
    x, y = (nodes % GRID).astype(float), (nodes // GRID).astype(float)
    z = heights.ravel()[nodes]
    worst = 0.0
    for t in tris:
        xs, ys, zs = x[t], y[t], z[t]
        gx, gy = np.meshgrid(np.arange(xs.min(), xs.max() + 1), np.arange(ys.min(), ys.max() + 1))
        gx, gy = gx.ravel(), gy.ravel()
        d = (ys[1] - ys[2]) * (xs[0] - xs[2]) + (xs[2] - xs[1]) * (ys[0] - ys[2])
        la = ((ys[1] - ys[2]) * (gx - xs[2]) + (xs[2] - xs[1]) * (gy - ys[2])) / d
        lb = ((ys[2] - ys[0]) * (gx - xs[2]) + (xs[0] - xs[2]) * (gy - ys[2])) / d
        lc = 1 - la - lb
        inside = (la >= -1e-9) & (lb >= -1e-9) & (lc >= -1e-9)
        plane = la * zs[0] + lb * zs[1] + lc * zs[2]
        err = np.abs(plane[inside] - heights[gy[inside].astype(int), gx[inside].astype(int)])
        worst = max(worst, float(err.max()))
    return worst


@pytest.mark.parametrize("tolerance", [0.5, 2.0, 10.0, 50.0])
def test_rtin_mesh_is_within_its_tolerance_at_every_node(tolerance: float) -> None:
    heights = _real_grid()
    nodes, tris = rtin_mesh(rtin_errors(heights), tolerance)
    assert _mesh_error(heights, nodes, tris) <= tolerance + 1e-9
    assert nodes.size < GRID * GRID or tolerance < 1  # it does simplify


def test_forced_nodes_are_kept() -> None:
    heights = np.zeros((GRID, GRID))
    forced = np.zeros((GRID, GRID), dtype=bool)
    forced[0, 5] = forced[40, 64] = True
    nodes, _ = rtin_mesh(rtin_errors(heights, forced), 1.0)
    assert {5, 40 * GRID + 64} <= set(nodes.tolist())


def test_encoding_reads_back_with_an_independent_decoder() -> None:
    key = TileKey(12, 4266, 3046)
    lon, lat = grid_nodes(key)
    heights = 100 + 50 * np.sin(lon * 300) * np.cos(lat * 200)
    data, mesh = build_terrain_tile(key, heights, 1.0, metadata={"available": []})
    tile = decode(data)
    assert len(tile.u) == mesh.u.size and len(tile.triangles) == mesh.triangles.shape[0]
    got = sorted(zip(tile.u, tile.v, np.round(tile.heights(), 2), strict=True))
    want = sorted(zip(mesh.u.tolist(), mesh.v.tolist(), np.round(mesh.height, 2), strict=True))
    step = (tile.max_height - tile.min_height) / 32767
    for (ua, va, ha), (ub, vb, hb) in zip(got, want, strict=True):
        assert (ua, va) == (ub, vb) and abs(ha - hb) <= step / 2 + 0.01
    assert set(tile.extensions) == {1, 4}
    assert tile.metadata() == {"available": []}
    # Edge lists hold exactly the vertices on each side.
    assert {tile.u[i] for i in tile.edges["west"]} == {0}
    assert {tile.v[i] for i in tile.edges["north"]} == {32767}
    assert len(tile.edges["south"]) == sum(1 for v in tile.v if v == 0)


def test_select_extensions_cuts_only_what_was_not_asked_for() -> None:
    mesh = TerrainTileMesh(
        0,
        0,
        1,
        1,
        np.array([0, 32767, 0]),
        np.array([0, 0, 32767]),
        np.array([1.0, 2.0, 3.0]),
        np.array([[0, 1, 2]]),
        np.array([[0, 0, 1.0]] * 3),
        {"available": []},
    )
    data = encode_quantized_mesh(mesh)
    assert set(decode(select_extensions(data, {"octvertexnormals"})).extensions) == {1}
    assert set(decode(select_extensions(data, set())).extensions) == set()
    assert select_extensions(data, {"octvertexnormals", "metadata"}) == data


def test_oct_normals_decode_to_the_normals_given() -> None:
    normals = np.array([[0, 0, 1.0], [0.6, 0, 0.8], [0, -0.6, -0.8]])
    mesh = TerrainTileMesh(
        0,
        0,
        1,
        1,
        np.array([0, 32767, 0]),
        np.array([0, 0, 32767]),
        np.array([1.0, 2.0, 3.0]),
        np.array([[0, 1, 2]]),
        normals,
    )
    decoded = np.array(decode(encode_quantized_mesh(mesh)).normals())
    assert np.allclose(decoded, normals, atol=0.02)


def test_tiling_scheme() -> None:
    assert TileKey(0, 1, 0).bounds() == (0.0, -90.0, 180.0, 90.0)
    assert TileKey(1, 0, 1).neighbour("west") == TileKey(1, 3, 1)  # across the antimeridian
    assert TileKey(1, 0, 1).neighbour("north") is None
    # 180/4096 degrees a tile: 187.2 / 0.0439453 = 4259.8 ... 133.9 / 0.0439453 = 3046.97
    assert tiles_covering(12, 7.2, 43.68, 7.5, 43.9) == (4259, 3041, 4266, 3046)
