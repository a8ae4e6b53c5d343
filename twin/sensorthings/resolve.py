"""Resolving SensorThings URLs: entity sets, navigation, $expand and paging over the stores."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from twin.errors import InvalidRequestError, NotFoundError
from twin.monitoring.model import to_ms
from twin.sensorthings.entities import (
    SETS,
    datastream,
    observation_json,
    observations,
    split_observation_id,
    to_json,
)
from twin.sensorthings.query import Compare, Logical, Options, page, select
from twin.store import Stores

_SEGMENT = re.compile(r"^(?P<name>[A-Za-z]+)(?:\((?P<id>\d+)\))?$")
# Navigation properties that name one entity, not a set.
SINGLE = {"Thing", "Sensor", "ObservedProperty", "Datastream"}
MAX_SCAN = 100_000  # observations read for one answer before $filter is applied
FAR_PAST, FAR_FUTURE = 0, (1 << 41) - 1


def parse_path(path: str) -> list[tuple[str, int | None]]:
    """``Things(1)/Datastreams`` -> [("Things", 1), ("Datastreams", None)]."""
    parts = []
    for segment in [s for s in path.split("/") if s]:
        match = _SEGMENT.match(segment)
        if match is None:
            raise NotFoundError(f"no SensorThings resource {segment!r}")
        parts.append((match["name"], int(match["id"]) if match["id"] else None))
    return parts


def _time_range(condition: Compare | Logical | None) -> tuple[int, int]:
    """The phenomenonTime bounds implied by the top-level ``and`` chain (pushed into SQL)."""
    start, end = FAR_PAST, FAR_FUTURE
    pending = [condition]
    while pending:
        c = pending.pop()
        if isinstance(c, Logical) and c.op == "and":
            pending += [c.left, c.right]
        elif isinstance(c, Compare) and c.path == ("phenomenonTime",):
            if isinstance(c.value, datetime):
                ms = to_ms(c.value)
                if c.op in ("gt", "ge", "eq"):
                    start = max(start, ms + (c.op == "gt"))
                if c.op in ("lt", "le", "eq"):
                    end = min(end, ms + (c.op != "lt"))
    return start, end


class Resolver:
    """Entities of the stores as JSON, for the URLs of one request (base: the service root)."""

    def __init__(self, stores: Stores, base: str) -> None:
        """Resolve against ``stores``; links start with ``base``."""
        self.stores = stores
        self.base = base

    def entity(self, kind: str, entity_id: int) -> dict[str, Any]:
        """One entity's JSON; NotFoundError."""
        if kind == "Observation":
            ds, t = split_observation_id(entity_id)
            found = observations(self.stores, ds, t, t + 1)
            if not found:
                raise NotFoundError(f"no Observation({entity_id})")
            return observation_json(self.base, ds, *found[0])
        record = self.stores.sensorthings.get(kind, entity_id)
        if record is None:
            raise NotFoundError(f"no {kind}({entity_id})")
        return to_json(self.base, record)

    def _observations(self, datastreams: list[int], options: Options) -> list[dict[str, Any]]:
        start, end = _time_range(options.filter)
        out: list[dict[str, Any]] = []
        for ds in datastreams:
            for t, v in observations(self.stores, ds, start, end):
                item = observation_json(self.base, ds, t, v)
                item["Datastream"] = {"@iot.id": ds}  # for $filter on Datastream/id
                out.append(item)
            if len(out) > MAX_SCAN:
                raise InvalidRequestError(
                    f"over {MAX_SCAN} observations: narrow with phenomenonTime or a Datastream"
                )
        return out

    def collection(self, kind: str, options: Options, **scope: Any) -> list[dict[str, Any]]:
        """Every member of a set before paging (``scope``: links, or the ids to keep)."""
        sta = self.stores.sensorthings
        if kind == "Observation":
            ids = scope.get("datastreams")
            if ids is None:
                ids = [r.id for r in sta.find("Datastream")]
            return self._observations(ids, options)
        ids = scope.pop("ids", None)
        records = sta.find(kind, **scope)
        if ids is not None:
            keep = set(ids)
            records = [r for r in records if r.id in keep]
        return [to_json(self.base, r) for r in records]

    def related(self, kind: str, entity_id: int, nav: str, options: Options) -> Any:
        """The entity or set that ``nav`` of ``kind(entity_id)`` leads to (JSON, unpaged)."""
        sta = self.stores.sensorthings
        if kind == "Observation" and nav == "Datastream":
            return self.entity("Datastream", split_observation_id(entity_id)[0])
        if kind == "Datastream" and nav in SINGLE:
            record = datastream(self.stores, entity_id)
            link = {"Thing": record.thing, "Sensor": record.sensor,
                    "ObservedProperty": record.property}[nav]  # fmt: skip
            return self.entity(nav, int(link or 0))
        if kind == "Datastream" and nav == "Observations":
            return self.collection("Observation", options, datastreams=[entity_id])
        if kind == "Thing" and nav == "Locations":
            return self.collection("Location", options, ids=sta.linked(thing=entity_id))
        if kind == "Location" and nav == "Things":
            return self.collection("Thing", options, ids=sta.linked(location=entity_id))
        if kind == "Thing" and nav == "HistoricalLocations":
            return []
        link_by_kind = {"Thing": "thing", "Sensor": "sensor", "ObservedProperty": "property"}
        if nav == "Datastreams" and kind in link_by_kind:
            return self.collection("Datastream", options, **{link_by_kind[kind]: entity_id})
        raise NotFoundError(f"{kind} has no {nav}")

    def shape(self, kind: str, items: list[dict[str, Any]], options: Options) -> list[Any]:
        """Expand and select each member of a page."""
        out = []
        for item in items:
            item = dict(item)
            if kind == "Observation" and "Datastream" not in options.expand:
                item.pop("Datastream", None)
            for nav, nested in options.expand.items():
                found = self.related(kind, item["@iot.id"], nav, nested)
                target = SETS.get(nav, nav)
                if isinstance(found, list):
                    members, _, total = page(found, nested)
                    item[nav] = self.shape(target, members, nested)
                    if nested.count:
                        item[f"{nav}@iot.count"] = total
                else:
                    item[nav] = self.shape(target, [found], nested)[0]
            out.append(select(item, options.select))
        return out
