"""SensorIndex: the registered sensors as arrays, for vectorised checks, alarms and bboxes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from twin.monitoring.alarms import ThresholdArrays


@dataclass(frozen=True)
class SensorIndex:
    """The registry at one moment; position ``i`` is one sensor in every array.

    ``lon``/``lat`` are WGS 84 degrees; ``expected_interval_ms`` is NaN for a sensor that is
    never stale.
    """

    ids: NDArray[np.str_]
    sid: NDArray[np.int64]
    unit: NDArray[np.str_]
    agency: NDArray[np.str_]
    layer: NDArray[np.str_]  # "" when not on a layer
    entity: NDArray[np.str_]  # the segment or node id on the layer ("" when none)
    lon: NDArray[np.float64]
    lat: NDArray[np.float64]
    thresholds: ThresholdArrays
    expected_interval_ms: NDArray[np.float64]

    def __len__(self) -> int:
        return int(self.ids.size)

    @cached_property
    def _position(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.ids.tolist())}

    @cached_property
    def _by_sid(self) -> NDArray[np.int64]:
        # sid -> position; sids are small dense integers (autoincrement).
        table = np.full(int(self.sid.max()) + 1 if self.sid.size else 0, -1, np.int64)
        table[self.sid] = np.arange(self.sid.size)
        return table

    def positions(self, names: Sequence[str]) -> NDArray[np.int64]:
        """The position of each id in ``names`` (-1 for an unknown one)."""
        get = self._position.get
        return np.fromiter((get(n, -1) for n in names), np.int64, len(names))

    def positions_of_sids(self, sids: NDArray[np.int64]) -> NDArray[np.int64]:
        """The position of each store key in ``sids`` (all must be registered)."""
        return self._by_sid[sids]

    def in_bbox(self, west: float, south: float, east: float, north: float) -> NDArray[np.int64]:
        """Positions of the sensors inside a lon/lat box (degrees; inclusive)."""
        inside = (self.lon >= west) & (self.lon <= east) & (self.lat >= south) & (self.lat <= north)
        return np.flatnonzero(inside)
