"""Time series buckets: min, max, mean and count per bucket, from readings and rollups (pure)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Buckets:
    """Per bucket (parallel arrays): start (ms since the epoch), count, min, max, mean."""

    t_ms: NDArray[np.int64]
    count: NDArray[np.int64]
    min: NDArray[np.float64]
    max: NDArray[np.float64]
    mean: NDArray[np.float64]


def bucket_readings(
    t_ms: NDArray[np.int64],
    values: NDArray[np.float64],
    bucket_ms: int,
    *,
    rollups: Buckets | None = None,
) -> Buckets:
    """Group readings (and rollups left by downsampling) into buckets aligned to the epoch.

    A rollup counts with its own count, so a mean over raw readings and rollups is the mean of
    every reading that went into them.

    >>> b = bucket_readings(np.array([0, 1000, 3600_000]), np.array([1.0, 3.0, 5.0]), 3600_000)
    >>> b.t_ms.tolist(), b.count.tolist(), b.mean.tolist()
    ([0, 3600000], [2, 1], [2.0, 5.0])
    """
    if bucket_ms <= 0:
        raise ValueError("a bucket is at least 1 ms")
    starts = (t_ms // bucket_ms) * bucket_ms
    counts = np.ones(t_ms.size, np.int64)
    lows, highs, sums = values, values, values
    if rollups is not None and rollups.t_ms.size:
        starts = np.r_[starts, (rollups.t_ms // bucket_ms) * bucket_ms]
        counts = np.r_[counts, rollups.count]
        lows = np.r_[values, rollups.min]
        highs = np.r_[values, rollups.max]
        sums = np.r_[values, rollups.mean * rollups.count]
    keys, inverse = np.unique(starts, return_inverse=True)
    n = keys.size
    count = np.bincount(inverse, weights=counts, minlength=n).astype(np.int64)
    total = np.bincount(inverse, weights=sums, minlength=n)
    low = np.full(n, np.inf)
    np.minimum.at(low, inverse, lows)
    high = np.full(n, -np.inf)
    np.maximum.at(high, inverse, highs)
    return Buckets(keys.astype(np.int64), count, low, high, total / np.maximum(count, 1))
