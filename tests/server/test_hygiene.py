"""Issue 15, "HTTP hygiene": CORS, body limits, slow clients, security headers, request ids."""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from twin.cli.http_protocol import BoundedHttpToolsProtocol
from twin.logs import JsonFormatter, logging_config
from twin.server.app import create_app
from twin.settings import Settings

MiB = 1024**2


def _preflight(client: TestClient, path: str, origin: str, method: str) -> httpx.Response:
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )


def test_cors_never_allows_credentials(client: TestClient) -> None:
    for method in ("GET", "POST"):
        response = _preflight(client, "/api/jobs", "https://any.example", method)
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == "*"
        assert "access-control-allow-credentials" not in response.headers


def test_cors_write_origins_restrict_writes_not_reads(tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "d",
        cors_write_origins=["https://planner.example"],
        cors_write_methods=["POST"],
    )
    with TestClient(create_app(settings)) as client:
        read = _preflight(client, "/api/layers", "https://other.example", "GET")
        assert read.headers["access-control-allow-origin"] == "*"
        refused = _preflight(client, "/api/jobs", "https://other.example", "POST")
        assert refused.status_code == 400
        assert "access-control-allow-origin" not in refused.headers
        allowed = _preflight(client, "/api/jobs", "https://planner.example", "POST")
        assert allowed.headers["access-control-allow-origin"] == "https://planner.example"
        not_a_method = _preflight(client, "/api/jobs/x", "https://planner.example", "DELETE")
        assert not_a_method.status_code == 400
        assert "DELETE" not in not_a_method.headers["access-control-allow-methods"]


def test_cors_with_listed_origins_only(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "d", cors_origins=["https://ok.example"])
    with TestClient(create_app(settings)) as client:
        response = _preflight(client, "/api/jobs", "https://evil.example", "POST")
        assert "access-control-allow-origin" not in response.headers
        response = _preflight(client, "/api/jobs", "https://ok.example", "PATCH")
        assert response.headers["access-control-allow-origin"] == "https://ok.example"


def test_json_body_over_the_limit_is_413(client: TestClient, admin_headers: dict[str, str]) -> None:
    big = json.dumps({"kind": "pointcloud", "pad": "x" * (MiB + 10)}).encode()
    headers = {**admin_headers, "content-type": "application/json"}
    response = client.post("/api/jobs", content=big, headers=headers)
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert "1048576" in response.json()["detail"]

    def chunked() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"pad": "'
        for _ in range(3):
            yield b"x" * (MiB // 2)
        yield b'"}'

    streamed = client.post("/api/jobs", content=chunked(), headers=headers)
    assert streamed.status_code == 413
    small = client.post("/api/jobs", json={"kind": "nope"}, headers=admin_headers)
    assert small.status_code not in (413, 500)


def test_security_headers_and_csp(client: TestClient) -> None:
    api = client.get("/healthz")
    assert api.headers["x-content-type-options"] == "nosniff"
    assert api.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    page = client.get("/")
    if page.status_code == 503:
        pytest.skip("CesiumJS is not installed")
    csp = page.headers["content-security-policy"]
    for needed in ("default-src 'self'", "'wasm-unsafe-eval'", "worker-src 'self' blob:"):
        assert needed in csp
    assert "'sha256-" in csp  # the inline CESIUM_BASE_URL script, by hash
    script_src = next(d for d in csp.split("; ") if d.startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "http" not in csp
    docs = client.get("/docs")
    if docs.status_code == 200:
        docs_csp = docs.headers["content-security-policy"]
        assert "'sha256-" in docs_csp  # Swagger UI's inline start-up script
        assert "'unsafe-eval'" not in docs_csp.replace("'wasm-unsafe-eval'", "")


def test_request_ids_are_echoed_or_made(client: TestClient) -> None:
    given = client.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert given.headers["x-request-id"] == "abc-123"
    made = client.get("/healthz").headers["x-request-id"]
    assert len(made) == 32 and made != client.get("/healthz").headers["x-request-id"]
    unsafe = client.get("/healthz", headers={"X-Request-ID": "a b\tc" + "x" * 300})
    assert unsafe.headers["x-request-id"] != "a b\tc" + "x" * 300
    problem = client.get("/api/layers/nope")
    assert problem.status_code == 404 and problem.headers["x-request-id"]


def test_one_json_access_line_per_request(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="twin.access"):
        client.get("/api/layers/nope", headers={"X-Request-ID": "r-1"})
    (record,) = [r for r in caplog.records if r.name == "twin.access"]
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "r-1"
    assert line["method"] == "GET" and line["path"] == "/api/layers/nope"
    assert line["status"] == 404 and line["duration_ms"] >= 0
    assert line["logger"] == "twin.access" and line["level"] == "info"


def test_logging_config_is_valid() -> None:
    import logging.config

    config = logging_config("info")
    assert config["loggers"]["uvicorn.access"]["propagate"] is False
    names = [None, *config["loggers"]]
    saved = [(logging.getLogger(n).handlers[:], logging.getLogger(n).level) for n in names]
    try:
        logging.config.dictConfig(config)
        (handler,) = logging.getLogger().handlers
        assert isinstance(handler.formatter, JsonFormatter)
    finally:
        for name, (handlers, level) in zip(names, saved, strict=True):
            logging.getLogger(name).handlers[:] = handlers
            logging.getLogger(name).setLevel(level)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Settings, int]]:
    """A real uvicorn with the protocol and limits `twin serve` runs it with, on a free port."""
    settings = Settings(data_dir=tmp_path / "d", timeout_keep_alive=1)
    port = _free_port()
    config = uvicorn.Config(
        create_app(settings),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        http=BoundedHttpToolsProtocol,
        timeout_keep_alive=settings.timeout_keep_alive,
        h11_max_incomplete_event_size=settings.h11_max_incomplete_event_size,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        yield settings, port
    finally:
        server.should_exit = True
        thread.join(10)


def test_a_slow_client_does_not_block_others(served: tuple[Settings, int]) -> None:
    settings, port = served
    slow = socket.create_connection(("127.0.0.1", port))
    try:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # headers never finished
        for i in range(5):  # one header every 100 ms, as a slow-loris client does
            slow.sendall(f"X-Slow-{i}: 1\r\n".encode())
            started = time.perf_counter()
            fast = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
            assert fast.status_code == 200
            assert time.perf_counter() - started < 1.0
            time.sleep(0.1)
        # Headers over h11_max_incomplete_event_size close the connection with a 431.
        slow.sendall(b"X-Big: " + b"y" * (settings.h11_max_incomplete_event_size + 1))
        answer = _read_all(slow)
        assert answer.startswith(b"HTTP/1.1 431 "), answer[:100]
        head, _, body = answer.partition(b"\r\n\r\n")
        assert b"content-type: application/problem+json" in head
        assert str(settings.h11_max_incomplete_event_size) in json.loads(body)["detail"]
    finally:
        slow.close()


def _read_all(connection: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    connection.settimeout(5)
    chunks = []
    while chunk := connection.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def test_the_head_bound_counts_one_request_head_not_a_connection_or_a_body(
    served: tuple[Settings, int],
) -> None:
    settings, port = served
    limit = settings.h11_max_incomplete_event_size
    # Keep-alive requests whose heads add up to several limits, pipelined in one write.
    padding = "p" * (limit // 4)
    request = f"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: {padding}\r\n\r\n".encode()
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(
            request * 8 + b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        answers = _read_all(connection)
    assert answers.count(b"HTTP/1.1 200 ") == 9
    # A body larger than the head bound arriving with its head is the body limit's business.
    body = b"{" + b" " * (2 * limit) + b"}"
    with socket.create_connection(("127.0.0.1", port)) as connection:
        connection.sendall(
            b"POST /api/jobs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
            + body
        )
        answer = _read_all(connection)
    assert not answer.startswith(b"HTTP/1.1 431"), answer[:100]
    assert answer.startswith(b"HTTP/1.1 4"), answer[:100]  # no token: refused by the app
