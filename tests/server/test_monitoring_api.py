"""/api/monitoring over HTTP: registration and ingest rights, bad batches, idempotent upsert,
latest/series/alarms queries, the isolating valves of an alarm on a pipe, and body limits."""

from __future__ import annotations

import select
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from monitoring_support import AGENCY, READINGS_CSV, SENSORS_CSV, serving

from ingest_survey.convert.pipes import build_pipes
from twin.auth import Role
from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CTOWN = REPO / "samples" / "ctown" / "CTown.inp"
Headers = dict[str, str]


@pytest.fixture
def agency(make_token: Callable[..., Headers]) -> Headers:
    return make_token(Role.AGENCY, name=AGENCY)


@pytest.fixture
def registered(client: TestClient, agency: Headers) -> Headers:
    csv_headers = {**agency, "Content-Type": "text/csv"}
    response = client.post("/api/monitoring/sensors", content=SENSORS_CSV.read_bytes(),
                           headers=csv_headers)  # fmt: skip
    assert response.status_code == 201, response.text
    assert response.json() == {"registered": 43}
    return agency


def _reading(sensor: str, time_: str, value: object, **extra: object) -> dict[str, object]:
    return {"sensor": sensor, "time": time_, "value": value, **extra}


def test_who_may_register_and_write(
    client: TestClient, registered: Headers, make_token: Callable[..., Headers]
) -> None:
    body = {"readings": [_reading("ctown-L_T1", "2016-07-04T00:00:00Z", 2.44)]}
    viewer, surveyor = make_token(Role.VIEWER), make_token(Role.SURVEYOR)
    other = make_token(Role.AGENCY, name="gas-co")
    assert client.post("/api/monitoring/readings", json=body).status_code == 401
    assert client.post("/api/monitoring/readings", json=body, headers=viewer).status_code == 403
    assert client.post("/api/monitoring/readings", json=body, headers=surveyor).status_code == 403
    refused = client.post("/api/monitoring/readings", json=body, headers=other)
    assert refused.status_code == 403 and "other agencies" in refused.json()["detail"]
    sensor = {"id": "ctown-L_T1", "kind": "level", "unit": "m", "lon": 0, "lat": 0}
    taken = client.post("/api/monitoring/sensors", json=[sensor], headers=other)
    assert taken.status_code == 403  # another agency's id is not taken over
    foreign = client.post("/api/monitoring/sensors", json=[{**sensor, "id": "x", "agency": AGENCY}],
                          headers=other)  # fmt: skip
    assert foreign.status_code == 403
    assert client.get("/api/monitoring/latest").json()["t"][0] is None  # nothing was written
    assert client.post("/api/monitoring/readings", json=body, headers=registered).status_code == 200


def test_a_bad_batch_lists_every_bad_row_and_writes_nothing(
    client: TestClient, registered: Headers
) -> None:
    body = {
        "readings": [
            _reading("ctown-L_T1", "2016-07-04T00:00:00Z", 2.44),
            _reading("unknown", "2016-07-04T00:00:00Z", 1.0),
            _reading("ctown-L_T2", "2016-07-04T00:00:00Z", "NaN"),
            _reading("ctown-L_T3", "2016-07-04T00:00:00Z", 3.19, unit="ft"),
            _reading("ctown-L_T4", "2999-01-01T00:00:00Z", 4.1),
        ]
    }
    response = client.post("/api/monitoring/readings", json=body, headers=registered)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert "nothing of this batch was written" in problem["detail"]
    assert [(e["row"], e["field"]) for e in problem["errors"]] == [
        (1, "sensor"), (2, "value"), (3, "unit"), (4, "time"),
    ]  # fmt: skip
    assert all(t is None for t in client.get("/api/monitoring/latest").json()["t"])
    csv_bad = "sensor,time,value\nctown-L_T1,2016-07-04T00:00:00Z,abc\n"
    r = client.post("/api/monitoring/readings", content=csv_bad,
                    headers={**registered, "Content-Type": "text/csv"})  # fmt: skip
    assert r.status_code == 422 and r.json()["errors"][0]["row"] == 2


def test_csv_batch_retried_changes_nothing(client: TestClient, registered: Headers) -> None:
    headers = {**registered, "Content-Type": "text/csv"}
    first = client.post("/api/monitoring/readings", content=READINGS_CSV.read_bytes(),
                        headers=headers)  # fmt: skip
    assert first.status_code == 200, first.text
    assert first.json()["written"] == 43 * 48
    latest = client.get("/api/monitoring/latest").json()
    alarms = client.get("/api/monitoring/alarms", params={"state": "all"}).json()
    again = client.post("/api/monitoring/readings", content=READINGS_CSV.read_bytes(),
                        headers=headers)  # fmt: skip
    assert again.json()["alarms"] == [] and again.json()["advanced"] == 0
    assert client.get("/api/monitoring/latest").json() == latest
    assert client.get("/api/monitoring/alarms", params={"state": "all"}).json() == alarms
    assert set(latest["state"]) <= {"normal", "warning", "alarm"}
    i = latest["sensors"].index("ctown-P_J280")
    assert latest["t"][i] == 1_467_590_400_000 + 47 * 3600_000


def test_latest_of_a_bbox_and_a_series(client: TestClient, registered: Headers) -> None:
    client.post("/api/monitoring/readings", content=READINGS_CSV.read_bytes(),
                headers={**registered, "Content-Type": "text/csv"})  # fmt: skip
    every = client.get("/api/monitoring/latest").json()
    i = every["sensors"].index("ctown-L_T1")
    lon, lat = every["lon"][i], every["lat"][i]
    box = f"{lon - 1e-6},{lat - 1e-6},{lon + 1e-6},{lat + 1e-6}"
    near = client.get("/api/monitoring/latest", params={"bbox": box}).json()
    assert near["sensors"] == ["ctown-L_T1"]
    assert client.get("/api/monitoring/latest", params={"bbox": "1,2"}).status_code == 400
    params = {"start": "2016-07-04T00:00:00Z", "end": "2016-07-06T00:00:00Z"}
    raw = client.get("/api/monitoring/sensors/ctown-L_T1/series", params=params).json()
    assert len(raw["t"]) == 48 and raw["value"][0] == 2.44
    daily = client.get("/api/monitoring/sensors/ctown-L_T1/series",
                       params={**params, "bucket": 86400}).json()  # fmt: skip
    assert daily["count"] == [24, 24]
    assert daily["min"][0] == min(raw["value"][:24]) and daily["max"][1] == max(raw["value"][24:])
    assert client.get("/api/monitoring/sensors/nope/series", params=params).status_code == 404


def test_an_alarm_on_a_pipe_lists_its_isolating_valves_and_is_acknowledged(
    client: TestClient, registered: Headers, settings: Settings, tmp_path: Path,
    make_token: Callable[..., Headers],
) -> None:  # fmt: skip
    out = tmp_path / "ctown"
    result = build_pipes(CTOWN, out, crs="EPSG:3857")
    publish(settings, "ctown", LayerKind.PIPES, out, meta=result.meta())
    flow = {"id": "flow-P242", "kind": "flow", "unit": "L/s", "lon": -2.2, "lat": 1.34,
            "layer": "ctown", "entity": "P242", "alarm_high": 50, "warning_high": 40}  # fmt: skip
    assert (
        client.post("/api/monitoring/sensors", json=[flow], headers=registered).status_code == 201
    )
    body = {"readings": [_reading("flow-P242", "2016-07-04T00:00:00Z", 55.0)]}
    posted = client.post("/api/monitoring/readings", json=body, headers=registered).json()
    (alarm,) = posted["alarms"]
    assert (alarm["sensor"], alarm["level"], alarm["state"]) == ("flow-P242", "alarm", "active")
    assert alarm["isolation"]["valves"] == ["v1"] and alarm["isolation"]["isolable"] is True
    assert client.get("/api/monitoring/alarms").json()["alarms"][0]["id"] == alarm["id"]
    url = f"/api/monitoring/alarms/{alarm['id']}/acknowledge"
    viewer = make_token(Role.VIEWER)
    assert client.post(url, headers=viewer).status_code == 403
    other = make_token(Role.AGENCY, name="gas-co")
    assert client.post(url, headers=other).status_code == 403
    acked = client.post(url, headers=registered).json()
    assert acked["acknowledged"] is True and acked["acknowledged_by"] == AGENCY
    assert acked["state"] == "active"  # acknowledged, not cleared
    assert (
        client.post("/api/monitoring/alarms/99999/acknowledge", headers=registered).status_code
        == 404
    )


def test_a_declared_50_mb_batch_is_refused_before_reading(
    client: TestClient, registered: Headers
) -> None:
    headers = {**registered, "Content-Type": "application/json", "Content-Length": str(50 << 20)}
    response = client.post("/api/monitoring/readings", content=b"{}", headers=headers)
    assert response.status_code == 413


@pytest.fixture
def live(settings: Settings) -> Iterator[int]:
    with serving(settings) as port:
        yield port


def test_a_streamed_50_mb_batch_is_refused_while_streaming(
    live: int, agency: Headers, settings: Settings
) -> None:
    chunk = b"[" + b" " * (1 << 20)
    total = 50 << 20
    token = agency["Authorization"]
    sent = 0
    with socket.create_connection(("127.0.0.1", live), timeout=30) as conn:
        conn.sendall(
            f"POST /api/monitoring/readings HTTP/1.1\r\nHost: x\r\nAuthorization: {token}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        )
        answer = b""
        try:
            while sent < total:
                conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                sent += len(chunk)
                if select.select([conn], [], [], 0)[0]:  # the server answered mid-body
                    break
            while b"\r\n\r\n" not in answer:
                part = conn.recv(4096)
                if not part:
                    break
                answer += part
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server closed after its answer
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    # The answer came while the body was still streaming: the limit, not the 50 MB, was read.
    assert settings.monitoring_max_body_bytes <= sent < total
