"""CurrentVersions under concurrency and hostile names: one catalog query per stale layer, and
memory bounded by the published layers."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from twin.model import LayerVersion
from twin.server import current_versions
from twin.server.current_versions import CurrentVersions


def _never_opened(version: LayerVersion) -> Any:
    raise AssertionError(f"no version is published, {version} cannot be opened")


def test_requests_finding_a_layer_stale_at_once_ask_the_catalog_once(tmp_path: Path) -> None:
    held = CurrentVersions(tmp_path, _never_opened)
    asked: list[str] = []
    gate = threading.Event()

    def slow_catalog(layer: str) -> LayerVersion | None:
        asked.append(layer)
        gate.wait(5)
        return None

    threads = [
        threading.Thread(target=held.refresh, args=("city", slow_catalog)) for _ in range(16)
    ]
    for thread in threads:
        thread.start()
    time.sleep(0.2)  # every thread is now waiting on the one refresh in flight
    gate.set()
    for thread in threads:
        thread.join(5)
    # The first asks; the others asked before it finished, so they ask once more at most.
    assert 1 <= len(asked) <= 2, asked
    assert held.cached("city") is not None


def test_a_refresh_asked_after_the_last_one_asks_the_catalog_again(tmp_path: Path) -> None:
    held = CurrentVersions(tmp_path, _never_opened)
    asked: list[str] = []

    def catalog(layer: str) -> LayerVersion | None:
        asked.append(layer)
        return None

    held.refresh("city", catalog)
    held.refresh("city", catalog)
    assert asked == ["city", "city"]


def test_names_that_are_no_layer_do_not_grow_memory(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(current_versions, "MAX_LAYERS", 64)
    held = CurrentVersions(tmp_path, _never_opened)
    for n in range(1000):
        name = f"no-such-layer-{n}"
        assert held.cached(name) is None
        held.refresh(name, lambda layer: None)
    assert len(held._served) <= 64
    assert len(held._marker_paths) <= 64 + 1
    assert len(held._refreshing) <= 64 + 1
