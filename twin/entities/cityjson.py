"""A class's state in one month as CityJSON 2.0, or CityJSONSeq (one feature per line).

Footprints become LoD0 ``MultiSurface`` geometries (z = 0) in the class's own CRS, vertices
as integers under a millimetre ``transform`` (CityJSON 2.0 sections 2.6 and 9). A building
class is exported as ``Building`` objects, any other as ``GenericCityObject``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import shapely
from pyproj import CRS

VERSION = "2.0"
SCALE = 0.001


def object_type(entity_class: str) -> str:
    """The CityJSON type of a class's entities."""
    return "Building" if "building" in entity_class.lower() else "GenericCityObject"


def _reference_system(crs: str) -> str:
    code = CRS.from_user_input(crs).to_epsg()
    return f"https://www.opengis.net/def/crs/EPSG/0/{code}" if code else crs


def _surfaces(
    geometry: Any, vertices: list[list[int]], translate: tuple[float, float]
) -> list[Any]:
    """Boundaries of a (multi)polygon: one surface per polygon, rings without closing vertex."""
    polygons = list(geometry.geoms) if hasattr(geometry, "geoms") else [geometry]
    surfaces = []
    for polygon in polygons:
        rings = []
        for ring in [polygon.exterior, *polygon.interiors]:
            xy = np.asarray(ring.coords)[:-1, :2]
            ints = np.round((xy - translate) / SCALE).astype(np.int64)
            start = len(vertices)
            vertices.extend([int(x), int(y), 0] for x, y in ints)
            rings.append(list(range(start, start + len(ints))))
        surfaces.append(rings)
    return surfaces


def _object(entity_class: str, attributes: dict[str, Any], surfaces: list[Any]) -> dict[str, Any]:
    return {
        "type": object_type(entity_class),
        "attributes": attributes,
        "geometry": [{"type": "MultiSurface", "lod": "0", "boundaries": surfaces}],
    }


def _header(crs: str, month: str, translate: tuple[float, float]) -> dict[str, Any]:
    return {
        "type": "CityJSON",
        "version": VERSION,
        "transform": {
            "scale": [SCALE, SCALE, SCALE],
            "translate": [translate[0], translate[1], 0.0],
        },
        "metadata": {"referenceSystem": _reference_system(crs), "referenceDate": f"{month}-01"},
        "CityObjects": {},
        "vertices": [],
    }


def _translate(rows: list[tuple[str, bytes, dict[str, Any]]]) -> tuple[float, float]:
    if not rows:
        return (0.0, 0.0)
    bounds = shapely.bounds(shapely.from_wkb([wkb for _, wkb, _ in rows]))
    return (float(np.floor(bounds[:, 0].min())), float(np.floor(bounds[:, 1].min())))


def to_cityjson(
    entity_class: str, crs: str, month: str, rows: Iterable[tuple[str, bytes, dict[str, Any]]]
) -> dict[str, Any]:
    """One CityJSON document of ``rows`` (id, native WKB, attributes)."""
    listed = list(rows)
    translate = _translate(listed)
    document = _header(crs, month, translate)
    vertices: list[list[int]] = document["vertices"]
    for entity_id, wkb, attributes in listed:
        surfaces = _surfaces(shapely.from_wkb(wkb), vertices, translate)
        document["CityObjects"][entity_id] = _object(entity_class, attributes, surfaces)
    return document


def to_cityjsonseq(
    entity_class: str, crs: str, month: str, rows: Iterable[tuple[str, bytes, dict[str, Any]]]
) -> Iterator[str]:
    """CityJSONSeq lines: the header, then one ``CityJSONFeature`` per entity."""
    listed = list(rows)
    translate = _translate(listed)
    yield json.dumps(_header(crs, month, translate), separators=(",", ":"))
    for entity_id, wkb, attributes in listed:
        vertices: list[list[int]] = []
        surfaces = _surfaces(shapely.from_wkb(wkb), vertices, translate)
        feature = {
            "type": "CityJSONFeature",
            "id": entity_id,
            "CityObjects": {entity_id: _object(entity_class, attributes, surfaces)},
            "vertices": vertices,
        }
        yield json.dumps(feature, separators=(",", ":"), ensure_ascii=False)
