"""The viewer with terrain: Delft's AHN3 ground terrain with the buildings standing on it, and
Autzen's terrain with its orthophoto draped, loaded together with no console error, offline;
the heights CesiumJS decodes from our tiles are the ones twin wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
import pytest
from browser.viewer_support import PageLog, Server, serve, wait_for_tiles, wait_until_ready
from published import as_folder, current_version
from pyproj import CRS

from ingest_survey.readers.dem import sample_dem
from twin.cli.samples import build_sample_city
from twin.model import LayerKind
from twin.settings import Settings

pytestmark = pytest.mark.browser
LAYERS = ("delft-terrain", "delft-buildings", "autzen-terrain")
OpenViewer = Callable[..., tuple[Any, PageLog]]


@pytest.fixture(scope="module")
def terrain_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The sample-city builders of the three layers, published and served by uvicorn."""
    root = tmp_path_factory.mktemp("terrain-view")
    settings = Settings(data_dir=root / "data")
    # The sample city's own specs (the buildings stand on the published Delft terrain).
    build_sample_city(settings, quiet=True, only=LAYERS)
    with serve(settings.data_dir) as running:
        yield running


def test_terrain_and_buildings_load_together(
    open_viewer: OpenViewer, terrain_server: Server
) -> None:
    page, log = open_viewer(terrain_server)
    wait_until_ready(page)
    for name in LAYERS:
        status = page.evaluate("(n) => window.twinViewer.layers[n]", name)
        assert status["loaded"] and not status["failed"], (name, status)
    # The globe has one terrain at a time: the first shown terrain layer; hide Autzen's.
    page.evaluate("() => window.twinViewer.setVisible('autzen-terrain', false)")
    assert page.evaluate("() => window.twinViewer.flyTo('delft-buildings', {duration: 0})")
    wait_for_tiles(page)
    assert page.evaluate(
        "() => window.twinViewer.viewer.scene.terrainProvider"
        " instanceof Cesium.CesiumTerrainProvider"
    )
    # Cesium's own decoding of our tiles gives the heights twin sampled from its mesh.
    points = [(4.3665, 52.0115), (4.3675, 52.0120), (4.3658, 52.0110)]
    heights = page.evaluate(
        """async (points) => {
            const provider = window.twinViewer.viewer.scene.terrainProvider;
            const done = await Cesium.sampleTerrainMostDetailed(provider,
                points.map(([lon, lat]) => Cesium.Cartographic.fromDegrees(lon, lat)));
            return done.map((c) => c.height);
        }""",
        points,
    )
    lon, lat = np.array(points).T
    settings = Settings(data_dir=terrain_server.data_dir)
    version = current_version(settings, "delft-terrain")
    assert version is not None
    terrain = as_folder(settings, version, terrain_server.data_dir.parent / "delft-terrain")
    ours = sample_dem(terrain, lon, lat, CRS.from_epsg(4326))
    assert np.allclose(heights, ours, atol=0.02), (heights, ours)
    imagery = page.evaluate("() => window.twinViewer.viewer.imageryLayers.length")
    assert imagery == 2  # the base map and Autzen's orthophoto (hidden, still listed)
    # Home flies back to the city the viewer opened on (the first buildings layer), not to the
    # whole Earth.
    page.evaluate(
        "() => window.twinViewer.viewer.camera.setView({"
        "destination: Cesium.Cartesian3.fromDegrees(-100, 40, 2e7)})"
    )
    page.locator(".cesium-home-button").click()
    page.wait_for_function(
        """([lon, lat]) => Cesium.Cartesian3.distance(window.twinViewer.viewer.camera.positionWC,
            Cesium.Cartesian3.fromDegrees(lon, lat, 0)) < 3000""",
        arg=list(points[0]),
        polling=200,
    )
    page.evaluate("() => window.twinViewer.setVisible('autzen-terrain', true)")
    page.evaluate("() => window.twinViewer.setVisible('delft-terrain', false)")
    assert page.evaluate("() => window.twinViewer.flyTo('autzen-terrain', {duration: 0})")
    wait_for_tiles(page)
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == [] and log.page_errors == []
    assert log.remote_requests == [] and log.failed_requests == []
    assert LayerKind.TERRAIN.value == "terrain"
