"""Registry extracts that carry their own lifecycle (Dutch BGT/BAG style) as monthly states.

Each record is one version of an object: its id (``lokaalID``), ``creationDate`` and, once
superseded or demolished, ``terminationDate``. The state of a month is the set of versions
alive at its end: created on or before its last day and not terminated by then. The footprint
is read from ``imgeo:geometrie2dGrondvlak`` explicitly (a BGT Pand also carries label points,
which GDAL may return instead). The extract declares no srsName; BGT is RD New (EPSG:28992).
"""

from __future__ import annotations

import calendar
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import shapely

from ingest_survey.errors import CorruptFileError, InvalidFeatureError
from twin.entities.delivery import Delivery
from twin.entities.model import month_of, next_month

BGT_CRS = "EPSG:28992"
_GML = "{http://www.opengis.net/gml}"
_IMGEO = "{http://www.geostandaarden.nl/imgeo/2.1}"
# Kept as attributes of each version (the lifecycle dates become its validity instead).
ATTRIBUTES = ("identificatieBAGPND", "bgt-status", "plus-status", "inOnderzoek", "bronhouder")


@dataclass(frozen=True)
class LifecycleRecord:
    """One version of a registry object."""

    object_id: str
    created: date
    terminated: date | None
    footprint: Any  # shapely (Multi)Polygon in BGT_CRS
    attributes: dict[str, str]


def read_bgt_lifecycle(path: Path) -> list[LifecycleRecord]:
    """Every BuildingPart version of a BGT CityGML extract, in file order.

    Raises:
        CorruptFileError: not XML.
        InvalidFeatureError: a version without id, creationDate or footprint (record named).
    """
    records: list[LifecycleRecord] = []
    try:
        for _, element in ET.iterparse(path, events=("end",)):
            if not element.tag.endswith("}BuildingPart"):
                continue
            records.append(_record(element, len(records) + 1, path.name))
            element.clear()
    except ET.ParseError as exc:
        raise CorruptFileError(f"not valid XML: {exc}", path=path.name) from None
    return records


def _text(element: ET.Element, name: str) -> str | None:
    found = element.find(f".//{name}")
    return found.text.strip() if found is not None and found.text else None


def _record(element: ET.Element, row: int, source: str) -> LifecycleRecord:
    object_id = _text(element, f"{_IMGEO}lokaalID")
    created = _text(element, "{http://www.opengis.net/citygml/2.0}creationDate")
    terminated = _text(element, "{http://www.opengis.net/citygml/2.0}terminationDate")
    surface = element.find(f"{_IMGEO}geometrie2dGrondvlak")
    if object_id is None or created is None:
        field = "lokaalID" if object_id is None else "creationDate"
        raise InvalidFeatureError("missing", path=source, row=row, field=field)
    if surface is None:
        raise InvalidFeatureError(
            "no footprint", path=source, row=row, field="geometrie2dGrondvlak"
        )
    polygons = [_polygon(p) for p in surface.iter(f"{_GML}Polygon")]
    footprint = polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)
    attributes = {name: value for name in ATTRIBUTES if (value := _text(element, _IMGEO + name))}
    return LifecycleRecord(
        object_id,
        date.fromisoformat(created),
        date.fromisoformat(terminated) if terminated else None,
        footprint,
        attributes,
    )


def _ring(element: ET.Element) -> np.ndarray[Any, Any]:
    pos_list = element.find(f".//{_GML}posList")
    assert pos_list is not None and pos_list.text
    dims = int(pos_list.get("srsDimension", "2"))
    return np.array(pos_list.text.split(), dtype=np.float64).reshape(-1, dims)[:, :2]


def _polygon(element: ET.Element) -> Any:
    exterior = element.find(f"{_GML}exterior")
    assert exterior is not None
    holes = [_ring(ring) for ring in element.findall(f"{_GML}interior")]
    return shapely.Polygon(_ring(exterior), holes)


def month_end(month: str) -> date:
    """The last day of ``month``."""
    year, number = int(month[:4]), int(month[5:])
    return date(year, number, calendar.monthrange(year, number)[1])


def change_months(records: list[LifecycleRecord]) -> list[str]:
    """The months in which some version begins or ends, in order."""
    days = [r.created for r in records] + [r.terminated for r in records if r.terminated]
    return sorted({month_of(day) for day in days})


def state_at(records: list[LifecycleRecord], month: str) -> list[LifecycleRecord]:
    """The versions alive at the end of ``month``: one per object (the latest created)."""
    end = month_end(month)
    alive: dict[str, LifecycleRecord] = {}
    for record in records:
        if record.created <= end and (record.terminated is None or record.terminated > end):
            kept = alive.get(record.object_id)
            if kept is None or record.created >= kept.created:
                alive[record.object_id] = record
    return [alive[key] for key in sorted(alive)]


def monthly_deliveries(
    records: list[LifecycleRecord], entity_class: str, source: str
) -> Iterator[tuple[str, Delivery]]:
    """The delivery of every month in which the lifecycle changes something, oldest first."""
    for month in change_months(records):
        state = state_at(records, month)
        yield (
            month,
            Delivery(
                entity_class=entity_class,
                source=f"{source} (state at the end of {month})",
                crs=BGT_CRS,
                ids=[r.object_id for r in state],
                geometries=np.asarray([r.footprint for r in state], dtype=object),
                attributes=[r.attributes for r in state],
                id_field="lokaalID",
            ),
        )


__all__ = ["LifecycleRecord", "monthly_deliveries", "next_month", "read_bgt_lifecycle", "state_at"]
