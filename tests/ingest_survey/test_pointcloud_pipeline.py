"""The point cloud pipeline's task plumbing on the real Delft survey: a pool of workers writes
the very tileset one process writes, and progress counts every point once per stage."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from citydata import DELFT_CRS, DELFT_SURVEY

from ingest_survey.convert.pointcloud import build_pointcloud


def _build(out: Path, workers: int) -> tuple[dict[str, int], int]:
    seen: dict[str, int] = {}

    def progress(stage: str, done: int, of: int | None) -> None:
        seen[stage] = seen.get(stage, 0) + done

    # A small tile budget: nodes above the buckets exist, so all three task kinds run.
    result = build_pointcloud(
        DELFT_SURVEY, out, crs=DELFT_CRS, max_points=5_000, workers=workers, progress=progress
    )
    return seen, result.points


def test_pool_and_single_process_write_the_same_tileset(tmp_path: Path) -> None:
    _build(tmp_path / "one", 1)
    _build(tmp_path / "two", 2)
    one, two = (json.loads((tmp_path / n / "tileset.json").read_text()) for n in ("one", "two"))
    assert one == two  # content is named by its hash: equal documents mean equal tiles
    files = {p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*")}
    assert files == {p.relative_to(tmp_path / "two") for p in (tmp_path / "two").rglob("*")}
    assert _depth(one["root"]) >= 4  # nodes above the buckets, buckets, and their octrees


def _depth(tile: dict[str, Any]) -> int:
    return 1 + max((_depth(child) for child in tile.get("children", [])), default=0)


def test_progress_counts_every_point_once_per_stage(tmp_path: Path) -> None:
    seen, total = _build(tmp_path / "out", 2)
    assert total == 640_510 + 208_432
    assert seen == {"points read": total, "points tiled": total}
