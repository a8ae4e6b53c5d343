"""SensorThings entities as JSON documents with their links (`twin.store.SensorThingsStore`)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from twin.store.database import write_transaction
from twin.store.tables import sta_entities, sta_thing_locations


@dataclass(frozen=True)
class StaRecord:
    """One stored entity: its kind, id, document and links."""

    kind: str
    id: int
    doc: dict[str, Any]
    thing: int | None = None
    sensor: int | None = None
    property: int | None = None
    monitoring_id: str | None = None


def _record(row: Any) -> StaRecord:
    return StaRecord(row.kind, row.id, json.loads(row.doc), row.thing, row.sensor, row.property,
                     row.monitoring_id)  # fmt: skip


class SqlSensorThingsStore:
    """Things, Locations, Sensors, ObservedProperties and Datastreams in the twin database."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema `twin.store.database.migrate` brought up to date."""
        self._engine = engine

    def create(self, kind: str, doc: dict[str, Any], **links: Any) -> int:
        """Store an entity; returns its id (``links``: thing, sensor, property, monitoring_id)."""
        with write_transaction(self._engine) as connection:
            return int(
                connection.execute(
                    insert(sta_entities)
                    .values(kind=kind, doc=json.dumps(doc), **links)
                    .returning(sta_entities.c.id)
                ).scalar_one()
            )

    def set_links(self, entity_id: int, **links: Any) -> None:
        """Change an entity's links (e.g. a Datastream's monitoring sensor)."""
        with write_transaction(self._engine) as connection:
            connection.execute(
                update(sta_entities).where(sta_entities.c.id == entity_id).values(**links)
            )

    def delete(self, entity_id: int) -> None:
        """Remove an entity and its Thing-Location links."""
        with write_transaction(self._engine) as connection:
            connection.execute(delete(sta_entities).where(sta_entities.c.id == entity_id))
            t = sta_thing_locations.c
            connection.execute(
                delete(sta_thing_locations).where(
                    (t.thing == entity_id) | (t.location == entity_id)
                )
            )

    def get(self, kind: str, entity_id: int) -> StaRecord | None:
        """One entity of ``kind``, or None."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(sta_entities).where(
                    sta_entities.c.id == entity_id, sta_entities.c.kind == kind
                )
            ).first()
        return None if row is None else _record(row)

    def find(self, kind: str, **links: Any) -> list[StaRecord]:
        """Entities of ``kind`` by id, those with the given links only."""
        query = select(sta_entities).where(sta_entities.c.kind == kind)
        for name, value in links.items():
            query = query.where(sta_entities.c[name] == value)
        with self._engine.connect() as connection:
            return [_record(row) for row in connection.execute(query.order_by(sta_entities.c.id))]

    def link_location(self, thing: int, location: int) -> None:
        """Put a Location on a Thing (idempotent)."""
        with write_transaction(self._engine) as connection:
            t = sta_thing_locations.c
            found = connection.execute(
                select(t.thing).where(t.thing == thing, t.location == location)
            ).first()
            if found is None:
                connection.execute(
                    insert(sta_thing_locations).values(thing=thing, location=location)
                )

    def linked(self, *, thing: int | None = None, location: int | None = None) -> list[int]:
        """The Locations of a Thing, or the Things at a Location, by id."""
        t = sta_thing_locations.c
        if thing is not None:
            query = select(t.location).where(t.thing == thing).order_by(t.location)
        else:
            query = select(t.thing).where(t.location == location).order_by(t.thing)
        with self._engine.connect() as connection:
            return [int(v) for v in connection.execute(query).scalars()]
