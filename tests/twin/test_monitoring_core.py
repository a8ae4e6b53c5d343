"""The pure monitoring core: threshold/hysteresis levels, batch checks, registration files."""

from __future__ import annotations

import json

import numpy as np
import pytest
from monitoring_support import AGENCY, READINGS_CSV, SENSORS_CSV, ctown_sensors

from twin.errors import PermissionDeniedError, RowsRejectedError
from twin.monitoring.alarms import ThresholdArrays, evaluate_batch, next_levels, overdue
from twin.monitoring.index import SensorIndex
from twin.monitoring.model import Level, Thresholds
from twin.monitoring.readings import check_batch, parse_csv, parse_json
from twin.monitoring.registration import sensors_from_csv, sensors_from_json

LIMITS = Thresholds(warning_low=1, warning_high=5, alarm_low=0.5, alarm_high=6, hysteresis=0.5)
N, W, A, S = Level.NORMAL, Level.WARNING, Level.ALARM, Level.STALE


@pytest.mark.parametrize(
    ("current", "value", "expected"),
    [
        (N, 3.0, N), (N, 5.0, W), (N, 6.0, A), (N, 7.0, A), (N, 1.0, W), (N, 0.5, A),
        (W, 4.6, W), (W, 4.5, W), (W, 4.49, N), (A, 5.6, A), (A, 5.49, W), (A, 3.0, N),
        (W, 1.4, W), (W, 1.51, N), (A, 0.9, A), (A, 1.2, W), (S, 3.0, N), (S, 6.5, A),
    ],
)  # fmt: skip
def test_levels_with_hysteresis(current: Level, value: float, expected: Level) -> None:
    t = ThresholdArrays.from_thresholds([LIMITS])
    assert next_levels(np.array([current], np.int8), np.array([value]), t)[0] == expected


def test_missing_limits_never_trigger() -> None:
    t = ThresholdArrays.from_thresholds([Thresholds(alarm_high=10)])
    levels = next_levels(np.zeros(3, np.int8), np.array([-1e9, 9.99, 10.0]), t)
    assert levels.tolist() == [N, N, A]


def test_a_batch_is_applied_in_time_order_per_sensor() -> None:
    t = ThresholdArrays.from_thresholds([LIMITS, LIMITS])
    # Sent out of order: sensor 0 at hours 2, 0, 1; sensor 1 once.
    outcome = evaluate_batch(
        np.array([0, 0, 1, 0]), np.array([2, 0, 0, 1]), np.array([3.0, 6.5, 5.2, 4.0]),
        np.array([-1, -1]), np.zeros(2, np.int8), t,
    )  # fmt: skip
    assert outcome.sensor.tolist() == [0, 1]
    assert outcome.t_ms.tolist() == [2, 0] and outcome.level.tolist() == [N, W]
    moves = list(zip(outcome.transitions.sensor.tolist(), outcome.transitions.after.tolist(),
                     strict=True))  # fmt: skip
    # Sensor 0: 6.5 at hour 0 is an alarm; 4.0 at hour 1 is clear of both limits at once.
    assert sorted(moves) == sorted([(0, A), (0, N), (1, W)])
    assert outcome.transitions.t_ms[outcome.transitions.sensor == 0].tolist() == [0, 1]


def test_overdue() -> None:
    late = overdue(np.array([0, 0, 0]), np.array([60_000.0, 120_000.0, np.nan]), 90_000)
    assert late.tolist() == [True, False, False]


def _index() -> SensorIndex:
    sensors = ctown_sensors()
    return SensorIndex(
        ids=np.array([s.id for s in sensors]), sid=np.arange(1, len(sensors) + 1),
        unit=np.array([s.unit for s in sensors]), agency=np.array([s.agency for s in sensors]),
        layer=np.array([s.layer or "" for s in sensors]),
        entity=np.array([s.entity or "" for s in sensors]),
        lon=np.array([s.lon for s in sensors]), lat=np.array([s.lat for s in sensors]),
        thresholds=ThresholdArrays.from_thresholds([s.thresholds for s in sensors]),
        expected_interval_ms=np.full(len(sensors), 3600_000.0),
    )  # fmt: skip


def test_every_bad_row_is_listed_and_nothing_passes() -> None:
    body = {
        "readings": [
            {"sensor": "ctown-L_T1", "time": "2016-07-04T00:00:00Z", "value": 2.4},
            {"sensor": "nope", "time": "2016-07-04T00:00:00Z", "value": 1},
            {"sensor": "ctown-L_T1", "time": "2016-07-04T01:00:00Z", "value": "NaN"},
            {"sensor": "ctown-L_T2", "time": "2016-07-04T01:00:00Z", "value": 1, "unit": "ft"},
            {"sensor": "ctown-L_T3", "time": "2999-01-01T00:00:00Z", "value": 1},
            {"sensor": "ctown-L_T4", "time": "2016-07-04 01:00", "value": 1},
            {"time": "2016-07-04T01:00:00Z", "value": 1},
        ]
    }
    batch, issues = parse_json(json.loads(json.dumps(body)))
    with pytest.raises(RowsRejectedError) as caught:
        check_batch(batch, _index(), 1_700_000_000_000, agency=AGENCY, issues=issues)
    listed = [(e["row"], e["field"]) for e in caught.value.errors]
    assert listed == [(1, "sensor"), (2, "value"), (3, "unit"), (4, "time"), (5, "time"),
                      (6, "sensor")]  # fmt: skip


def test_another_agencys_sensors_are_refused() -> None:
    batch, issues = parse_csv(READINGS_CSV.read_text())
    assert issues == [] and len(batch.sensor) == 43 * 48
    with pytest.raises(PermissionDeniedError, match="other agencies"):
        check_batch(batch, _index(), 1_700_000_000_000, agency="gas-co")
    assert check_batch(batch, _index(), 1_700_000_000_000, agency=AGENCY).size == 43 * 48


def test_csv_with_a_missing_column() -> None:
    with pytest.raises(RowsRejectedError, match="lacks value"):
        parse_csv("sensor,time\nx,2016-07-04T00:00:00Z\n")


def test_sensor_files_csv_and_geojson_agree() -> None:
    from_csv = sensors_from_csv(SENSORS_CSV.read_text(), "fallback")
    features = [
        {"type": "Feature", "id": s.id,
         "geometry": {"type": "Point", "coordinates": [s.lon, s.lat]},
         "properties": {"kind": s.kind, "unit": s.unit, "agency": s.agency, "layer": s.layer,
                        "entity": s.entity, "name": s.name, "expected_interval_s": 3600,
                        "label": "simulated benchmark readings (BATADAL, C-Town)",
                        "place": json.loads(s.properties_json)["place"],
                        **{k: getattr(s.thresholds, k) for k in
                           ("warning_low", "warning_high", "alarm_low", "alarm_high",
                            "hysteresis")}}}
        for s in from_csv
    ]  # fmt: skip
    from_geojson = sensors_from_json({"type": "FeatureCollection", "features": features}, "x")
    assert from_geojson == from_csv
    assert json.loads(from_csv[0].properties_json)["label"].startswith("simulated benchmark")


@pytest.mark.parametrize(
    ("item", "field"),
    [
        ({"kind": "flow", "unit": "L/s", "lon": 0, "lat": 0}, "id"),
        ({"id": "a", "unit": "L/s", "lon": 0, "lat": 0}, "kind"),
        ({"id": "a", "kind": "flow", "unit": "L/s", "lon": 200, "lat": 0}, "lon"),
        ({"id": "a", "kind": "flow", "unit": "L/s", "lon": 0, "lat": 0, "alarm_high": 1,
          "warning_high": 2}, "thresholds"),
        ({"id": "a", "kind": "flow", "unit": "L/s", "lon": 0, "lat": 0,
          "expected_interval_s": -5}, "expected_interval_s"),
        ({"id": "a", "kind": "flow", "unit": "L/s", "lon": 0, "lat": 0, "hysteresis": "x"},
         "hysteresis"),
    ],
)  # fmt: skip
def test_bad_sensors_name_their_field(item: dict[str, object], field: str) -> None:
    good = {"id": "ok", "kind": "flow", "unit": "L/s", "lon": 1, "lat": 1}
    with pytest.raises(RowsRejectedError) as caught:
        sensors_from_json([good, item], AGENCY)
    assert [(e["row"], e["field"]) for e in caught.value.errors] == [(1, field)]
