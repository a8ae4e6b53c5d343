"""A delivery: one month's complete state of a class, as arrays, and the rows it stores as.

Geometries arrive in the class's CRS; they are kept both as delivered (``native_wkb``) and in
EPSG:4326 (``wkb``, for queries, GeoJSON and the tiles). Equality of geometry is equality of the
normalised native WKB rounded to a millimetre, so a re-ordered ring or a float round trip is
not a change.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray
from pyproj import CRS, Transformer

from twin.errors import InvalidRequestError

GEOGRAPHIC = "EPSG:4326"
# A millimetre in metre CRSs; in degrees (EPSG:4326 deliveries) about 1 cm.
GRID_BY_UNIT = {"metre": 0.001, "degree": 1e-7}


@dataclass(frozen=True)
class Delivery:
    """The entities of one class in one month, in the order of the delivered file.

    ``ids`` is None when the file carries no id field: entities are then matched by geometry.
    """

    entity_class: str
    source: str  # the file's name, for messages (never a server path)
    crs: str
    ids: list[str] | None
    geometries: NDArray[np.object_]  # shapely geometries in ``crs``
    attributes: list[dict[str, Any]]
    id_field: str = "id"  # where the ids came from, for messages

    def __len__(self) -> int:
        return len(self.geometries)


@dataclass(frozen=True)
class DeliveryRows:
    """The columns a delivery stores as, one entry per entity (same order as the delivery)."""

    native_wkb: list[bytes]
    wkb: list[bytes]  # EPSG:4326
    bounds: NDArray[np.float64]  # (N, 4) west, south, east, north in degrees
    geom_hash: list[str]
    attrs_json: list[str]


def canonical_json(value: dict[str, Any]) -> str:
    """Attributes as canonical JSON (sorted keys, no spaces): equal values, equal text."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def check_ids(delivery: Delivery) -> None:
    """Refuse empty or duplicate ids, naming the rows.

    Raises:
        InvalidRequestError: an entity without an id, or two with the same.
    """
    if delivery.ids is None:
        return
    id_field = delivery.id_field
    ids = np.asarray(delivery.ids, dtype=object)
    empty = np.flatnonzero(ids == "")
    if empty.size:
        raise InvalidRequestError(
            f"{delivery.source}: row {int(empty[0]) + 1} has no value in id field {id_field!r}"
        )
    unique, first, counts = np.unique(ids.astype(str), return_index=True, return_counts=True)
    if (counts > 1).any():
        dupes = unique[counts > 1]
        rows = np.flatnonzero(ids.astype(str) == dupes[0]) + 1
        raise InvalidRequestError(
            f"{delivery.source}: duplicate id {dupes[0]!r} in field {id_field!r} "
            f"(rows {', '.join(map(str, rows[:5]))}); {len(dupes)} ids are duplicated"
        )


def to_rows(delivery: Delivery) -> DeliveryRows:
    """The stored columns of ``delivery``: WKB (native and 4326), bounds, hashes, JSON.

    Raises:
        InvalidRequestError: a missing or invalid geometry (its row named).
    """
    geoms = delivery.geometries
    missing = np.flatnonzero(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if missing.size:
        raise InvalidRequestError(f"{delivery.source}: row {int(missing[0]) + 1} has no geometry")
    crs = CRS.from_user_input(delivery.crs)
    unit = crs.axis_info[0].unit_name if crs.axis_info else "metre"
    grid = GRID_BY_UNIT.get(unit, 0.001)
    normal = shapely.normalize(shapely.set_precision(geoms, grid))
    native = shapely.to_wkb(normal)
    geographic = _to_geographic(normal, crs)
    return DeliveryRows(
        native_wkb=list(native),
        wkb=list(shapely.to_wkb(geographic)),
        bounds=shapely.bounds(geographic).astype(np.float64),
        geom_hash=[hashlib.blake2b(b, digest_size=12).hexdigest() for b in native],
        attrs_json=[canonical_json(a) for a in delivery.attributes],
    )


def _to_geographic(geoms: NDArray[np.object_], crs: CRS) -> NDArray[np.object_]:
    if crs.equals(CRS.from_epsg(4326)):
        return geoms
    transformer = Transformer.from_crs(crs, GEOGRAPHIC, always_xy=True)

    def transform(coords: NDArray[np.float64]) -> NDArray[np.float64]:
        x, y = transformer.transform(coords[:, 0], coords[:, 1])
        return np.column_stack([x, y])

    # One pyproj call over every vertex of every geometry.
    result: NDArray[np.object_] = shapely.transform(geoms, transform)
    return result
