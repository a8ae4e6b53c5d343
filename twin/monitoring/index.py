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
    def _sorted(self) -> tuple[NDArray[np.str_], NDArray[np.int64]]:
        # Ids in order and their positions: a batch is looked up by one searchsorted (a dict
        # lookup per reading was a tenth of the ingest time at 10,000 readings a batch).
        order = np.argsort(self.ids, kind="stable")
        return self.ids[order], order.astype(np.int64)

    @cached_property
    def _by_sid(self) -> NDArray[np.int64]:
        # sid -> position; sids are small dense integers (autoincrement).
        table = np.full(int(self.sid.max()) + 1 if self.sid.size else 0, -1, np.int64)
        table[self.sid] = np.arange(self.sid.size)
        return table

    def positions(self, names: Sequence[str]) -> NDArray[np.int64]:
        """The position of each id in ``names`` (-1 for an unknown one)."""
        ordered, order = self._sorted
        if not len(names) or not ordered.size:
            return np.full(len(names), -1, np.int64)
        wanted = np.asarray(names, dtype=np.str_)
        at = np.minimum(np.searchsorted(ordered, wanted), ordered.size - 1)
        return np.where(ordered[at] == wanted, order[at], -1)

    def positions_of_sids(self, sids: NDArray[np.int64]) -> NDArray[np.int64]:
        """The position of each store key in ``sids`` (all must be registered)."""
        return self._by_sid[sids]

    def in_bbox(self, west: float, south: float, east: float, north: float) -> NDArray[np.int64]:
        """Positions of the sensors inside a lon/lat box (degrees; inclusive)."""
        inside = (self.lon >= west) & (self.lon <= east) & (self.lat >= south) & (self.lat <= north)
        return np.flatnonzero(inside)
