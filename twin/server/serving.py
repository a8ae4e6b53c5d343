"""The fast path of /tiles: current versions and file bodies held in memory, no per-request DB.

Profiling `twin serve` under wrk showed each tile request paying for a catalog query (behind
the engine's connection pool), FastAPI's dependency injection and threadpool hop for a sync
route, and FileResponse's chunked reads through worker threads. Tile files are immutable
(content-addressed objects) and versions change only on publish, so both can be cached:

- `CurrentVersions` keeps each layer's current version and its manifest reader. Publish and
  rollback replace the layer's marker file (`twin.version_reader.CURRENT_MARKER`) after the
  catalog commit, in whichever process they run; a request costs one stat() of it, and the
  catalog is asked again when the marker changed, or every `REFRESH_S` anyway (a catalog
  changed by other means). The (version, reader) pair is swapped as one object, so a request
  resolves every key through a single version.
- `FastTiles` answers plain GET/HEAD of binary tile files (and their 304s) straight from ASGI,
  with ETags taken from the manifest's sha256 and bodies from an LRU keyed by that sha256.
  Anything else (JSON and gzip negotiation, Range, terrain, errors) goes on to the app.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import anyio.to_thread
from starlette.types import ASGIApp, Receive, Scope, Send

from twin.auth import Principal
from twin.errors import AuthenticationError, TwinError
from twin.model import LayerVersion
from twin.paths import is_layer_name
from twin.server.accel import accel_location
from twin.server.access import TokenCache, bearer_secret
from twin.server.conditional import cache_control_for, if_none_match_matches, strong_etag
from twin.server.media import is_compressible, media_type_for
from twin.version_reader import VersionReader, current_marker

# How stale a process's idea of a layer's current version may be (the issue asks for a publish
# to be seen by every server process within a second).
REFRESH_S = 0.25
# Bodies kept in memory per process; larger files are left to FileResponse.
MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024
MAX_BODY_CACHE_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Served:
    """A layer's current version as of ``checked`` (monotonic seconds); None: not published."""

    version: LayerVersion | None
    reader: VersionReader | None
    checked: float
    marker: tuple[int, int] | None = None


class CurrentVersions:
    """Each layer's current version and manifest, refreshed from the catalog every REFRESH_S."""

    def __init__(
        self, data_dir: Path, open_reader: Callable[[LayerVersion], VersionReader]
    ) -> None:
        """Open manifests through ``open_reader`` (TileSources.reader, itself cached)."""
        self.data_dir = data_dir
        self._open_reader = open_reader
        self._served: dict[str, Served] = {}

    def cached(self, layer: str) -> Served | None:
        """What is known of ``layer`` if it is still current, else None (ask `refresh`)."""
        served = self._served.get(layer)
        if (
            served is None
            or time.monotonic() - served.checked > REFRESH_S
            or current_marker(self.data_dir, layer) != served.marker
        ):
            return None
        return served

    def refresh(self, layer: str, find_current: Callable[[str], LayerVersion | None]) -> Served:
        """Ask the catalog (``find_current``) for the current version of ``layer``."""
        checked = time.monotonic()
        # Read before the catalog: a publish landing in between is caught by the next request.
        marker = current_marker(self.data_dir, layer)
        version = find_current(layer)
        old = self._served.get(layer)
        if version is None:
            served = Served(None, None, checked, marker)
        elif old is not None and old.version is not None and old.version == version:
            served = Served(version, old.reader, checked, marker)
        else:
            served = Served(version, self._open_reader(version), checked, marker)
        # One dict assignment: readers see the old pair or the new one, never half of each.
        self._served[layer] = served
        return served


class BodyCache:
    """File bodies by content sha256, least recently used dropped first."""

    def __init__(self, max_bytes: int = MAX_BODY_CACHE_BYTES) -> None:
        """Hold at most ``max_bytes`` of bodies."""
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._bodies: OrderedDict[str, bytes] = OrderedDict()
        self._bytes = 0

    def get(self, sha256: str) -> bytes | None:
        """The cached body of ``sha256``, if any."""
        body = self._bodies.get(sha256)
        if body is not None:
            with self._lock:
                if sha256 in self._bodies:
                    self._bodies.move_to_end(sha256)
        return body

    def put(self, sha256: str, body: bytes) -> None:
        """Keep ``body`` (whose content hash is ``sha256``)."""
        with self._lock:
            if sha256 in self._bodies:
                return
            self._bodies[sha256] = body
            self._bytes += len(body)
            while self._bytes > self.max_bytes and self._bodies:
                _, dropped = self._bodies.popitem(last=False)
                self._bytes -= len(dropped)


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
    sources = app.state.sources  # type: ignore[attr-defined]
    served = sources.versions.cached(layer)
    if served is not None:
        return served
    find = _find_current(app)
    if find is None:
        return None
    return await anyio.to_thread.run_sync(sources.versions.refresh, layer, find)


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
        layer, _, key = scope["path"][len("/tiles/") :].partition("/")
        media_type = media_type_for(key)
        if not key or key.endswith(".terrain") or is_compressible(media_type):
            return False  # terrain negotiation and gzip variants live in the routes
        headers = dict(scope["headers"])
        if b"range" in headers or not is_layer_name(layer):
            return False
        if not await may_read(scope["app"], headers, layer):
            return False
        served = await served_version(scope["app"], layer)
        if served is None or served.reader is None:
            return False
        try:
            path, entry = served.reader.locate(key)
        except TwinError:
            return False  # the routes answer the 404 problem
        sha256 = entry["sha256"]
        etag = strong_etag(sha256)
        response = [
            (b"etag", etag.encode()),
            (b"cache-control", cache_control_for(key).encode()),
            (b"accept-ranges", b"bytes"),
        ]
        if if_none_match_matches(headers.get(b"if-none-match", b"").decode("latin-1"), etag):
            await send({"type": "http.response.start", "status": 304, "headers": response})
            await send({"type": "http.response.body", "body": b""})
            return True
        accel = scope["app"].state.settings.accel_redirect
        if accel:  # behind nginx: nginx sends the bytes (accel.py)
            location = accel_location(accel, scope["app"].state.sources.data_dir, path)
            if location is None:
                return False
            response = [h for h in response if h[0] != b"accept-ranges"]  # nginx says so
            response += [
                (b"content-type", media_type.encode()),
                (b"x-accel-redirect", location.encode()),
                (b"content-length", b"0"),
            ]
            await send({"type": "http.response.start", "status": 200, "headers": response})
            await send({"type": "http.response.body", "body": b""})
            return True
        if entry["size"] > MAX_CACHED_FILE_BYTES:
            return False  # FileResponse streams it
        sources = scope["app"].state.sources
        body = sources.bodies.get(sha256)
        if body is None:
            body = await anyio.to_thread.run_sync(Path.read_bytes, path)
            sources.bodies.put(sha256, body)
        response += [
            (b"content-type", media_type.encode()),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": response})
        await send(
            {"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body}
        )
        return True
