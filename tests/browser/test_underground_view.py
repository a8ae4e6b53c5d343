"""Underground mode as a planner reads it, on Monaco's buried gas pipeline under SRTM terrain:
off, the ground hides the pipe; on, the pipe shows through a see-through ground, and the view
from below is soil, not the black sky with stars behind a translucent globe."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from browser.viewer_support import (
    PageLog,
    Server,
    centre_rgb,
    serve,
    wait_for_tiles,
    wait_until_ready,
)
from pyproj import Transformer

pytestmark = pytest.mark.browser

LAYERS = ("monaco-terrain", "monaco-gas")
OpenViewer = Callable[..., tuple[Any, PageLog]]


@pytest.fixture(scope="module")
def monaco_server(
    tmp_path_factory: pytest.TempPathFactory, chromium_path: Path
) -> Iterator[Server]:
    """The sample city's Monaco terrain and gas pipeline, built by their own specs."""
    from twin.cli.samples import build_sample_city
    from twin.settings import Settings

    settings = Settings(data_dir=tmp_path_factory.mktemp("underground") / "data")
    build_sample_city(settings, quiet=True, only=LAYERS)
    with serve(settings.data_dir) as running:
        yield running


def _pipe_point(server: Server) -> tuple[float, float, float]:
    """Longitude, latitude and ellipsoidal height of the middle of the pipe's longest segment."""
    from published import current_version, stored_path

    from twin.networks import NPZ_NAME, NetworkGraph
    from twin.settings import Settings

    settings = Settings(data_dir=server.data_dir)
    version = current_version(settings, "monaco-gas")
    assert version is not None
    graph = NetworkGraph.from_npz(stored_path(settings, version, NPZ_NAME).read_bytes())
    axis = graph.axis_xyz
    lengths = np.linalg.norm(np.diff(axis, axis=0), axis=1)
    lengths[graph.axis_offsets[1:-1] - 1] = 0  # pairs that join two segments' axes
    i = int(np.argmax(lengths))
    middle = (axis[i] + axis[i + 1]) / 2
    lon, lat, h = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(*middle)
    return float(lon), float(lat), float(h)


def _magenta(rgb: np.ndarray) -> float:
    """How much more red and blue than green: CJJ 61 gas is magenta (255, 0, 255)."""
    return float(min(rgb[0], rgb[2]) - rgb[1])


def test_buried_pipe_hidden_above_ground_and_shown_underground(
    monaco_server: Server, open_viewer: OpenViewer
) -> None:
    page, log = open_viewer(monaco_server, "/?layer=monaco-gas")
    wait_until_ready(page)
    lon, lat, h = _pipe_point(monaco_server)
    look_down = """([lon, lat, height]) => window.twinViewer.viewer.camera.setView({
        destination: Cesium.Cartesian3.fromDegrees(lon, lat, height),
        orientation: {heading: 0, pitch: -Cesium.Math.PI_OVER_TWO, roll: 0}})"""
    page.evaluate(look_down, [lon, lat, h + 25.0])
    wait_for_tiles(page)
    ground = page.evaluate(
        """async ([lon, lat]) => (await Cesium.sampleTerrainMostDetailed(
            window.twinViewer.viewer.scene.terrainProvider,
            [Cesium.Cartographic.fromDegrees(lon, lat)]))[0].height""",
        [lon, lat],
    )
    assert ground > h, (ground, h)  # the pipe is buried here
    page.evaluate(look_down, [lon, lat, ground + 25.0])
    wait_for_tiles(page)
    hidden = centre_rgb(page)

    page.locator("#undergroundMode").check()
    wait_for_tiles(page)
    shown = centre_rgb(page)
    assert _magenta(shown) > _magenta(hidden) + 40, (hidden, shown)

    # From below the ground, looking up: soil, not the black sky behind the globe.
    page.evaluate(
        """([lon, lat, height]) => window.twinViewer.viewer.camera.setView({
            destination: Cesium.Cartesian3.fromDegrees(lon, lat, height),
            orientation: {heading: 0, pitch: Cesium.Math.PI_OVER_TWO, roll: 0}})""",
        [lon + 0.002, lat, ground - 30.0],
    )
    wait_for_tiles(page)
    ceiling = centre_rgb(page)
    assert ceiling.mean() > 30, ceiling
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == [] and log.page_errors == []
    assert log.remote_requests == []
