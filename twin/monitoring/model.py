"""The monitoring vocabulary: sensors, thresholds, states and alarms as frozen values."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import IntEnum, StrEnum

# The kinds the viewer has symbols and words for; any other kind is accepted as given.
KNOWN_KINDS = (
    "pressure",
    "flow",
    "level",
    "gas_concentration",
    "temperature",
    "vibration",
    "status",
)


class Level(IntEnum):
    """A sensor's state, ordered by severity; stored as its number."""

    NORMAL = 0
    WARNING = 1
    ALARM = 2
    STALE = 3  # no reading within the expected interval (set by the sweep, not by values)


class AlarmKind(StrEnum):
    """What an alarm is about; one open alarm per sensor and kind."""

    THRESHOLD = "threshold"  # a value beyond a warning or alarm threshold
    STALE = "stale"  # no reading within the expected interval


@dataclass(frozen=True)
class Thresholds:
    """Warning and alarm limits, low and high, in the sensor's unit (None: no such limit).

    A state is entered when a value reaches a limit, and left only once the value is back by
    more than ``hysteresis`` (so a value hovering at a limit does not flap).
    """

    warning_low: float | None = None
    warning_high: float | None = None
    alarm_low: float | None = None
    alarm_high: float | None = None
    hysteresis: float = 0.0

    def problems(self) -> list[str]:
        """What is inconsistent about these limits (empty when they are usable)."""
        found = []
        for name in ("warning_low", "warning_high", "alarm_low", "alarm_high", "hysteresis"):
            value = getattr(self, name)
            if value is not None and not math.isfinite(value):
                found.append(f"{name} must be a finite number")
        if self.hysteresis < 0:
            found.append("hysteresis must not be negative")
        lows = [v for v in (self.alarm_low, self.warning_low) if v is not None]
        highs = [v for v in (self.warning_high, self.alarm_high) if v is not None]
        order = lows + highs
        if order != sorted(order):
            found.append(
                "limits must be ordered alarm_low <= warning_low < warning_high <= alarm_high"
            )
        return found


@dataclass(frozen=True)
class Sensor:
    """A sensing device (a SensorThings Thing with one Datastream).

    ``lon``/``lat`` are WGS 84 degrees (EPSG:4326), ``height`` metres above the ellipsoid;
    ``layer``/``entity`` name the published network layer and the segment or node it sits on.
    """

    id: str
    kind: str
    unit: str
    lon: float
    lat: float
    agency: str
    height: float = 0.0
    name: str = ""
    layer: str | None = None
    entity: str | None = None
    thresholds: Thresholds = Thresholds()
    expected_interval_s: float | None = None  # None: never stale
    properties_json: str = "{}"  # free attributes (e.g. the data's source and label)


@dataclass(frozen=True)
class Alarm:
    """An alarm: open while ``cleared_at`` is None; acknowledging does not close it."""

    id: int
    sensor: str
    kind: AlarmKind
    level: Level  # the worst level reached while open
    value: float | None  # the value that opened it (None for stale)
    opened_at: datetime
    cleared_at: datetime | None = None
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None

    @property
    def state(self) -> str:
        """active or cleared."""
        return "active" if self.cleared_at is None else "cleared"


def to_ms(moment: datetime) -> int:
    """Milliseconds since the Unix epoch (how times are stored); a naive time is refused."""
    if moment.tzinfo is None:
        raise ValueError("a time needs a timezone (e.g. 2016-07-04T00:00:00Z)")
    return int(round(moment.timestamp() * 1000))


def from_ms(ms: int) -> datetime:
    """The UTC time of ``ms`` milliseconds since the Unix epoch."""
    return datetime.fromtimestamp(ms / 1000, UTC)


def iso(ms: int) -> str:
    """``ms`` as ISO 8601 UTC with a Z (what every API answer shows)."""
    return from_ms(ms).isoformat(timespec="milliseconds").replace("+00:00", "Z")
