"""What the browser tests share: paths, names, the chromium command line, a real server, and
waiting on the viewer's own signals (window.twinViewer: ready, whenTilesLoaded).

Imported as ``browser.viewer_support`` (pyproject puts tests/ on the pytest pythonpath).

Waits are on the viewer's signals, never on fixed sleeps, with limits in minutes: WebGL runs in
software here, and on a loaded 2-core machine one view's tiles can take a minute to load.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "delft"
CHROMIUM = Path(os.environ.get("TWIN_CHROMIUM", "/usr/bin/chromium"))
CESIUM_BUILD = REPO / "web_viewer" / "node_modules" / "cesium" / "Build" / "Cesium"
LAYER = "delft-buildings"
BROKEN_LAYER = "broken-buildings"
UNREADABLE_LAYER = "unreadable-buildings"
VIEWPORT = {"width": 1280, "height": 800}
# How long the viewer may take to be ready or to load a view's tiles, and the server to start.
LOAD_TIMEOUT_MS = 5 * 60_000
SERVER_START_S = 120.0

# Headless chromium with WebGL on the CPU: "--headless=new" (the full browser, GPU process
# included), "--disable-gpu" plus "--use-angle=swiftshader" select ANGLE's SwiftShader backend, and
# "--enable-unsafe-swiftshader" allows it (Chromium >= 137 refuses software WebGL without it;
# Playwright's defaults add it too, but the tests should not depend on that). The rest keeps
# chromium from phoning home, so the request log only shows what the viewer asks for.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-quic",
    "--disable-dev-shm-usage",
    # Keep frames and timers at full rate in pages that are not in front (one context per test
    # page; Cesium renders from requestAnimationFrame).
    "--disable-background-timer-throttling",
    "--disable-backgrounding-occluded-windows",
    "--disable-renderer-backgrounding",
]


@dataclass(frozen=True)
class BuiltBuildings:
    """The tileset folder built from the Delft sample and what build_buildings reported."""

    path: Path
    features: int
    region: list[float]


@dataclass(frozen=True)
class Server:
    """A running twin server (its process, for tests that kill it)."""

    url: str
    data_dir: Path
    process: subprocess.Popen[bytes] | None = field(default=None, compare=False)


@dataclass
class PageLog:
    """What a page did that a test may want to refuse: console errors, page errors, remote calls."""

    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    remote_requests: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)


def is_local(url: str) -> bool:
    """True for URLs the viewer may load: the loopback server and in-page data/blob URLs."""
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.hostname in ("127.0.0.1", "localhost", "::1")


def wait_until_ready(page: Any) -> None:
    """The viewer fetched the layer list and asked every layer to load (twinViewer.ready)."""
    page.wait_for_function(
        "() => window.twinViewer && window.twinViewer.ready", timeout=LOAD_TIMEOUT_MS
    )


def wait_for_tiles(page: Any, *, globe: bool = True) -> None:
    """Every shown tileset (and with `globe`, the globe's terrain and imagery) has loaded the
    tiles of the current view: the viewer's whenTilesLoaded, checked after a fresh frame."""
    loaded = page.evaluate(
        "(options) => window.twinViewer.whenTilesLoaded(options)",
        {"timeoutMs": LOAD_TIMEOUT_MS, "globe": globe},
    )
    assert loaded, f"the tiles of the view did not load within {LOAD_TIMEOUT_MS // 1000} s"


def wait_until_loaded(page: Any, layer: str, *, globe: bool = True) -> None:
    """Ready, the layer's first tiles loaded (or the layer failed, which the test then sees in
    twinViewer.errors), and the tiles of the current view loaded.

    Waiting for the globe too means Cesium stops drawing frames (requestRenderMode), which in
    software WebGL are slow enough to delay every later Playwright action.
    """
    wait_until_ready(page)
    page.wait_for_function(
        "(name) => { const s = window.twinViewer.layers[name];"
        " return s && (s.tilesLoaded || s.failed); }",
        arg=layer,
        timeout=LOAD_TIMEOUT_MS,
    )
    wait_for_tiles(page, globe=globe)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)  # polling the server's own health signal, not a fixed wait
    pytest.fail(f"the server did not answer /healthz within {SERVER_START_S} s:\n{log.read_text()}")


@contextlib.contextmanager
def serve(
    data_dir: Path, port: int | None = None, settings: dict[str, str] | None = None
) -> Iterator[Server]:
    """Run `uvicorn --factory twin.server.app:create_app` (a real server process) on data_dir.

    Args:
        data_dir: the server's TWIN_DATA_DIR.
        port: the port to listen on (a restarted server keeps its URL); a free one by default.
        settings: more TWIN_* environment variables, e.g. {"TWIN_PUBLIC_READ": "false"}.
    """
    port = port or _free_port()
    url = f"http://127.0.0.1:{port}"
    log = data_dir.parent / f"uvicorn-{port}.log"
    env = {**os.environ, **(settings or {}), "TWIN_DATA_DIR": str(data_dir)}
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "twin.server.app:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    # cwd is the data folder's parent, so no stray .env of the developer is read.
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=data_dir.parent, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    try:
        _wait_until_healthy(url, process, log)
        yield Server(url=url, data_dir=data_dir, process=process)
    finally:
        stop(process, timeout=10)


def open_page(
    browser: Any, server: Server, path: str = "/", locale: str = "en-GB"
) -> tuple[Any, Any, PageLog]:
    """A new browser context and page on the viewer -> (context, page, log); not yet ready.

    Requests to any non-loopback host are recorded in log.remote_requests and aborted.
    """
    context = browser.new_context(viewport=VIEWPORT, locale=locale)
    log = PageLog()
    # Abort (never send) anything remote; the "request" listener below records it.
    context.route(lambda url: not is_local(url), lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(LOAD_TIMEOUT_MS)
    page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on(
        "requestfailed",
        lambda request: log.failed_requests.append(f"{request.url} {request.failure}"),
    )
    page.on(
        "request",
        lambda request: None if is_local(request.url) else log.remote_requests.append(request.url),
    )
    page.goto(server.url + path)
    return context, page, log


def stop(process: subprocess.Popen[bytes], timeout: float = 20) -> None:
    """SIGTERM ``process``, SIGKILL it if it is still there after ``timeout`` seconds."""
    if process.poll() is None:
        process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def centre_rgb(page: Any) -> Any:
    """Mean RGB (a numpy array) of a 5 x 5 pixel patch at the centre of the rendered view, read
    from a screenshot one frame after a render request."""
    from io import BytesIO

    import numpy as np
    from PIL import Image

    page.evaluate("() => window.twinViewer.viewer.scene.requestRender()")
    page.wait_for_timeout(300)
    x, y = VIEWPORT["width"] // 2, VIEWPORT["height"] // 2
    png = page.screenshot(clip={"x": x - 2, "y": y - 2, "width": 5, "height": 5})
    pixels = np.asarray(Image.open(BytesIO(png)).convert("RGB"), dtype=float)
    return pixels.reshape(-1, 3).mean(axis=0)
