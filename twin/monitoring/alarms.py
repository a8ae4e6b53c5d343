"""Threshold and hysteresis state machine, vectorised over a batch of readings (pure numpy).

A value's level is computed twice: the level it *enters* (limits as given) and the level it
may *stay* in (limits moved back toward normal by the hysteresis). The next level is
``max(enter, min(current, stay))``: a sensor climbs as soon as a limit is reached and comes
down only once the value is clear of the limit by more than the hysteresis. Within a batch, a
sensor's readings are applied in time order, one rank at a time, every sensor at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import NDArray

from twin.monitoring.model import Level, Thresholds

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
LevelArray = NDArray[np.int8]


@dataclass(frozen=True)
class ThresholdArrays:
    """Limits of several sensors, one entry per sensor (NaN: no such limit)."""

    warning_low: FloatArray
    warning_high: FloatArray
    alarm_low: FloatArray
    alarm_high: FloatArray
    hysteresis: FloatArray

    @classmethod
    def from_thresholds(cls, items: list[Thresholds]) -> ThresholdArrays:
        """Arrays of the limits of ``items``, in order."""

        def column(name: str) -> FloatArray:
            values = [getattr(t, name) for t in items]
            return np.array([np.nan if v is None else v for v in values], dtype=np.float64)

        return cls(
            warning_low=column("warning_low"),
            warning_high=column("warning_high"),
            alarm_low=column("alarm_low"),
            alarm_high=column("alarm_high"),
            hysteresis=column("hysteresis"),
        )

    def take(self, index: IntArray) -> ThresholdArrays:
        """The limits of the sensors at ``index``."""
        return ThresholdArrays(
            self.warning_low[index],
            self.warning_high[index],
            self.alarm_low[index],
            self.alarm_high[index],
            self.hysteresis[index],
        )


def _level(values: FloatArray, t: ThresholdArrays, shift: FloatArray) -> LevelArray:
    # Comparisons with NaN (no limit) are False, so a missing limit never triggers.
    with np.errstate(invalid="ignore"):
        warning = (values >= t.warning_high - shift) | (values <= t.warning_low + shift)
        alarm = (values >= t.alarm_high - shift) | (values <= t.alarm_low + shift)
    return np.where(alarm, Level.ALARM, np.where(warning, Level.WARNING, Level.NORMAL)).astype(
        np.int8
    )


def next_levels(current: LevelArray, values: FloatArray, t: ThresholdArrays) -> LevelArray:
    """The level after one reading per sensor, from the ``current`` level (stale counts as
    normal: a reading ends staleness).

    >>> t = ThresholdArrays.from_thresholds([Thresholds(warning_high=10, hysteresis=1)])
    >>> int(next_levels(np.array([0], np.int8), np.array([10.0]), t)[0])  # reaches the limit
    1
    >>> int(next_levels(np.array([1], np.int8), np.array([9.5]), t)[0])  # within hysteresis
    1
    >>> int(next_levels(np.array([1], np.int8), np.array([8.9]), t)[0])  # clear of it
    0
    """
    current = np.where(current == Level.STALE, Level.NORMAL, current).astype(np.int8)
    enter = _level(values, t, np.zeros_like(values))
    stay = _level(values, t, np.nan_to_num(t.hysteresis))
    return np.maximum(enter, np.minimum(current, stay)).astype(np.int8)


@dataclass(frozen=True)
class Transition:
    """Level changes (parallel arrays): which sensor, from, to, when and at what value."""

    sensor: IntArray
    before: LevelArray
    after: LevelArray
    t_ms: IntArray
    value: FloatArray


@dataclass(frozen=True)
class BatchOutcome:
    """The new latest state of each sensor a batch advanced, and the level changes on the way."""

    sensor: IntArray  # sensors whose latest reading moved forward
    t_ms: IntArray
    value: FloatArray
    level: LevelArray
    transitions: Transition


def evaluate_batch(
    sensor: IntArray,
    t_ms: IntArray,
    values: FloatArray,
    last_t_ms: IntArray,
    last_level: LevelArray,
    thresholds: ThresholdArrays,
) -> BatchOutcome:
    """Apply a batch of readings to the sensors' states.

    Args:
        sensor: (N,) index of each reading's sensor into ``last_t_ms``, ``last_level`` and
            ``thresholds`` (M sensors).
        t_ms, values: (N,) phenomenon time in ms since the epoch, and value.
        last_t_ms: (M,) time of each sensor's latest reading before the batch (-1: none).
        last_level: (M,) level of each sensor before the batch.
        thresholds: the M sensors' limits.

    Returns:
        Only readings newer than a sensor's latest move its state; older ones (backfill and
        retries) go to the history alone, so a retried batch changes nothing.
    """
    newer = t_ms > last_t_ms[sensor]
    s, t, v = sensor[newer], t_ms[newer], values[newer]
    order = np.lexsort((t, s))
    s, t, v = s[order], t[order], v[order]
    starts = np.flatnonzero(np.r_[True, s[1:] != s[:-1]]) if s.size else np.array([], np.int64)
    rank = np.arange(s.size) - np.repeat(starts, np.diff(np.r_[starts, s.size]))
    level = last_level.copy()
    changes: list[tuple[IntArray, LevelArray, LevelArray, IntArray, FloatArray]] = []
    for r in range(int(rank.max()) + 1 if rank.size else 0):
        at = rank == r
        ss = s[at]
        before = level[ss]
        after = next_levels(before, v[at], thresholds.take(ss))
        moved = after != before
        if moved.any():
            changes.append((ss[moved], before[moved], after[moved], t[at][moved], v[at][moved]))
        level[ss] = after
    last = np.r_[starts[1:] - 1, s.size - 1] if s.size else np.array([], np.int64)
    touched = s[last]
    transitions = Transition(
        _joined([c[0] for c in changes], np.int64),
        _joined([c[1] for c in changes], np.int8),
        _joined([c[2] for c in changes], np.int8),
        _joined([c[3] for c in changes], np.int64),
        _joined([c[4] for c in changes], np.float64),
    )
    return BatchOutcome(touched, t[last], v[last], level[touched], transitions)


def _joined(parts: list[NDArray[Any]], dtype: type[np.generic]) -> NDArray[Any]:
    return np.concatenate(parts) if parts else np.array([], dtype)


def overdue(
    last_t_ms: IntArray, expected_interval_ms: FloatArray, now_ms: int
) -> NDArray[np.bool_]:
    """Which sensors are stale: no reading for longer than their expected interval (NaN: never).

    A sensor that never reported is overdue once its interval has passed since registration,
    which the caller passes as ``last_t_ms``.
    """
    with np.errstate(invalid="ignore"):
        return (now_ms - last_t_ms) > expected_interval_ms
