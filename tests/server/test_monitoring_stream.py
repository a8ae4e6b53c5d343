"""GET /api/monitoring/stream: Server-Sent Events of posted readings and alarm changes, filtered
by layer or bbox, through a real uvicorn server and a streaming httpx client."""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable

import httpx
from monitoring_support import AGENCY, SENSORS_CSV, serving

from twin.auth import Role
from twin.settings import Settings


def _listen(url: str, params: dict[str, str], out: queue.Queue[tuple[str, dict]],
            ready: threading.Event, stop: threading.Event) -> None:  # fmt: skip
    with httpx.stream("GET", url, params=params, timeout=60) as response:
        event = ""
        for line in response.iter_lines():
            if line.startswith(": subscribed"):
                ready.set()
            elif line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                out.put((event, json.loads(line[6:])))
            if stop.is_set():
                return


def test_the_stream_delivers_posted_readings_and_alarms(
    settings: Settings, make_token: Callable[..., dict[str, str]]
) -> None:
    headers = make_token(Role.AGENCY, name=AGENCY)
    with serving(settings) as port:
        base = f"http://127.0.0.1:{port}/api/monitoring"
        r = httpx.post(f"{base}/sensors", content=SENSORS_CSV.read_bytes(),
                       headers={**headers, "Content-Type": "text/csv"})  # fmt: skip
        assert r.status_code == 201
        sensors = {s["id"]: s for s in httpx.get(f"{base}/sensors").json()["sensors"]}
        t2 = sensors["ctown-L_T2"]
        # One client on the layer, one on a box around tank T2 only.
        box = f"{t2['lon'] - 1e-6},{t2['lat'] - 1e-6},{t2['lon'] + 1e-6},{t2['lat'] + 1e-6}"
        streams = {"layer": {"layer": "ctown"}, "box": {"bbox": box}}
        received = {name: queue.Queue() for name in streams}
        stop = threading.Event()
        threads = []
        for name, params in streams.items():
            ready = threading.Event()
            thread = threading.Thread(
                target=_listen, args=(f"{base}/stream", params, received[name], ready, stop),
                daemon=True,
            )  # fmt: skip
            thread.start()
            assert ready.wait(20), f"stream {name} did not subscribe"
            threads.append(thread)
        high = sensors["ctown-L_T1"]["thresholds"]["alarm_high"]
        first = {"readings": [{"sensor": "ctown-L_T1", "time": "2016-07-04T00:00:00Z",
                               "value": high + 0.1}]}  # fmt: skip
        assert httpx.post(f"{base}/readings", json=first, headers=headers).status_code == 200
        second = {"readings": [{"sensor": "ctown-L_T2", "time": "2016-07-04T00:00:00Z",
                                "value": 3.0}]}  # fmt: skip
        assert httpx.post(f"{base}/readings", json=second, headers=headers).status_code == 200
        layer = [received["layer"].get(timeout=20) for _ in range(3)]
        assert layer[0] == ("readings", {"sensors": ["ctown-L_T1"],
                                         "t": [1_467_590_400_000], "value": [high + 0.1],
                                         "state": ["alarm"]})  # fmt: skip
        assert layer[1][0] == "alarm" and layer[1][1]["sensor"] == "ctown-L_T1"
        assert layer[1][1]["level"] == "alarm" and layer[1][1]["state"] == "active"
        assert layer[2] == ("readings", {"sensors": ["ctown-L_T2"], "t": [1_467_590_400_000],
                                         "value": [3.0], "state": ["normal"]})  # fmt: skip
        # The box client saw neither T1's reading nor its alarm: T2 is its first event.
        assert received["box"].get(timeout=20)[1]["sensors"] == ["ctown-L_T2"]
        stop.set()
        # One more event for both streams, so their readers see `stop` and hang up.
        last = {"readings": [{"sensor": "ctown-L_T2", "time": "2016-07-04T01:00:00Z",
                              "value": 3.1}]}  # fmt: skip
        assert httpx.post(f"{base}/readings", json=last, headers=headers).status_code == 200
        for thread in threads:
            thread.join(10)
    for thread in threads:
        thread.join(10)
