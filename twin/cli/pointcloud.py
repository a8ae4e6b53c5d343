"""`twin tile pointcloud INPUT... --out DIR`: LAS/LAZ surveys -> one 3D Tiles point cloud."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from twin.cli import tile
from twin.cli.errors import reports_errors
from twin.cli.progress import console, progress_bars


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
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: up to 2 cores).")
    ] = None,
    force: tile.ForceOption = False,
    quiet: tile.QuietOption = False,
) -> None:
    """An additive octree of every input point, in EPSG:4978, with colour and attributes."""
    # Imported here, not at the top: every `twin` command would pay for every pipeline.
    from ingest_survey.convert.pointcloud import MAX_POINTS, build_pointcloud

    with progress_bars(not quiet) as progress:
        result = build_pointcloud(
            inputs,
            out,
            crs=crs,
            spec=spec,
            max_points=max_points or MAX_POINTS,
            workers=jobs,
            force=force,
            progress=progress,
        )
    console.print(
        f"{result.points:,} points in {result.tiles} tiles ({result.seconds:.1f} s, "
        f"{result.points / max(result.seconds, 1e-9):,.0f} points/s) -> {result.out}"
    )
