"""Point cloud layers in a real browser: the Delft AHN3 survey (glTF points) and a legacy pnts
cloud load with no console error, offline; the colour modes restyle what is drawn."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser.viewer_support import PageLog, Server, serve, wait_for_tiles, wait_until_ready

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SURVEY = [
    REPO / "samples/delft/ahn3/ahn3_cropped_1.laz",
    REPO / "samples/delft/ahn3/ahn3_cropped_2.laz",
]
LEGACY = REPO / "tests/data/pointclouds/pdal_autzen_trim.laz"
LAYER, LEGACY_LAYER = "delft-survey", "autzen-pnts"
OpenViewer = Callable[..., tuple[Any, PageLog]]


@pytest.fixture(scope="module")
def pointcloud_server(
    tmp_path_factory: pytest.TempPathFactory, chromium_path: Path
) -> Iterator[Server]:
    """A server with the Delft survey (1.1) and an Autzen cut as legacy pnts (1.0)."""
    from ingest_survey.convert.pointcloud import build_pointcloud
    from twin.model import LayerKind
    from twin.publish import publish
    from twin.settings import Settings

    root = tmp_path_factory.mktemp("pointcloud")
    settings = Settings(data_dir=root / "data")
    for name, inputs, crs, spec in (
        (LAYER, SURVEY, "EPSG:28992", "1.1"),
        (LEGACY_LAYER, [LEGACY], None, "1.0"),
    ):
        result = build_pointcloud(inputs, root / name, crs=crs, spec=spec)
        publish(settings, name, LayerKind.POINTCLOUD, root / name, title=name, meta=result.meta())
    with serve(root / "data") as running:
        yield running


def _centre_pixel(page: Any) -> tuple[int, int, int]:
    return tuple(
        page.evaluate(
            """() => {
            const scene = window.twinViewer.viewer.scene;
            scene.render();
            const gl = scene.context._gl;
            const px = new Uint8Array(4);
            gl.readPixels(gl.drawingBufferWidth >> 1, gl.drawingBufferHeight >> 1, 1, 1,
                          gl.RGBA, gl.UNSIGNED_BYTE, px);
            return [px[0], px[1], px[2]];
        }"""
        )
    )


def test_pointclouds_load_and_restyle(pointcloud_server: Server, open_viewer: OpenViewer) -> None:
    page, log = open_viewer(pointcloud_server)
    wait_until_ready(page)
    for name in (LAYER, LEGACY_LAYER):
        assert page.evaluate("(name) => window.twinViewer.layers[name].loaded", name)
    assert page.locator("#pointcloudPanel").is_visible()
    # Point clouds wait until asked for; only the layer the viewer opened on is shown.
    assert page.evaluate("() => window.twinViewer.layers['delft-survey'].visible") is False
    checkbox = page.locator(f"#layersPanel li[data-layer='{LAYER}'] input[type=checkbox]")
    assert not checkbox.is_checked()
    checkbox.check()
    assert page.evaluate("() => window.twinViewer.layers['delft-survey'].visible") is True
    page.evaluate("() => window.twinViewer.setVisible('autzen-pnts', false)")
    assert page.evaluate("() => window.twinViewer.flyTo('delft-survey', {duration: 0})")
    colours = {}
    for mode in ("classification", "elevation", "rgb"):
        page.locator(f"[data-color-mode={mode}]").check()
        assert page.evaluate("() => window.twinViewer.pointclouds.mode") == mode
        wait_for_tiles(page, globe=False)
        colours[mode] = _centre_pixel(page)
    assert len(set(colours.values())) >= 2, colours  # the styles change what is drawn
    page.locator("#pointcloudSize").fill("8")
    assert page.evaluate("() => window.twinViewer.pointclouds.size") == 8
    page.evaluate("() => window.twinViewer.setVisible('autzen-pnts', true)")
    assert page.evaluate("() => window.twinViewer.flyTo('autzen-pnts', {duration: 0})")
    page.locator("[data-color-mode=classification]").check()
    wait_for_tiles(page, globe=False)
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == [] and log.page_errors == []
    assert log.remote_requests == [] and log.failed_requests == []
