"""Sensors, readings, latest states and alarms over SQLAlchemy Core (`twin.store.MonitoringStore`).

Ingest is one write transaction per batch: the readings are upserted by (sensor, time), the
latest state of the sensors the batch advanced is read, moved through the threshold state
machine (`twin.monitoring.alarms`) and written back, and alarms follow. The registry is cached
as a `SensorIndex` and reloaded when the sensors table changed (another process registering).
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Engine, func, select

from twin.errors import NotFoundError
from twin.monitoring.alarms import BatchOutcome, ThresholdArrays, evaluate_batch, overdue
from twin.monitoring.index import SensorIndex
from twin.monitoring.model import Alarm, Level, Sensor, Thresholds
from twin.monitoring.series import Buckets
from twin.store import alarms as alarm_rows
from twin.store.bulk import fetch_array, in_list, is_postgres, placeholder, upsert
from twin.store.database import write_transaction
from twin.store.tables import alarms, reading_rollups, readings, sensors


def now_ms() -> int:
    """The current time in ms since the epoch."""
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class IngestResult:
    """What one batch did: rows written, the new latest state of the sensors it advanced
    (positions into the index it was checked against) and the alarms it changed."""

    written: int
    outcome: BatchOutcome
    alarms: list[Alarm]


@dataclass(frozen=True)
class LatestStates:
    """Latest state per sensor (parallel arrays; t is -1 and value NaN before any reading)."""

    position: NDArray[np.int64]  # into the index
    t_ms: NDArray[np.int64]
    value: NDArray[np.float64]
    level: NDArray[np.int8]


def _sensor_row(sensor: Sensor, at_ms: int) -> dict[str, Any]:
    t = sensor.thresholds
    return {
        "id": sensor.id, "name": sensor.name, "kind": sensor.kind, "unit": sensor.unit,
        "lon": sensor.lon, "lat": sensor.lat, "height": sensor.height, "layer": sensor.layer,
        "entity": sensor.entity, "agency": sensor.agency, "warning_low": t.warning_low,
        "warning_high": t.warning_high, "alarm_low": t.alarm_low, "alarm_high": t.alarm_high,
        "hysteresis": t.hysteresis, "expected_interval_s": sensor.expected_interval_s,
        "properties": sensor.properties_json, "updated_ms": at_ms,
    }  # fmt: skip


def _sensor(row: Any) -> Sensor:
    return Sensor(
        id=row.id, kind=row.kind, unit=row.unit, lon=row.lon, lat=row.lat, agency=row.agency,
        height=row.height, name=row.name, layer=row.layer, entity=row.entity,
        thresholds=Thresholds(row.warning_low, row.warning_high, row.alarm_low, row.alarm_high,
                              row.hysteresis),
        expected_interval_s=row.expected_interval_s, properties_json=row.properties,
    )  # fmt: skip


class SqlMonitoringStore:
    """Monitoring data in the twin database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        """Use ``engine``, whose schema `twin.store.database.migrate` brought up to date."""
        self._engine = engine
        self._lock = threading.Lock()
        self._index: SensorIndex | None = None
        self._index_mark: tuple[Any, Any] | None = None

    # -- sensors ---------------------------------------------------------------------------

    def register(self, items: list[Sensor]) -> int:
        """Add sensors, or replace the registration of those whose id exists; returns the count.

        Readings, latest state and alarms of a re-registered sensor are kept.
        """
        at = now_ms()
        rows = [_sensor_row(sensor, at) for sensor in items]
        with write_transaction(self._engine) as connection:
            if is_postgres(connection):
                from sqlalchemy.dialects.postgresql import insert as dialect_insert
            else:
                from sqlalchemy.dialects.sqlite import insert as dialect_insert  # type: ignore[assignment]
            statement = dialect_insert(sensors)
            statement = statement.on_conflict_do_update(
                index_elements=["id"],
                set_={c: statement.excluded[c] for c in rows[0] if c != "id"} if rows else {},
            )
            # executemany (batched by the driver), not one huge VALUES list.
            for start in range(0, len(rows), 50_000):
                connection.execute(statement, rows[start : start + 50_000])
        return len(rows)

    def get_sensor(self, sensor_id: str) -> Sensor:
        """One sensor; raises NotFoundError."""
        with self._engine.connect() as connection:
            row = connection.execute(select(sensors).where(sensors.c.id == sensor_id)).first()
        if row is None:
            raise NotFoundError(f"no sensor {sensor_id!r}")
        return _sensor(row)

    def list_sensors(self, *, agency: str | None = None, layer: str | None = None) -> list[Sensor]:
        """Sensors by id, only an agency's or a layer's when given."""
        query = select(sensors).order_by(sensors.c.id)
        if agency is not None:
            query = query.where(sensors.c.agency == agency)
        if layer is not None:
            query = query.where(sensors.c.layer == layer)
        with self._engine.connect() as connection:
            return [_sensor(row) for row in connection.execute(query)]

    def index(self) -> SensorIndex:
        """The registry as arrays; one indexed read when nothing changed since the last call."""
        with self._engine.connect() as connection:
            # Two single-aggregate queries: SQLite answers each from an index end, but scans
            # the table for a query with two aggregates.
            mark = (
                connection.execute(select(func.max(sensors.c.updated_ms))).scalar(),
                connection.execute(select(func.max(sensors.c.sid))).scalar(),
            )
            with self._lock:
                if self._index is not None and mark == self._index_mark:
                    return self._index
            rows = connection.execute(
                select(sensors.c.id, sensors.c.sid, sensors.c.unit, sensors.c.agency,
                       sensors.c.layer, sensors.c.lon, sensors.c.lat, sensors.c.warning_low,
                       sensors.c.warning_high, sensors.c.alarm_low, sensors.c.alarm_high,
                       sensors.c.hysteresis, sensors.c.expected_interval_s,
                       sensors.c.entity).order_by(sensors.c.sid)
            ).all()  # fmt: skip
        columns = list(zip(*rows, strict=True)) if rows else [()] * 14

        def floats(i: int) -> NDArray[np.float64]:
            return np.array([np.nan if v is None else v for v in columns[i]], np.float64)

        index = SensorIndex(
            ids=np.array(columns[0], dtype=np.str_),
            sid=np.array(columns[1], np.int64),
            unit=np.array(columns[2], dtype=np.str_),
            agency=np.array(columns[3], dtype=np.str_),
            layer=np.array([v or "" for v in columns[4]], dtype=np.str_),
            entity=np.array([v or "" for v in columns[13]], dtype=np.str_),
            lon=floats(5),
            lat=floats(6),
            thresholds=ThresholdArrays(floats(7), floats(8), floats(9), floats(10), floats(11)),
            expected_interval_ms=floats(12) * 1000.0,
        )
        with self._lock:
            self._index, self._index_mark = index, mark
        return index

    # -- readings --------------------------------------------------------------------------

    def ingest(
        self,
        index: SensorIndex,
        position: NDArray[np.int64],
        t_ms: NDArray[np.int64],
        values: NDArray[np.float64],
    ) -> IngestResult:
        """Write checked readings (``position`` into ``index``), their latest states and alarms.

        A repeated (sensor, time) keeps the last value sent; a reading not newer than the
        sensor's latest goes to the history only (see `evaluate_batch`).
        """
        sid = index.sid[position]
        # Rows must be unique on the conflict key for one INSERT ... ON CONFLICT; the last wins.
        keys = np.stack([sid, t_ms])
        _, last = np.unique(keys[:, ::-1], axis=1, return_index=True)
        keep = np.sort(sid.size - 1 - last)
        sid, t_ms, values, position = sid[keep], t_ms[keep], values[keep], position[keep]
        at = now_ms()
        with write_transaction(self._engine) as connection:
            upsert(connection, "readings", [("sid", sid, "i4"), ("t", t_ms, "i8"),
                   ("value", values, "f8")], "sid, t", "value = excluded.value")  # fmt: skip
            touched = np.unique(position)
            last_t, last_level = self._latest_of(connection, index.sid[touched])
            local = np.searchsorted(touched, position)
            outcome = evaluate_batch(local, t_ms, values, last_t, last_level,
                                     index.thresholds.take(touched))  # fmt: skip
            moved_sid = index.sid[touched[outcome.sensor]]
            upsert(
                connection,
                "sensor_latest",
                [("sid", moved_sid, "i4"), ("t", outcome.t_ms, "i8"),
                 ("value", outcome.value, "f8"), ("level", outcome.level, "i2"),
                 ("level_since", outcome.t_ms, "i8")],
                "sid",
                "t = excluded.t, value = excluded.value, level = excluded.level, level_since ="
                " CASE WHEN sensor_latest.level = excluded.level THEN sensor_latest.level_since"
                " ELSE excluded.level_since END",
            )  # fmt: skip
            changed = alarm_rows.apply_transitions(
                connection, index.sid[touched], outcome.transitions, at
            )
            changed_alarms = self._alarms_by_id(connection, changed)
        # Positions of the outcome are made global (into the index) for the caller.
        global_outcome = BatchOutcome(
            touched[outcome.sensor], outcome.t_ms, outcome.value, outcome.level,
            outcome.transitions,
        )  # fmt: skip
        return IngestResult(int(sid.size), global_outcome, changed_alarms)

    @staticmethod
    def _latest_of(
        connection: Any, sids: NDArray[np.int64]
    ) -> tuple[NDArray[np.int64], NDArray[np.int8]]:
        condition, parameter = in_list(connection, "sid", sids)
        found = fetch_array(
            connection,
            f"SELECT sid, COALESCE(t, -1), level FROM sensor_latest WHERE {condition}",
            (parameter,),
            np.int64,
            3,
        )
        last_t = np.full(sids.size, -1, np.int64)
        last_level = np.zeros(sids.size, np.int8)
        at = np.searchsorted(sids, found[:, 0])
        last_t[at], last_level[at] = found[:, 1], found[:, 2]
        return last_t, last_level

    def latest(self, index: SensorIndex, position: NDArray[np.int64] | None = None) -> LatestStates:
        """The latest state of the sensors at ``position`` (every sensor when None)."""
        # NULLs (no reading yet) are coalesced so the rows load straight into one float array.
        base = "SELECT sid, COALESCE(t, -1), COALESCE(value, 0), level FROM sensor_latest"
        with self._engine.connect() as connection:
            if position is None:
                rows = fetch_array(connection, base, (), np.float64, 4)
            else:
                condition, parameter = in_list(connection, "sid", index.sid[position])
                rows = fetch_array(
                    connection, f"{base} WHERE {condition}", (parameter,), np.float64, 4
                )
        wanted = np.arange(len(index)) if position is None else position
        t = np.full(wanted.size, -1, np.int64)
        value = np.full(wanted.size, np.nan)
        level = np.full(wanted.size, -1, np.int8)  # -1: no reading yet
        if rows.size:
            found = index.positions_of_sids(rows[:, 0].astype(np.int64))
            slot = np.full(len(index), -1, np.int64)
            slot[wanted] = np.arange(wanted.size)
            at = slot[found]
            ok = at >= 0
            t[at[ok]] = rows[ok, 1].astype(np.int64)
            value[at[ok]] = np.where(rows[ok, 1] < 0, np.nan, rows[ok, 2])
            level[at[ok]] = rows[ok, 3].astype(np.int8)
        return LatestStates(wanted, t, value, level)

    def series(
        self, sensor_id: str, start_ms: int, end_ms: int
    ) -> tuple[NDArray[np.int64], NDArray[np.float64], Buckets]:
        """Raw readings of a sensor in [start, end) by time, and the rollups of that range.

        Raises:
            NotFoundError: no such sensor.
        """
        with self._engine.connect() as connection:
            sid = connection.execute(
                select(sensors.c.sid).where(sensors.c.id == sensor_id)
            ).scalar()
            if sid is None:
                raise NotFoundError(f"no sensor {sensor_id!r}")
            raw = connection.execute(
                select(readings.c.t, readings.c.value)
                .where(readings.c.sid == sid, readings.c.t >= start_ms, readings.c.t < end_ms)
                .order_by(readings.c.t)
            ).all()
            r = reading_rollups.c
            rolled = connection.execute(
                select(r.t, r.count, r.min, r.max, r.mean)
                .where(r.sid == sid, r.t >= start_ms, r.t < end_ms)
                .order_by(r.t)
            ).all()
        t = np.array([row[0] for row in raw], np.int64)
        v = np.array([row[1] for row in raw], np.float64)
        c = list(zip(*rolled, strict=True)) if rolled else [()] * 5
        rollups = Buckets(np.array(c[0], np.int64), np.array(c[1], np.int64),
                          *(np.array(c[i], np.float64) for i in (2, 3, 4)))  # fmt: skip
        return t, v, rollups

    # -- alarms ----------------------------------------------------------------------------

    @staticmethod
    def _alarms_by_id(connection: Any, ids: list[int]) -> list[Alarm]:
        if not ids:
            return []
        return alarm_rows.read_alarms(connection, alarms.c.id.in_(ids))

    def alarms(self, *, open_only: bool = True, limit: int = 1000) -> list[Alarm]:
        """Alarms, newest first; only those not cleared when ``open_only``."""
        conditions = [alarms.c.cleared_ms.is_(None)] if open_only else []
        with self._engine.connect() as connection:
            return alarm_rows.read_alarms(connection, *conditions, limit=limit)

    def get_alarm(self, alarm_id: int) -> Alarm:
        """One alarm; raises NotFoundError."""
        with self._engine.connect() as connection:
            found = alarm_rows.read_alarms(connection, alarms.c.id == alarm_id)
        if not found:
            raise NotFoundError(f"no alarm {alarm_id}")
        return found[0]

    def acknowledge(self, alarm_id: int, by: str) -> Alarm:
        """Acknowledge an alarm in the name of ``by``; raises NotFoundError."""
        with write_transaction(self._engine) as connection:
            return alarm_rows.acknowledge(connection, alarm_id, by, now_ms())

    def sweep_stale(self, index: SensorIndex, at_ms: int | None = None) -> list[Alarm]:
        """Mark sensors stale that sent nothing within their expected interval (counted from
        registration for a sensor that never reported); returns the stale alarms opened."""
        at = now_ms() if at_ms is None else at_ms
        watched = np.flatnonzero(~np.isnan(index.expected_interval_ms))
        if watched.size == 0:
            return []
        with write_transaction(self._engine) as connection:
            condition, parameter = in_list(connection, "s.sid", index.sid[watched])
            rows = connection.exec_driver_sql(
                "SELECT s.sid, COALESCE(l.t, s.updated_ms), COALESCE(l.level, 0) FROM sensors s "
                f"LEFT JOIN sensor_latest l ON l.sid = s.sid WHERE {condition}",
                (parameter,),
            ).all()
            data = np.array(rows, np.int64).reshape(-1, 3)
            position = index.positions_of_sids(data[:, 0])
            late = overdue(data[:, 1], index.expected_interval_ms[position], at)
            late &= data[:, 2] != Level.STALE
            sids = data[late, 0]
            if sids.size == 0:
                return []
            upsert(connection, "sensor_latest",
                   [("sid", sids, "i4"), ("level", np.full(sids.size, 3, np.int16), "i2"),
                    ("level_since", np.full(sids.size, at, np.int64), "i8")],
                   "sid", "level = excluded.level, level_since = excluded.level_since")  # fmt: skip
            opened = alarm_rows.open_stale(connection, sids, at)
            return self._alarms_by_id(connection, opened)

    # -- retention -------------------------------------------------------------------------

    def downsample(self, before_ms: int, bucket_ms: int) -> int:
        """Replace raw readings older than ``before_ms`` (rounded down to a bucket boundary) by
        per-bucket count/min/max/mean rollups; returns how many readings were folded."""
        cut = (before_ms // bucket_ms) * bucket_ms
        with write_transaction(self._engine) as connection:
            mark = placeholder(connection)
            low, high = ("LEAST", "GREATEST") if is_postgres(connection) else ("min", "max")
            r = "reading_rollups"
            connection.exec_driver_sql(
                f"INSERT INTO {r} (sid, t, bucket_ms, count, min, max, mean) "
                f"SELECT sid, (t / {mark}) * {mark} AS bt, {mark}, count(*), min(value), "
                f"max(value), avg(value) FROM readings WHERE t < {mark} GROUP BY sid, bt "
                f"ON CONFLICT (sid, t) DO UPDATE SET count = {r}.count + excluded.count, "
                f"min = {low}({r}.min, excluded.min), max = {high}({r}.max, excluded.max), "
                f"mean = ({r}.mean * {r}.count + excluded.mean * excluded.count) "
                f"/ ({r}.count + excluded.count)",
                (bucket_ms, bucket_ms, bucket_ms, cut),
            )
            folded = connection.execute(readings.delete().where(readings.c.t < cut)).rowcount
        return int(folded)

    def purge(self, before_ms: int) -> int:
        """Delete readings and rollups older than ``before_ms``; returns the rows deleted."""
        with write_transaction(self._engine) as connection:
            raw = connection.execute(readings.delete().where(readings.c.t < before_ms)).rowcount
            rolled = connection.execute(
                reading_rollups.delete().where(reading_rollups.c.t < before_ms)
            ).rowcount
        return int(raw) + int(rolled)


def sensor_properties(sensor: Sensor) -> dict[str, Any]:
    """The free properties of a sensor as a dict."""
    loaded: dict[str, Any] = json.loads(sensor.properties_json or "{}")
    return loaded
