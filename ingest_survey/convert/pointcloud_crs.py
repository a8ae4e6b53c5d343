"""Source CRS -> ECEF (EPSG:4978) for millions of points: pyproj at control points, numpy between.

pyproj costs about 0.5 us per point on one core, more than decoding the LAZ. Over a cell of a
kilometre any map projection and datum shift is smooth, and ECEF is exactly linear in the height
at a fixed horizontal position, so a per-cell polynomial, quadratic in the horizontal coordinates
and linear in the height (with the cross terms that turn the local 'up'), reproduces pyproj to
well under a millimetre. Each cell's fit is checked against pyproj at points that were not used to
fit it; a cell that misses the tolerance is refitted at half the size.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import transformer

ECEF = "EPSG:4978"
TOLERANCE_M = 0.0005
CELL_M = 4000.0
MIN_CELL_M = 10.0
METRES_PER_DEGREE = 111_000.0
_FIT_UV = np.linspace(-0.5, 0.5, 5)
_CHECK_UV = np.array([-0.375, -0.125, 0.125, 0.375])


def z_to_metres(crs: CRS) -> float:
    """Factor turning the file's z into metres for pyproj.

    A compound CRS says its vertical unit and pyproj applies it. A horizontal-only CRS leaves z
    unstated; survey practice (and the LAS spec's GeoTIFF keys, which default the vertical unit
    to the linear unit) is z in the same unit as x and y, so a foot-based projection gets feet.
    """
    if crs.is_compound or not crs.is_projected:
        return 1.0
    return float(crs.axis_info[0].unit_conversion_factor)


def _basis(
    u: NDArray[np.float64], v: NDArray[np.float64], w: NDArray[np.float64]
) -> NDArray[np.float64]:
    return np.stack([np.ones_like(u), u, v, w, u * u, u * v, v * v, u * w, v * w], axis=1)


class FittedTransform:
    """Picklable (x, y, z) in `crs` -> ECEF metres, exact to TOLERANCE_M against pyproj."""

    def __init__(
        self,
        crs: CRS,
        z_range: tuple[float, float],
        xy_origin: tuple[float, float] = (0.0, 0.0),
        z_factor: float | None = None,
    ) -> None:
        """Fit lazily around the cells the data touches; z_range is the file's z extent.

        Cells are counted from `xy_origin` (the file's low corner): a survey smaller than a
        cell then needs one fit and no per-point cell lookup.
        """
        self.x0, self.y0 = float(xy_origin[0]), float(xy_origin[1])
        self.wkt = crs.to_wkt()
        # The file's z unit comes from the CRS it was read in, which may be horizontal only
        # while `crs` (made effective for its heights) has the geoid's metres.
        self.z_factor = z_to_metres(crs) if z_factor is None else z_factor
        unit = (
            1.0 / METRES_PER_DEGREE
            if crs.is_geographic
            else 1.0 / float(crs.axis_info[0].unit_conversion_factor)
        )
        self.unit_per_m = unit
        self.cell = CELL_M * unit
        self.z_mid = (z_range[0] + z_range[1]) / 2.0
        self.z_half = max((z_range[1] - z_range[0]) / 2.0, 10.0)
        self._fits: dict[tuple[float, int, int], NDArray[np.float64]] = {}
        self._output: tuple[NDArray[np.float64], NDArray[np.float64]] | None = None

    def with_output(
        self, matrix: NDArray[np.float64], offset: NDArray[np.float64]
    ) -> FittedTransform:
        """Make the transform return `ecef @ matrix + offset` instead (e.g. an octree frame).

        The affine map folds into each cell's coefficients, so it costs nothing per point.
        """
        self._output = (np.asarray(matrix, np.float64), np.asarray(offset, np.float64))
        self._fits = {}
        return self

    def __getstate__(self) -> dict[str, Any]:
        """Fits are cheap and local: each process makes its own."""
        return {**self.__dict__, "_fits": {}}

    def _pyproj(
        self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
    ) -> NDArray[np.float64]:
        out = transformer(CRS.from_wkt(self.wkt), ECEF).transform(x, y, z * self.z_factor)
        return np.stack([np.asarray(c, dtype=np.float64) for c in out], axis=1)

    def _fit(self, cell: float, i: int, j: int) -> NDArray[np.float64] | None:
        """Coefficients (9, 3) of one cell's polynomial, or None if it misses the tolerance."""
        cx, cy = self.x0 + (i + 0.5) * cell, self.y0 + (j + 0.5) * cell
        u, v, w = (a.ravel() for a in np.meshgrid(_FIT_UV, _FIT_UV, [-1.0, 0.0, 1.0]))
        target = self._pyproj(cx + u * cell, cy + v * cell, self.z_mid + w * self.z_half)
        if not np.isfinite(target).all():
            raise ValueError("coordinates outside the CRS's valid range")
        coef, *_ = np.linalg.lstsq(_basis(u, v, w), target, rcond=None)
        cu, cv, cw = (a.ravel() for a in np.meshgrid(_CHECK_UV, _CHECK_UV, [-2.0, 0.5, 2.0]))
        truth = self._pyproj(cx + cu * cell, cy + cv * cell, self.z_mid + cw * self.z_half)
        residual = np.abs(_basis(cu, cv, cw) @ coef - truth).max()
        if residual > TOLERANCE_M:
            return None
        if self._output is not None:
            matrix, offset = self._output
            coef = coef @ matrix
            coef[0] += offset
        return coef

    def _coefficients(self, i: int, j: int, cell: float) -> tuple[NDArray[np.float64], float]:
        key = (cell, i, j)
        if key not in self._fits:
            coef = self._fit(cell, i, j)
            if coef is None:
                if cell / 2 < MIN_CELL_M * self.unit_per_m:
                    raise ValueError("the CRS is too irregular to fit here")
                return self._coefficients(i, j, cell / 2)  # only the cell size is remembered
            self._fits[key] = coef
        return self._fits[key], cell

    def __call__(
        self, x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
    ) -> NDArray[np.float64]:
        """(N, 3) ECEF metres."""
        out = np.empty((x.size, 3), dtype=np.float64)
        pending: NDArray[np.intp] | None = None  # None: every point (no gather needed)
        cell = self.cell
        while pending is None or pending.size:
            px, py, pz = (x, y, z) if pending is None else (x[pending], y[pending], z[pending])
            px, py = px - self.x0, py - self.y0
            ci = np.floor(px / cell).astype(np.int64)
            cj = np.floor(py / cell).astype(np.int64)
            i0, j0 = int(ci.min()), int(cj.min())
            span = int(cj.max()) - j0 + 1
            key = (ci - i0) * span + (cj - j0)
            occupied = np.flatnonzero(np.bincount(key))
            retry = []
            for k in occupied:  # a chunk touches a handful of cells: masks beat a sort here
                i, j = i0 + int(k) // span, j0 + int(k) % span
                coef, used = self._coefficients(i, j, cell)
                local = slice(None) if occupied.size == 1 else np.flatnonzero(key == k)
                members = (np.arange(x.size) if pending is None else pending)[local]
                if used != cell:  # this region needs smaller cells: redo its points with them
                    retry.append(members)
                    continue
                basis = np.empty((9, members.size))
                u, v, w = basis[1], basis[2], basis[3]
                np.subtract(px[local] / cell, i + 0.5, out=u)
                np.subtract(py[local] / cell, j + 0.5, out=v)
                np.divide(pz[local] - self.z_mid, self.z_half, out=w)
                basis[0] = 1.0
                np.multiply(u, u, out=basis[4])
                np.multiply(u, v, out=basis[5])
                np.multiply(v, v, out=basis[6])
                np.multiply(u, w, out=basis[7])
                np.multiply(v, w, out=basis[8])
                values = (coef.T @ basis).T  # (3, 9) @ (9, n): BLAS streams the long axis
                if occupied.size == 1 and pending is None:
                    out[:] = values
                else:
                    out[members] = values
            pending = np.concatenate(retry) if retry else np.empty(0, dtype=np.intp)
            cell /= 2
        return out
