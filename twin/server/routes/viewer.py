"""The web viewer: / -> index.html, /src/** its modules, /cesium/** the CesiumJS build,
/vendor/tus/** tus-js-client's browser build (the upload panel), /fonts/** the bundled Chinese font;
and the API docs at /docs with Swagger UI from the same npm install (nothing loads from a CDN)."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from fastapi import APIRouter
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, Response

from twin.errors import NotFoundError
from twin.paths import safe_resolve
from twin.server.conditional import NO_CACHE
from twin.server.dependencies import SettingsDep
from twin.server.media import media_type_for
from twin.server.problems import problem_response
from twin.settings import Settings

router = APIRouter(include_in_schema=False)

# Cesium's build is versioned by the pinned npm package; a day is short enough for upgrades.
CESIUM_CACHE_CONTROL = "public, max-age=86400"
SETUP_HINT = "CesiumJS is not installed: run `npm ci` in web_viewer/ (see README), then reload."


# What the viewer needs: its own scripts and Cesium's, Cesium's web workers (some started from
# blob: URLs), its WebAssembly decoders (draco, basis: 'wasm-unsafe-eval'), data:/blob: images
# and the API on the same origin. Inline <script> blocks are allowed by their sha256 hash only.
# The viewer page also needs 'unsafe-eval': Cesium's widgets bind with knockout, which compiles
# its bindings with `new Function` (the page does not start without it); the docs page does not.
_CSP = (
    "default-src 'self'; script-src 'self' blob: 'wasm-unsafe-eval'{eval}{hashes}; "
    "worker-src 'self' blob:; child-src 'self' blob:; img-src 'self' data: blob:; "
    "media-src 'self' data: blob:; connect-src 'self' data: blob:; font-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'self'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def content_security_policy(html: str, *, unsafe_eval: bool = False) -> str:
    """The Content-Security-Policy of an HTML page, allowing its inline scripts by hash (and
    string evaluation with ``unsafe_eval``)."""
    hashes = "".join(
        f" 'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
        for body in _INLINE_SCRIPT.findall(html)
    )
    return _CSP.format(hashes=hashes, eval=" 'unsafe-eval'" if unsafe_eval else "")


def cesium_installed(settings: Settings) -> bool:
    """Whether the CesiumJS build the viewer loads is present."""
    return settings.cesium_dir is not None and (settings.cesium_dir / "Cesium.js").is_file()


def _static(root: Path, relpath: str, cache_control: str) -> FileResponse:
    path = safe_resolve(root, relpath)
    if not path.is_file():
        raise NotFoundError(f"no such file: {relpath!r}")
    return FileResponse(
        path, media_type=media_type_for(path.name), headers={"Cache-Control": cache_control}
    )


@router.api_route("/", methods=["GET", "HEAD"])
def index(settings: SettingsDep) -> Response:
    """The viewer page, or a 503 problem saying how to install CesiumJS."""
    if not cesium_installed(settings):
        return problem_response(503, SETUP_HINT, title="Viewer not installed")
    index_html = settings.viewer_dir / "index.html"
    if not index_html.is_file():
        return problem_response(
            503, "the web viewer is missing (web_viewer/index.html)", title="Viewer not installed"
        )
    html = index_html.read_text(encoding="utf-8")
    csp = content_security_policy(html, unsafe_eval=True)
    headers = {"Cache-Control": NO_CACHE, "Content-Security-Policy": csp}
    return Response(html, media_type=media_type_for("index.html"), headers=headers)


@router.api_route("/src/{path:path}", methods=["GET", "HEAD"])
def viewer_source(path: str, settings: SettingsDep) -> FileResponse:
    """A file of web_viewer/src."""
    return _static(settings.viewer_dir / "src", path, NO_CACHE)


@router.api_route("/cesium/{path:path}", methods=["GET", "HEAD"])
def cesium_asset(path: str, settings: SettingsDep) -> Response:
    """A file of the CesiumJS build (Cesium.js, Workers/, Assets/, Widgets/, ThirdParty/)."""
    if settings.cesium_dir is None or not settings.cesium_dir.is_dir():
        return problem_response(503, SETUP_HINT, title="Viewer not installed")
    return _static(settings.cesium_dir, path, CESIUM_CACHE_CONTROL)


def _swagger_dir(settings: Settings) -> Path:
    return settings.viewer_dir / "node_modules" / "swagger-ui-dist"


@router.get("/docs")
def api_docs(settings: SettingsDep) -> Response:
    """The OpenAPI docs page, with Swagger UI served from here: the docs work offline too."""
    if not (_swagger_dir(settings) / "swagger-ui-bundle.js").is_file():
        return problem_response(503, SETUP_HINT, title="API docs not installed")
    page = get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="twin API",
        swagger_js_url="/docs-assets/swagger-ui-bundle.js",
        swagger_css_url="/docs-assets/swagger-ui.css",
        swagger_favicon_url="/docs-assets/favicon-32x32.png",
    )
    page.headers["Content-Security-Policy"] = content_security_policy(bytes(page.body).decode())
    return page


@router.api_route("/docs-assets/{path:path}", methods=["GET", "HEAD"])
def api_docs_asset(path: str, settings: SettingsDep) -> FileResponse:
    """A file of the swagger-ui-dist package."""
    return _static(_swagger_dir(settings), path, CESIUM_CACHE_CONTROL)


@router.api_route("/vendor/tus/{path:path}", methods=["GET", "HEAD"])
def tus_client_asset(path: str, settings: SettingsDep) -> FileResponse:
    """A file of tus-js-client's browser build (dist/tus.min.js exposes window.tus)."""
    root = settings.viewer_dir / "node_modules" / "tus-js-client" / "dist"
    return _static(root, path, CESIUM_CACHE_CONTROL)


@router.api_route("/fonts/{path:path}", methods=["GET", "HEAD"])
def font_asset(path: str, settings: SettingsDep) -> FileResponse:
    """A file of web_viewer/fonts (the Noto Sans SC subset for machines without a CJK font)."""
    return _static(settings.viewer_dir / "fonts", path, CESIUM_CACHE_CONTROL)
