"""Points per second and process-tree memory: twin against py3dtiles 12.1.1, same file, same run.

    python benchmarks/pointcloud.py                      # autzen_full_from_ept.laz (10.65 M)
    python benchmarks/pointcloud.py --input FILE.laz     # another survey
    python benchmarks/pointcloud.py --skip-peer          # twin and the decode floor only

The input defaults to autzen_full_from_ept.laz in the shared data folder (../shared/data beside
the repository, or $TWIN_SHARED_DIR/data). py3dtiles lives in its own virtual environment under
$TWIN_PEERS_DIR (see benchmarks/peers.py), so its pins never touch twin's; create it once with

    python3 -m venv "$TWIN_PEERS_DIR/py3dtiles-12.1.1"
    "$TWIN_PEERS_DIR/py3dtiles-12.1.1/bin/pip" install \
        "py3dtiles[las]==12.1.1" "laspy[lazrs]==2.7.0" "lazrs==0.8.2"

Without it the benchmark says the peer is absent and measures twin and the floor. py3dtiles is
run as PEERS.md ran it:
`py3dtiles convert FILE --out DIR --srs_out 4978 --jobs 2 --color_scale 256` (without
--color_scale it hangs on LAZ files with colour). Each tool runs in its own process tree, whose
wall time, CPU time and peak PSS (main process and workers together, sampled every 20 ms) are
measured alike. The floor is a bare LAZ decode with laspy + lazrs (LazrsParallel).

twin runs twice: through `python -m ingest_survey.convert.pointcloud` (the pipeline as a job
worker runs it: the ratios are taken on this one) and through `twin tile pointcloud`, whose
process also holds what the CLI's other command groups import (pandas, GDAL, pyarrow: about
190 MB), measured to show that cost.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from measure import Measured, run_measured
from peers import REPO, SHARED_DATA, peer_venv

DEFAULT_INPUT = SHARED_DATA / "pointclouds" / "autzen_full_from_ept.laz"
PEER = "py3dtiles-12.1.1"
TARGET_SPEED, TARGET_MEMORY = 5.0, 0.5

DECODE = """
import sys, time, laspy
start = time.perf_counter()
with laspy.open(sys.argv[1], laz_backend=laspy.LazBackend.LazrsParallel) as reader:
    n = sum(len(chunk) for chunk in reader.chunk_iterator(2_000_000))
print(n, time.perf_counter() - start)
"""


def point_count(path: Path) -> int:
    """Points in the file, from its header."""
    import laspy

    with laspy.open(path) as reader:
        return int(reader.header.point_count)


def _row(label: str, points: int, run: Measured) -> str:
    return (
        f"{label:<30}{run.seconds:>8.2f}{run.cpu_seconds:>8.2f}"
        f"{points / run.seconds:>12,.0f}{run.peak_pss_mb:>10.0f}"
    )


def main() -> None:
    """Run the floor, twin and the peer; print the table and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    parser.add_argument("--skip-peer", action="store_true", help="do not run py3dtiles")
    parser.add_argument("--spec", default="1.1", help="twin's output: 1.1 (glTF) or 1.0 (pnts)")
    args = parser.parse_args()
    if not args.input.is_file():
        raise SystemExit(f"{args.input} not found: pass --input or set TWIN_SHARED_DIR")
    points = point_count(args.input)
    twin_cli = Path(sys.executable).parent / "twin"
    print(f"{args.input.name}: {points:,} points")
    print(f"{'run':<30}{'s':>8}{'cpu s':>8}{'points/s':>12}{'peak MB':>10}")
    with tempfile.TemporaryDirectory(prefix="pcbench-") as tmp:
        floor = run_measured([sys.executable, "-c", DECODE, str(args.input)])
        print(_row("bare LAZ decode (floor)", points, floor), flush=True)
        twin = run_measured(
            [
                sys.executable,
                "-m",
                "ingest_survey.convert.pointcloud",
                str(args.input),
                "--out",
                f"{tmp}/twin",
                "--spec",
                args.spec,
            ],
            cwd=REPO,
        )
        if twin.returncode:
            raise SystemExit("twin failed")
        print(_row(f"twin pipeline (spec {args.spec})", points, twin), flush=True)
        cli = run_measured(
            [
                str(twin_cli),
                "tile",
                "pointcloud",
                str(args.input),
                "--out",
                f"{tmp}/twin-cli",
                "--spec",
                args.spec,
                "--quiet",
            ]
        )
        if cli.returncode:
            raise SystemExit("twin tile pointcloud failed")
        print(_row("twin tile pointcloud (CLI)", points, cli), flush=True)
        # The geoid step (issue 18): the same pipeline with its heights taken as EGM2008
        # heights, so every point goes through pyproj's compound transformation with the grid.
        geoid = run_measured(
            [
                sys.executable,
                "-m",
                "ingest_survey.convert.pointcloud",
                str(args.input),
                "--out",
                f"{tmp}/twin-geoid",
                "--spec",
                args.spec,
                "--geoid",
                "egm2008",
            ],
            cwd=REPO,
        )
        if geoid.returncode:
            raise SystemExit("twin with --geoid failed")
        print(_row("twin pipeline + geoid step", points, geoid), flush=True)
        cost = geoid.seconds / twin.seconds - 1.0
        cpu_cost = geoid.cpu_seconds / twin.cpu_seconds - 1.0
        # CPU seconds as well: on a machine shared with other work the wall time is noisy.
        print(
            f"geoid step: {100 * cost:+.1f}% of the pipeline's wall time, "
            f"{100 * cpu_cost:+.1f}% of its CPU time (target < 5%)"
        )
        venv = None if args.skip_peer else peer_venv(PEER)
        if venv is None:
            print(f"twin vs the bare decode: {twin.seconds / floor.seconds:.1f}x its time")
            return
        peer = run_measured(
            [
                str(venv / "bin" / "py3dtiles"),
                "convert",
                str(args.input),
                "--out",
                f"{tmp}/peer",
                "--srs_out",
                "4978",
                "--jobs",
                "2",
                "--color_scale",
                "256",
            ]
        )
        if peer.returncode:
            raise SystemExit("py3dtiles failed")
        print(_row("py3dtiles 12.1.1 (--jobs 2)", points, peer))
    speed = peer.seconds / twin.seconds
    memory = twin.peak_pss_mb / peer.peak_pss_mb
    cpu = peer.cpu_seconds / twin.cpu_seconds
    print(
        f"twin vs py3dtiles: {speed:.1f}x points/s (target >= {TARGET_SPEED:.0f}x), "
        f"{cpu:.1f}x less CPU, {memory:.2f}x the memory (target <= {TARGET_MEMORY})"
    )
    print(
        f"the CLI: {peer.seconds / cli.seconds:.1f}x points/s, "
        f"{cli.peak_pss_mb / peer.peak_pss_mb:.2f}x the memory"
    )
    print(f"twin vs the bare decode: {twin.seconds / floor.seconds:.1f}x its time")


if __name__ == "__main__":
    main()
