"""`twin tile ...`: turn source data into a tileset folder (written beside --out, then renamed)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from twin.cli.errors import reports_errors
from twin.cli.progress import console, progress_bars

app = typer.Typer(help="Tile source data into OGC 3D Tiles.", no_args_is_help=True)

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Tileset folder to write.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace an existing --out folder.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")]
VerticalCrsOption = Annotated[
    str | None,
    typer.Option(
        help="Vertical datum of the heights when the CRS gives none, e.g. EPSG:5737 (Yellow "
        "Sea 1985), EPSG:5709 (NAP); heights are then made ellipsoidal through a geoid."
    ),
]
GeoidOption = Annotated[
    str | None,
    typer.Option(help="Geoid the heights are above: egm96 or egm2008 (overrides the default)."),
]
JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", "-j", help="Local worker processes (default: up to 2 cores)."),
]
SchedulerOption = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="Dask scheduler address (tcp://host:8786) to run the tasks on "
        "(default: TWIN_DASK_SCHEDULER, else a local process pool).",
    ),
]

if TYPE_CHECKING:
    from ingest_survey.jobs import JobResult


def run_to_folder(
    spec: dict[str, Any],
    out: Path,
    *,
    force: bool = False,
    quiet: bool = False,
    jobs: int | None = None,
    scheduler: str | None = None,
    base: Path | None = None,
) -> JobResult:
    """Run a job spec (as data) into the folder ``out``, staged beside it and renamed when done.

    Relative input paths are relative to ``base`` (default: the working directory).
    The tasks go to the Dask scheduler ``scheduler`` (or TWIN_DASK_SCHEDULER), else to a local
    pool of ``jobs`` processes.
    """
    # Imported here, not at the top: every `twin` command would pay for every pipeline.
    from ingest_survey.convert.executor import open_executor
    from ingest_survey.convert.targets import output
    from ingest_survey.job_specs import InvalidSpecError, parse_spec
    from ingest_survey.jobs import JobContext, run_job
    from twin.settings import Settings

    try:
        parsed = parse_spec(spec)
    except InvalidSpecError as exc:
        # Name the option the user typed, not the spec field it fills.
        field = exc.field or ""
        flag = "--" + field.removeprefix("options.").replace("_", "-")
        raise InvalidSpecError(exc.message.removeprefix("invalid job spec: "), field=flag) from exc
    scheduler = scheduler or Settings().dask_scheduler
    with (
        progress_bars(not quiet) as progress,
        output(out, force=force) as (target, work),
        open_executor(scheduler, jobs) as executor,
    ):
        context = JobContext(work=work, base=base, executor=executor, on_progress=progress)
        return run_job(parsed, target, context)


def _names(paths: list[Path] | None) -> list[str]:
    return [str(p) for p in paths or []]


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
    terrain: Annotated[
        Path | None, typer.Option(help="DEM or terrain folder giving each building's base.")
    ] = None,
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
    vertical_crs: VerticalCrsOption = None,
    geoid: GeoidOption = None,
    force: ForceOption = False,
    quiet: QuietOption = False,
    jobs: JobsOption = None,
    scheduler: SchedulerOption = None,
) -> None:
    """LOD1 buildings from footprints, with heights from a survey or from fields."""
    options = {
        "survey": _names(survey),
        "survey_crs": survey_crs,
        "vertical_crs": vertical_crs,
        "geoid": geoid,
        "crs": crs,
        "source_layer": layer,
        "id_field": id_field,
        "height_field": height_field,
        "floors_field": floors_field,
        "floor_height": floor_height,
        "base_field": base_field,
        "terrain": str(terrain) if terrain else None,
        "roof_percentile": roof_percentile,
        "min_points": min_points,
        "max_content_bytes": max_content_bytes,
        "max_features": max_features,
        "skip_invalid": skip_invalid,
    }
    spec = {"kind": "buildings", "inputs": [str(footprints)], "options": options}
    result = run_to_folder(spec, out, force=force, quiet=quiet, jobs=jobs, scheduler=scheduler)
    built = result.result
    for item in built.repaired:
        console.print(
            f"[yellow]repaired[/] feature {item.row} (id {item.feature_id}): {item.reason}"
        )
    for item in built.dropped:
        console.print(f"[red]dropped[/] feature {item.row} (id {item.feature_id}): {item.reason}")
    sources = ", ".join(f"{k}: {v}" for k, v in built.height_sources.items())
    console.print(
        f"{built.features} buildings in {built.tiles} tiles -> {out} "
        f"(heights: {sources}; flagged without height: {built.flagged})"
    )
