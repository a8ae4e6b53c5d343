"""A monthly delivery file (GeoJSON, GeoPackage, Shapefile, ...) as a `Delivery` of one class.

The whole file is one month's complete state of the class. Its id field names each entity
across months; without one, entities are matched by geometry (`twin.entities.diff`).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pyogrio

from ingest_survey.crs import resolve_crs
from ingest_survey.errors import InvalidFeatureError, InvalidOptionError, vector_open_error
from twin.entities.delivery import Delivery


def read_delivery(
    path: Path,
    entity_class: str,
    *,
    id_field: str | None = None,
    crs: str | None = None,
) -> Delivery:
    """Read ``path`` as the delivery of ``entity_class``.

    Args:
        path: the file (any vector format GDAL reads).
        entity_class: the class it delivers.
        id_field: the attribute that identifies entities; None: match by geometry.
        crs: the CRS of the coordinates, when the file has none or to override it.

    Raises:
        InvalidOptionError: ``id_field`` is not a field of the file.
        MissingCRSError: neither the file nor ``crs`` gives a CRS.
        InvalidFeatureError: a feature without geometry.
    """
    try:
        frame = pyogrio.read_dataframe(path)
    except Exception as exc:  # noqa: BLE001 - pyogrio raises GDAL's errors as its own classes
        raise vector_open_error(path, exc) from None
    file_crs = frame.crs
    source_crs = resolve_crs(file_crs, crs, path=path.name, option="--crs")
    fields = [str(c) for c in frame.columns if c != "geometry"]
    if id_field is not None and id_field not in fields:
        raise InvalidOptionError(
            f"no id field {id_field!r}; the fields are {', '.join(fields) or 'none'}",
            path=path.name,
            field=id_field,
        )
    geometries = np.asarray(frame.geometry.values, dtype=object)
    missing = np.flatnonzero(frame.geometry.isna().to_numpy())
    if missing.size:
        raise InvalidFeatureError(
            "the feature has no geometry", path=path.name, row=int(missing[0]) + 1
        )
    ids = None
    if id_field is not None:
        values = frame[id_field].tolist()
        ids = ["" if _empty(v) else str(v) for v in values]
    attribute_fields = [f for f in fields if f != id_field]
    records = (
        frame[attribute_fields].to_dict(orient="records") if attribute_fields else [{}] * len(frame)
    )
    # A field a feature lacks reads as null: drop nulls, so a tag new to one feature is not a
    # change to every other.
    attributes = [
        {k: value for k, v in record.items() if (value := _plain(v)) is not None}
        for record in records
    ]
    return Delivery(
        entity_class=entity_class,
        source=path.name,
        crs=source_crs.to_string(),
        ids=ids,
        geometries=geometries,
        attributes=attributes,
        id_field=id_field or "id",
    )


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _plain(value: Any) -> Any:
    """A JSON value: numpy scalars as Python ones, NaN/NaT as None, dates as ISO text."""
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "isoformat"):
        try:
            return str(value.isoformat())
        except ValueError:
            return None
    return value
