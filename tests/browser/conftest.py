"""Browser-test fixtures: the Delft sample built and published into a temporary data folder,
a real uvicorn serving it on a free loopback port, and Debian chromium driven by Playwright:
one chromium per session, one server per data set (session or module scope).

Chromium renders WebGL in software (SwiftShader through ANGLE), so no GPU is needed. Every
request to a host other than the loopback server is aborted and recorded: the viewer must work
with no internet.
"""

from __future__ import annotations

import shutil
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
    UNREADABLE_LAYER,
    BuiltBuildings,
    PageLog,
    Server,
    open_page,
    serve,
)
from published import current_version, stored_path

from twin.settings import Settings


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


@pytest.fixture(scope="session")
def server(
    tmp_path_factory: pytest.TempPathFactory, delft_buildings: BuiltBuildings
) -> Iterator[Server]:
    """The server with the Delft buildings published as layer "delft-buildings"."""
    data_dir = tmp_path_factory.mktemp("server") / "data"
    _publish(data_dir, LAYER, delft_buildings.path, delft_buildings, "Delft buildings")
    with serve(data_dir) as running:
        yield running


@pytest.fixture(scope="session")
def broken_server(
    tmp_path_factory: pytest.TempPathFactory, delft_buildings: BuiltBuildings
) -> Iterator[Server]:
    """A server with two broken layers: BROKEN_LAYER lacks its content files, so its tiles fail
    to load; UNREADABLE_LAYER's stored tileset.json is gone, so the layer itself fails."""
    root = tmp_path_factory.mktemp("broken")
    source = root / "tiles"
    shutil.copytree(delft_buildings.path, source)
    content = sorted((source / "content").glob("*.glb"))
    assert content, f"no content files in {delft_buildings.path}"
    for glb in content:  # no tile can load: whichever the viewer asks for first fails
        glb.unlink()
    (source / "content" / ".keep").write_text("")
    _publish(root / "data", BROKEN_LAYER, source, delft_buildings, "Broken buildings")
    _publish(root / "data", UNREADABLE_LAYER, source, delft_buildings, "Unreadable buildings")
    settings = Settings(data_dir=root / "data")
    version = current_version(settings, UNREADABLE_LAYER)
    assert version is not None
    stored_path(settings, version, "tileset.json").unlink()
    with serve(root / "data") as running:
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

    def open_viewer_page(
        server: Server, path: str = "/", locale: str = "en-GB"
    ) -> tuple[Any, PageLog]:
        context, page, log = open_page(browser, server, path, locale)
        contexts.append(context)
        return page, log

    yield open_viewer_page
    for context in contexts:
        context.close()
