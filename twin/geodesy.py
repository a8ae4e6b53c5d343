"""Where a clearance is, in the frames a user reads: ECEF, WGS 84 degrees and the layer's CRS.

Pipe layers are stored in ECEF (EPSG:4978); a published pipe layer's metadata records the CRS
its survey was read in (``meta["crs"]``, see ingest_survey/convert/pipes.py), so a point can be
given back in the coordinates the surveyor's own drawings use.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np
from pyproj import Transformer

from twin.networks import Clearance

ECEF_CRS = "EPSG:4978"
GEOGRAPHIC_CRS = "EPSG:4979"  # WGS 84 longitude, latitude (degrees), ellipsoidal height (m)


@lru_cache(maxsize=32)
def _from_ecef(target: str) -> Transformer:
    return Transformer.from_crs(ECEF_CRS, target, always_xy=True)


def _rounded(values: np.ndarray, digits: int) -> list[float]:
    return [round(float(v), digits) for v in values]


def clearance_coordinates(
    found: Sequence[Clearance], crs_by_layer: dict[str, str | None]
) -> list[dict[str, Any]]:
    """Per clearance: ``geographic`` {lon, lat, height} and ``layer_a_crs`` / ``layer_b_crs``
    {crs, x, y, z} (None for a layer whose metadata records no CRS), computed in one
    vectorised transform per target CRS.

    The height in a layer's CRS is the height the pipeline read with it (ellipsoidal, unless
    the CRS is compound with a vertical datum).
    """
    if not found:
        return []
    ecef = np.array([c.point for c in found], dtype=np.float64)
    lon, lat, h = _from_ecef(GEOGRAPHIC_CRS).transform(ecef[:, 0], ecef[:, 1], ecef[:, 2])
    out: list[dict[str, Any]] = [
        {"geographic": {"lon": a, "lat": b, "height": c}}
        for a, b, c in zip(_rounded(lon, 9), _rounded(lat, 9), _rounded(h, 3), strict=True)
    ]
    for name, crs in crs_by_layer.items():
        if not crs:
            continue
        x, y, z = _from_ecef(crs).transform(ecef[:, 0], ecef[:, 1], ecef[:, 2])
        xs, ys, zs = _rounded(x, 3), _rounded(y, 3), _rounded(z, 3)
        for i, c in enumerate(found):
            place = {"crs": crs, "x": xs[i], "y": ys[i], "z": zs[i]}
            if c.network_a == name:
                out[i]["layer_a_crs"] = place
            if c.network_b == name:
                out[i]["layer_b_crs"] = place
    for place in out:
        place.setdefault("layer_a_crs", None)
        place.setdefault("layer_b_crs", None)
    return out
