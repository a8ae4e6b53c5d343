"""Each layer's current version and its manifest reader, held per process between publishes.

Publish and rollback replace the layer's marker file (`twin.version_reader.CURRENT_MARKER`)
after the catalog commit, in whichever process they run; a request costs one stat() of it, and
the catalog is asked again when the marker changed, or every `REFRESH_S` anyway (a catalog
changed by other means). The (version, reader) pair is swapped as one object, so a request
resolves every key through a single version.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from twin.model import LayerVersion
from twin.paths import layer_dir
from twin.version_reader import CURRENT_MARKER, VersionReader

# How stale a process's idea of a layer's current version may be (the issue asks for a publish
# to be seen by every server process within a second).
REFRESH_S = 0.25
# Past this many names held, the ones that are not published layers are forgotten.
MAX_LAYERS = 4096


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
        self._refreshing: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()
        self._marker_paths: dict[str, str] = {}

    def _marker(self, layer: str) -> tuple[int, int] | None:
        """`twin.version_reader.current_marker`, with the path built once per layer: this stat
        is the one cost every tile request pays."""
        path = self._marker_paths.get(layer)
        if path is None:
            path = self._marker_paths[layer] = str(layer_dir(self.data_dir, layer) / CURRENT_MARKER)
        try:
            found = os.stat(path)
        except OSError:
            return None
        return found.st_ino, found.st_mtime_ns

    def cached(self, layer: str) -> Served | None:
        """What is known of ``layer`` if it is still current, else None (ask `refresh`)."""
        served = self._served.get(layer)
        if (
            served is None
            or time.monotonic() - served.checked > REFRESH_S
            or self._marker(layer) != served.marker
        ):
            return None
        return served

    def refresh(self, layer: str, find_current: Callable[[str], LayerVersion | None]) -> Served:
        """Ask the catalog (``find_current``) for the current version of ``layer``.

        One refresh per layer at a time: under load every request in flight finds the entry
        stale at the same moment, and each asking the catalog was a tenth of the serving time.
        A caller that waited takes the answer of a refresh that started after it asked.
        """
        asked = time.monotonic()
        with self._locks_lock:
            lock = self._refreshing.setdefault(layer, threading.Lock())
        with lock:
            served = self._served.get(layer)
            if (
                served is not None
                and served.checked >= asked
                and served.marker == self._marker(layer)
            ):
                return served
            return self._refresh(layer, find_current)

    def _refresh(self, layer: str, find_current: Callable[[str], LayerVersion | None]) -> Served:
        checked = time.monotonic()
        # Read before the catalog: a publish landing in between is caught by the next request.
        marker = self._marker(layer)
        version = find_current(layer)
        old = self._served.get(layer)
        if version is None:
            served = Served(None, None, checked, marker)
        elif old is not None and old.version is not None and old.version == version:
            served = Served(version, old.reader, checked, marker)
        else:
            served = Served(version, self._open_reader(version), checked, marker)
        if len(self._served) >= MAX_LAYERS:
            self._forget_unpublished()
        # One dict assignment: readers see the old pair or the new one, never half of each.
        self._served[layer] = served
        return served

    def _forget_unpublished(self) -> None:
        """Drop what is held for names that are no layer (a client asking for many), so
        memory stays bounded by the published layers."""
        for name in [name for name, held in self._served.items() if held.version is None]:
            self._served.pop(name, None)
            self._marker_paths.pop(name, None)
            with self._locks_lock:
                self._refreshing.pop(name, None)
