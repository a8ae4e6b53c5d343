"""`twin tile terrain` (DEMs -> quantized-mesh terrain) and `twin dem from-survey` (LAS -> DEM)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from twin.cli import tile
from twin.cli.errors import reports_errors
from twin.cli.progress import console, progress_bars

if TYPE_CHECKING:
    from ingest_survey.convert.terrain import TerrainResult

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
    force: tile.ForceOption = False,
    quiet: tile.QuietOption = False,
) -> None:
    """Cesium quantized-mesh terrain (layer.json + {z}/{x}/{y}.terrain) from DEMs."""
    # Imported here, not at the top: every `twin` command would pay for every pipeline.
    from ingest_survey.convert.terrain import build_terrain

    with progress_bars(not quiet) as progress:
        result = build_terrain(
            dems,
            out,
            max_zoom=max_zoom,
            error_scale=error_scale,
            name=name,
            imagery=imagery,
            imagery_crs=imagery_crs,
            force=force,
            progress=progress,
        )
    console.print(
        f"{result.tiles} terrain tiles, levels 0-{result.max_zoom}, heights "
        f"{result.min_height:.1f}..{result.max_height:.1f} m -> {result.out}"
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
    from ingest_survey.convert.dem import dem_from_survey

    with progress_bars(not quiet) as progress:
        result = dem_from_survey(
            surveys, out, resolution=resolution, crs=crs, force=force, progress=progress
        )
    console.print(result.summary())


# --- Sample-city builders (twin demo): terrain layers, and buildings based on them -----------

SURVEY_SUFFIXES = (".las", ".laz")


def _sample_terrain(
    inputs: list[Path], out: Path, options: dict[str, Any], progress: Any
) -> TerrainResult:
    """DEMs, or a survey's ground (via a DEM made beside `out`), -> terrain at `out`;
    options["imagery"] is the index of an orthophoto among the inputs, to drape."""
    from ingest_survey.convert.dem import dem_from_survey
    from ingest_survey.convert.terrain import build_terrain

    index = options.get("imagery")
    imagery = inputs[index] if index is not None else None
    # "ignore": inputs read through another one (an image's world file and CRS sidecar).
    skip = {index, *options.get("ignore", [])}
    sources = [p for k, p in enumerate(inputs) if k not in skip]
    dems = sources
    if all(p.suffix.lower() in SURVEY_SUFFIXES for p in sources):
        dem = out.parent / f".{out.name}.dem.tif"
        dem_from_survey(
            sources,
            dem,
            resolution=options.get("resolution", 1.0),
            crs=options.get("survey_crs"),
            force=True,
            progress=progress,
        )
        dems = [dem]
    try:
        return build_terrain(
            dems,
            out,
            max_zoom=options.get("max_zoom"),
            error_scale=options.get("error_scale", 1.0),
            name=out.name,
            imagery=imagery,
            imagery_max_zoom=options.get("imagery_max_zoom"),
            progress=progress,
        )
    finally:
        if dems is not sources:
            dems[0].unlink(missing_ok=True)


def build_sample_terrain(
    inputs: list[Path], out: Path, options: dict[str, Any], progress: Any
) -> dict[str, Any]:
    """Sample-city builder: a terrain layer from DEMs or from LAS/LAZ ground points."""
    return _sample_terrain(inputs, out, options, progress).meta()


@contextmanager
def sample_terrain_folder(
    inputs: list[Path], options: dict[str, Any], progress: Any, beside: Path
) -> Iterator[Path]:
    """The terrain of a sample terrain layer (same inputs and options), built in a scratch folder
    beside `beside`: what other sample layers stand on, sampled as the mesh Cesium draws."""
    work = beside.parent / f".{beside.name}.terrain"
    try:
        _sample_terrain(inputs, work, options, progress)
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def build_sample_buildings_on_terrain(
    inputs: list[Path], out: Path, options: dict[str, Any], progress: Any
) -> dict[str, Any]:
    """Sample-city builder: footprints (inputs[0]) based on the same terrain as the sample's
    terrain layer, sampled as its mesh so the buildings meet the ground where Cesium draws it.

    options: "terrain": {"inputs": indices of its sources in `inputs`, "options": the terrain
    layer's options}; "survey": indices of survey files (heights); "buildings": keyword options.
    """
    from ingest_survey.convert.buildings import build_buildings

    terrain = options["terrain"]
    with sample_terrain_folder(
        [inputs[i] for i in terrain["inputs"]], terrain["options"], progress, out
    ) as folder:
        result = build_buildings(
            inputs[0],
            out,
            survey=[inputs[i] for i in options.get("survey", [])],
            terrain=folder,
            progress=progress,
            **options.get("buildings", {}),
        )
    return result.meta()
