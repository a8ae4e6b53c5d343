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
    """The columns a delivery is compared by, one entry per entity (the delivery's order).

    The EPSG:4326 columns are made by `placed` for the rows that are written only: in a month
    where 1% changed, 99% of the reprojection would be thrown away.
    """

    source: str
    crs: str
    normal: NDArray[np.object_]  # rounded, normalised geometries in ``crs``
    native_wkb: list[bytes]
    geom_hash: list[str]
    attrs_json: list[str]

    def placed(self, rows: list[int]) -> tuple[list[bytes], NDArray[np.float64]]:
        """EPSG:4326 WKB and (N, 4) bounds (west, south, east, north, degrees) of ``rows``.

        Raises:
            InvalidRequestError: a row whose coordinates do not reproject (named).
        """
        geographic = _to_geographic(self.normal[rows], CRS.from_user_input(self.crs))
        bounds = shapely.bounds(geographic).astype(np.float64).reshape(-1, 4)
        outside = np.flatnonzero(~np.isfinite(bounds).all(axis=1))
        if outside.size:
            raise InvalidRequestError(
                f"{self.source}: row {rows[int(outside[0])] + 1} has coordinates that cannot be "
                f"placed on the globe from {self.crs} (is the CRS right?)"
            )
        return list(shapely.to_wkb(geographic)), bounds


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
    """The compared columns of ``delivery``: native WKB, geometry hashes, attribute JSON.

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
    # Rounding every vertex to the grid (one vectorised pass) instead of shapely's
    # set_precision, which also re-noding topology is ten times slower and not needed to
    # compare footprints.
    normal = shapely.normalize(
        shapely.transform(geoms, lambda c: np.round(c / grid) * grid, include_z=None)
    )
    # A polygon (or line) that rounds to no area (or length) was delivered in the wrong CRS,
    # or is a sliver no survey measures.
    collapsed = np.flatnonzero(
        shapely.is_empty(normal)
        | ((shapely.area(geoms) > 0) & (shapely.area(normal) == 0))
        | ((shapely.length(geoms) > 0) & (shapely.length(normal) == 0))
    )
    if collapsed.size:
        raise InvalidRequestError(
            f"{delivery.source}: row {int(collapsed[0]) + 1}'s geometry collapses to nothing at "
            f"a precision of {grid} {unit} in {delivery.crs} (is the CRS right?)"
        )
    native = shapely.to_wkb(normal)
    return DeliveryRows(
        source=delivery.source,
        crs=delivery.crs,
        normal=normal,
        native_wkb=list(native),
        geom_hash=[hashlib.blake2b(b, digest_size=12).hexdigest() for b in native],
        attrs_json=[canonical_json(a) for a in delivery.attributes],
    )


def in_class_crs(delivery: Delivery, class_crs: str | None, crs_given: bool) -> Delivery:
    """The delivery in its class's CRS: as is, or reprojected when ``--crs`` was given.

    Raises:
        InvalidRequestError: another CRS without ``crs_given``, or coordinates that do not
            reproject (the row named).
    """
    if class_crs is None or CRS.from_user_input(delivery.crs).equals(class_crs):
        return delivery
    if not crs_given:
        raise InvalidRequestError(
            f"{delivery.source}: CRS {delivery.crs} differs from class "
            f"{delivery.entity_class!r}'s {class_crs}; give --crs to import it anyway "
            "(it is reprojected to the class's CRS)"
        )
    transformer = Transformer.from_crs(delivery.crs, class_crs, always_xy=True)

    def transform(coords: NDArray[np.float64]) -> NDArray[np.float64]:
        return np.column_stack(transformer.transform(coords[:, 0], coords[:, 1]))

    geometries = shapely.transform(delivery.geometries, transform)
    bounds = shapely.bounds(geometries)
    bad = ~np.isfinite(bounds).all(axis=1)
    if CRS.from_user_input(class_crs).is_geographic:
        bad |= (np.abs(bounds[:, [0, 2]]) > 180).any(axis=1)
        bad |= (np.abs(bounds[:, [1, 3]]) > 90).any(axis=1)
    broken = np.flatnonzero(bad)
    if broken.size:
        raise InvalidRequestError(
            f"{delivery.source}: row {int(broken[0]) + 1} cannot be reprojected from "
            f"{delivery.crs} to the class's {class_crs} (outside the CRS's area; is --crs right?)"
        )
    return Delivery(
        delivery.entity_class,
        delivery.source,
        class_crs,
        delivery.ids,
        geometries,
        delivery.attributes,
        delivery.id_field,
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
