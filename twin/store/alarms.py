"""Alarm lifecycle in the database: opened, raised, cleared, acknowledged (one open per kind).

Called inside the ingest transaction (`twin.store.monitoring`), so an alarm is never out of
step with the latest state that caused it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, and_, insert, select, update

from twin.errors import NotFoundError
from twin.monitoring.alarms import Transition
from twin.monitoring.model import Alarm, AlarmKind, Level, from_ms
from twin.store.bulk import in_list
from twin.store.tables import alarms, sensors

_COLUMNS = (
    alarms.c.id,
    sensors.c.id.label("sensor"),
    alarms.c.kind,
    alarms.c.level,
    alarms.c.value,
    alarms.c.opened_ms,
    alarms.c.cleared_ms,
    alarms.c.acknowledged_ms,
    alarms.c.acknowledged_by,
)


def _alarm(row: Any) -> Alarm:
    def moment(ms: int | None) -> Any:
        return None if ms is None else from_ms(ms)

    return Alarm(
        id=row.id,
        sensor=row.sensor,
        kind=AlarmKind(row.kind),
        level=Level(row.level),
        value=row.value,
        opened_at=from_ms(row.opened_ms),
        cleared_at=moment(row.cleared_ms),
        acknowledged_at=moment(row.acknowledged_ms),
        acknowledged_by=row.acknowledged_by,
    )


def read_alarms(connection: Connection, *conditions: Any, limit: int | None = None) -> list[Alarm]:
    """Alarms matching ``conditions`` (SQLAlchemy expressions), newest first."""
    query = (
        select(*_COLUMNS)
        .join(sensors, sensors.c.sid == alarms.c.sid)
        .where(and_(True, *conditions))
        .order_by(alarms.c.opened_ms.desc(), alarms.c.id.desc())
        .limit(limit)
    )
    return [_alarm(row) for row in connection.execute(query)]


def _open_by_sensor(connection: Connection, sids: NDArray[np.int64]) -> dict[tuple[int, str], Any]:
    condition, parameter = in_list(connection, "sid", np.unique(sids))
    rows = connection.exec_driver_sql(
        f"SELECT id, sid, kind, level FROM alarms WHERE cleared_ms IS NULL AND {condition}",
        (parameter,),
    )
    return {(row.sid, row.kind): row for row in rows}


def _clear(connection: Connection, alarm_id: int, t_ms: int, now_ms: int) -> None:
    connection.execute(
        update(alarms).where(alarms.c.id == alarm_id).values(cleared_ms=t_ms, updated_ms=now_ms)
    )


def apply_transitions(
    connection: Connection, sid: NDArray[np.int64], changes: Transition, now_ms: int
) -> list[int]:
    """Open, raise and clear alarms for level changes; returns the ids of alarms changed.

    Args:
        sid: the store key of each sensor position that ``changes.sensor`` refers to.
    """
    if changes.sensor.size == 0:
        return []
    keys = sid[changes.sensor]
    open_alarms = _open_by_sensor(connection, keys)
    threshold = str(AlarmKind.THRESHOLD)
    changed: list[int] = []
    order = np.lexsort((changes.t_ms, keys))
    for i in order.tolist():
        key, t_ms = int(keys[i]), int(changes.t_ms[i])
        before, after = int(changes.before[i]), int(changes.after[i])
        stale = open_alarms.pop((key, str(AlarmKind.STALE)), None)
        if before == Level.STALE and stale is not None:
            _clear(connection, stale.id, t_ms, now_ms)
            changed.append(stale.id)
        current = open_alarms.get((key, threshold))
        if after >= Level.WARNING and current is None:
            value = float(changes.value[i])
            new_id = connection.execute(
                insert(alarms)
                .values(sid=key, kind=threshold, level=after, value=value, opened_ms=t_ms,
                        updated_ms=now_ms)
                .returning(alarms.c.id)
            ).scalar_one()  # fmt: skip
            open_alarms[(key, threshold)] = _Open(new_id, after)
            changed.append(new_id)
        elif after >= Level.WARNING and current is not None and after > current.level:
            connection.execute(
                update(alarms)
                .where(alarms.c.id == current.id)
                .values(level=after, updated_ms=now_ms)
            )
            open_alarms[(key, threshold)] = _Open(current.id, after)
            changed.append(current.id)
        elif after == Level.NORMAL and current is not None:
            _clear(connection, current.id, t_ms, now_ms)
            del open_alarms[(key, threshold)]
            changed.append(current.id)
    return sorted(set(changed))


class _Open:
    """An open alarm as `_open_by_sensor` reads it."""

    def __init__(self, alarm_id: int, level: int) -> None:
        self.id = alarm_id
        self.level = level


def open_stale(connection: Connection, sids: NDArray[np.int64], now_ms: int) -> list[int]:
    """Open a stale alarm for each sensor in ``sids`` that has none open; returns their ids."""
    if sids.size == 0:
        return []
    existing = _open_by_sensor(connection, sids)
    stale = str(AlarmKind.STALE)
    fresh = [int(s) for s in sids.tolist() if (int(s), stale) not in existing]
    if not fresh:
        return []
    rows = [
        {"sid": s, "kind": stale, "level": int(Level.STALE), "value": None, "opened_ms": now_ms,
         "updated_ms": now_ms}
        for s in fresh
    ]  # fmt: skip
    connection.execute(insert(alarms), rows)
    condition, parameter = in_list(connection, "sid", np.array(fresh, np.int64))
    found = connection.exec_driver_sql(
        f"SELECT id FROM alarms WHERE cleared_ms IS NULL AND kind = '{stale}' AND {condition}",
        (parameter,),
    )
    return [row.id for row in found]


def acknowledge(connection: Connection, alarm_id: int, by: str, now_ms: int) -> Alarm:
    """Mark an alarm acknowledged by ``by`` (open or cleared); acknowledging twice keeps the
    first acknowledgement.

    Raises:
        NotFoundError: no such alarm.
    """
    connection.execute(
        update(alarms)
        .where(alarms.c.id == alarm_id, alarms.c.acknowledged_ms.is_(None))
        .values(acknowledged_ms=now_ms, acknowledged_by=by, updated_ms=now_ms)
    )
    found = read_alarms(connection, alarms.c.id == alarm_id)
    if not found:
        raise NotFoundError(f"no alarm {alarm_id}")
    return found[0]
