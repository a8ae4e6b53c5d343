"""Entities over SQLAlchemy Core (`twin.store.EntityStore`), for SQLite and PostgreSQL/PostGIS.

An import is one write transaction: the class's state is read, compared with the delivery
(`twin.entities.diff`), and the versions that end are closed and the new ones written, all or
nothing, so a process killed half-way leaves the class at its previous month.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import shapely
from sqlalchemy import (
    Connection,
    Engine,
    Row,
    and_,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
    update,
)

from twin.entities.delivery import Delivery, check_ids, in_class_crs, to_rows
from twin.entities.diff import PreviousState, diff_by_geometry, diff_by_id
from twin.entities.model import (
    ChangeReport,
    EntityClass,
    EntityVersion,
    check_class_name,
    parse_month,
)
from twin.errors import ConflictError, InvalidRequestError, NotFoundError
from twin.model import utc_now
from twin.store.database import write_transaction
from twin.store.entity_tables import entity_classes, entity_imports, entity_versions

CHUNK = 20_000  # rows per executemany batch (one progress report each)
Progress = Callable[[int, int], None]
_V = entity_versions.c
_VERSION_COLUMNS = (
    _V.entity_id,
    _V["class"],
    _V.valid_from,
    _V.valid_to,
    _V.recorded_at,
    _V.wkb,
    _V.attrs,
    _V.change,
)


def valid_in(month: str) -> Any:
    """The SQL condition "this version is valid in ``month``"."""
    return and_(_V.valid_from <= month, or_(_V.valid_to.is_(None), _V.valid_to > month))


class SqlEntityStore:
    """Entity classes and their versions in the twin database."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema `twin.store.database.migrate` brought up to date."""
        self._engine = engine
        self._postgis = engine.dialect.name == "postgresql"

    def list_classes(self) -> list[EntityClass]:
        """Every class, by name, with the number of entities valid in its latest month."""
        with self._engine.connect() as connection:
            rows = connection.execute(select(entity_classes).order_by(entity_classes.c.name))
            return [self._class(connection, row) for row in rows]

    def get_class(self, name: str) -> EntityClass:
        """One class; raises NotFoundError when unknown."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(entity_classes).where(entity_classes.c.name == name)
            ).first()
            if row is None:
                raise NotFoundError(f"unknown entity class {name!r}")
            return self._class(connection, row)

    def _require(self, name: str) -> EntityClass:
        """The class without its entity count (one primary-key read); NotFoundError."""
        with self._engine.connect() as connection:
            row = connection.execute(
                select(entity_classes).where(entity_classes.c.name == name)
            ).first()
        if row is None:
            raise NotFoundError(f"unknown entity class {name!r}")
        return EntityClass(row.name, row.crs, row.latest_month)

    def _class(self, connection: Connection, row: Row[Any]) -> EntityClass:
        count = connection.execute(
            select(func.count())
            .select_from(entity_versions)
            .where(_V["class"] == row.name, _V.valid_to.is_(None))
        ).scalar_one()
        return EntityClass(row.name, row.crs, row.latest_month, int(count))

    def import_delivery(
        self,
        delivery: Delivery,
        month: str,
        *,
        crs_given: bool = False,
        dry_run: bool = False,
        on_progress: Progress | None = None,
    ) -> ChangeReport:
        """Compare ``delivery`` with the class's latest state and store it as ``month``.

        Re-importing the latest month's delivery changes nothing (``already_imported``).

        Raises:
            InvalidRequestError: a bad month or class name; a CRS other than the class's when
                ``crs_given`` is false.
            ConflictError: a month before the class's latest, or the latest month again with
                different content.
        """
        name = check_class_name(delivery.entity_class)
        month = parse_month(month)
        check_ids(delivery)
        with write_transaction(self._engine) as connection:
            row = connection.execute(
                select(entity_classes).where(entity_classes.c.name == name)
            ).first()
            delivery = in_class_crs(delivery, row.crs if row else None, crs_given)
            latest = row.latest_month if row else None
            if latest is not None and month < latest:
                raise ConflictError(
                    f"{delivery.source}: {month} is older than {name!r}'s latest month {latest}; "
                    "deliveries are imported in month order"
                )
            rows = to_rows(delivery)
            previous = self._state(connection, name, need_geometry=delivery.ids is None)
            report = ChangeReport(
                name,
                month,
                latest if latest != month else self._previous_month(connection, name, month),
                "id" if delivery.ids is not None else "geometry",
            )
            result = (
                diff_by_id(report, previous, delivery.ids, rows)
                if delivery.ids is not None
                else diff_by_geometry(report, previous, rows)
            )
            if latest == month:
                if report.added or report.removed or report.changed:
                    raise ConflictError(
                        f"{delivery.source}: {name!r} already has {month} with other content; "
                        "a month is delivered once (deliver the correction as the next month)"
                    )
                report.already_imported = True
                return report
            if dry_run:
                return report
            recorded_at = utc_now()
            if row is None:
                connection.execute(
                    insert(entity_classes).values(
                        name=name, crs=delivery.crs, latest_month=month, created_at=recorded_at
                    )
                )
            else:
                connection.execute(
                    update(entity_classes)
                    .where(entity_classes.c.name == name)
                    .values(latest_month=month)
                )
            self._close(connection, name, result.close, month)
            self._write(connection, name, month, recorded_at, result, rows, on_progress)
            report.written = True
            connection.execute(
                insert(entity_imports).values(
                    {
                        "class": name,
                        "month": month,
                        "recorded_at": recorded_at,
                        "source": delivery.source,
                        "report": json.dumps(report.to_dict()),
                    }
                )
            )
            return report

    def _previous_month(self, connection: Connection, name: str, month: str) -> str | None:
        return connection.execute(
            select(func.max(entity_imports.c.month)).where(
                entity_imports.c["class"] == name, entity_imports.c.month < month
            )
        ).scalar_one_or_none()

    def _state(self, connection: Connection, name: str, *, need_geometry: bool) -> PreviousState:
        columns = [_V.entity_id, _V.geom_hash, _V.attrs] + (
            [_V.native_wkb] if need_geometry else []
        )
        rows = connection.execute(
            select(*columns).where(_V["class"] == name, _V.valid_to.is_(None)).order_by(_V.pk)
        ).all()
        return PreviousState(
            ids=[r[0] for r in rows],
            geom_hash=[r[1] for r in rows],
            attrs_json=[r[2] for r in rows],
            native_wkb=[bytes(r[3]) for r in rows] if need_geometry else [],
        )

    def _close(self, connection: Connection, name: str, ids: list[str], month: str) -> None:
        statement = (
            update(entity_versions)
            .where(
                _V["class"] == name,
                _V.entity_id == bindparam("eid"),
                _V.valid_to.is_(None),
            )
            .values(valid_to=month)
        )
        for start in range(0, len(ids), CHUNK):
            batch = ids[start : start + CHUNK]
            connection.execute(statement, [{"eid": entity_id} for entity_id in batch])

    def _write(
        self,
        connection: Connection,
        name: str,
        month: str,
        recorded_at: str,
        result: Any,
        rows: Any,
        on_progress: Progress | None,
    ) -> None:
        todo = [j for j, kind in enumerate(result.change) if kind != "unchanged"]
        wkb, placed = rows.placed(todo)
        bounds = placed.tolist()
        # The driver's own executemany: SQLAlchemy's per-row parameter processing would cost
        # more than the database's work.
        mark = "%s" if self._postgis else "?"
        statement = (
            f"INSERT INTO entity_versions (class, entity_id, valid_from, valid_to, recorded_at, "
            f"change, geom_hash, attrs, wkb, native_wkb, minx, miny, maxx, maxy) "
            f"VALUES ({', '.join([mark] * 14)})"
        )
        for start in range(0, len(todo), CHUNK):
            batch = todo[start : start + CHUNK]
            values = [
                (
                    name,
                    result.delivered_ids[j],
                    month,
                    None,
                    recorded_at,
                    result.change[j],
                    rows.geom_hash[j],
                    rows.attrs_json[j],
                    wkb[k],
                    rows.native_wkb[j],
                    *bounds[k],
                )
                for k, j in enumerate(batch, start)
            ]
            connection.exec_driver_sql(statement, values)
            if on_progress is not None:
                on_progress(start + len(batch), len(todo))
        # The spatial index is filled from the rows just written, in one statement.
        params = {"name": name, "month": month}
        if self._postgis:
            connection.execute(
                text(
                    "UPDATE entity_versions SET geom = ST_GeomFromWKB(wkb, 4326) "
                    "WHERE class = :name AND valid_from = :month"
                ),
                params,
            )
        else:
            connection.execute(
                text(
                    "INSERT INTO entity_bbox (pk, minx, maxx, miny, maxy) "
                    "SELECT pk, minx, maxx, miny, maxy FROM entity_versions "
                    "WHERE class = :name AND valid_from = :month"
                ),
                params,
            )

    def items(
        self,
        name: str,
        month: str | None = None,
        *,
        bbox: Sequence[float] | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> tuple[list[EntityVersion], int]:
        """The versions valid in ``month`` (default: the latest), by id, and how many match.

        ``bbox`` (west, south, east, north, degrees) keeps the entities whose bounding box
        intersects it.
        """
        cls = self._require(name)
        month = parse_month(month, field_name="datetime") if month else cls.latest_month
        if month is None:
            return [], 0
        where = [_V["class"] == name, valid_in(month)]
        source = entity_versions
        if bbox is not None:
            west, south, east, north = (float(v) for v in bbox)
            where += [_V.minx <= east, _V.maxx >= west, _V.miny <= north, _V.maxy >= south]
            envelope = {"w": west, "s": south, "e": east, "n": north}
            if self._postgis:
                where.append(
                    text("geom && ST_MakeEnvelope(:w, :s, :e, :n, 4326)").bindparams(**envelope)
                )
            else:
                # The unary + keeps SQLite off the (class, valid_from) index, so the R-tree
                # drives the query (rowid lookups); otherwise it walks every version of the
                # class and probes the R-tree's result for each.
                where[:2] = [
                    text(
                        "+entity_versions.class = :c AND +entity_versions.valid_from <= :m AND "
                        "(+entity_versions.valid_to IS NULL OR +entity_versions.valid_to > :m)"
                    ).bindparams(c=name, m=month)
                ]
                where.append(
                    text(
                        "entity_versions.pk IN (SELECT pk FROM entity_bbox WHERE minx <= :e "
                        "AND maxx >= :w AND miny <= :n AND maxy >= :s)"
                    ).bindparams(**envelope)
                )
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(*_VERSION_COLUMNS)
                .select_from(source)
                .where(*where)
                .order_by(_V.entity_id)
                .limit(limit)
                .offset(offset)
            ).all()
            # A short page that is not past the end is the rest: no second query to count.
            if len(rows) < limit and (rows or offset == 0):
                matched = offset + len(rows)
            else:
                matched = connection.execute(
                    select(func.count()).select_from(source).where(*where)
                ).scalar_one()
        return _versions(rows), int(matched)

    def get_entity(self, name: str, entity_id: str, month: str | None = None) -> EntityVersion:
        """The version of an entity valid in ``month`` (default: its latest version).

        Raises:
            NotFoundError: an unknown class or entity, or none valid in that month.
        """
        self._require(name)
        where = [_V["class"] == name, _V.entity_id == entity_id]
        if month:
            where.append(valid_in(parse_month(month, field_name="datetime")))
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(*_VERSION_COLUMNS).where(*where).order_by(_V.valid_from.desc()).limit(1)
            ).all()
        if not rows:
            when = f" in {month}" if month else ""
            raise NotFoundError(f"no entity {entity_id!r} in class {name!r}{when}")
        return _versions(rows)[0]

    def history(self, name: str, entity_id: str) -> list[EntityVersion]:
        """Every version of an entity, oldest first; raises NotFoundError when unknown."""
        self._require(name)
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(*_VERSION_COLUMNS)
                .where(_V["class"] == name, _V.entity_id == entity_id)
                .order_by(_V.valid_from)
            ).all()
        if not rows:
            raise NotFoundError(f"no entity {entity_id!r} in class {name!r}")
        return _versions(rows)

    def native_state(self, name: str, month: str) -> list[tuple[str, bytes, dict[str, Any]]]:
        """(id, native-CRS WKB, attributes) of the versions valid in ``month``, by id."""
        self._require(name)
        month = parse_month(month)
        with self._engine.connect() as connection:
            rows = connection.execute(
                select(_V.entity_id, _V.native_wkb, _V.attrs)
                .where(_V["class"] == name, valid_in(month))
                .order_by(_V.entity_id)
            ).all()
        return [(r[0], bytes(r[1]), json.loads(r[2])) for r in rows]

    def extent(self, name: str) -> tuple[list[float] | None, str | None, str | None]:
        """(west, south, east, north) over every version, the first and the latest month."""
        cls = self._require(name)
        with self._engine.connect() as connection:
            row = connection.execute(
                select(
                    func.min(_V.minx),
                    func.min(_V.miny),
                    func.max(_V.maxx),
                    func.max(_V.maxy),
                    func.min(_V.valid_from),
                ).where(_V["class"] == name)
            ).one()
        bbox = None if row[0] is None else [float(v) for v in row[:4]]
        return bbox, row[4], cls.latest_month

    def changes(self, name: str, from_month: str, to_month: str) -> dict[str, list[str]]:
        """Entity ids by kind of change between the states of two months (ids sorted).

        ``changed`` holds the entities valid in both months under different versions.
        """
        self._require(name)
        start = parse_month(from_month, field_name="from")
        end = parse_month(to_month, field_name="to")
        if end < start:
            raise InvalidRequestError(f"'to' ({end}) is before 'from' ({start})")
        with self._engine.connect() as connection:
            before = self._valid_pks(connection, name, start)
            after = self._valid_pks(connection, name, end)
        return {
            "added": sorted(set(after) - set(before)),
            "removed": sorted(set(before) - set(after)),
            "changed": sorted(i for i in set(before) & set(after) if before[i] != after[i]),
        }

    def _valid_pks(self, connection: Connection, name: str, month: str) -> dict[str, int]:
        rows = connection.execute(
            select(_V.entity_id, _V.pk).where(_V["class"] == name, valid_in(month))
        )
        return {entity_id: pk for entity_id, pk in rows}


def _versions(rows: Sequence[Any]) -> list[EntityVersion]:
    geometries = shapely.to_geojson(shapely.from_wkb([bytes(r.wkb) for r in rows])) if rows else []
    return [
        EntityVersion(
            entity_id=r.entity_id,
            entity_class=r[1],
            valid_from=r.valid_from,
            valid_to=r.valid_to,
            recorded_at=r.recorded_at,
            geometry=json.loads(g),
            attributes=json.loads(r.attrs),
            change=r.change,
        )
        for r, g in zip(rows, geometries, strict=True)
    ]
