"""What the monitoring routes share: the broker, after-ingest publishing and alarm context.

An alarm on a sensor that sits on a segment of a published pipe layer carries the valves that
isolate that segment (`twin.networks.NetworkGraph.isolate`, the network routes' isolation).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from fastapi import Request

from twin.errors import InvalidRequestError, NotFoundError, TwinError
from twin.monitoring.index import SensorIndex
from twin.monitoring.model import Alarm
from twin.server.events import EventBroker, alarm_json
from twin.server.routes.networks import published_graph
from twin.server.sources import TileSources
from twin.settings import Settings
from twin.store import Stores
from twin.store.monitoring import IngestResult

logger = logging.getLogger(__name__)


def get_broker(request: Request) -> EventBroker:
    """The app's event broker."""
    broker: EventBroker = request.app.state.events
    return broker


def isolation(
    settings: Settings, stores: Stores, sources: TileSources, layer: str | None, entity: str | None
) -> dict[str, Any] | None:
    """The valves isolating ``entity`` when it is a pipe segment of published ``layer``."""
    if not layer or not entity:
        return None
    try:
        version, graph = published_graph(settings, stores.catalog, sources, layer)
        if graph.segment_index(entity) is None:
            return None  # a node: isolation is of segments
        result = graph.isolate(entity)
    except (NotFoundError, InvalidRequestError):
        return None
    return {
        "layer": layer,
        "version": version.version_id,
        "segment": entity,
        "isolable": result.isolable,
        "valves": graph.node_ids[result.valve_nodes].tolist()
        + graph.seg_ids[result.valve_segments].tolist(),
    }


def alarms_out(
    settings: Settings, stores: Stores, sources: TileSources, alarms: list[Alarm]
) -> list[dict[str, Any]]:
    """Alarms with their sensor's place and, on a pipe segment, the isolating valves."""
    index = stores.monitoring.index()
    position = index.positions([a.sensor for a in alarms])
    out = []
    cache: dict[tuple[str, str], dict[str, Any] | None] = {}
    for alarm, p in zip(alarms, position.tolist(), strict=True):
        item = alarm_json(alarm)
        if p >= 0:
            layer = str(index.layer[p]) or None
            entity = str(index.entity[p]) or None
            item |= {"lon": float(index.lon[p]), "lat": float(index.lat[p]), "layer": layer,
                     "entity": entity}  # fmt: skip
            key = (layer or "", entity or "")
            if key not in cache:
                try:
                    cache[key] = isolation(settings, stores, sources, layer, entity)
                except TwinError:
                    logger.exception("isolation of %s failed", key)
                    cache[key] = None
            item["isolation"] = cache[key]
        out.append(item)
    return out


async def sweep_stale_forever(app: Any, every_s: float) -> None:
    """Mark overdue sensors stale every ``every_s`` seconds and stream the alarms opened."""
    from starlette.concurrency import run_in_threadpool

    while True:
        await asyncio.sleep(every_s)
        stores: Stores | None = app.state.stores
        if stores is None:
            continue
        try:
            index = await run_in_threadpool(stores.monitoring.index)
            opened = await run_in_threadpool(stores.monitoring.sweep_stale, index)
            out = await run_in_threadpool(
                alarms_out, app.state.settings, stores, app.state.sources, opened
            )
        except Exception:  # noqa: BLE001 - a failed sweep is logged and tried again
            logger.exception("stale sweep failed")
            continue
        for alarm in out:
            app.state.events.publish_alarm(
                alarm, alarm.get("lon", 0.0), alarm.get("lat", 0.0), alarm.get("layer") or ""
            )


def publish_result(
    broker: EventBroker, index: SensorIndex, result: IngestResult, alarms: list[dict[str, Any]]
) -> None:
    """Send a batch's new latest readings and alarm changes to the stream's subscribers."""
    o = result.outcome
    broker.publish_readings(index, o.sensor, o.t_ms, o.value, o.level)
    for alarm in alarms:
        broker.publish_alarm(alarm, alarm.get("lon", 0.0), alarm.get("lat", 0.0),
                             alarm.get("layer") or "")  # fmt: skip
