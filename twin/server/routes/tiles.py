"""GET and HEAD /tiles/{layer}/{path}: files of a layer's current version, with HTTP caching.

``/tiles/{layer}@{version}/{path}`` serves the files of that one version instead: what
/api/layers advertises, so a client that opened a tileset.json fetches every file it references
from the same version however many publishes happen meanwhile. Such a URL never changes meaning
and is cached for a year.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import FileResponse

from twin.auth import Principal
from twin.errors import NotFoundError
from twin.paths import is_layer_name, split_pin
from twin.server.accel import accel_location
from twin.server.conditional import (
    IMMUTABLE,
    accepts_gzip,
    cache_control_for,
    if_none_match_matches,
    strong_etag,
)
from twin.server.dependencies import CatalogDep, ReaderDep, SettingsDep, SourcesDep
from twin.server.media import is_compressible, media_type_for
from twin.server.sources import MAX_GZIP_SOURCE_BYTES, TileSources
from twin.store import LayerCatalog
from twin.version_reader import VersionReader

router = APIRouter(tags=["tiles"])

LayerSegment = Annotated[
    str,
    Path(
        description="A layer name (its current version), or `name@version` for one version.",
    ),
]


def version_reader(
    segment: str, catalog: LayerCatalog, sources: TileSources, reader: Principal | None
) -> tuple[VersionReader, bool]:
    """The version a URL's layer segment names, and whether it was pinned (``name@version``).

    Raises:
        NotFoundError: no such layer or version. With public reads off, a layer the token is
            not granted answers word for word as one that does not exist.
    """
    layer, pin = split_pin(segment)
    visible = is_layer_name(layer) and (reader is None or reader.sees(layer))
    if pin is not None:
        if not visible:
            # The catalog's wording for a version it does not have (`LayerCatalog.get_version`).
            raise NotFoundError(f"layer {layer!r} has no version {pin!r}")
        return sources.pinned(catalog, layer, pin), True
    # The current version is cached per layer, not per reader: the grant is checked here.
    served = sources.current(catalog, layer) if visible else None
    if served is None or served.reader is None:
        raise NotFoundError(f"no published layer named {layer!r}")
    return served.reader, False


# GET and HEAD are declared apart so each has its own OpenAPI operation id.
@router.head("/tiles/{layer}/{path:path}", operation_id="head_tile_file")
@router.get("/tiles/{layer}/{path:path}", operation_id="get_tile_file")
def get_tile_file(
    layer: LayerSegment,
    path: str,
    request: Request,
    catalog: CatalogDep,
    sources: SourcesDep,
    reader: ReaderDep,
    settings: SettingsDep,
) -> Response:
    """One file of the layer's current version, or of the version pinned by ``name@version``.

    Only files listed in the version's manifest are served; any other path, and any path that
    would leave the version folder, is a 404 problem. With public reads off, a layer the token
    is not granted is a 404 too, the same as a layer that does not exist.
    """
    opened, pinned = version_reader(layer, catalog, sources, reader)
    file_path, entry = opened.locate(path)

    media_type = media_type_for(path)
    compressible = is_compressible(media_type)
    use_gzip = (
        compressible
        and entry["size"] <= MAX_GZIP_SOURCE_BYTES
        and accepts_gzip(request.headers.get("accept-encoding"))
    )
    etag = strong_etag(entry["sha256"], gzip=use_gzip)
    headers = {"ETag": etag, "Cache-Control": IMMUTABLE if pinned else cache_control_for(path)}
    if compressible:
        # Every representation of a negotiable file says so, or shared caches mix them up.
        headers["Vary"] = "Accept-Encoding"

    if if_none_match_matches(request.headers.get("if-none-match"), etag):
        return Response(status_code=304, headers=headers)
    if use_gzip:
        body = sources.gzipped(entry["sha256"], file_path)
        headers["Content-Encoding"] = "gzip"
        if request.method == "HEAD":
            headers["Content-Length"] = str(len(body))
            return Response(headers=headers, media_type=media_type)
        return Response(body, headers=headers, media_type=media_type)
    location = (
        accel_location(settings.accel_redirect, sources.data_dir, file_path)
        if settings.accel_redirect
        else None
    )
    if location is not None:  # behind nginx, which sends the file (Range included)
        headers["X-Accel-Redirect"] = location
        return Response(headers=headers, media_type=media_type)
    # FileResponse streams from disk, answers HEAD and Range requests, and keeps our ETag.
    return FileResponse(file_path, headers=headers, media_type=media_type)
