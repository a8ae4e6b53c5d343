"""OGC API - Features (Part 1: Core, 17-069r4) documents for entity classes: pure dicts.

Only ``datetime`` needs care: a class's state is kept per month, so an instant or a date
selects the state of the month it falls in, and ``YYYY-MM`` (twin's own form) that month.
Intervals are refused: "the state in a period" is not one set of versions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from twin.entities.model import EntityClass, EntityVersion, parse_month
from twin.errors import InvalidRequestError

CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
]
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
GEOJSON = "application/geo+json"
JSON = "application/json"
_INSTANT = re.compile(r"^(\d{4})-(\d{2})(-\d{2}([Tt ].*)?)?$")
MAX_LIMIT = 10_000


def parse_datetime(value: str | None) -> str | None:
    """The month a ``datetime`` parameter selects (None: the latest state).

    Raises:
        InvalidRequestError: an interval, or not a month, date or RFC 3339 date-time.
    """
    if value is None or value == "":
        return None
    if "/" in value:
        raise InvalidRequestError(
            "datetime: intervals are not supported; give a month (YYYY-MM), a date or an instant"
        )
    match = _INSTANT.match(value)
    if not match:
        raise InvalidRequestError(
            f"datetime must be YYYY-MM, a date or an RFC 3339 instant, not {value!r}"
        )
    if match.group(4):
        try:
            instant = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise InvalidRequestError(f"datetime {value!r} is not an RFC 3339 instant") from None
        if instant.tzinfo is not None:
            instant = instant.astimezone(UTC)
        return parse_month(f"{instant.year:04d}-{instant.month:02d}", field_name="datetime")
    return parse_month(f"{match.group(1)}-{match.group(2)}", field_name="datetime")


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``bbox=west,south,east,north`` (or the 6-number 3D form) in CRS84 degrees.

    Raises:
        InvalidRequestError: not 4 or 6 numbers, or south above north.
    """
    if value is None or value == "":
        return None
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        raise InvalidRequestError(
            f"bbox must be 4 or 6 comma-separated numbers, not {value!r}"
        ) from None
    if len(numbers) == 6:
        numbers = [numbers[0], numbers[1], numbers[3], numbers[4]]
    if len(numbers) != 4:
        raise InvalidRequestError(f"bbox must be 4 or 6 comma-separated numbers, not {value!r}")
    west, south, east, north = numbers
    if south > north:
        raise InvalidRequestError("bbox: south is above north")
    return west, south, east, north


def feature(version: EntityVersion) -> dict[str, Any]:
    """A GeoJSON Feature: the attributes, plus the version's validity (``valid_*``)."""
    properties = dict(version.attributes)
    properties.update(
        valid_from=version.valid_from,
        valid_to=version.valid_to,
        recorded_at=version.recorded_at,
        change=version.change,
    )
    return {
        "type": "Feature",
        "id": version.entity_id,
        "geometry": version.geometry,
        "properties": properties,
    }


def collection(
    cls: EntityClass, base: str, bbox: list[float] | None, first: str | None
) -> dict[str, Any]:
    """The collection document of a class (``base``: the Features API root URL, no slash)."""
    url = f"{base}/collections/{cls.name}"
    extent: dict[str, Any] = {}
    if bbox is not None:
        extent["spatial"] = {"bbox": [bbox], "crs": CRS84}
    if first is not None:
        extent["temporal"] = {"interval": [[f"{first}-01T00:00:00Z", None]]}
    return {
        "id": cls.name,
        "title": cls.name,
        "description": f"{cls.name}: kept month by month (native CRS {cls.crs}); "
        f"latest month {cls.latest_month}",
        "itemType": "feature",
        "crs": [CRS84],
        "extent": extent,
        "links": [
            {"href": url, "rel": "self", "type": JSON, "title": cls.name},
            {"href": f"{url}/items", "rel": "items", "type": GEOJSON, "title": "items"},
        ],
    }


def items_page(
    versions: Sequence[EntityVersion],
    matched: int,
    *,
    url: str,
    query: dict[str, str],
    limit: int,
    offset: int,
) -> dict[str, Any]:
    """A FeatureCollection page with ``self``/``next``/``prev`` links (offset paging)."""
    links = [_link(url, query, offset, limit, "self")]
    if offset + len(versions) < matched:
        links.append(_link(url, query, offset + limit, limit, "next"))
    if offset > 0:
        links.append(_link(url, query, max(0, offset - limit), limit, "prev"))
    return {
        "type": "FeatureCollection",
        "features": [feature(v) for v in versions],
        "timeStamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "numberMatched": matched,
        "numberReturned": len(versions),
        "links": links,
    }


def _link(url: str, query: dict[str, str], offset: int, limit: int, rel: str) -> dict[str, str]:
    from urllib.parse import urlencode

    params = {**query, "limit": str(limit), "offset": str(offset)}
    return {"href": f"{url}?{urlencode(params)}", "rel": rel, "type": GEOJSON}
