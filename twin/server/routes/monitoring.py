"""/api/monitoring: sensors, readings (JSON or CSV batches), latest states, series, alarms, SSE.

Writes need an agency token (its own sensors only) or an admin token; viewers and surveyors
cannot write. A batch with any bad row writes nothing and answers 422 listing every bad row
(`twin.monitoring.readings`). Bodies are limited by TWIN_MONITORING_MAX_BODY_BYTES while they
stream in (413).
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import numpy as np
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from twin.auth import Principal, Role
from twin.errors import InvalidRequestError, PermissionDeniedError
from twin.monitoring.readings import parse_csv, parse_json, parse_time
from twin.monitoring.registration import sensors_from_csv, sensors_from_json
from twin.monitoring.series import bucket_readings
from twin.monitoring.service import ingest_batch, register_sensors, writer_agency
from twin.server.auth import require_role
from twin.server.dependencies import SettingsDep, SourcesDep, StoresDep
from twin.server.events import EventBroker, StreamFilter, state_name
from twin.server.monitoring_state import alarms_out, get_broker, publish_result
from twin.store.monitoring import now_ms

router = APIRouter(prefix="/api/monitoring", tags=["monitoring"])
AgencyDep = Annotated[Principal, Depends(require_role(Role.AGENCY))]
BrokerDep = Annotated[EventBroker, Depends(get_broker)]
BboxQuery = Annotated[
    str | None, Query(description="west,south,east,north in WGS 84 degrees", examples=["0,0,1,1"])
]
MAX_POINTS = 100_000


def parse_bbox(bbox: str | None) -> tuple[float, float, float, float] | None:
    """``"w,s,e,n"`` as four floats; InvalidRequestError names what is wrong."""
    if bbox is None:
        return None
    try:
        west, south, east, north = (float(part) for part in bbox.split(","))
    except ValueError:
        raise InvalidRequestError("bbox is west,south,east,north in degrees") from None
    if not (west <= east and south <= north):
        raise InvalidRequestError("bbox needs west <= east and south <= north")
    return west, south, east, north


async def _body(request: Request) -> tuple[str, Any]:
    raw = await request.body()
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidRequestError("the body is not UTF-8") from None
    if media in ("text/csv", "application/csv"):
        return "csv", text
    try:
        return "json", json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidRequestError(f"the body is not JSON ({exc}); send CSV as text/csv") from None


@router.post("/sensors", status_code=201)
async def register(request: Request, principal: AgencyDep, stores: StoresDep) -> dict[str, Any]:
    """Register sensors: a JSON list, ``{"sensors": [...]}``, a GeoJSON FeatureCollection of
    points or CSV (text/csv); an agency token registers its own; existing ids are replaced."""
    kind, content = await _body(request)
    agency = writer_agency(principal) or ""
    sensors = (
        sensors_from_csv(content, agency) if kind == "csv" else sensors_from_json(content, agency)
    )
    count = await run_in_threadpool(register_sensors, stores.monitoring, sensors, principal)
    return {"registered": count}


def _sensor_json(sensor: Any) -> dict[str, Any]:
    t = sensor.thresholds
    return {
        "id": sensor.id, "name": sensor.name, "kind": sensor.kind, "unit": sensor.unit,
        "lon": sensor.lon, "lat": sensor.lat, "height": sensor.height, "layer": sensor.layer,
        "entity": sensor.entity, "agency": sensor.agency,
        "thresholds": {"warning_low": t.warning_low, "warning_high": t.warning_high,
                       "alarm_low": t.alarm_low, "alarm_high": t.alarm_high,
                       "hysteresis": t.hysteresis},
        "expected_interval_s": sensor.expected_interval_s,
        "properties": json.loads(sensor.properties_json),
    }  # fmt: skip


@router.get("/sensors")
def list_sensors(
    stores: StoresDep, agency: str | None = None, layer: str | None = None
) -> dict[str, Any]:
    """Registered sensors, by id (of one agency or layer when given)."""
    found = stores.monitoring.list_sensors(agency=agency, layer=layer)
    return {"count": len(found), "sensors": [_sensor_json(s) for s in found]}


@router.get("/sensors/{sensor_id}")
def get_sensor(sensor_id: str, stores: StoresDep) -> dict[str, Any]:
    """One sensor's registration."""
    return _sensor_json(stores.monitoring.get_sensor(sensor_id))


@router.post("/readings")
async def post_readings(
    request: Request,
    principal: AgencyDep,
    stores: StoresDep,
    settings: SettingsDep,
    sources: SourcesDep,
    broker: BrokerDep,
) -> dict[str, Any]:
    """Write a batch: JSON ``{"readings": [{"sensor", "time", "value", "unit"?}]}`` or CSV
    ``sensor,time,value[,unit]`` (text/csv). Upserted by (sensor, time): a retried batch
    changes nothing. Any bad row: 422 listing every one, and nothing is written."""
    kind, content = await _body(request)
    batch, issues = parse_csv(content) if kind == "csv" else parse_json(content)

    def work() -> tuple[Any, Any, list[dict[str, Any]]]:
        result = ingest_batch(stores.monitoring, batch, principal, now_ms(), issues)
        index = stores.monitoring.index()
        return result, index, alarms_out(settings, stores, sources, result.alarms)

    result, index, alarms = await run_in_threadpool(work)
    publish_result(broker, index, result, alarms)
    return {"written": result.written, "advanced": int(result.outcome.sensor.size),
            "alarms": alarms}  # fmt: skip


@router.get("/latest")
def latest(stores: StoresDep, bbox: BboxQuery = None, layer: str | None = None) -> dict[str, Any]:
    """The latest state of every sensor, or of those in ``bbox`` / on ``layer``, as columns
    (one array per field, the same order in each; t in ms since the epoch, null before any
    reading)."""
    index = stores.monitoring.index()
    box = parse_bbox(bbox)
    position = None
    if box is not None or layer is not None:
        keep = StreamFilter(layer=layer, bbox=box).mask(index, np.arange(len(index)))
        position = np.flatnonzero(keep)
    states = stores.monitoring.latest(index, position)
    at = states.position
    return {
        "count": int(at.size),
        "sensors": index.ids[at].tolist(),
        "lon": index.lon[at].tolist(),
        "lat": index.lat[at].tolist(),
        "layer": index.layer[at].tolist(),
        "entity": index.entity[at].tolist(),
        "unit": index.unit[at].tolist(),
        "t": [None if t < 0 else t for t in states.t_ms.tolist()],
        "value": [None if v != v else v for v in states.value.tolist()],  # NaN -> null
        "state": [state_name(v) for v in states.level.tolist()],
    }


@router.get("/sensors/{sensor_id}/series")
def series(
    sensor_id: str,
    stores: StoresDep,
    start: Annotated[str, Query(description="ISO 8601 with a timezone")],
    end: Annotated[str, Query(description="ISO 8601 with a timezone (exclusive)")],
    bucket: Annotated[int | None, Query(ge=1, description="bucket, seconds")] = None,
) -> dict[str, Any]:
    """Readings in [start, end): raw points, or min/max/mean/count per bucket when ``bucket``
    is given (rollups left by downsampling are included)."""
    try:
        start_ms, end_ms = parse_time(start), parse_time(end)
    except ValueError as exc:
        raise InvalidRequestError(f"start/end: {exc}") from None
    t, v, rollups = stores.monitoring.series(sensor_id, start_ms, end_ms)
    if bucket is None:
        if t.size > MAX_POINTS:
            raise InvalidRequestError(f"over {MAX_POINTS} readings: give a bucket")
        return {"sensor": sensor_id, "t": t.tolist(), "value": v.tolist(),
                "rollups": {"t": rollups.t_ms.tolist(), "mean": rollups.mean.tolist()}}  # fmt: skip
    b = bucket_readings(t, v, bucket * 1000, rollups=rollups)
    return {"sensor": sensor_id, "bucket_s": bucket, "t": b.t_ms.tolist(),
            "count": b.count.tolist(), "min": b.min.tolist(), "max": b.max.tolist(),
            "mean": b.mean.tolist()}  # fmt: skip


@router.get("/alarms")
def list_alarms(
    stores: StoresDep,
    settings: SettingsDep,
    sources: SourcesDep,
    state: Annotated[str, Query(pattern="^(open|all)$")] = "open",
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> dict[str, Any]:
    """Alarms, newest first: the open ones (active, acknowledged or not) or all."""
    found = stores.monitoring.alarms(open_only=state == "open", limit=limit)
    return {"count": len(found), "alarms": alarms_out(settings, stores, sources, found)}


@router.post("/alarms/{alarm_id}/acknowledge")
def acknowledge(
    alarm_id: int,
    principal: AgencyDep,
    stores: StoresDep,
    settings: SettingsDep,
    sources: SourcesDep,
    broker: BrokerDep,
) -> dict[str, Any]:
    """Acknowledge an alarm (an agency its own sensors' alarms); the name of the token is kept."""
    alarm = stores.monitoring.get_alarm(alarm_id)
    agency = writer_agency(principal)
    if agency is not None and stores.monitoring.get_sensor(alarm.sensor).agency != agency:
        raise PermissionDeniedError(f"alarm {alarm_id} is on another agency's sensor")
    acknowledged = stores.monitoring.acknowledge(alarm_id, principal.name)
    (out,) = alarms_out(settings, stores, sources, [acknowledged])
    broker.publish_alarm(out, out.get("lon", 0.0), out.get("lat", 0.0), out.get("layer") or "")
    return out


@router.get(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}, "description": "an event stream"}},
)
async def stream(broker: BrokerDep, bbox: BboxQuery = None, layer: str | None = None) -> Any:
    """Server-Sent Events: ``readings`` (new latest readings of each batch, as columns) and
    ``alarm`` (an alarm opened, raised, cleared or acknowledged), of a layer or bbox."""
    stream_filter = StreamFilter(layer=layer, bbox=parse_bbox(bbox))
    return StreamingResponse(
        broker.stream(stream_filter),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
