"""Media types of served files, chosen by file extension."""

from __future__ import annotations

import mimetypes
from enum import StrEnum
from pathlib import PurePosixPath


class MediaType(StrEnum):
    """Media types twin serves on purpose."""

    JSON = "application/json"
    GEOJSON = "application/geo+json"
    GLB = "model/gltf-binary"
    GLTF = "model/gltf+json"
    OCTET_STREAM = "application/octet-stream"
    QUANTIZED_MESH = "application/vnd.quantized-mesh"
    PNG = "image/png"
    JPEG = "image/jpeg"
    WEBP = "image/webp"
    GIF = "image/gif"
    AVIF = "image/avif"
    KTX2 = "image/ktx2"
    SVG = "image/svg+xml"
    HTML = "text/html; charset=utf-8"
    JAVASCRIPT = "text/javascript; charset=utf-8"
    CSS = "text/css; charset=utf-8"
    WASM = "application/wasm"
    WOFF2 = "font/woff2"
    PROBLEM = "application/problem+json"


MEDIA_TYPE_BY_SUFFIX: dict[str, MediaType] = {
    ".json": MediaType.JSON,
    ".geojson": MediaType.GEOJSON,
    ".glb": MediaType.GLB,
    ".gltf": MediaType.GLTF,
    # Legacy 3D Tiles 1.0 content and implicit-tiling subtrees have no registered type.
    ".pnts": MediaType.OCTET_STREAM,
    ".b3dm": MediaType.OCTET_STREAM,
    ".i3dm": MediaType.OCTET_STREAM,
    ".cmpt": MediaType.OCTET_STREAM,
    ".subtree": MediaType.OCTET_STREAM,
    ".bin": MediaType.OCTET_STREAM,
    ".terrain": MediaType.QUANTIZED_MESH,
    ".png": MediaType.PNG,
    ".jpg": MediaType.JPEG,
    ".jpeg": MediaType.JPEG,
    ".webp": MediaType.WEBP,
    ".gif": MediaType.GIF,
    ".woff2": MediaType.WOFF2,
    ".avif": MediaType.AVIF,
    ".ktx2": MediaType.KTX2,
    ".svg": MediaType.SVG,
    ".html": MediaType.HTML,
    ".js": MediaType.JAVASCRIPT,
    ".mjs": MediaType.JAVASCRIPT,
    ".css": MediaType.CSS,
    # Browsers only stream-compile WebAssembly served as application/wasm (Cesium's decoders).
    ".wasm": MediaType.WASM,
}

# JSON-like types worth gzipping on the fly; binary content is sent as stored.
COMPRESSIBLE: frozenset[str] = frozenset({MediaType.JSON, MediaType.GEOJSON, MediaType.GLTF})


def media_type_for(path: str) -> str:
    """The media type of ``path``, by extension (case-insensitive); octet-stream if unknown."""
    suffix = PurePosixPath(path).suffix.lower()
    known = MEDIA_TYPE_BY_SUFFIX.get(suffix)
    if known is not None:
        return known.value
    guessed, _ = mimetypes.guess_type(f"file{suffix}", strict=False)
    return guessed or MediaType.OCTET_STREAM.value


def quantized_mesh_media_type(extensions: list[str]) -> str:
    """The media type of a quantized-mesh tile carrying ``extensions`` (as Cesium ion says it)."""
    if not extensions:
        return MediaType.QUANTIZED_MESH.value
    return f"{MediaType.QUANTIZED_MESH.value};extensions={'-'.join(extensions)}"


def requested_terrain_extensions(accept: str | None) -> set[str] | None:
    """The quantized-mesh extensions an Accept header asks for (CesiumTerrainProvider sends
    ``application/vnd.quantized-mesh;extensions=octvertexnormals-metadata,...``); an empty set
    when it accepts the plain format (or anything: ``*/*``, ``application/*``, or
    application/octet-stream, which a quantized-mesh tile is), None when it accepts neither
    (the route answers 406)."""
    if not accept:
        return set()
    wildcard = False
    for item in accept.split(","):
        kind, *params = (part.strip() for part in item.split(";"))
        values = dict(p.partition("=")[::2] for p in params)
        if values.get("q", "1").strip() in ("0", "0.0", "0.00", "0.000"):
            continue
        if kind.lower() == MediaType.QUANTIZED_MESH.value:
            wanted = values.get("extensions", "").strip().strip('"')
            return {name for name in wanted.split("-") if name}
        if kind in ("*/*", "application/*", MediaType.OCTET_STREAM.value):
            wildcard = True
    return set() if wildcard else None


def is_compressible(media_type: str) -> bool:
    """Whether responses of ``media_type`` are gzipped when the client accepts it."""
    return media_type in COMPRESSIBLE
