"""SensorThings entities over the stores: JSON shapes, deep insert, Datastreams as monitoring
sensors and Observations as their readings (OGC 18-088, SensorThings API Part 1 v1.1).

An Observation's ``@iot.id`` is its Datastream id and phenomenon time packed into one integer,
``datastream << 41 | ms since the epoch`` (times up to 2039-09-07), because a reading is keyed
by (sensor, time) and has no id of its own.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import numpy as np

from twin.auth import Principal
from twin.errors import InvalidRequestError, NotFoundError
from twin.monitoring.model import Sensor, Thresholds, iso, to_ms
from twin.monitoring.readings import ReadingBatch, parse_time
from twin.monitoring.service import ingest_batch, register_sensors, writer_agency
from twin.store import Stores
from twin.store.monitoring import IngestResult, now_ms
from twin.store.sensorthings import StaRecord

TIME_BITS = 41
SETS = {"Things": "Thing", "Locations": "Location", "Sensors": "Sensor",
        "ObservedProperties": "ObservedProperty", "Datastreams": "Datastream",
        "Observations": "Observation"}  # fmt: skip
FIELDS = {
    "Thing": ("name", "description", "properties"),
    "Location": ("name", "description", "encodingType", "location", "properties"),
    "Sensor": ("name", "description", "encodingType", "metadata", "properties"),
    "ObservedProperty": ("name", "definition", "description", "properties"),
    "Datastream": ("name", "description", "observationType", "unitOfMeasurement", "properties"),
}
REQUIRED = {
    "Thing": ("name", "description"),
    "Location": ("name", "description", "location", "encodingType"),
    "Sensor": ("name", "description", "encodingType", "metadata"),
    "ObservedProperty": ("name", "definition", "description"),
    "Datastream": ("name", "description", "observationType", "unitOfMeasurement"),
}
NAVIGATION = {
    "Thing": ("Locations", "Datastreams", "HistoricalLocations"),
    "Location": ("Things",),
    "Sensor": ("Datastreams",),
    "ObservedProperty": ("Datastreams",),
    "Datastream": ("Thing", "Sensor", "ObservedProperty", "Observations"),
    "Observation": ("Datastream",),
}
LIMITS = ("warning_low", "warning_high", "alarm_low", "alarm_high", "hysteresis")


def observation_id(datastream: int, t_ms: int) -> int:
    """The ``@iot.id`` of a Datastream's observation at ``t_ms``."""
    return (datastream << TIME_BITS) | t_ms


def split_observation_id(value: int) -> tuple[int, int]:
    """(datastream, t_ms) of an observation id."""
    return value >> TIME_BITS, value & ((1 << TIME_BITS) - 1)


def self_link(base: str, kind: str, entity_id: int) -> str:
    """The URL of an entity."""
    plural = next(p for p, k in SETS.items() if k == kind)
    return f"{base}/{plural}({entity_id})"


def to_json(base: str, record: StaRecord) -> dict[str, Any]:
    """An entity as the API shows it, with its self and navigation links."""
    link = self_link(base, record.kind, record.id)
    out: dict[str, Any] = {"@iot.id": record.id, "@iot.selfLink": link}
    out |= {k: record.doc[k] for k in FIELDS[record.kind] if k in record.doc}
    out |= {f"{n}@iot.navigationLink": f"{link}/{n}" for n in NAVIGATION[record.kind]}
    return out


def observation_json(base: str, datastream: int, t_ms: int, value: float) -> dict[str, Any]:
    """An Observation (a reading) as the API shows it."""
    link = self_link(base, "Observation", observation_id(datastream, t_ms))
    return {"@iot.id": observation_id(datastream, t_ms), "@iot.selfLink": link,
            "phenomenonTime": iso(t_ms), "resultTime": None, "result": value,
            "Datastream@iot.navigationLink": f"{link}/Datastream"}  # fmt: skip


def _require(kind: str, doc: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise InvalidRequestError(f"a {kind} is a JSON object")
    missing = [k for k in REQUIRED[kind] if doc.get(k) in (None, "")]
    if missing:
        raise InvalidRequestError(f"a {kind} needs {', '.join(missing)}")
    return {k: doc[k] for k in FIELDS[kind] if k in doc}


def _reference_or_create(stores: Stores, kind: str, doc: Any, principal: Principal | None) -> int:
    if isinstance(doc, dict) and "@iot.id" in doc:
        found = stores.sensorthings.get(kind, int(doc["@iot.id"]))
        if found is None:
            raise InvalidRequestError(f"no {kind} with @iot.id {doc['@iot.id']}")
        return found.id
    return create(stores, kind, doc, principal)


def create(stores: Stores, kind: str, doc: dict[str, Any], principal: Principal | None) -> int:
    """Create an entity with its nested entities (deep insert); returns its id.

    Raises:
        InvalidRequestError: a missing field or a reference to an unknown entity (400).
        PermissionDeniedError: a role that cannot write.
    """
    writer_agency(principal)  # viewers and surveyors stop here
    if kind == "Datastream":
        return _create_datastream(stores, doc, principal)
    own = _require(kind, doc)
    sta = stores.sensorthings
    entity_id = sta.create(kind, own)
    if kind == "Thing":
        for location in doc.get("Locations") or []:
            sta.link_location(entity_id, _reference_or_create(stores, "Location", location,
                                                              principal))  # fmt: skip
        for datastream in doc.get("Datastreams") or []:
            create(stores, "Datastream", {**datastream, "Thing": {"@iot.id": entity_id}}, principal)
    elif kind == "Location":
        for thing in doc.get("Things") or []:
            sta.link_location(_reference_or_create(stores, "Thing", thing, principal), entity_id)
    return entity_id


def _point(stores: Stores, thing: int) -> tuple[float, float, float]:
    for location_id in stores.sensorthings.linked(thing=thing):
        location = stores.sensorthings.get("Location", location_id)
        geometry = location.doc.get("location") if location else None
        if isinstance(geometry, dict) and geometry.get("type") == "Feature":
            geometry = geometry.get("geometry")
        if isinstance(geometry, dict) and geometry.get("type") == "Point":
            x, y, *z = geometry["coordinates"]
            return float(x), float(y), float(z[0]) if z else 0.0
    raise InvalidRequestError(
        f"Thing {thing} has no Location with a GeoJSON Point: a Datastream is placed at it"
    )


def _create_datastream(stores: Stores, doc: dict[str, Any], principal: Principal | None) -> int:
    own = _require("Datastream", doc)
    unit = own["unitOfMeasurement"]
    if not isinstance(unit, dict) or not unit.get("symbol"):
        raise InvalidRequestError("a Datastream's unitOfMeasurement needs a symbol")
    if not all(isinstance(doc.get(k), dict) for k in ("Thing", "Sensor", "ObservedProperty")):
        raise InvalidRequestError("a Datastream needs a Thing, a Sensor and an ObservedProperty")
    thing = _reference_or_create(stores, "Thing", doc["Thing"], principal)
    sensor = _reference_or_create(stores, "Sensor", doc["Sensor"], principal)
    observed = _reference_or_create(stores, "ObservedProperty", doc["ObservedProperty"], principal)
    lon, lat, height = _point(stores, thing)
    prop = stores.sensorthings.get("ObservedProperty", observed)
    assert prop is not None
    properties = own.get("properties") or {}
    sta = stores.sensorthings
    entity_id = sta.create("Datastream", own, thing=thing, sensor=sensor, property=observed)
    agency = writer_agency(principal) or str(properties.get("agency") or "sensorthings")
    limits = {k: float(properties[k]) for k in LIMITS if properties.get(k) is not None}
    interval = properties.get("expected_interval_s")
    monitored = Sensor(
        id=f"sta-{entity_id}", kind=str(prop.doc["name"]).lower(), unit=str(unit["symbol"]),
        lon=lon, lat=lat, height=height, agency=agency, name=str(own["name"]),
        layer=properties.get("layer"), entity=properties.get("entity"),
        thresholds=Thresholds(**limits), expected_interval_s=interval,
        properties_json=json.dumps({"sensorthings": {"datastream": entity_id}}),
    )  # fmt: skip
    try:
        register_sensors(stores.monitoring, [monitored], principal)
    except Exception:
        sta.delete(entity_id)
        raise
    sta.set_links(entity_id, monitoring_id=monitored.id)
    return entity_id


def datastream(stores: Stores, entity_id: int) -> StaRecord:
    """A Datastream; NotFoundError."""
    found = stores.sensorthings.get("Datastream", entity_id)
    if found is None or found.monitoring_id is None:
        raise NotFoundError(f"no Datastream({entity_id})")
    return found


def _phenomenon_ms(value: Any) -> int:
    if isinstance(value, str) and "/" in value:
        value = value.split("/")[0]  # an interval: its start
    try:
        return parse_time(value)
    except (ValueError, TypeError):
        raise InvalidRequestError("phenomenonTime is an ISO 8601 time with a timezone") from None


def write_observations(
    stores: Stores, rows: list[tuple[int, Any, Any]], principal: Principal | None
) -> tuple[IngestResult, list[tuple[int, int]]]:
    """Write (datastream id, phenomenonTime, result) rows through the monitoring ingest (all
    or nothing); returns the result and each row's (datastream, t_ms)."""
    sensors, times, values, keys = [], [], [], []
    for ds, when, result in rows:
        record = datastream(stores, ds)
        t = _phenomenon_ms(when) if when is not None else now_ms()
        sensors.append(record.monitoring_id or "")
        times.append(t)
        if isinstance(result, bool) or not isinstance(result, (int, float)):
            raise InvalidRequestError("this service takes numeric results")
        values.append(float(result))
        keys.append((ds, t))
    batch = ReadingBatch(sensors, np.array(times, np.int64), np.array(values, np.float64),
                         [None] * len(rows), list(range(len(rows))))  # fmt: skip
    return ingest_batch(stores.monitoring, batch, principal, now_ms()), keys


def observations(stores: Stores, ds: int, start_ms: int, end_ms: int) -> list[tuple[int, float]]:
    """The (t_ms, value) readings of a Datastream in [start, end)."""
    record = datastream(stores, ds)
    t, v, _ = stores.monitoring.series(record.monitoring_id or "", start_ms, end_ms)
    return list(zip(t.tolist(), v.tolist(), strict=True))


def as_ms(moment: datetime) -> int:
    """A filter literal's time as ms."""
    return to_ms(moment)
