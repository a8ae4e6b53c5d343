"""Browser-test fixtures: the Delft sample built and published into a temporary data folder,
a real uvicorn serving it on a free loopback port, and Debian chromium driven by Playwright.

Chromium renders WebGL in software (SwiftShader through ANGLE), so no GPU is needed. Every
request to a host other than the loopback server is aborted and recorded: the viewer must work
with no internet.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser.viewer_support import (
    BROKEN_LAYER,
    CESIUM_BUILD,
    CHROMIUM,
    CHROMIUM_ARGS,
    LAYER,
    SAMPLES,
    VIEWPORT,
    BuiltBuildings,
    PageLog,
    Server,
    is_local,
)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _survey_files() -> list[Path]:
    files = sorted(SAMPLES.glob("ahn3/*.laz")) or sorted(SAMPLES.glob("*.laz"))
    assert files, f"no AHN3 survey files under {SAMPLES}"
    return files


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """Debian's chromium; the browser tests skip (with the reason) where it is not installed."""
    if not CHROMIUM.exists():
        pytest.skip(f"chromium not found at {CHROMIUM} (set TWIN_CHROMIUM)")
    if not (CESIUM_BUILD / "Cesium.js").exists():
        pytest.skip("CesiumJS is not installed: run `npm ci` in web_viewer")
    return CHROMIUM


@pytest.fixture(scope="session")
def delft_buildings(tmp_path_factory: pytest.TempPathFactory) -> BuiltBuildings:
    """The real Delft buildings tileset, built once per session by the real pipeline."""
    from ingest_survey.convert.buildings import build_buildings

    out = tmp_path_factory.mktemp("tiles") / "delft-buildings"
    result = build_buildings(
        SAMPLES / "bgt_pand.sqlite", out, survey=_survey_files(), survey_crs="EPSG:28992"
    )
    assert result.features > 0
    return BuiltBuildings(path=out, features=result.features, region=list(result.region))


def _publish(data_dir: Path, layer: str, source: Path, built: BuiltBuildings, title: str) -> None:
    from twin.model import LayerKind
    from twin.publish import publish
    from twin.settings import Settings

    settings = Settings(data_dir=data_dir)
    meta: dict[str, Any] = {"region": built.region, "features": built.features}
    publish(settings, layer, LayerKind.BUILDINGS, source, title=title, meta=meta)


def _wait_until_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"the server did not answer /healthz within 30 s:\n{log.read_text()}")


@contextlib.contextmanager
def _serve(data_dir: Path) -> Iterator[Server]:
    """Run `uvicorn --factory twin.server.app:create_app` (a real server process) on data_dir."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = data_dir.parent / f"uvicorn-{port}.log"
    env = {**os.environ, "TWIN_DATA_DIR": str(data_dir)}
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
        yield Server(url=url, data_dir=data_dir)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def server(
    tmp_path_factory: pytest.TempPathFactory, delft_buildings: BuiltBuildings
) -> Iterator[Server]:
    """The server with the Delft buildings published as layer "delft-buildings"."""
    data_dir = tmp_path_factory.mktemp("server") / "data"
    _publish(data_dir, LAYER, delft_buildings.path, delft_buildings, "Delft buildings")
    with _serve(data_dir) as running:
        yield running


@pytest.fixture(scope="session")
def broken_server(
    tmp_path_factory: pytest.TempPathFactory, delft_buildings: BuiltBuildings
) -> Iterator[Server]:
    """A server whose only layer lacks one of its content files, so a tile fails to load."""
    root = tmp_path_factory.mktemp("broken")
    source = root / "tiles"
    shutil.copytree(delft_buildings.path, source)
    content = sorted((source / "content").glob("*.glb"))
    assert content, f"no content files in {delft_buildings.path}"
    for glb in content:  # no tile can load: whichever the viewer asks for first fails
        glb.unlink()
    (source / "content" / ".keep").write_text("")
    _publish(root / "data", BROKEN_LAYER, source, delft_buildings, "Broken buildings")
    with _serve(root / "data") as running:
        yield running


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Any]:
    """One chromium for the session."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True
        )
        yield instance
        instance.close()


@pytest.fixture
def open_viewer(browser: Any) -> Iterator[Callable[..., tuple[Any, PageLog]]]:
    """Factory: open_viewer(server, path="/", locale="en-GB") -> (page, log), viewer not yet ready.

    Requests to any non-loopback host are recorded in log.remote_requests and aborted.
    """
    contexts: list[Any] = []

    def open_page(server: Server, path: str = "/", locale: str = "en-GB") -> tuple[Any, PageLog]:
        context = browser.new_context(viewport=VIEWPORT, locale=locale)
        contexts.append(context)
        log = PageLog()

        # Abort (never send) anything remote; the "request" listener below records it.
        context.route(lambda url: not is_local(url), lambda route: route.abort())
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.on("console", lambda m: m.type == "error" and log.console_errors.append(m.text))
        page.on("pageerror", lambda error: log.page_errors.append(str(error)))
        page.on(
            "requestfailed",
            lambda request: log.failed_requests.append(f"{request.url} {request.failure}"),
        )
        page.on(
            "request",
            lambda request: (
                None if is_local(request.url) else log.remote_requests.append(request.url)
            ),
        )
        page.goto(server.url + path)
        return page, log

    yield open_page
    for context in contexts:
        context.close()
