"""The monitoring store on SQLite and PostgreSQL: registration, idempotent ingest, latest state
apart from history, alarms (lifecycle, hysteresis, stale), series and retention."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from monitoring_support import AGENCY, batadal_batch, ctown_sensors, ingest
from sqlalchemy import func, select, text

from twin.errors import NotFoundError
from twin.monitoring.model import AlarmKind, Level, Sensor, Thresholds
from twin.monitoring.readings import check_batch
from twin.monitoring.series import bucket_readings
from twin.settings import Settings
from twin.store import Stores, open_stores
from twin.store.monitoring import now_ms
from twin.store.tables import readings, sensor_latest

H = 3600_000
T0 = 1_467_590_400_000  # 2016-07-04T00:00:00Z, BATADAL's first hour


@pytest.fixture
def database_url(any_database_url: str) -> str:
    return any_database_url


@pytest.fixture
def stores(settings: Settings) -> Iterator[Stores]:
    with open_stores(settings) as opened:
        opened.monitoring.register(ctown_sensors())
        yield opened


def _count(stores: Stores, table: object) -> int:
    with stores.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(table)).scalar_one())


def _tank(hysteresis: float = 0.5, interval: float | None = None) -> Sensor:
    # Tank T1 of C-Town: 0 to 6.5 m; limits at round numbers inside that range.
    return Sensor(
        id="tank", kind="level", unit="m", lon=-2.2378, lat=1.3469, agency=AGENCY,
        layer="ctown", entity="T1",
        thresholds=Thresholds(warning_low=1, warning_high=5, alarm_low=0.5, alarm_high=6,
                              hysteresis=hysteresis),
        expected_interval_s=interval,
    )  # fmt: skip


def test_registration_is_read_back_and_replaced(stores: Stores) -> None:
    monitoring = stores.monitoring
    assert len(monitoring.index()) == 43
    pressure = monitoring.get_sensor("ctown-P_J280")
    assert (pressure.kind, pressure.unit, pressure.entity) == ("pressure", "m", "J280")
    assert pressure.thresholds.alarm_low is not None
    moved = Sensor(**{**pressure.__dict__, "unit": "kPa"})
    monitoring.register([moved])
    assert monitoring.get_sensor("ctown-P_J280").unit == "kPa"
    assert len(monitoring.index()) == 43
    assert monitoring.index().unit[monitoring.index().positions(["ctown-P_J280"])[0]] == "kPa"
    with pytest.raises(NotFoundError):
        monitoring.get_sensor("nope")
    assert len(monitoring.list_sensors(agency=AGENCY)) == 43
    assert monitoring.list_sensors(agency="other") == []


def test_a_retried_batch_changes_nothing(stores: Stores) -> None:
    batch = batadal_batch(hours=24)
    monitoring = stores.monitoring
    index = monitoring.index()
    position = check_batch(batch, index, now_ms(), agency=AGENCY)
    first = monitoring.ingest(index, position, batch.t_ms, batch.value)
    assert first.written == 43 * 24
    before = (_count(stores, readings), monitoring.latest(index), monitoring.alarms())
    again = monitoring.ingest(index, position, batch.t_ms, batch.value)
    after = (_count(stores, readings), monitoring.latest(index), monitoring.alarms())
    assert before[0] == after[0] == 43 * 24
    np.testing.assert_array_equal(before[1].t_ms, after[1].t_ms)
    np.testing.assert_array_equal(before[1].value, after[1].value)
    assert before[2] == after[2]
    assert again.alarms == [] and again.outcome.sensor.size == 0


def test_latest_state_is_kept_apart_and_only_moves_forward(stores: Stores) -> None:
    monitoring = stores.monitoring
    ingest(monitoring, ["ctown-L_T1"], [T0 + 2 * H], [3.0])
    ingest(monitoring, ["ctown-L_T1"], [T0 + H], [4.0])  # late: history only
    index = monitoring.index()
    at = index.positions(["ctown-L_T1"])
    latest = monitoring.latest(index, at)
    assert (latest.t_ms[0], latest.value[0]) == (T0 + 2 * H, 3.0)
    assert _count(stores, sensor_latest) == 1 and _count(stores, readings) == 2
    everything = monitoring.latest(index)
    assert everything.position.size == 43
    assert int((everything.level == -1).sum()) == 42  # no reading yet


def test_threshold_hysteresis_and_alarm_lifecycle(stores: Stores) -> None:
    monitoring = stores.monitoring
    monitoring.register([_tank()])
    steps = [  # value -> expected level, open alarm level (None: no open alarm)
        (3.0, Level.NORMAL, None),
        (5.0, Level.WARNING, Level.WARNING),  # reaches warning_high
        (6.2, Level.ALARM, Level.ALARM),  # the same alarm is raised
        (5.8, Level.ALARM, Level.ALARM),  # within the hysteresis of alarm_high
        (5.4, Level.WARNING, Level.ALARM),  # down to warning; the alarm keeps its worst level
        (4.6, Level.WARNING, Level.ALARM),  # within the hysteresis of warning_high
        (4.4, Level.NORMAL, None),  # clear: the alarm is cleared
    ]
    opened_ids = set()
    for hour, (value, level, alarm_level) in enumerate(steps):
        ingest(monitoring, ["tank"], [T0 + hour * H], [value])
        index = monitoring.index()
        state = monitoring.latest(index, index.positions(["tank"]))
        assert state.level[0] == level, (hour, value)
        open_alarms = [a for a in monitoring.alarms() if a.sensor == "tank"]
        if alarm_level is None:
            assert open_alarms == []
        else:
            assert [a.level for a in open_alarms] == [alarm_level]
            opened_ids.add(open_alarms[0].id)
    assert len(opened_ids) == 1  # one alarm from warning to clear
    (cleared,) = [a for a in monitoring.alarms(open_only=False) if a.sensor == "tank"]
    assert cleared.state == "cleared" and cleared.value == 5.0
    assert cleared.cleared_at is not None and cleared.acknowledged_by is None
    acked = monitoring.acknowledge(cleared.id, "operator-1")
    assert acked.acknowledged_by == "operator-1" and acked.acknowledged_at is not None
    assert monitoring.acknowledge(cleared.id, "operator-2").acknowledged_by == "operator-1"
    with pytest.raises(NotFoundError):
        monitoring.acknowledge(999_999, "x")


def test_one_batch_crossing_and_clearing_leaves_a_cleared_alarm(stores: Stores) -> None:
    monitoring = stores.monitoring
    monitoring.register([_tank(hysteresis=0.0)])
    result = ingest(monitoring, ["tank"] * 3, [T0, T0 + H, T0 + 2 * H], [0.2, 3.0, 0.9])
    # 0.2: alarm (low); 3.0: cleared; 0.9: a new warning, still open.
    history = monitoring.alarms(open_only=False)
    assert [(a.level, a.state) for a in history] == [
        (Level.WARNING, "active"),
        (Level.ALARM, "cleared"),
    ]
    assert {a.id for a in result.alarms} == {a.id for a in history}
    assert result.outcome.level.tolist() == [Level.WARNING]


def test_stale_sweep_and_recovery(stores: Stores) -> None:
    monitoring = stores.monitoring
    monitoring.register([_tank(interval=60)])
    ingest(monitoring, ["tank"], [T0], [3.0])
    index = monitoring.index()
    assert monitoring.sweep_stale(index, at_ms=T0 + 59_000) == []
    (stale,) = monitoring.sweep_stale(index, at_ms=T0 + 61_000)
    assert (stale.sensor, stale.kind, stale.level) == ("tank", AlarmKind.STALE, Level.STALE)
    assert monitoring.sweep_stale(index, at_ms=T0 + 120_000) == []  # one open per kind
    state = monitoring.latest(index, index.positions(["tank"]))
    assert state.level[0] == Level.STALE
    result = ingest(monitoring, ["tank"], [T0 + 62_000], [3.1])
    assert [(a.kind, a.state) for a in result.alarms] == [(AlarmKind.STALE, "cleared")]
    assert monitoring.latest(index, index.positions(["tank"])).level[0] == Level.NORMAL


def test_series_buckets_and_retention_keep_the_statistics(stores: Stores) -> None:
    monitoring = stores.monitoring
    batch = batadal_batch()
    index = monitoring.index()
    position = check_batch(batch, index, now_ms(), agency=None)
    monitoring.ingest(index, position, batch.t_ms, batch.value)
    wanted = [i for i, s in enumerate(batch.sensor) if s == "ctown-P_J280"]
    t, v, rollups = monitoring.series("ctown-P_J280", T0, T0 + 48 * H)
    assert t.tolist() == batch.t_ms[wanted].tolist() and rollups.t_ms.size == 0
    day = 24 * H
    before = bucket_readings(t, v, day)
    folded = monitoring.downsample(T0 + day + 1, 6 * H)  # the first day in 6-hour rollups
    assert folded == 43 * 24
    t2, v2, rollups2 = monitoring.series("ctown-P_J280", T0, T0 + 48 * H)
    assert t2.size == 24 and rollups2.t_ms.size == 4
    after = bucket_readings(t2, v2, day, rollups=rollups2)
    np.testing.assert_array_equal(after.count, before.count)
    np.testing.assert_allclose(after.mean, before.mean)
    np.testing.assert_array_equal(after.min, before.min)
    np.testing.assert_array_equal(after.max, before.max)
    assert monitoring.purge(T0 + day) == 43 * 4
    assert monitoring.series("ctown-P_J280", T0, T0 + 48 * H)[2].t_ms.size == 0


def test_postgres_history_has_a_brin_index_on_time(stores: Stores) -> None:
    if stores.engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL index")
    with stores.engine.connect() as connection:
        method = connection.execute(
            text("SELECT am.amname FROM pg_class c JOIN pg_am am ON am.oid = c.relam "
                 "WHERE c.relname = 'readings_t_brin'")
        ).scalar()  # fmt: skip
    assert method == "brin"
