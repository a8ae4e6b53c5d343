"""What the browser tests share: paths, names, the chromium command line and small records.

Imported as ``browser.viewer_support`` (pyproject puts tests/ on the pytest pythonpath).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples" / "delft"
CHROMIUM = Path(os.environ.get("TWIN_CHROMIUM", "/usr/bin/chromium"))
CESIUM_BUILD = REPO / "web_viewer" / "node_modules" / "cesium" / "Build" / "Cesium"
LAYER = "delft-buildings"
BROKEN_LAYER = "broken-buildings"
VIEWPORT = {"width": 1280, "height": 800}

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
]


@dataclass(frozen=True)
class BuiltBuildings:
    """The tileset folder built from the Delft sample and what build_buildings reported."""

    path: Path
    features: int
    region: list[float]


@dataclass(frozen=True)
class Server:
    """A running twin server."""

    url: str
    data_dir: Path


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
