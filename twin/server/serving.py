"""The fast path of /tiles: plain tile files answered straight from ASGI, no per-request DB.

Profiling `twin serve` under wrk showed each tile request paying for a catalog query (behind
the engine's connection pool), FastAPI's dependency injection and threadpool hop for a sync
route, and FileResponse's chunked reads through worker threads. Tile files are immutable
(content-addressed objects) and versions change only on publish, so both are cached: the
current version of each layer (`twin.server.current_versions`), the reader of every version a
pinned URL (``/tiles/{layer}@{version}/...``) asked for (`TileSources.cached_pin`, an LRU), and
bodies by sha256 (`twin.server.sources.BodyCache`).

`FastTiles` answers plain GET/HEAD of binary tile files (and their 304s) with ETags taken from
the manifest's sha256. Anything else (JSON and gzip negotiation, Range, terrain, errors) goes on
to the app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

from twin.auth import Principal
from twin.errors import AuthenticationError, TwinError
from twin.model import LayerVersion
from twin.paths import is_layer_name, split_pin
from twin.server.accel import accel_location
from twin.server.access import TokenCache, bearer_secret
from twin.server.conditional import (
    IMMUTABLE,
    cache_control_for,
    if_none_match_matches,
    strong_etag,
)
from twin.server.current_versions import Served
from twin.server.media import is_compressible, media_type_for
from twin.server.sources import MAX_CACHED_FILE_BYTES, TileSources
from twin.version_reader import VersionReader


def _find_current(app: object) -> Callable[[str], LayerVersion | None] | None:
    stores = getattr(getattr(app, "state", None), "stores", None)
    if stores is None:
        return None
    catalog = stores.catalog

    def find(layer: str) -> LayerVersion | None:
        found = catalog.find_layer(layer)
        return found.current if found is not None else None

    return find


async def served_version(app: object, layer: str) -> Served | None:
    """The cached current version of ``layer``, refreshed off the event loop when stale."""
    sources: TileSources = app.state.sources  # type: ignore[attr-defined]
    served = sources.versions.cached(layer)
    if served is not None:
        return served
    find = _find_current(app)
    if find is None:
        return None
    return await anyio.to_thread.run_sync(sources.versions.refresh, layer, find)


async def _served_reader(app: object, layer: str) -> VersionReader | None:
    served = await served_version(app, layer)
    return served.reader if served is not None else None


async def served_pin(app: object, layer: str, version_id: str) -> VersionReader | None:
    """The reader of a pinned version: from the LRU, else opened off the event loop.

    None when the catalog has no such version (or its manifest is gone): the routes answer it.
    """
    sources: TileSources = app.state.sources  # type: ignore[attr-defined]
    cached = sources.cached_pin(layer, version_id)
    if cached is not None:
        return cached
    stores = app.state.stores  # type: ignore[attr-defined]
    if stores is None:
        return None
    try:
        return await anyio.to_thread.run_sync(sources.pinned, stores.catalog, layer, version_id)
    except TwinError:
        return None


async def may_read(app: object, headers: dict[bytes, bytes], layer: str) -> bool:
    """Whether the request may read ``layer`` here; False leaves the answer to the routes.

    The routes give the 401 (missing or bad token) and the 404 (a layer not granted, worded as a
    missing one); this only lets through what they would serve, from the token cache.
    """
    state = app.state  # type: ignore[attr-defined]
    if state.settings.public_read:
        return True
    cache: TokenCache = state.tokens
    try:
        secret = bearer_secret(headers.get(b"authorization", b"").decode("latin-1"))
    except AuthenticationError:
        return False
    verdict = cache.cached(secret)
    if verdict is None and state.stores is not None:
        try:
            verdict = await anyio.to_thread.run_sync(cache.check, secret, state.stores.tokens)
        except AuthenticationError:
            return False
    return isinstance(verdict, Principal) and verdict.sees(layer)


class FastTiles:
    """ASGI middleware answering plain tile GET/HEAD requests from memory."""

    def __init__(self, app: ASGIApp) -> None:
        """Wrap ``app``; every request not handled here goes to it unchanged."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve the request if it is a plain tile file request, else pass it on."""
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith("/tiles/")
            or not await self._serve(scope, send)
        ):
            await self.app(scope, receive, send)

    async def _serve(self, scope: Scope, send: Send) -> bool:
        segment, _, key = scope["path"][len("/tiles/") :].partition("/")
        media_type = media_type_for(key)
        if not key or key.endswith(".terrain") or is_compressible(media_type):
            return False  # terrain negotiation and gzip variants live in the routes
        headers = dict(scope["headers"])
        layer, pin = split_pin(segment)
        if b"range" in headers or not is_layer_name(layer):
            return False
        app = scope["app"]
        if not await may_read(app, headers, layer):
            return False
        opened = await (
            served_pin(app, layer, pin) if pin is not None else _served_reader(app, layer)
        )
        if opened is None:
            return False
        try:
            path, entry = opened.locate(key)
        except TwinError:
            return False  # the routes answer the 404 problem
        sha256 = entry["sha256"]
        etag = strong_etag(sha256)
        response = [
            (b"etag", etag.encode()),
            (b"cache-control", (IMMUTABLE if pin is not None else cache_control_for(key)).encode()),
            (b"accept-ranges", b"bytes"),
        ]
        if if_none_match_matches(headers.get(b"if-none-match", b"").decode("latin-1"), etag):
            await send({"type": "http.response.start", "status": 304, "headers": response})
            await send({"type": "http.response.body", "body": b""})
            return True
        response.append((b"content-type", media_type.encode()))
        accel = app.state.settings.accel_redirect
        if accel:  # behind nginx: nginx sends the bytes (accel.py)
            return await _redirect(app.state.sources, accel, path, response, send)
        if entry["size"] > MAX_CACHED_FILE_BYTES:
            return False  # FileResponse streams it
        sources: TileSources = app.state.sources
        body = sources.bodies.get(sha256)
        if body is None:
            body = await anyio.to_thread.run_sync(Path.read_bytes, path)
            sources.bodies.put(sha256, body)
        response.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": response})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )
        return True


async def _redirect(
    sources: TileSources, prefix: str, path: Path, response: list[tuple[bytes, bytes]], send: Send
) -> bool:
    """Answer with X-Accel-Redirect to ``path``; False (the routes answer) if it cannot be."""
    location = accel_location(prefix, sources.data_dir, path)
    if location is None:
        return False
    response = [h for h in response if h[0] != b"accept-ranges"]  # nginx says so
    response += [(b"x-accel-redirect", location.encode()), (b"content-length", b"0")]
    await send({"type": "http.response.start", "status": 200, "headers": response})
    await send({"type": "http.response.body", "body": b""})
    return True
