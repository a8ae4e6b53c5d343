"""`twin tile ...`: turn source data into a tileset folder (written beside --out, then renamed)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from twin.cli.errors import reports_errors
from twin.cli.progress import console, progress_bars

app = typer.Typer(help="Tile source data into OGC 3D Tiles.", no_args_is_help=True)

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Tileset folder to write.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace an existing --out folder.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]


@app.command("buildings")
@reports_errors
def buildings(
    footprints: Annotated[
        Path, typer.Argument(help="GeoJSON, GeoPackage, Shapefile or OGR SQLite.")
    ],
    out: OutOption,
    survey: Annotated[
        list[Path] | None,
        typer.Option(
            "--survey", help="LAS/LAZ survey(s) giving ground and roof heights (repeat the option)."
        ),
    ] = None,
    survey_crs: Annotated[
        str | None,
        typer.Option(help="CRS of the survey when its header has none (or to override it)."),
    ] = None,
    crs: Annotated[
        str | None,
        typer.Option(help="CRS of the footprints when the file has none (or to override it)."),
    ] = None,
    layer: Annotated[str | None, typer.Option(help="Layer of a multi-layer dataset.")] = None,
    id_field: Annotated[str | None, typer.Option(help="Field with stable building ids.")] = None,
    height_field: Annotated[str | None, typer.Option(help="Field with heights in metres.")] = None,
    floors_field: Annotated[str | None, typer.Option(help="Field with numbers of floors.")] = None,
    floor_height: Annotated[float, typer.Option(help="Metres per floor.")] = 3.0,
    base_field: Annotated[str | None, typer.Option(help="Field with base heights.")] = None,
    terrain: Annotated[Path | None, typer.Option(help="DEM giving each building's base.")] = None,
    roof_percentile: Annotated[
        int, typer.Option(help="Survey percentile (50, 70 or 90) used as the LOD1 roof.")
    ] = 70,
    min_points: Annotated[
        int,
        typer.Option(
            help="Fewer survey points inside a footprint flag it instead of measuring it."
        ),
    ] = 10,
    max_content_bytes: Annotated[
        int, typer.Option(min=1, help="Largest content file the quadtree allows.")
    ] = 1_000_000,
    max_features: Annotated[int, typer.Option(min=1, help="Most buildings in one tile.")] = 2_000,
    skip_invalid: Annotated[
        bool, typer.Option(help="Drop (and report) non-polygon rows instead of failing.")
    ] = False,
    force: ForceOption = False,
    quiet: QuietOption = False,
) -> None:
    """LOD1 buildings from footprints, with heights from a survey or from fields."""
    # Imported here, not at the top: every `twin` command would pay for every pipeline.
    from ingest_survey.convert.buildings import build_buildings
    from tiling.building_tiles import TilingOptions

    with progress_bars(not quiet) as progress:
        result = build_buildings(
            footprints,
            out,
            survey=survey or [],
            survey_crs=survey_crs,
            crs=crs,
            layer=layer,
            id_field=id_field,
            height_field=height_field,
            floors_field=floors_field,
            floor_height=floor_height,
            base_field=base_field,
            terrain=terrain,
            roof_percentile=roof_percentile,
            min_points=min_points,
            skip_invalid=skip_invalid,
            force=force,
            progress=progress,
            options=TilingOptions(max_content_bytes=max_content_bytes, max_features=max_features),
        )
    for item in result.repaired:
        console.print(
            f"[yellow]repaired[/] feature {item.row} (id {item.feature_id}): {item.reason}"
        )
    for item in result.dropped:
        console.print(f"[red]dropped[/] feature {item.row} (id {item.feature_id}): {item.reason}")
    sources = ", ".join(f"{k}: {v}" for k, v in result.height_sources.items())
    console.print(
        f"{result.features} buildings in {result.tiles} tiles -> {result.out} "
        f"(heights: {sources}; flagged without height: {result.flagged})"
    )
