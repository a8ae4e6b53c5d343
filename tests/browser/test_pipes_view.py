"""Pipe layers in a real browser: underground mode shows the ky4 water network with no error,
picking a pipe shows its attributes, and trace/isolation results come back and are highlighted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from browser.viewer_support import (
    VIEWPORT,
    PageLog,
    Server,
    centre_rgb,
    serve,
    wait_for_tiles,
    wait_until_loaded,
)
from pyproj import Transformer

pytestmark = [
    pytest.mark.browser,
    # readers/dem.py (the lead's) applies an inverse affine with `*`, deprecated by affine 3.
    pytest.mark.filterwarnings(
        "ignore:Use `@` matmul instead of `\\*` mul operator:PendingDeprecationWarning"
    ),
]

REPO = Path(__file__).resolve().parents[2]
KY4 = REPO / "samples" / "ky4"
PIPES_LAYER = "ky4-water"
SEGMENT = "P-10"
CENTER = (VIEWPORT["width"] // 2, VIEWPORT["height"] // 2)
OpenViewer = Callable[..., tuple[Any, PageLog]]


@pytest.fixture(scope="module")
def pipes_server(
    tmp_path_factory: pytest.TempPathFactory, chromium_path: Path
) -> Iterator[tuple[Server, Path]]:
    """A server with the ky4 water network (on its DEM) published as a pipe layer."""
    from ingest_survey.convert.pipes import build_pipes
    from twin.model import LayerKind
    from twin.publish import publish
    from twin.settings import Settings

    root = tmp_path_factory.mktemp("pipes")
    out = root / "ky4"
    result = build_pipes(KY4 / "ky4.inp", out, crs="EPSG:3547", terrain=KY4 / "ky4_elevation.tif")
    publish(
        Settings(data_dir=root / "data"),
        PIPES_LAYER,
        LayerKind.PIPES,
        out,
        title="KY4 water",
        meta=result.meta(),
    )
    with serve(root / "data") as running:
        yield running, out


def _segment_midpoint(out: Path, segment: str) -> tuple[float, float, float]:
    from twin.networks import NetworkGraph

    graph = NetworkGraph.from_npz((out / "network.npz").read_bytes())
    s = graph.segment_index(segment)
    assert s is not None
    axis = graph.axis_xyz[graph.axis_offsets[s] : graph.axis_offsets[s + 1]]
    middle = axis[:2].mean(axis=0)
    lon, lat, h = Transformer.from_crs("EPSG:4978", "EPSG:4979", always_xy=True).transform(*middle)
    return float(lon), float(lat), float(h)


def test_underground_pick_trace_isolate(
    pipes_server: tuple[Server, Path], open_viewer: OpenViewer
) -> None:
    server, out = pipes_server
    page, log = open_viewer(server)
    wait_until_loaded(page, PIPES_LAYER)
    assert page.locator("#pipesPanel").is_visible()
    assert page.locator("[data-pipeline-type=water]").is_checked()
    page.locator("#undergroundMode").check()
    assert page.evaluate("() => window.twinViewer.viewer.scene.globe.translucency.enabled")
    assert page.evaluate("() => window.twinViewer.pipes.underground")

    # "Go to" a network stops close enough for pipes to be more than specks.
    assert page.evaluate("(n) => window.twinViewer.flyTo(n, {duration: 0})", PIPES_LAYER)
    camera_height = page.evaluate(
        "() => window.twinViewer.viewer.camera.positionCartographic.height"
    )
    assert camera_height < 600 + 400  # the range cap (slant), plus the network's own heights

    lon, lat, h = _segment_midpoint(out, SEGMENT)
    page.evaluate(
        """([lon, lat, height]) => window.twinViewer.viewer.camera.setView({
            destination: Cesium.Cartesian3.fromDegrees(lon, lat, height),
            orientation: {heading: 0, pitch: -Cesium.Math.PI_OVER_TWO, roll: 0},
        })""",
        [lon, lat, h + 6.0],
    )
    wait_for_tiles(page)
    plain = centre_rgb(page)
    picked = page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER))
    assert picked is not None and picked["layer"] == PIPES_LAYER
    properties = picked["properties"]
    assert properties["id"] == SEGMENT and properties["element"] == "segment"
    assert properties["type"] == "water"
    assert np.isclose(properties["diameter_mm"], 8 * 25.4)  # ky4: 8-inch pipe
    assert page.locator("#attributesPanel").inner_text().count(SEGMENT) >= 1

    page.get_by_role("button", name="Trace downstream").click()
    page.wait_for_function("() => window.twinViewer.pipes.result !== null")
    traced = page.evaluate("() => window.twinViewer.pipes.result")
    assert traced["kind"] == "trace" and traced["segments"] >= 1
    # The trace shows once the selection is gone: CJJ 61 water is cyan (no red), the trace
    # yellow; a highlight multiplied with cyan would stay without red (the old defect).
    page.evaluate("() => window.twinViewer.clearSelection()")
    wait_for_tiles(page)
    highlighted = centre_rgb(page)
    assert highlighted[0] > plain[0] + 80, (plain, highlighted)
    assert page.evaluate("([x, y]) => window.twinViewer.pickAt(x, y)", list(CENTER)) is not None
    page.get_by_role("button", name="Isolate").click()
    page.wait_for_function("() => window.twinViewer.pipes.result.kind === 'isolate'")
    isolation = page.evaluate("() => window.twinViewer.pipes.result")
    assert isolation["isolable"] is False and isolation["valves"] == []  # ky4 has no valves
    assert "No valve isolates" in page.locator("#pipesPanel").inner_text()

    page.locator("[data-pipeline-type=water]").uncheck()
    assert page.evaluate("() => window.twinViewer.pipes.hiddenTypes.has('water')")
    wait_for_tiles(page)
    assert page.evaluate("() => window.twinViewer.errors") == []
    assert log.console_errors == [] and log.page_errors == []
    assert log.remote_requests == [] and log.failed_requests == []
