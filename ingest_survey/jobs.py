"""`run_job(spec, target, on_progress)`: the one way every pipeline is run.

The CLI runs a job into a folder target, `twin demo` and the workers into a new version of a
layer (`run_and_publish`); the pipeline's tasks go to the executor it is given (a local pool or
Dask). Inputs named ``layer:NAME`` are the current version of a published layer, linked into
the job's scratch folder (hard links: no copy).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest_survey.convert.executor import TaskExecutor
from ingest_survey.convert.targets import Target
from ingest_survey.errors import IngestError, UnreadableFileError
from ingest_survey.job_specs import (
    BuildingsJob,
    DemJob,
    ImageryJob,
    JobSpec,
    PipesJob,
    PointCloudJob,
    TerrainJob,
    layer_reference,
)
from twin.model import LayerKind
from twin.storage import DataRef

Progress = Callable[[str, int, int | None], None]
# The folder of the current version of a published layer, by name (files as they are served).
LayerFolder = Callable[[str], Path]
SURVEY_SUFFIXES = (".las", ".laz")


@dataclass(frozen=True)
class JobResult:
    """What a job wrote: the layer kind it can be published as, its entry file and metadata."""

    kind: LayerKind | None  # None: not a layer (a DEM GeoTIFF)
    entry: str
    meta: dict[str, Any] = field(default_factory=dict)  # kept with the published version
    result: Any = None  # the pipeline's own result (what the CLI reports)


@dataclass
class JobContext:
    """Where a job reads its inputs and does its scratch work."""

    work: DataRef  # scratch folder on the shared storage, removed by the caller
    base: Path | None = None  # relative input paths are relative to this folder
    layer_folder: LayerFolder | None = None
    executor: TaskExecutor | None = None
    on_progress: Progress | None = None

    def path(self, value: str, option: str) -> Path:
        """The file an input names; raises IngestError when it does not exist."""
        name = layer_reference(value)
        if name is not None:
            if self.layer_folder is None:
                raise IngestError(f"no published layers to read {value!r} from", field=option)
            return self.layer_folder(name)
        path = Path(value)
        if not path.is_absolute() and self.base is not None:
            path = self.base / path
        if not path.exists():
            raise UnreadableFileError("no such file", path=value, field=option)
        return path

    def paths(self, values: list[str], option: str) -> list[Path]:
        """The files several inputs name."""
        return [self.path(v, option) for v in values]

    def optional(self, value: str | None, option: str) -> Path | None:
        """The file an optional input names, or None."""
        return None if value is None else self.path(value, option)

    def report(self, stage: str, done: int, total: int | None) -> None:
        """Forward progress to the caller's callback."""
        if self.on_progress is not None:
            self.on_progress(stage, done, total)


def run_job(spec: JobSpec, target: Target, context: JobContext) -> JobResult:
    """Run ``spec``, writing every output file into ``target``.

    Raises:
        IngestError: a missing or bad input (named), or what the pipeline refuses.
    """
    runner = _RUNNERS[type(spec)]
    return runner(spec, target, context)


def _buildings(spec: Any, target: Target, ctx: JobContext) -> JobResult:
    from ingest_survey.convert.buildings import build_buildings
    from tiling.building_tiles import TilingOptions

    o = spec.options
    result = build_buildings(
        ctx.path(spec.inputs[0], "FOOTPRINTS"),
        target,
        survey=ctx.paths(o.survey, "--survey"),
        survey_crs=o.survey_crs,
        vertical_crs=o.vertical_crs,
        geoid=o.geoid,
        crs=o.crs,
        layer=o.source_layer,
        id_field=o.id_field,
        height_field=o.height_field,
        floors_field=o.floors_field,
        floor_height=o.floor_height,
        base_field=o.base_field,
        terrain=ctx.optional(o.terrain, "--terrain"),
        roof_percentile=o.roof_percentile,
        min_points=o.min_points,
        skip_invalid=o.skip_invalid,
        options=TilingOptions(max_content_bytes=o.max_content_bytes, max_features=o.max_features),
        executor=ctx.executor,
        work=ctx.work,
        progress=ctx.on_progress,
    )
    return JobResult(LayerKind.BUILDINGS, "tileset.json", result.meta(), result)


def _pointcloud(spec: Any, target: Target, ctx: JobContext) -> JobResult:
    from ingest_survey.convert.pointcloud import build_pointcloud

    o = spec.options
    result = build_pointcloud(
        ctx.paths(spec.inputs, "INPUT"),
        target,
        crs=o.crs,
        vertical_crs=o.vertical_crs,
        geoid=o.geoid,
        spec=o.spec,
        max_points=o.max_points,
        executor=ctx.executor,
        work=ctx.work,
        progress=ctx.on_progress,
    )
    return JobResult(LayerKind.POINTCLOUD, "tileset.json", result.meta(), result)


def _survey_dem(
    paths: list[Path], resolution: float, crs: str | None, ctx: JobContext
) -> tuple[Path, Any]:
    from ingest_survey.convert.dem import dem_from_survey

    dem = ctx.work.child("survey-dem.tif").resolve()
    dem.parent.mkdir(parents=True, exist_ok=True)
    result = dem_from_survey(
        paths, dem, resolution=resolution, crs=crs, force=True, progress=ctx.on_progress
    )
    return dem, result


def _terrain(spec: Any, target: Target, ctx: JobContext) -> JobResult:
    from ingest_survey.convert.terrain import build_terrain

    o = spec.options
    sources = ctx.paths(spec.inputs, "DEM")
    dems = sources
    if all(p.suffix.lower() in SURVEY_SUFFIXES for p in sources):
        dems = [_survey_dem(sources, o.resolution, o.survey_crs, ctx)[0]]
    result = build_terrain(
        dems,
        target,
        max_zoom=o.max_zoom,
        error_scale=o.error_scale,
        name=spec.layer,
        sources=[Path(s).name for s in spec.inputs],
        imagery=ctx.optional(o.imagery, "--imagery"),
        imagery_crs=o.imagery_crs,
        imagery_max_zoom=o.imagery_max_zoom,
        vertical_crs=o.vertical_crs,
        geoid=o.geoid,
        executor=ctx.executor,
        work=ctx.work.child("terrain"),
        progress=ctx.on_progress,
    )
    return JobResult(LayerKind.TERRAIN, "layer.json", result.meta(), result)


def _dem(spec: Any, target: Target, ctx: JobContext) -> JobResult:
    o = spec.options
    dem, result = _survey_dem(ctx.paths(spec.inputs, "SURVEY"), o.resolution, o.crs, ctx)
    target.write("dem.tif", dem.read_bytes())
    return JobResult(None, "dem.tif", {"resolution": o.resolution}, result)


def _imagery(spec: Any, target: Target, ctx: JobContext) -> JobResult:
    from ingest_survey.convert.imagery import tile_imagery

    o = spec.options
    drape = tile_imagery(
        ctx.path(spec.inputs[0], "IMAGE"),
        target.write,
        crs=o.crs,
        max_zoom=o.max_zoom,
        on_progress=lambda done, total: ctx.report("imagery", 1, total),
    )
    entry = drape.layer_entry("imagery")
    west, south, east, north = entry["bounds"]
    tilejson = {
        "tilejson": "3.0.0",
        "name": spec.layer or Path(spec.inputs[0]).stem,
        "tiles": [entry["url"].replace("{reverseY}", "{y}")],
        "scheme": "tms",
        "minzoom": entry["minzoom"],
        "maxzoom": entry["maxzoom"],
        "bounds": [west, south, east, north],
        "twin:projection": entry["projection"],
    }
    target.write_json("imagery.json", tilejson)
    return JobResult(None, "imagery.json", {"bounds": entry["bounds"]})


def _pipes(spec: Any, target: Target, ctx: JobContext) -> JobResult:
    from ingest_survey.convert.pipes import build_pipes
    from tiling.pipe_tiles import PipeTilingOptions

    o = spec.options
    read_options: dict[str, Any] = {}
    if o.nodes or o.diameter_unit != "mm":
        read_options = {"nodes": ctx.paths(o.nodes, "--nodes"), "diameter_unit": o.diameter_unit}
    result = build_pipes(
        ctx.path(spec.inputs[0], "NETWORK"),
        target,
        terrain=ctx.optional(o.terrain, "--terrain"),
        crs=o.crs,
        vertical_crs=o.vertical_crs,
        geoid=o.geoid,
        pipeline_type=o.pipeline_type,
        read_options=read_options or None,
        ground=o.ground,
        options=PipeTilingOptions(leaf_sides=o.leaf_sides, max_features=o.max_features),
        executor=ctx.executor,
        work=ctx.work,
        progress=ctx.on_progress,
    )
    return JobResult(LayerKind.PIPES, "tileset.json", result.meta(), result)


_RUNNERS: dict[type, Callable[[Any, Target, JobContext], JobResult]] = {
    BuildingsJob: _buildings,
    PointCloudJob: _pointcloud,
    TerrainJob: _terrain,
    DemJob: _dem,
    ImageryJob: _imagery,
    PipesJob: _pipes,
}


def link_folder(files: dict[str, Path], folder: Path) -> Path:
    """Lay ``files`` (relative key -> stored file) out as a plain folder, by hard links where
    the file system allows (a copy otherwise)."""
    for key, source in files.items():
        target = folder.joinpath(*key.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)
    return folder
