"""`twin tile terrain` (DEMs -> quantized-mesh terrain) and `twin dem from-survey` (LAS -> DEM)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Annotated

import typer

from twin.cli import tile
from twin.cli.errors import reports_errors
from twin.cli.progress import console

dem_app = typer.Typer(help="Make digital elevation models.", no_args_is_help=True)


@tile.app.command("terrain")
@reports_errors
def terrain(
    dems: Annotated[
        list[Path],
        typer.Argument(
            help="DEM rasters (GeoTIFF, SRTM .hgt or .hgt.zip, anything GDAL reads) in any CRS."
        ),
    ],
    out: tile.OutOption,
    max_zoom: Annotated[
        int | None,
        typer.Option(help="Deepest level (default: the first whose nodes are as fine as the DEM)."),
    ] = None,
    error_scale: Annotated[
        float,
        typer.Option(
            help="Mesh error per level, as a fraction of the error Cesium assumes for it."
        ),
    ] = 1.0,
    name: Annotated[str | None, typer.Option(help="Name written into layer.json.")] = None,
    imagery: Annotated[
        Path | None,
        typer.Option(help="Orthophoto to drape (GeoTIFF, or JPEG/PNG with a world file)."),
    ] = None,
    imagery_crs: Annotated[
        str | None,
        typer.Option(
            help="CRS of the orthophoto when it has none (no .prj or -srs.wkt beside it)."
        ),
    ] = None,
    resolution: Annotated[
        float,
        typer.Option(help="Cell size (m) of the ground DEM made when the inputs are LAS/LAZ."),
    ] = 1.0,
    survey_crs: Annotated[
        str | None, typer.Option(help="CRS of LAS/LAZ inputs whose headers have none.")
    ] = None,
    vertical_crs: tile.VerticalCrsOption = None,
    geoid: tile.GeoidOption = None,
    force: tile.ForceOption = False,
    quiet: tile.QuietOption = False,
    jobs: tile.JobsOption = None,
    scheduler: tile.SchedulerOption = None,
) -> None:
    """Cesium quantized-mesh terrain (layer.json + {z}/{x}/{y}.terrain) from DEMs, or from the
    ground of LAS/LAZ surveys."""
    options = {
        "max_zoom": max_zoom,
        "error_scale": error_scale,
        "imagery": str(imagery) if imagery else None,
        "imagery_crs": imagery_crs,
        "resolution": resolution,
        "survey_crs": survey_crs,
        "vertical_crs": vertical_crs,
        "geoid": geoid,
    }
    spec = {"kind": "terrain", "inputs": [str(p) for p in dems], "options": options, "layer": name}
    result = tile.run_to_folder(
        spec, out, force=force, quiet=quiet, jobs=jobs, scheduler=scheduler
    ).result
    console.print(
        f"{result.tiles} terrain tiles, levels 0-{result.max_zoom}, heights "
        f"{result.min_height:.1f}..{result.max_height:.1f} m -> {out}"
    )


@dem_app.command("from-survey")
@reports_errors
def from_survey(
    surveys: Annotated[list[Path], typer.Argument(help="LAS/LAZ survey files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="DEM GeoTIFF to write.")],
    resolution: Annotated[float, typer.Option(help="Cell size in metres.")] = 1.0,
    crs: Annotated[
        str | None,
        typer.Option(help="CRS of the survey when its header has none (or to override it)."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing --out.")] = False,
    quiet: tile.QuietOption = False,
) -> None:
    """A ground DEM: class 2 points where the survey has them, else twin's ground filter."""
    from ingest_survey.errors import OutputExistsError

    out = out.absolute()
    if out.exists() and not force:
        raise OutputExistsError(
            "the output file exists; use --force to replace it", path=out, field="--out"
        )
    spec = {
        "kind": "dem-from-survey",
        "inputs": [str(p) for p in surveys],
        "options": {"resolution": resolution, "crs": crs},
    }
    folder = out.with_name(f".{out.name}.job")
    try:
        result = tile.run_to_folder(spec, folder, force=True, quiet=quiet).result
        os.replace(folder / "dem.tif", out)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    console.print(result.summary())
