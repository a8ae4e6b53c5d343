"""Sensor registration from JSON, CSV or GeoJSON: every row checked, every bad one listed (pure).

Columns (CSV header, JSON keys or GeoJSON properties): ``id, kind, unit`` and a place
(``lon, lat`` in WGS 84 degrees, or a GeoJSON Point), optionally ``height, name, layer, entity,
agency, warning_low, warning_high, alarm_low, alarm_high, hysteresis, expected_interval_s``; any
other property is kept in the sensor's properties. As with readings, a file with a bad row
registers nothing.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Mapping
from typing import Any

from twin.errors import RowsRejectedError
from twin.monitoring.model import Sensor, Thresholds

Issue = dict[str, object]
LIMITS = ("warning_low", "warning_high", "alarm_low", "alarm_high")
_KNOWN = {"id", "kind", "unit", "lon", "lat", "height", "name", "layer", "entity", "agency",
          "hysteresis", "expected_interval_s", *LIMITS}  # fmt: skip
MAX_ID_LENGTH = 200


def _optional_float(item: Mapping[str, Any], name: str) -> float | None:
    value = item.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"{name} is a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be finite")
    return number


def _text(item: Mapping[str, Any], name: str) -> str | None:
    value = item.get(name)
    return None if value is None or value == "" else str(value)


def sensor_from_item(item: Mapping[str, Any], default_agency: str) -> Sensor:
    """One sensor from a flat mapping (see the module doc).

    Raises:
        ValueError: naming the field that is wrong (as ``field: reason``).
    """
    sensor_id = _text(item, "id")
    if sensor_id is None or len(sensor_id) > MAX_ID_LENGTH:
        raise ValueError(f"id: required, 1 to {MAX_ID_LENGTH} characters")
    for name in ("kind", "unit"):
        if _text(item, name) is None:
            raise ValueError(f"{name}: required")
    place = {}
    for name, low, high in (("lon", -180.0, 180.0), ("lat", -90.0, 90.0)):
        try:
            value = _optional_float(item, name)
        except (ValueError, TypeError):
            value = None
        if value is None or not low <= value <= high:
            raise ValueError(f"{name}: required, degrees in [{low:g}, {high:g}] (WGS 84)")
        place[name] = value
    numbers: dict[str, float | None] = {}
    for name in (*LIMITS, "hysteresis", "expected_interval_s", "height"):
        try:
            numbers[name] = _optional_float(item, name)
        except (ValueError, TypeError):
            raise ValueError(f"{name}: a finite number") from None
    thresholds = Thresholds(
        warning_low=numbers["warning_low"],
        warning_high=numbers["warning_high"],
        alarm_low=numbers["alarm_low"],
        alarm_high=numbers["alarm_high"],
        hysteresis=numbers["hysteresis"] or 0.0,
    )
    problems = thresholds.problems()
    if problems:
        raise ValueError(f"thresholds: {'; '.join(problems)}")
    interval = numbers["expected_interval_s"]
    if interval is not None and interval <= 0:
        raise ValueError("expected_interval_s: seconds, more than 0")
    extra = {k: v for k, v in item.items() if k not in _KNOWN and v not in (None, "")}
    return Sensor(
        id=sensor_id,
        kind=str(item["kind"]),
        unit=str(item["unit"]),
        lon=place["lon"],
        lat=place["lat"],
        height=numbers["height"] or 0.0,
        agency=_text(item, "agency") or default_agency,
        name=_text(item, "name") or sensor_id,
        layer=_text(item, "layer"),
        entity=_text(item, "entity"),
        thresholds=thresholds,
        expected_interval_s=interval,
        properties_json=json.dumps(extra, sort_keys=True, default=str),
    )


def _collect(items: Iterable[tuple[int, Mapping[str, Any]]], default_agency: str) -> list[Sensor]:
    sensors: list[Sensor] = []
    issues: list[Issue] = []
    seen: set[str] = set()
    for row, item in items:
        try:
            sensor = sensor_from_item(item, default_agency)
        except ValueError as exc:
            field, _, reason = str(exc).partition(": ")
            issues.append({"row": row, "field": field, "reason": reason or str(exc)})
            continue
        if sensor.id in seen:
            issues.append({"row": row, "field": "id", "reason": f"{sensor.id!r} is repeated"})
        seen.add(sensor.id)
        sensors.append(sensor)
    if issues:
        raise RowsRejectedError(f"{len(issues)} bad sensors: none was registered", issues[:1000])
    return sensors


def sensors_from_json(data: object, default_agency: str) -> list[Sensor]:
    """A list of sensor objects, ``{"sensors": [...]}``, or a GeoJSON FeatureCollection."""
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        return sensors_from_geojson(data, default_agency)
    items = data.get("sensors") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise RowsRejectedError(
            "the body is a list of sensors, {'sensors': [...]} or a GeoJSON FeatureCollection",
            [{"row": None, "field": "sensors", "reason": "not a list"}],
        )
    pairs = [(i, item if isinstance(item, dict) else {}) for i, item in enumerate(items)]
    return _collect(pairs, default_agency)


def sensors_from_geojson(data: Mapping[str, Any], default_agency: str) -> list[Sensor]:
    """Point features; the point's coordinates are lon, lat (and height) in WGS 84 (RFC 7946)."""
    features = data.get("features")
    if not isinstance(features, list):
        raise RowsRejectedError(
            "a FeatureCollection needs features", [{"row": None, "field": "features"}]
        )

    def flat(feature: object) -> dict[str, Any]:
        if not isinstance(feature, dict):
            return {}
        item = dict(feature.get("properties") or {})
        item.setdefault("id", feature.get("id"))
        geometry = feature.get("geometry") or {}
        coordinates = geometry.get("coordinates") if geometry.get("type") == "Point" else None
        if isinstance(coordinates, list) and len(coordinates) >= 2:
            item["lon"], item["lat"] = coordinates[0], coordinates[1]
            if len(coordinates) > 2:
                item.setdefault("height", coordinates[2])
        return item

    return _collect(((i, flat(f)) for i, f in enumerate(features)), default_agency)


def sensors_from_csv(text: str, default_agency: str) -> list[Sensor]:
    """CSV with a header row; rows are named by their line number (the header is line 1)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"id", "kind", "unit", "lon", "lat"} - set(reader.fieldnames or ())
    if missing:
        raise RowsRejectedError(
            f"the CSV header lacks {', '.join(sorted(missing))}",
            [{"row": 1, "field": name, "reason": "missing column"} for name in sorted(missing)],
        )
    return _collect(enumerate(reader, start=2), default_agency)
