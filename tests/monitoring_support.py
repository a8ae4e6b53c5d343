"""Helpers of the monitoring tests: the C-Town sensors and BATADAL readings of tests/data."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from twin.monitoring.model import Sensor
from twin.monitoring.readings import ReadingBatch, check_batch, parse_csv
from twin.monitoring.registration import sensors_from_csv
from twin.server.app import create_app
from twin.settings import Settings
from twin.store import MonitoringStore
from twin.store.monitoring import IngestResult, now_ms

DATA = Path(__file__).resolve().parent / "data" / "monitoring"
SENSORS_CSV = DATA / "ctown_sensors.csv"
READINGS_CSV = DATA / "batadal_48h.csv"
AGENCY = "ctown-water"


def ctown_sensors() -> list[Sensor]:
    """The 43 C-Town sensors of BATADAL (tests/data/monitoring/ctown_sensors.csv)."""
    return sensors_from_csv(SENSORS_CSV.read_text(), AGENCY)


def batadal_batch(hours: int | None = None) -> ReadingBatch:
    """The BATADAL readings of tests/data (48 hours), or of the first ``hours``."""
    batch, issues = parse_csv(READINGS_CSV.read_text())
    assert not issues
    if hours is None:
        return batch
    keep = batch.t_ms < batch.t_ms.min() + hours * 3600_000
    return ReadingBatch(
        [s for s, k in zip(batch.sensor, keep, strict=True) if k],
        batch.t_ms[keep],
        batch.value[keep],
        [u for u, k in zip(batch.unit, keep, strict=True) if k],
        [r for r, k in zip(batch.row, keep, strict=True) if k],
    )


def ingest(
    store: MonitoringStore, sensor: list[str], t_ms: list[int], values: list[float]
) -> IngestResult:
    """Check and ingest readings given as lists (as the routes do, for an admin)."""
    batch = ReadingBatch(
        sensor, np.array(t_ms, np.int64), np.array(values, float), [None] * len(sensor),
        list(range(len(sensor))),
    )  # fmt: skip
    index = store.index()
    position = check_batch(batch, index, now_ms(), agency=None)
    return store.ingest(index, position, batch.t_ms, batch.value)


@contextmanager
def serving(settings: Settings) -> Iterator[int]:
    """create_app(settings) served by uvicorn in a thread on a free loopback port."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)
