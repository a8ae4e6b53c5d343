"""GET and HEAD /terrain/{layer}/layer.json and /terrain/{layer}/{z}/{x}/{y}.terrain.

Terrain layers are folders of gzip-encoded quantized-mesh tiles. A tile is sent as stored (with
``Content-Encoding: gzip``) when the client accepts gzip and every stored extension; otherwise
the extensions it did not ask for (``Accept: application/vnd.quantized-mesh;extensions=...``) are
cut out, and the body is sent gzip-encoded or plain as Accept-Encoding allows. The same handler
answers /tiles/{layer}/{z}/{x}/{y}.terrain, so no URL serves a stored gzip body without its
Content-Encoding. ``{layer}@{version}`` in either form pins one version (see routes/tiles.py).
"""

from __future__ import annotations

import gzip
import hashlib

from fastapi import APIRouter, Request, Response

from tiling.quantized_mesh import EXTENSION_NAMES, select_extensions, split_extensions
from twin.errors import InvalidRequestError, NotAcceptableError, NotFoundError
from twin.model import LayerKind
from twin.paths import is_layer_name, split_pin
from twin.server.conditional import (
    IMMUTABLE,
    NO_CACHE,
    accepts_gzip,
    if_none_match_matches,
    strong_etag,
)
from twin.server.dependencies import CatalogDep, ReaderDep, SettingsDep, SourcesDep
from twin.server.media import quantized_mesh_media_type, requested_terrain_extensions
from twin.server.routes.tiles import LayerSegment, get_tile_file
from twin.server.sources import TileSources
from twin.store import LayerCatalog
from twin.version_reader import VersionReader

router = APIRouter(tags=["terrain"])


def _terrain_reader(
    catalog: LayerCatalog, sources: TileSources, segment: str
) -> tuple[VersionReader, bool]:
    """The reader of the terrain version ``segment`` names, and whether it was pinned."""
    layer, pin = split_pin(segment)
    found = catalog.get_layer(layer) if is_layer_name(layer) else None
    if found is None or found.current is None:
        raise NotFoundError(f"no published layer named {layer!r}")
    if found.kind != LayerKind.TERRAIN:
        raise NotFoundError(f"layer {layer!r} is {found.kind.value}, not terrain")
    if pin is not None:
        return sources.pinned(catalog, layer, pin), True
    return sources.reader(found.current), False


@router.head("/terrain/{layer}/layer.json", operation_id="head_terrain_layer_json")
@router.get("/terrain/{layer}/layer.json", operation_id="get_terrain_layer_json")
def get_layer_json(
    layer: LayerSegment,
    request: Request,
    catalog: CatalogDep,
    sources: SourcesDep,
    reader: ReaderDep,
    settings: SettingsDep,
) -> Response:
    """The layer.json CesiumTerrainProvider starts from (JSON caching rules of /tiles)."""
    _terrain_reader(catalog, sources, layer)
    return get_tile_file(layer, "layer.json", request, catalog, sources, reader, settings)


@router.head("/terrain/{layer}/{z}/{x}/{y}.terrain", operation_id="head_terrain_tile")
@router.get("/terrain/{layer}/{z}/{x}/{y}.terrain", operation_id="get_terrain_tile")
@router.head(
    "/tiles/{layer}/{z}/{x}/{y}.terrain",
    operation_id="head_terrain_tile_in_tiles",
    include_in_schema=False,
)
@router.get(
    "/tiles/{layer}/{z}/{x}/{y}.terrain",
    operation_id="get_terrain_tile_in_tiles",
    include_in_schema=False,
)
def get_terrain_tile(
    layer: LayerSegment,
    z: int,
    x: int,
    y: int,
    request: Request,
    catalog: CatalogDep,
    sources: SourcesDep,
) -> Response:
    """One quantized-mesh tile, with the extensions the Accept header asks for."""
    if min(z, x, y) < 0:
        raise InvalidRequestError("tile coordinates must not be negative")
    opened, pinned = _terrain_reader(catalog, sources, layer)
    wanted = requested_terrain_extensions(request.headers.get("accept"))
    if wanted is None:
        raise NotAcceptableError(
            "a terrain tile is application/vnd.quantized-mesh; the Accept header excludes it"
        )
    path, entry = opened.locate(f"{z}/{x}/{y}.terrain")
    stored = path.read_bytes()
    raw = gzip.decompress(stored)
    _, extensions = split_extensions(raw)
    kept = [EXTENSION_NAMES[i] for i in sorted(extensions) if EXTENSION_NAMES.get(i) in wanted]
    use_gzip = accepts_gzip(request.headers.get("accept-encoding"))
    variant = hashlib.sha256(f"{entry['sha256']}:{'-'.join(kept)}".encode()).hexdigest()
    etag = strong_etag(variant, gzip=use_gzip)
    headers = {
        "ETag": etag,
        "Cache-Control": IMMUTABLE if pinned else NO_CACHE,
        "Vary": "Accept, Accept-Encoding",
    }
    if if_none_match_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    everything = len(kept) == len(extensions)
    if use_gzip:
        body = (
            stored
            if everything
            else gzip.compress(select_extensions(raw, set(kept)), compresslevel=6, mtime=0)
        )
        headers["Content-Encoding"] = "gzip"
    else:
        body = raw if everything else select_extensions(raw, set(kept))
    media_type = quantized_mesh_media_type(kept)
    if request.method == "HEAD":
        headers["Content-Length"] = str(len(body))
        return Response(headers=headers, media_type=media_type)
    return Response(body, headers=headers, media_type=media_type)
