"""The viewer in a real browser against a real server: it loads the published Delft buildings
with no internet, shows them, toggles them, flies to them and shows a clicked building's attributes.

The tests on the Delft server share one page (`city`, module scope), each starting from the same
view (`city_view`): the viewer starts once instead of once per test.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from browser.viewer_support import (
    BROKEN_LAYER,
    LAYER,
    SAMPLES,
    UNREADABLE_LAYER,
    VIEWPORT,
    BuiltBuildings,
    PageLog,
    Server,
    open_page,
    serve,
    wait_for_tiles,
    wait_until_loaded,
    wait_until_ready,
)

pytestmark = pytest.mark.browser

EMPTY_VALUE = "—"
CENTER = (VIEWPORT["width"] // 2, VIEWPORT["height"] // 2)  # clear of the sidebar on the left

OpenViewer = Callable[..., tuple[Any, PageLog]]


@pytest.fixture(scope="module")
def city(browser: Any, server: Server) -> Iterator[tuple[Any, PageLog]]:
    """One viewer page on the Delft server, loaded once for the tests of this module."""
    context, page, log = open_page(browser, server)
    try:
        wait_until_loaded(page, LAYER)
        yield page, log
    finally:
        context.close()


@pytest.fixture
def city_view(city: tuple[Any, PageLog]) -> tuple[Any, PageLog]:
    """The shared page as the viewer starts: the layer shown, nothing selected, the start view
    (the viewer's own fly-to of the layer), its tiles loaded."""
    page, log = city
    page.evaluate(
        """async (name) => {
            const viewer = window.twinViewer;
            viewer.setVisible(name, true);
            viewer.clearSelection();
            return viewer.flyTo(name, {duration: 0});
        }""",
        LAYER,
    )
    wait_for_tiles(page)
    return page, log


def assert_clean(page: Any, log: PageLog) -> None:
    """No error in the viewer, the console or the page, and no request off the loopback host."""
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == []
    assert log.page_errors == []
    assert log.remote_requests == []
    assert log.failed_requests == []


def known_building() -> dict[str, Any]:
    """The largest Delft footprint: its source attributes and a point inside it (degrees)."""
    footprints = gpd.read_file(SAMPLES / "bgt_pand.sqlite")
    row = footprints.loc[footprints.geometry.area.idxmax()]
    inside = gpd.GeoSeries([row.geometry.representative_point()], crs=footprints.crs)
    point = inside.to_crs("EPSG:4326").iloc[0]
    attributes = row.drop(labels="geometry").to_dict()
    return {"lon": point.x, "lat": point.y, "attributes": attributes}


def look_down_at(page: Any, lon: float, lat: float, height: float) -> None:
    """Put the camera straight above (lon, lat) and wait for the tiles of that view."""
    page.evaluate(
        """([lon, lat, height]) => window.twinViewer.viewer.camera.setView({
            destination: Cesium.Cartesian3.fromDegrees(lon, lat, height),
            orientation: {heading: 0, pitch: -Cesium.Math.PI_OVER_TWO, roll: 0},
        })""",
        [lon, lat, height],
    )
    wait_for_tiles(page)  # checked after a fresh frame, so the new view counts


def panel_attributes(page: Any) -> dict[str, str]:
    """The attributes panel as {property id: shown text}."""
    return page.evaluate(
        """() => Object.fromEntries([...document.querySelectorAll(
            '#attributesPanel tr[data-property]')].map(
            (row) => [row.dataset.property, row.querySelector('td').textContent]))"""
    )


def test_webgl_works_in_headless_chromium(city_view: tuple[Any, PageLog]) -> None:
    page, _ = city_view
    renderer = page.evaluate(
        """() => { const gl = document.createElement('canvas').getContext('webgl2');
                   return gl && gl.getParameter(gl.RENDERER); }"""
    )
    assert renderer, "no WebGL2 context: check the chromium flags in conftest.CHROMIUM_ARGS"


def test_viewer_loads_the_published_buildings_offline(
    city_view: tuple[Any, PageLog], delft_buildings: BuiltBuildings
) -> None:
    page, log = city_view

    status = page.evaluate("(name) => window.twinViewer.layers[name]", LAYER)
    assert status["loaded"] and status["tilesLoaded"] and status["visible"]
    row = page.locator(f"#layersPanel li[data-layer='{LAYER}']")
    assert row.locator(".layer-title").inner_text() == "Delft buildings"
    assert f"{delft_buildings.features:,} features" in row.inner_text()
    # The initial view is on the layer: a pick at the centre finds one of its buildings.
    picked = page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER))
    assert picked is not None and picked["layer"] == LAYER
    assert page.locator("#messagesPanel").is_hidden()
    assert_clean(page, log)


def test_clicking_a_building_shows_its_attributes(
    city_view: tuple[Any, PageLog], delft_buildings: BuiltBuildings
) -> None:
    building = known_building()
    page, log = city_view
    look_down_at(page, building["lon"], building["lat"], delft_buildings.region[5] + 250)

    page.mouse.click(*CENTER)  # a real click, through Cesium's ScreenSpaceEventHandler
    page.wait_for_selector("#attributesPanel tr[data-property]")
    shown = panel_attributes(page)

    assert shown["id"] not in ("", EMPTY_VALUE)
    assert shown["identificatiebagpnd"] == str(building["attributes"]["identificatiebagpnd"])
    for name in ("height", "ground"):  # numbers, shown without digit grouping
        assert math.isfinite(float(shown[name]))
    missing = [
        name
        for name, value in building["attributes"].items()
        if name in shown and (value is None or (isinstance(value, float) and math.isnan(value)))
    ]
    assert missing, "expected some empty source attributes in the panel"
    assert {shown[name] for name in missing} == {EMPTY_VALUE}
    assert "Delft buildings" in page.inner_text("#attributesPanel .attribute-layer")
    # The picked building is highlighted (its feature colour is no longer the default white).
    highlighted = page.evaluate(
        """([x, y]) => !window.twinViewer.viewer.scene.pick(new Cesium.Cartesian2(x, y))
              .color.equals(Cesium.Color.WHITE)""",
        list(CENTER),
    )
    assert highlighted
    # pickAt (the test API) agrees with the click.
    picked = page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER))
    assert picked["properties"]["id"] == shown["id"]
    assert_clean(page, log)


def test_clicking_empty_ground_clears_the_attributes(city_view: tuple[Any, PageLog]) -> None:
    page, log = city_view
    assert page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER))
    page.mouse.click(VIEWPORT["width"] - 20, VIEWPORT["height"] - 80)  # sky or open ground
    assert page.locator("#attributesPanel tr[data-property]").count() == 0
    assert page.locator("#attributesPanel .panel-hint").is_visible()
    assert_clean(page, log)


def test_the_layer_checkbox_hides_and_shows_the_buildings(
    city_view: tuple[Any, PageLog],
) -> None:
    page, log = city_view
    checkbox = page.locator(f"#layersPanel li[data-layer='{LAYER}'] input[type=checkbox]")
    assert checkbox.is_checked()

    checkbox.uncheck()
    assert page.evaluate("(name) => window.twinViewer.layers[name].visible", LAYER) is False
    assert page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER)) is None

    page.locator(f"#layersPanel li[data-layer='{LAYER}'] input[type=checkbox]").check()
    wait_for_tiles(page)
    picked = page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER))
    assert picked is not None and picked["layer"] == LAYER
    assert_clean(page, log)


def test_the_go_to_button_flies_to_the_layer(
    city_view: tuple[Any, PageLog], delft_buildings: BuiltBuildings
) -> None:
    page, log = city_view
    west, south, east, north, _, top = delft_buildings.region
    centre = [(west + east) / 2, (south + north) / 2, top]
    distance = """([lon, lat, h]) => Cesium.Cartesian3.distance(
        window.twinViewer.viewer.camera.positionWC, Cesium.Cartesian3.fromRadians(lon, lat, h))"""
    page.evaluate(
        "() => window.twinViewer.viewer.camera.setView({"
        "destination: Cesium.Cartesian3.fromDegrees(0, 0, 2e7)})"
    )
    assert page.evaluate(distance, centre) > 1e6

    page.locator(f"#layersPanel li[data-layer='{LAYER}'] button.layer-fly").click()
    # The viewer's own signal: the camera's position, polled until the flight brought it close.
    page.wait_for_function(f"(c) => ({distance})(c) < 2000", arg=centre, polling=200)
    assert_clean(page, log)


def test_chinese_locale(server: Server, open_viewer: OpenViewer) -> None:
    page, log = open_viewer(server, locale="zh-CN")
    wait_until_loaded(page, LAYER)
    assert page.evaluate("() => document.documentElement.lang") == "zh-CN"
    assert page.inner_text("#layersPanel h2") == "图层"
    assert page.inner_text("#attributesPanel h2") == "属性"
    # The bundled font (for machines without a CJK font) is served, decodes and has the glyphs.
    loaded = page.evaluate(
        """async () => (await document.fonts.load('14px "twin Noto Sans SC"', "图层属性"))
            .map((face) => [face.family.replaceAll('"', ""), face.status])"""
    )
    assert loaded == [["twin Noto Sans SC", "loaded"]]

    page.select_option("#localeSelect", "en")
    assert page.inner_text("#layersPanel h2").lower() == "layers"
    assert_clean(page, log)


def test_a_tile_that_fails_is_reported_to_the_user(
    broken_server: Server, open_viewer: OpenViewer
) -> None:
    page, log = open_viewer(broken_server)
    wait_until_ready(page)
    page.wait_for_function("() => window.twinViewer.errors.length > 0")

    page.wait_for_function("() => new Set(window.twinViewer.errors.map((e) => e.kind)).size === 2")
    errors = page.evaluate("() => window.twinViewer.errors")
    assert {error["kind"] for error in errors} == {"tileFailed", "layerLoad"}
    assert {e["layer"] for e in errors if e["kind"] == "tileFailed"} == {BROKEN_LAYER}
    (unreadable,) = [e for e in errors if e["kind"] == "layerLoad"]
    assert unreadable["layer"] == UNREADABLE_LAYER
    # Cesium rejects with a RequestErrorEvent (no message): the status is said, not "undefined".
    assert "undefined" not in unreadable["message"]
    assert unreadable["message"].startswith(
        "Layer “Unreadable buildings” could not be loaded: HTTP "
    )
    panel = page.locator("#messagesPanel")
    assert panel.is_visible()
    assert "Broken buildings" in panel.inner_text()
    # Long tile URLs wrap: the panel does not grow wider than the sidebar.
    assert panel.evaluate("(el) => el.scrollWidth <= el.clientWidth")
    # The only console errors are chromium's own lines about the failed responses.
    assert all("Failed to load resource" in message for message in log.console_errors)
    assert log.page_errors == []
    assert log.remote_requests == []


def test_an_unavailable_layer_list_is_not_an_empty_one(
    server: Server, open_viewer: OpenViewer
) -> None:
    """A 503 from /api/layers (the catalog is down) says the list could not be loaded, with the
    server's detail, never "no layers published yet"."""
    page, log = open_viewer(server)
    problem = json.dumps(
        {"title": "Service Unavailable", "status": 503, "detail": "the catalog is unavailable"}
    )
    page.route(
        "**/api/layers",
        lambda route: route.fulfill(
            status=503, content_type="application/problem+json", body=problem
        ),
    )
    page.reload()
    wait_until_ready(page)
    text = page.inner_text("#layersPanel")
    assert "could not be loaded" in text and "No layers published yet" not in text
    assert "the catalog is unavailable" in page.inner_text("#messagesPanel")
    assert log.page_errors == []


def test_a_new_version_replaces_the_layer_without_mixing(
    tmp_path: Path, delft_buildings: BuiltBuildings, open_viewer: OpenViewer
) -> None:
    """A publish while the viewer is open: the next refresh sees a new pinned URL and puts the
    new version on the globe in place of the old one, every file from the new version's URL."""
    from twin.model import LayerKind
    from twin.publish import publish
    from twin.settings import Settings

    settings = Settings(data_dir=tmp_path / "data")
    meta: dict[str, Any] = {"region": delft_buildings.region, "features": delft_buildings.features}

    def publish_month(title: str) -> str:
        source = delft_buildings.path
        version = publish(settings, LAYER, LayerKind.BUILDINGS, source, title=title, meta=meta)
        return version.version_id

    first = publish_month("Delft buildings, May")
    with serve(settings.data_dir) as running:
        page, log = open_viewer(running)
        wait_until_loaded(page, LAYER)
        status = page.evaluate("(name) => window.twinViewer.layers[name]", LAYER)
        assert status["url"] == f"{running.url}/tiles/{LAYER}@{first}/tileset.json"
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))

        second = publish_month("Delft buildings, June")
        page.evaluate("() => window.twinViewer.refreshLayers()")
        wait_until_loaded(page, LAYER)
        status = page.evaluate("(name) => window.twinViewer.layers[name]", LAYER)
        assert status["url"] == f"{running.url}/tiles/{LAYER}@{second}/tileset.json"
        assert status["loaded"] and status["tilesLoaded"] and status["visible"]
        row = page.locator(f"#layersPanel li[data-layer='{LAYER}']")
        assert row.locator(".layer-title").inner_text() == "Delft buildings, June"
        # One tileset on the globe, the new one; its tiles came from the new version's URL.
        tilesets = page.evaluate(
            """() => { const p = window.twinViewer.viewer.scene.primitives; let n = 0;
                       for (let i = 0; i < p.length; i++)
                         if (p.get(i) instanceof Cesium.Cesium3DTileset) n++;
                       return n; }"""
        )
        assert tilesets == 1
        tiles = [url for url in requested if f"/tiles/{LAYER}" in url]
        assert any(f"@{second}/content/" in url for url in tiles), tiles
        assert all(f"@{second}/" in url for url in tiles), tiles
        picked = page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER))
        assert picked is not None and picked["layer"] == LAYER
        assert_clean(page, log)
