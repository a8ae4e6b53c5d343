"""Ground points of a survey without classification: the Simple Morphological Filter (SMRF).

Pingel, Clarke and McBride (2013), "An improved simple morphological filter for the terrain
classification of airborne LIDAR data", ISPRS J. 77: 21-30 -- the filter PDAL ships as
filters.smrf, with PDAL's default parameters. Everything runs on rasters (a minimum-height grid
of the cloud at `cell` resolution), so memory follows the area, never the number of points:
1. the lowest point per cell, empty cells filled by interpolation;
2. progressive morphological openings with squares of radius 1..window/cell (SMRF uses disks;
   squares are separable, as in Zhang et al. 2003's progressive filter): a cell that the
   opening lowers by more than slope x radius x cell is an object (building, tree), not ground;
3. the provisional ground surface is re-interpolated from the remaining cells;
4. a point is ground when it lies no more than threshold + scalar x local slope above that
   surface (and no more than the threshold below it).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import interpolate, ndimage

Grid = NDArray[np.float64]


@dataclass(frozen=True)
class SmrfParameters:
    """PDAL filters.smrf defaults (metres)."""

    cell: float = 1.0
    slope: float = 0.15
    window: float = 18.0
    threshold: float = 0.5
    scalar: float = 1.25


@dataclass(frozen=True)
class GridFrame:
    """A north-up raster frame: cell (x0 + i*cell .. +cell, y1 - (j+1)*cell .. y1 - j*cell)."""

    x0: float
    y1: float
    cell: float
    width: int
    height: int

    @classmethod
    def around(cls, xmin: float, ymin: float, xmax: float, ymax: float, cell: float) -> GridFrame:
        """The frame of whole cells covering a box."""
        width = max(1, int(np.floor((xmax - xmin) / cell)) + 1)
        height = max(1, int(np.floor((ymax - ymin) / cell)) + 1)
        return cls(xmin, ymin + height * cell, cell, width, height)

    def index(
        self, x: NDArray[np.float64], y: NDArray[np.float64]
    ) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """(row, col) of the cell holding each point (clipped into the frame)."""
        col = np.clip(((x - self.x0) / self.cell).astype(np.int64), 0, self.width - 1)
        row = np.clip(((self.y1 - y) / self.cell).astype(np.int64), 0, self.height - 1)
        return row, col

    def sample(self, grid: Grid, x: NDArray[np.float64], y: NDArray[np.float64]) -> Grid:
        """Bilinear value of a grid (cell-centre samples) at points."""
        col = np.clip((x - self.x0) / self.cell - 0.5, 0, self.width - 1)
        row = np.clip((self.y1 - y) / self.cell - 0.5, 0, self.height - 1)
        i = np.minimum(np.floor(col).astype(np.int64), max(self.width - 2, 0))
        j = np.minimum(np.floor(row).astype(np.int64), max(self.height - 2, 0))
        i1, j1 = np.minimum(i + 1, self.width - 1), np.minimum(j + 1, self.height - 1)
        tx, ty = col - i, row - j
        top = grid[j, i] * (1 - tx) + grid[j, i1] * tx
        return top * (1 - ty) + (grid[j1, i] * (1 - tx) + grid[j1, i1] * tx) * ty


def fill_gaps(grid: Grid, *, extrapolate: bool = True) -> Grid:
    """NaN cells filled by linear interpolation between the valid cells around them
    (Delaunay); outside their hull, by the nearest valid cell (or left NaN unless
    `extrapolate`)."""
    holes = np.isnan(grid)
    if not holes.any():
        return grid
    if holes.all():
        raise ValueError("no valid cell to interpolate from")
    # Only the valid cells around the holes take part: the fill inside a hole is linear
    # between its rim, and the triangulation stays small.
    rim = ~holes & ndimage.binary_dilation(holes, iterations=2)
    rows, cols = np.nonzero(rim)
    known = np.column_stack([rows, cols]).astype(np.float64)
    values = grid[rim]
    want = np.column_stack(np.nonzero(holes)).astype(np.float64)
    out = grid.copy()
    if rows.size >= 3 and np.ptp(rows) > 0 and np.ptp(cols) > 0:
        filled = interpolate.griddata(known, values, want, method="linear")
    else:
        filled = np.full(want.shape[0], np.nan)
    missing = np.isnan(filled)
    if missing.any() and extrapolate:
        # Nearest valid cell for what lies outside the hull of the valid cells.
        _, (ri, ci) = ndimage.distance_transform_edt(holes, return_indices=True)
        w = want[missing].astype(np.int64)
        filled[missing] = grid[ri[w[:, 0], w[:, 1]], ci[w[:, 0], w[:, 1]]]
    out[holes] = filled
    return out


def _open(grid: Grid, radius: int) -> Grid:
    """Grey opening with a square of the given radius (separable, so fast; PMF's window,
    where SMRF uses a disk)."""
    return ndimage.grey_opening(grid, size=(2 * radius + 1, 2 * radius + 1), mode="nearest")


def ground_surface(minimum: Grid, params: SmrfParameters) -> Grid:
    """SMRF steps 1-3: the provisional ground surface from the lowest point of each cell."""
    surface = fill_gaps(minimum)
    objects = np.zeros(minimum.shape, dtype=bool)
    last = surface
    for radius in range(1, max(1, int(np.ceil(params.window / params.cell))) + 1):
        opened = _open(last, radius)
        objects |= (last - opened) > params.slope * radius * params.cell
        last = opened
    provisional = np.where(objects | np.isnan(minimum), np.nan, minimum)
    if np.isnan(provisional).all():
        return surface
    return fill_gaps(provisional)


def classify_ground(
    frame: GridFrame,
    surface: Grid,
    x: NDArray[np.float64],
    y: NDArray[np.float64],
    z: NDArray[np.float64],
    params: SmrfParameters,
) -> NDArray[np.bool_]:
    """SMRF step 4: which points are ground, against the surface and its local slope."""
    gy, gx = np.gradient(surface, frame.cell)
    slope = np.hypot(gx, gy)
    height = z - frame.sample(surface, x, y)
    allowed = params.threshold + params.scalar * frame.sample(slope, x, y)
    return (height <= allowed) & (height >= -params.threshold - params.scalar)
