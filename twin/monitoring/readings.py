"""Reading batches: parse JSON or CSV, then check every row against the registry (pure).

The rule for a batch with bad rows: **nothing of it is written**, and the answer lists every bad
row. A client fixes or drops those rows and sends the batch again; since readings are upserted
by (sensor, phenomenon time), resending the good rows twice is harmless.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import numpy as np
from numpy.typing import NDArray

from twin.errors import PermissionDeniedError, RowsRejectedError
from twin.monitoring.index import SensorIndex
from twin.monitoring.model import to_ms

Issue = dict[str, object]
# How far ahead of the server's clock a phenomenon time may be (clock skew), in ms.
MAX_FUTURE_MS = 5 * 60 * 1000
MAX_LISTED = 1000  # bad rows listed in one answer (the count says how many in all)


@dataclass(frozen=True)
class ReadingBatch:
    """Readings as sent, in order: sensor id, time (ms since the epoch), value, optional unit."""

    sensor: list[str]
    t_ms: NDArray[np.int64]
    value: NDArray[np.float64]
    unit: list[str | None]
    row: list[int]  # how the client names each row in errors


def parse_time(value: object) -> int:
    """An ISO 8601 time with a timezone as ms since the epoch; ValueError otherwise."""
    if isinstance(value, str):
        return to_ms(datetime.fromisoformat(value))
    raise ValueError("a time is an ISO 8601 string with a timezone")


def _number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ValueError("a value is a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"a value must be a finite number, not {value!r}")
    return number


def _collect(items: Iterable[tuple[int, Mapping[str, Any]]]) -> tuple[ReadingBatch, list[Issue]]:
    sensors: list[str] = []
    times: list[int] = []
    values: list[float] = []
    units: list[str | None] = []
    rows: list[int] = []
    issues: list[Issue] = []
    for row, item in items:
        sensor = item.get("sensor")
        if not isinstance(sensor, str) or not sensor:
            issues.append({"row": row, "field": "sensor", "reason": "a sensor id is required"})
            continue
        try:
            t = parse_time(item.get("time"))
        except (ValueError, TypeError, OverflowError) as exc:
            issues.append({"row": row, "field": "time", "sensor": sensor, "reason": str(exc)})
            continue
        try:
            value = _number(item.get("value"))
        except (ValueError, TypeError) as exc:
            issues.append({"row": row, "field": "value", "sensor": sensor, "reason": str(exc)})
            continue
        unit = item.get("unit")
        sensors.append(sensor)
        times.append(t)
        values.append(value)
        units.append(str(unit) if unit not in (None, "") else None)
        rows.append(row)
    batch = ReadingBatch(
        sensors, np.array(times, np.int64), np.array(values, np.float64), units, rows
    )
    return batch, issues


def parse_json(data: object) -> tuple[ReadingBatch, list[Issue]]:
    """``{"readings": [{"sensor", "time", "value", "unit"?}, ...]}`` (or the bare list)."""
    items = data.get("readings") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise RowsRejectedError(
            "the body is {'readings': [...]} or a list of readings",
            [{"row": None, "field": "readings", "reason": "not a list"}],
        )
    pairs = [(i, item if isinstance(item, dict) else {}) for i, item in enumerate(items)]
    return _collect(pairs)


def parse_csv(text: str) -> tuple[ReadingBatch, list[Issue]]:
    """CSV with a header ``sensor,time,value[,unit]``; rows are named by their line number."""
    reader = csv.DictReader(io.StringIO(text))
    missing = {"sensor", "time", "value"} - set(reader.fieldnames or ())
    if missing:
        raise RowsRejectedError(
            f"the CSV header lacks {', '.join(sorted(missing))}",
            [{"row": 1, "field": name, "reason": "missing column"} for name in sorted(missing)],
        )
    # Line 1 is the header.
    return _collect((line, row) for line, row in enumerate(reader, start=2))


def check_batch(
    batch: ReadingBatch,
    index: SensorIndex,
    now_ms: int,
    *,
    agency: str | None,
    issues: list[Issue] | None = None,
) -> NDArray[np.int64]:
    """The registry position of every reading, once every row has passed.

    Args:
        agency: the writer's agency (only its own sensors); None for an admin (any sensor).

    Raises:
        RowsRejectedError: any bad row (unknown sensor, unit mismatch, time too far ahead,
            or the parse issues passed in); every one is listed.
        PermissionDeniedError: rows for another agency's sensors (named).
    """
    found = list(issues or [])
    position = index.positions(batch.sensor)
    unknown = np.flatnonzero(position < 0)
    known = np.where(position < 0, 0, position)
    future = np.flatnonzero((batch.t_ms > now_ms + MAX_FUTURE_MS) & (position >= 0))
    for i in unknown.tolist():
        reason = "no such sensor: register it first"
        found.append({"row": batch.row[i], "field": "sensor", "sensor": batch.sensor[i],
                      "reason": reason})  # fmt: skip
    for i in future.tolist():
        reason = "the time is more than 5 minutes ahead of the server's clock"
        found.append({"row": batch.row[i], "field": "time", "sensor": batch.sensor[i],
                      "reason": reason})  # fmt: skip
    units = index.unit[known]
    for i, unit in enumerate(batch.unit):
        if unit is not None and position[i] >= 0 and unit != units[i]:
            reason = f"unit {unit!r} differs from the sensor's {str(units[i])!r}"
            found.append({"row": batch.row[i], "field": "unit", "sensor": batch.sensor[i],
                          "reason": reason})  # fmt: skip
    if found:
        found.sort(key=lambda issue: int(str(issue["row"])))
        raise RowsRejectedError(
            f"{len(found)} bad rows: nothing of this batch was written", found[:MAX_LISTED]
        )
    if agency is not None:
        foreign = np.flatnonzero(index.agency[position] != agency)
        if foreign.size:
            names = sorted({batch.sensor[i] for i in foreign[:20].tolist()})
            raise PermissionDeniedError(
                f"{foreign.size} rows are for sensors of other agencies "
                f"(e.g. {', '.join(names)}): nothing of this batch was written"
            )
    return position
