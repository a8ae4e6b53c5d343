"""The viewer of a city that is not public (TWIN_PUBLIC_READ=false): the server's 401 opens the
sign-in box; with a viewer token granted two layers, the buildings tileset and the terrain load
(every tile, layer.json and terrain tile fetched with the token), the layer not granted never
shows, and the token lasts for the session (a reload needs no second sign-in)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser.viewer_support import (
    LAYER,
    BuiltBuildings,
    PageLog,
    Server,
    serve,
    wait_for_tiles,
    wait_until_loaded,
    wait_until_ready,
)

from ingest_survey.convert.terrain import build_terrain
from twin.auth import Role
from twin.model import LayerKind
from twin.publish import publish
from twin.settings import Settings
from twin.store import open_stores

pytestmark = pytest.mark.browser
OpenViewer = Callable[..., tuple[Any, PageLog]]
DEM = Path(__file__).resolve().parents[1] / "data" / "terrain" / "monaco_srtm3_cut.tif"
TERRAIN = "monaco-terrain"
HIDDEN = "secret-buildings"
# What chromium logs for a response it got with status 401 (the viewer's first, token-less read).
UNAUTHORISED_LOAD = "status of 401"


@pytest.fixture(scope="module")
def private_city(
    tmp_path_factory: pytest.TempPathFactory, delft_buildings: BuiltBuildings
) -> Iterator[tuple[Server, str]]:
    """A server with public reads off, three layers, and a viewer token granted two of them."""
    root = tmp_path_factory.mktemp("private")
    settings = Settings(data_dir=root / "data")
    meta: dict[str, Any] = {"region": delft_buildings.region, "features": delft_buildings.features}
    publish(settings, LAYER, LayerKind.BUILDINGS, delft_buildings.path, meta=meta)
    hidden = root / "hidden"
    shutil.copytree(delft_buildings.path, hidden)
    publish(settings, HIDDEN, LayerKind.BUILDINGS, hidden, meta=meta)
    terrain = build_terrain([DEM], root / "terrain", max_zoom=6)
    publish(
        settings, TERRAIN, LayerKind.TERRAIN, terrain.out, meta=terrain.meta(), entry="layer.json"
    )
    with open_stores(settings) as stores:
        _, secret = stores.tokens.create("planner", Role.VIEWER, layers=[LAYER, TERRAIN])
    with serve(settings.data_dir, settings={"TWIN_PUBLIC_READ": "false"}) as running:
        yield running, secret


def _sign_in(page: Any, secret: str) -> None:
    page.wait_for_selector("#signinPanel:not([hidden])")
    page.fill("#signinToken", secret)
    page.click("#signinSubmit")


def test_signing_in_loads_the_granted_layers(
    open_viewer: OpenViewer, private_city: tuple[Server, str]
) -> None:
    server, secret = private_city
    page, log = open_viewer(server)
    wait_until_ready(page)
    # Without a token the layer list is a 401: the sign-in box is open, nothing is on the globe.
    assert page.is_visible("#signinPanel")
    assert page.text_content("#signinPanel h2") == "Sign in"
    assert page.evaluate("() => Object.keys(window.twinViewer.layers)") == []
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors and all(UNAUTHORISED_LOAD in e for e in log.console_errors)
    before = len(log.console_errors)

    _sign_in(page, secret)
    wait_until_loaded(page, LAYER)
    page.wait_for_function(
        "(n) => window.twinViewer.layers[n]?.loaded", arg=TERRAIN, timeout=300_000
    )
    wait_for_tiles(page)
    layers = page.evaluate("() => window.twinViewer.layers")
    assert set(layers) == {LAYER, TERRAIN}, layers  # the layer not granted is not listed
    for name in (LAYER, TERRAIN):
        assert layers[name]["loaded"] and not layers[name]["failed"], (name, layers[name])
    assert layers[LAYER]["tilesLoaded"]
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert page.is_hidden("#signinPanel")
    assert page.text_content("#signinToggle") == "Sign out"
    assert page.evaluate("() => sessionStorage.getItem('twin.token')") == secret
    assert log.console_errors[before:] == [] and log.page_errors == []
    assert log.remote_requests == [] and log.failed_requests == []

    # The token is the session's: a reload loads the layers without asking again.
    page.reload()
    wait_until_loaded(page, LAYER)
    assert page.is_hidden("#signinPanel")
    assert log.console_errors[before:] == [] and log.page_errors == []


def test_a_refused_token_asks_again_in_chinese(
    open_viewer: OpenViewer, private_city: tuple[Server, str]
) -> None:
    server, _ = private_city
    page, log = open_viewer(server, locale="zh-CN")
    wait_until_ready(page)
    _sign_in(page, "twin_" + "A" * 43)
    page.wait_for_selector(".signin-error:not([hidden])")
    assert page.text_content("#signinPanel h2") == "登录"
    assert "拒绝" in (page.text_content(".signin-error") or "")
    assert page.evaluate("() => Object.keys(window.twinViewer.layers)") == []
    assert log.page_errors == [] and all(UNAUTHORISED_LOAD in e for e in log.console_errors)
