"""Each layer's current version and its manifest reader, held per process between publishes.

Publish and rollback replace the layer's marker file (`twin.version_reader.CURRENT_MARKER`)
after the catalog commit, in whichever process they run; a request costs one stat() of it, and
the catalog is asked again when the marker changed, or every `REFRESH_S` anyway (a catalog
changed by other means). The (version, reader) pair is swapped as one object, so a request
resolves every key through a single version.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from twin.model import LayerVersion
from twin.version_reader import VersionReader, current_marker

# How stale a process's idea of a layer's current version may be (the issue asks for a publish
# to be seen by every server process within a second).
REFRESH_S = 0.25


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
