"""`twin tile pointcloud INPUT... --out DIR`: LAS/LAZ surveys -> one 3D Tiles point cloud."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from twin.cli import tile
from twin.cli.errors import reports_errors
from twin.cli.progress import console


@tile.app.command("pointcloud")
@reports_errors
def pointcloud(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="LAS/LAZ files (1.0-1.4, point formats 0-10), tiled together."),
    ],
    out: tile.OutOption,
    crs: Annotated[
        str | None,
        typer.Option(
            help="CRS of the inputs when their headers have none (or to override them), "
            "e.g. EPSG:28992."
        ),
    ] = None,
    spec: Annotated[
        str, typer.Option(help="3D Tiles version: 1.1 (glTF points) or 1.0 (legacy pnts).")
    ] = "1.1",
    max_points: Annotated[
        int | None, typer.Option(help="Most points in one tile (default 50,000).")
    ] = None,
    vertical_crs: tile.VerticalCrsOption = None,
    geoid: tile.GeoidOption = None,
    jobs: tile.JobsOption = None,
    scheduler: tile.SchedulerOption = None,
    force: tile.ForceOption = False,
    quiet: tile.QuietOption = False,
) -> None:
    """An additive octree of every input point, in EPSG:4978, with colour and attributes."""
    options = {"crs": crs, "vertical_crs": vertical_crs, "geoid": geoid, "spec": spec}
    if max_points is not None:  # 0 is refused by the spec, not replaced by the default
        options["max_points"] = max_points
    job = {"kind": "pointcloud", "inputs": [str(p) for p in inputs], "options": options}
    result = tile.run_to_folder(
        job, out, force=force, quiet=quiet, jobs=jobs, scheduler=scheduler
    ).result
    console.print(
        f"{result.points:,} points in {result.tiles} tiles ({result.seconds:.1f} s, "
        f"{result.points / max(result.seconds, 1e-9):,.0f} points/s) -> {out}"
    )
