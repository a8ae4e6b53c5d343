"""The monitoring event broker on app.state: readings and alarm changes fanned out to SSE clients.

Each subscriber has a bounded queue and a filter (a layer, a lon/lat box, or nothing). A batch
of readings is one event, cut down per subscriber with a numpy mask, so 100 clients cost 100
masks per batch, not a million messages. A subscriber that falls behind by `QUEUE_EVENTS`
events is dropped (its stream ends and an EventSource reconnects), so memory stays bounded
whatever the clients do. Events are of this process: with several `TWIN_WORKERS` a client sees
the batches posted to its own worker (see README, Monitoring).
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from twin.monitoring.index import SensorIndex
from twin.monitoring.model import Alarm

QUEUE_EVENTS = 256
KEEPALIVE_S = 15.0
STATE_NAMES = ("normal", "warning", "alarm", "stale")


def state_name(level: int) -> str:
    """The API's word for a level (-1: no reading yet -> "unknown")."""
    return STATE_NAMES[level] if 0 <= level < len(STATE_NAMES) else "unknown"


@dataclass(frozen=True)
class StreamFilter:
    """What a subscriber wants: sensors of one layer and/or inside a lon/lat box."""

    layer: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)

    def mask(self, index: SensorIndex, position: NDArray[np.int64]) -> NDArray[np.bool_]:
        """Which of the sensors at ``position`` pass."""
        keep = np.ones(position.size, dtype=bool)
        if self.layer is not None:
            keep &= index.layer[position] == self.layer
        if self.bbox is not None:
            west, south, east, north = self.bbox
            lon, lat = index.lon[position], index.lat[position]
            keep &= (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)
        return keep


@dataclass(eq=False)  # hashed by identity: one entry per open stream
class _Subscriber:
    filter: StreamFilter
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[str | None] = field(default_factory=lambda: asyncio.Queue(QUEUE_EVENTS))
    dropped: bool = False


def _sse(event: str, data: dict[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


class EventBroker:
    """Fan-out of monitoring events to in-process subscribers (thread-safe publish)."""

    def __init__(self) -> None:
        """An empty broker."""
        self._subscribers: set[_Subscriber] = set()
        self._lock = threading.Lock()

    @property
    def subscribers(self) -> int:
        """How many streams are open."""
        return len(self._subscribers)

    def _deliver(self, subscriber: _Subscriber, text: str | None) -> None:
        def put() -> None:
            if subscriber.dropped:
                return
            try:
                subscriber.queue.put_nowait(text)
            except asyncio.QueueFull:
                subscriber.dropped = True
                subscriber.queue = asyncio.Queue(1)
                subscriber.queue.put_nowait(None)  # ends the stream

        try:
            subscriber.loop.call_soon_threadsafe(put)
        except RuntimeError:  # the subscriber's loop is closed
            pass

    def publish_readings(
        self,
        index: SensorIndex,
        position: NDArray[np.int64],
        t_ms: NDArray[np.int64],
        value: NDArray[np.float64],
        level: NDArray[np.int8],
    ) -> None:
        """Send the new latest readings of a batch to every subscriber whose filter they pass."""
        if position.size == 0:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            keep = subscriber.filter.mask(index, position)
            if not keep.any():
                continue
            data = {
                "sensors": index.ids[position[keep]].tolist(),
                "t": t_ms[keep].tolist(),
                "value": value[keep].tolist(),
                "state": [state_name(v) for v in level[keep].tolist()],
            }
            self._deliver(subscriber, _sse("readings", data))

    def publish_alarm(self, alarm: dict[str, Any], lon: float, lat: float, layer: str) -> None:
        """Send an alarm change (its JSON form) to the subscribers it concerns."""
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            f = subscriber.filter
            if f.layer is not None and layer != f.layer:
                continue
            if f.bbox is not None and not (f.bbox[0] <= lon <= f.bbox[2]
                                           and f.bbox[1] <= lat <= f.bbox[3]):  # fmt: skip
                continue
            self._deliver(subscriber, _sse("alarm", alarm))

    async def stream(self, stream_filter: StreamFilter) -> AsyncIterator[str]:
        """SSE text for one client until it disconnects or falls behind."""
        subscriber = _Subscriber(stream_filter, asyncio.get_running_loop())
        with self._lock:
            self._subscribers.add(subscriber)
        try:
            # A first comment, so clients (and tests) know the subscription is live.
            yield ": subscribed\n\n"
            while True:
                try:
                    text = await asyncio.wait_for(subscriber.queue.get(), KEEPALIVE_S)
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                if text is None:
                    return
                yield text
        finally:
            with self._lock:
                self._subscribers.discard(subscriber)


def alarm_json(alarm: Alarm) -> dict[str, Any]:
    """An alarm as the API shows it."""

    def when(moment: Any) -> str | None:
        return None if moment is None else moment.isoformat().replace("+00:00", "Z")

    return {
        "id": alarm.id,
        "sensor": alarm.sensor,
        "kind": str(alarm.kind),
        "level": state_name(int(alarm.level)),
        "state": alarm.state,
        "value": alarm.value,
        "opened_at": when(alarm.opened_at),
        "cleared_at": when(alarm.cleared_at),
        "acknowledged": alarm.acknowledged_at is not None,
        "acknowledged_at": when(alarm.acknowledged_at),
        "acknowledged_by": alarm.acknowledged_by,
    }
