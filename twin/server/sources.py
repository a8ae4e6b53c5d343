"""Per-process caches for serving versions: one manifest read per version, file and gzip bodies.

Tile files are immutable (content-addressed objects), so their bodies are cached by sha256,
identical across versions.
"""

from __future__ import annotations

import gzip
import threading
from collections import OrderedDict
from pathlib import Path

from twin.errors import NotFoundError
from twin.model import LayerVersion
from twin.server.current_versions import CurrentVersions, Served
from twin.store import LayerCatalog
from twin.version_reader import VersionReader

# A version's manifest never changes, so readers are cached by (layer, version id); the bound
# only keeps memory flat on a server with many layers and rollbacks.
MAX_READERS = 256
# Gzip bodies are cached by content sha256 (identical across versions); whole-body, in memory,
# so only JSON up to this size is compressed, and the cache holds at most MAX_GZIP_BYTES.
MAX_GZIP_SOURCE_BYTES = 16 * 1024 * 1024
MAX_GZIP_BYTES = 64 * 1024 * 1024
# Bodies of files served from memory (the fast path); larger files are left to FileResponse.
MAX_CACHED_FILE_BYTES = 8 * 1024 * 1024
MAX_BODY_CACHE_BYTES = 256 * 1024 * 1024


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


class TileSources:
    """Thread-safe caches the tile route reads through."""

    def __init__(self, data_dir: Path) -> None:
        """Serve versions stored under ``data_dir``."""
        self.data_dir = data_dir
        self._lock = threading.Lock()
        self._readers: OrderedDict[tuple[str, str], VersionReader] = OrderedDict()
        self._gzip: OrderedDict[str, bytes] = OrderedDict()
        self._gzip_bytes = 0
        self.versions = CurrentVersions(data_dir, self.reader)
        self.bodies = BodyCache()

    def current(self, catalog: LayerCatalog, layer: str) -> Served:
        """The current version of ``layer`` and its reader, at most REFRESH_S old."""
        served = self.versions.cached(layer)
        if served is not None:
            return served

        def find(name: str) -> LayerVersion | None:
            found = catalog.find_layer(name)
            return found.current if found is not None else None

        return self.versions.refresh(layer, find)

    def reader(self, version: LayerVersion) -> VersionReader:
        """The reader of ``version``, reading its manifest on first use only.

        Raises:
            NotFoundError: the version folder or its manifest is gone.
        """
        key = (version.layer, version.version_id)
        with self._lock:
            cached = self._readers.get(key)
            if cached is not None:
                self._readers.move_to_end(key)
                return cached
        reader = VersionReader.open(self.data_dir, version)
        with self._lock:
            self._readers[key] = reader
            while len(self._readers) > MAX_READERS:
                self._readers.popitem(last=False)
        return reader

    def cached_pin(self, layer: str, version_id: str) -> VersionReader | None:
        """The cached reader of version ``version_id`` of ``layer``, if one was opened.

        A catalog version never changes and is never forgotten (garbage collection keeps every
        recorded version), so a cached reader stays right; the caller checks access first.
        """
        key = (layer, version_id)
        with self._lock:
            cached = self._readers.get(key)
            if cached is not None:
                self._readers.move_to_end(key)
            return cached

    def pinned(self, catalog: LayerCatalog, layer: str, version_id: str) -> VersionReader:
        """The reader of version ``version_id`` of ``layer`` (a pinned URL), cached.

        Raises:
            NotFoundError: the catalog has no such version, or its manifest is gone; the detail
                names the version.
        """
        cached = self.cached_pin(layer, version_id)
        if cached is not None:
            return cached
        version = catalog.get_version(layer, version_id)
        try:
            return self.reader(version)
        except NotFoundError:
            raise NotFoundError(
                f"version {version_id!r} of layer {layer!r} is no longer stored"
            ) from None

    def gzipped(self, sha256: str, path: Path) -> bytes:
        """The gzip encoding of the file at ``path`` whose content hash is ``sha256``."""
        with self._lock:
            body = self._gzip.get(sha256)
            if body is not None:
                self._gzip.move_to_end(sha256)
                return body
        # mtime=0 keeps the bytes deterministic, so the gzip ETag always names the same body.
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        with self._lock:
            if sha256 not in self._gzip:
                self._gzip[sha256] = body
                self._gzip_bytes += len(body)
            while self._gzip_bytes > MAX_GZIP_BYTES and self._gzip:
                _, dropped = self._gzip.popitem(last=False)
                self._gzip_bytes -= len(dropped)
        return body
