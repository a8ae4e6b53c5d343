"""Alarm lifecycle in the database: opened, raised, cleared, acknowledged (one open per kind).

Called inside the ingest transaction (`twin.store.monitoring`), so an alarm is never out of
step with the latest state that caused it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, and_, bindparam, func, insert, select, update

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


def apply_transitions(
    connection: Connection, sid: NDArray[np.int64], changes: Transition, now_ms: int
) -> list[int]:
    """Open, raise and clear alarms for level changes; returns the ids of alarms changed.

    The transitions are folded in time order per sensor in Python (they are few: only level
    changes), then written with one executemany per kind of change.

    Args:
        sid: the store key of each sensor position that ``changes.sensor`` refers to.
    """
    if changes.sensor.size == 0:
        return []
    keys = sid[changes.sensor]
    open_alarms: dict[tuple[int, str], Any] = {
        key: _Open(row.id, row.level) for key, row in _open_by_sensor(connection, keys).items()
    }
    threshold, stale_kind = str(AlarmKind.THRESHOLD), str(AlarmKind.STALE)
    for i in np.lexsort((changes.t_ms, keys)).tolist():
        key, t_ms = int(keys[i]), int(changes.t_ms[i])
        before, after = int(changes.before[i]), int(changes.after[i])
        stale = open_alarms.get((key, stale_kind))
        if before == Level.STALE and stale is not None and stale.cleared is None:
            stale.cleared = t_ms
            del open_alarms[(key, stale_kind)]
            open_alarms[(key, stale_kind, t_ms)] = stale  # type: ignore[index]
        current = open_alarms.get((key, threshold))
        if after >= Level.WARNING and current is None:
            fresh = _Open(None, after, sid=key, value=float(changes.value[i]), opened=t_ms)
            open_alarms[(key, threshold)] = fresh
        elif after >= Level.WARNING and current is not None and after > current.level:
            current.level = after
            current.touched = True
        elif after == Level.NORMAL and current is not None:
            current.cleared = t_ms
            # Kept under a key of its own: a later crossing in this batch opens a new alarm.
            del open_alarms[(key, threshold)]
            open_alarms[(key, threshold, t_ms)] = current  # type: ignore[index]
    return _write(connection, list(open_alarms.values()), now_ms)


def _write(connection: Connection, items: list[Any], now_ms: int) -> list[int]:
    new = [a for a in items if a.id is None]
    changed = [a for a in items if a.id is not None and (a.touched or a.cleared is not None)]
    if changed:
        connection.execute(
            update(alarms).where(alarms.c.id == bindparam("alarm_id")).values(
                level=bindparam("new_level"), cleared_ms=bindparam("cleared"), updated_ms=now_ms
            ),
            [{"alarm_id": a.id, "new_level": a.level, "cleared": a.cleared} for a in changed],
        )  # fmt: skip
    ids = [a.id for a in changed]
    if new:
        before = connection.execute(select(func.coalesce(func.max(alarms.c.id), 0))).scalar_one()
        rows = [{"sid": a.sid, "kind": str(AlarmKind.THRESHOLD), "level": a.level,
                 "value": a.value, "opened_ms": a.opened, "cleared_ms": a.cleared,
                 "updated_ms": now_ms} for a in new]  # fmt: skip
        connection.execute(insert(alarms), rows)
        condition, parameter = in_list(connection, "sid", np.array([a.sid for a in new]))
        mark = "%s" if connection.dialect.name == "postgresql" else "?"
        found = connection.exec_driver_sql(
            f"SELECT id FROM alarms WHERE id > {mark} AND updated_ms = {mark} AND {condition}",
            (before, now_ms, parameter),
        )
        ids += [row.id for row in found]
    return sorted(set(ids))


class _Open:
    """An alarm open before or during a batch, and what the batch does to it."""

    def __init__(
        self, alarm_id: int | None, level: int, *, sid: int = 0, value: float | None = None,
        opened: int = 0,
    ) -> None:  # fmt: skip
        self.id = alarm_id
        self.level = level
        self.sid, self.value, self.opened = sid, value, opened
        self.cleared: int | None = None
        self.touched = False


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
