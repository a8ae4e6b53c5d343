"""Buildings per second and peak memory: the sample city and 100,000 real footprints, with and
without survey heights.

The 100k set is the real Delft footprints (160) replicated on a grid (625 copies, 300 m apart); the
survey for it is the real AHN3 capture replicated with the same offsets, streamed chunk by chunk
(never written to disk, never whole in memory). Each case runs in its own process tree, whose
peak PSS (main process and pool workers together) is sampled as the peers' was.

    python benchmarks/buildings.py            # every case
    python benchmarks/buildings.py --copies 25 # a smaller grid

Peers (../shared/PEERS.md, measured on a 2-core machine like this one, not re-run here: they need a
PostgreSQL/PostGIS server): PostGIS extrusion + `py3dtiles export` did 100,000 of these buildings in
347 s (about 320 buildings/s, 1.66 GB peak) and wrote unusable tiles; pg2b3dm (published, machine
not stated) about 1,400-3,800 features/s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from measure import run_measured

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples" / "delft"
FOOTPRINTS = SAMPLES / "bgt_pand.sqlite"
SURVEY = [SAMPLES / "ahn3" / "ahn3_cropped_1.laz", SAMPLES / "ahn3" / "ahn3_cropped_2.laz"]
STEP_X, STEP_Y = 300.0, 250.0
PEER_BUILDINGS_PER_S = 320.0  # PostGIS + py3dtiles export, 100k Delft buildings, PEERS.md
PEER_PEAK_MB = 1660.0


def _offsets(copies: int) -> np.ndarray:
    side = int(np.ceil(np.sqrt(copies)))
    grid = np.array([(i % side, i // side) for i in range(copies)], dtype=float)
    return grid * [STEP_X, STEP_Y]


def replicate_footprints(copies: int, out: Path) -> Path:
    """The real Delft footprints translated onto a grid, written as a GeoPackage."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    frame = gpd.read_file(FOOTPRINTS)
    parts = []
    for k, (dx, dy) in enumerate(_offsets(copies)):
        copy = frame.copy()
        copy["geometry"] = shapely.transform(
            frame.geometry.to_numpy(), lambda xy, d=(dx, dy): xy + d
        )
        copy["identificatiebagpnd"] = copy["identificatiebagpnd"].astype(str) + f"-{k}"
        parts.append(copy)
    replicated = gpd.GeoDataFrame(pd.concat(parts, ignore_index=True), crs=frame.crs)
    path = out / f"delft_x{copies}.gpkg"
    replicated.to_file(path, driver="GPKG")
    return path


def replicated_survey(copies: int) -> Iterator:
    """The AHN3 chunks, shifted onto each grid cell in turn (streamed, never stored)."""
    from ingest_survey.readers.las import PointChunk, iter_chunks, read_header

    headers = [read_header(path, "EPSG:28992") for path in SURVEY]
    for dx, dy in _offsets(copies):
        for header in headers:
            for chunk in iter_chunks(header):
                yield (
                    header.crs,
                    PointChunk(chunk.x + dx, chunk.y + dy, chunk.z, chunk.classification),
                )


def run_case(source: Path, copies: int, survey: bool, workdir: Path) -> dict:
    """One measured build, in this process (the input was made beforehand, elsewhere)."""
    from ingest_survey.convert.buildings import build_buildings

    start = time.perf_counter()
    result = build_buildings(
        source,
        workdir / "out",
        survey=SURVEY if survey and copies == 1 else (),
        survey_crs="EPSG:28992",
        survey_stream=replicated_survey(copies) if survey and copies > 1 else None,
        force=True,
    )
    seconds = time.perf_counter() - start
    size = sum(p.stat().st_size for p in (workdir / "out").rglob("*") if p.is_file())
    return {
        "buildings": result.features,
        "seconds": seconds,
        "tiles": result.tiles,
        "buildings_per_s": result.features / seconds,
        "output_mb": size / 1e6,
        "measured": result.height_sources,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=625, help="grid copies of the 160 footprints")
    parser.add_argument(
        "--survey-copies",
        type=int,
        default=None,
        help="copies for the survey case (default: --copies)",
    )
    parser.add_argument("--case", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:  # child process: one case, JSON on stdout
        source, copies, survey = args.case.split("|")
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(run_case(Path(source), int(copies), survey == "survey", Path(tmp))))
        return
    big = args.copies
    cases = [
        (1, False),
        (1, True),
        (big // 10, False),
        (big, False),
        (args.survey_copies or big, True),
    ]
    print(
        f"{'case':<34}{'buildings':>10}{'s':>8}{'cpu s':>8}{'bldg/s':>9}{'peak MB':>9}"
        f"{'out MB':>8}{'vs peer':>9}"
    )
    with tempfile.TemporaryDirectory() as inputs:
        for copies, survey in cases:
            label = (
                f"{'sample' if copies == 1 else f'{copies} x Delft'}"
                f"{' + survey heights' if survey else ''}"
            )
            source = FOOTPRINTS if copies == 1 else replicate_footprints(copies, Path(inputs))
            run = run_measured(
                [
                    sys.executable,
                    __file__,
                    "--case",
                    f"{source}|{copies}|{'survey' if survey else 'plain'}",
                ]
            )
            if run.returncode:
                raise SystemExit(f"case {label} failed")
            r = json.loads(run.stdout.strip().splitlines()[-1])
            ratio = r["buildings_per_s"] / PEER_BUILDINGS_PER_S
            print(
                f"{label:<34}{r['buildings']:>10,}{r['seconds']:>8.2f}{run.cpu_seconds:>8.2f}"
                f"{r['buildings_per_s']:>9,.0f}{run.peak_pss_mb:>9.0f}{r['output_mb']:>8.1f}"
                f"{ratio:>8.1f}x",
                flush=True,
            )
    print(
        "s: wall time of the build; cpu s: user+system of its process tree (on a busy machine,\n"
        "buildings / (cpu s / 2) is what two idle cores would give)"
    )
    print(
        f"peer: PostGIS + py3dtiles export, {PEER_BUILDINGS_PER_S:.0f} buildings/s, "
        f"{PEER_PEAK_MB:.0f} MB peak (PEERS.md, same machine class, 100k Delft buildings)"
    )


if __name__ == "__main__":
    main()
