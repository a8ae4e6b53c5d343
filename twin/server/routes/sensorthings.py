"""/sta/v1.1: an OGC SensorThings API 1.1 subset (read, create, the dataArray extension).

Reads are public; creating entities and observations needs an agency token (its own
Datastreams) or an admin token. Observations go through the monitoring ingest, so they are
upserted by (Datastream, phenomenonTime), update latest states and alarms and reach the SSE
stream. The MQTT extension is in `twin.server.mqtt`.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from twin.errors import InvalidRequestError, NotFoundError
from twin.sensorthings.entities import SETS, create, observation_id, self_link, write_observations
from twin.sensorthings.query import DEFAULT_TOP, page, parse_options
from twin.sensorthings.resolve import Resolver, parse_path
from twin.server.dependencies import SettingsDep, SourcesDep, StoresDep
from twin.server.monitoring_state import alarms_out, publish_result
from twin.server.routes.monitoring import AgencyDep, BrokerDep, _body
from twin.store import Stores

router = APIRouter(prefix="/sta/v1.1", tags=["sensorthings"])
CONFORMANCE = [
    "http://www.opengis.net/spec/iot_sensing/1.1/req/datamodel",
    "http://www.opengis.net/spec/iot_sensing/1.1/req/resource-path/resource-path-to-entities",
    "http://www.opengis.net/spec/iot_sensing/1.1/req/request-data",
    "http://www.opengis.net/spec/iot_sensing/1.1/req/create-update-delete/create-entity",
    "http://www.opengis.net/spec/iot_sensing/1.1/req/data-array/data-array",
    "http://www.opengis.net/spec/iot_sensing/1.1/req/create-observations-via-mqtt/observations-creation",
]


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + "/sta/v1.1"


@router.get("")
def service_root(request: Request) -> dict[str, Any]:
    """The entity sets and the conformance classes of this service."""
    base = _base(request)
    return {
        "value": [{"name": name, "url": f"{base}/{name}"} for name in SETS],
        "serverSettings": {"conformance": CONFORMANCE},
    }


def _read(stores: Stores, base: str, path: str, params: dict[str, str]) -> dict[str, Any]:
    options = parse_options(params)
    resolver = Resolver(stores, base)
    parts = parse_path(path)
    name, entity_id = parts[0]
    if name not in SETS:
        raise NotFoundError(f"no entity set {name!r}")
    kind = SETS[name]
    if entity_id is not None and len(parts) == 1:
        return resolver.shape(kind, [resolver.entity(kind, entity_id)], options)[0]
    if entity_id is None and len(parts) == 1:
        found = resolver.collection(kind, options)
    elif entity_id is not None and len(parts) == 2:
        nav = parts[1][0]
        related = resolver.related(kind, entity_id, nav, options)
        kind = SETS.get(nav, nav)
        if not isinstance(related, list):
            return resolver.shape(kind, [related], options)[0]
        found = related
    else:
        raise NotFoundError(f"unsupported SensorThings path {path!r}")
    members, more, total = page(found, options)
    body: dict[str, Any] = {}
    if options.count:
        body["@iot.count"] = total
    if more:
        top = DEFAULT_TOP if options.top is None else options.top
        query = {**params, "$skip": str(options.skip + top), "$top": str(top)}
        body["@iot.nextLink"] = f"{base}/{path}?{urlencode(query)}"
    body["value"] = resolver.shape(kind, members, options)
    return body


@router.get("/{path:path}")
def read(path: str, request: Request, stores: StoresDep) -> dict[str, Any]:
    """Entities, sets and navigation (``Things(1)/Datastreams``) with the query options."""
    return _read(stores, _base(request), path, dict(request.query_params))


@router.post("/{path:path}", status_code=201)
async def write(
    path: str,
    request: Request,
    principal: AgencyDep,
    stores: StoresDep,
    settings: SettingsDep,
    sources: SourcesDep,
    broker: BrokerDep,
) -> Any:
    """Create an entity (deep insert), an Observation, or many with ``CreateObservations``."""
    kind_of_body, doc = await _body(request)
    if kind_of_body != "json":
        raise InvalidRequestError("SensorThings bodies are JSON")
    base = _base(request)
    parts = parse_path(path)
    rows = _observation_rows(parts, doc)
    if rows is None:
        name = parts[0][0]
        if len(parts) != 1 or parts[0][1] is not None or name not in SETS:
            raise NotFoundError(f"cannot create at {path!r}")
        kind = SETS[name]
        entity_id = await run_in_threadpool(create, stores, kind, doc, principal)
        link = self_link(base, kind, entity_id)
        body = _read(stores, base, f"{name}({entity_id})", {})
        return JSONResponse(body, status_code=201, headers={"Location": link})

    def work() -> tuple[Any, Any, list[tuple[int, int]], list[dict[str, Any]]]:
        result, keys = write_observations(stores, rows, principal)
        alarms = alarms_out(settings, stores, sources, result.alarms)
        return result, stores.monitoring.index(), keys, alarms

    result, index, keys, alarms = await run_in_threadpool(work)
    publish_result(broker, index, result, alarms)
    links = [self_link(base, "Observation", observation_id(ds, t)) for ds, t in keys]
    if parts[0][0] == "CreateObservations":
        return JSONResponse(links, status_code=201)
    body = _read(stores, base, links[0].rsplit("/", 1)[1], {})
    return JSONResponse(body, status_code=201, headers={"Location": links[0]})


def _observation_rows(parts: list[tuple[str, int | None]], doc: Any) -> list[Any] | None:
    """(datastream, phenomenonTime, result) rows of an observation write; None for others."""
    names = [name for name, _ in parts]
    if names == ["CreateObservations"]:
        return data_array_rows(doc)
    if names == ["Observations"] or names == ["Datastreams", "Observations"]:
        if not isinstance(doc, dict) or "result" not in doc:
            raise InvalidRequestError("an Observation needs a result")
        ds = parts[0][1] if len(parts) == 2 else (doc.get("Datastream") or {}).get("@iot.id")
        if ds is None:
            raise InvalidRequestError("an Observation needs its Datastream ({'@iot.id': ...})")
        return [(int(ds), doc.get("phenomenonTime"), doc["result"])]
    return None


def data_array_rows(doc: Any) -> list[tuple[int, Any, Any]]:
    """Rows of a dataArray body (SensorThings 1.1 section 14, CreateObservations)."""
    if not isinstance(doc, list):
        raise InvalidRequestError("CreateObservations takes a list of dataArray objects")
    rows = []
    for item in doc:
        ds = (item.get("Datastream") or {}).get("@iot.id") if isinstance(item, dict) else None
        components = item.get("components") if isinstance(item, dict) else None
        if ds is None or not isinstance(components, list) or "result" not in components:
            raise InvalidRequestError("each dataArray needs a Datastream, components and result")
        at = components.index("phenomenonTime") if "phenomenonTime" in components else None
        value = components.index("result")
        for row in item.get("dataArray") or []:
            rows.append((int(ds), row[at] if at is not None else None, row[value]))
    return rows
