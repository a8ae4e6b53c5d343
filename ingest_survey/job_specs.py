"""Jobs as data: one JSON-serialisable spec per pipeline kind.

The CLI, the sample city (samples/city.json), the upload API and the workers all describe a
job as a spec and hand it to `ingest_survey.jobs.run_job`. A spec names its input files (a path,
absolute or relative to a base folder the caller gives, or ``layer:NAME`` for the current
version of a published layer, e.g. the terrain buildings stand on), the pipeline's options, and
the layer it is published as. Unknown fields are refused, so a typo in a spec fails before any
work is done.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from ingest_survey.errors import InvalidOptionError

LAYER_PREFIX = "layer:"


class InvalidSpecError(InvalidOptionError):
    """A job spec (or the command-line options it was made from) that is not valid."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BuildingsOptions(_Model):
    """`twin tile buildings`: LOD1 buildings from footprints."""

    survey: list[str] = []  # LAS/LAZ giving ground and roof heights
    survey_crs: str | None = None
    vertical_crs: str | None = None  # the heights' datum when the CRS gives none (EPSG:5737)
    geoid: Literal["egm96", "egm2008"] | None = None  # the geoid the heights are above
    crs: str | None = None
    source_layer: str | None = None  # the layer of a multi-layer dataset
    id_field: str | None = None
    height_field: str | None = None
    floors_field: str | None = None
    floor_height: float = Field(3.0, gt=0, le=20)
    base_field: str | None = None
    terrain: str | None = None  # a DEM or a terrain layer (sampled as its mesh)
    roof_percentile: Literal[50, 70, 90] = 70
    min_points: int = Field(10, ge=1)
    skip_invalid: bool = False
    max_content_bytes: int = Field(1_000_000, ge=10_000)
    max_features: int = Field(2_000, ge=1)


class PointCloudOptions(_Model):
    """`twin tile pointcloud`: LAS/LAZ to a 3D Tiles point cloud."""

    crs: str | None = None
    vertical_crs: str | None = None  # the heights' datum when the CRS gives none (EPSG:5737)
    geoid: Literal["egm96", "egm2008"] | None = None  # the geoid the heights are above
    spec: Literal["1.1", "1.0"] = "1.1"
    max_points: int = Field(50_000, ge=1)


class TerrainOptions(_Model):
    """`twin tile terrain`: DEMs (or a survey's ground) to quantized-mesh."""

    max_zoom: int | None = Field(None, ge=0, le=22)
    error_scale: float = Field(1.0, gt=0, le=16)
    imagery: str | None = None  # an orthophoto to drape
    imagery_crs: str | None = None
    imagery_max_zoom: int | None = Field(None, ge=0, le=22)
    # When every input is a LAS/LAZ survey: the ground DEM made from it first.
    resolution: float = Field(1.0, gt=0, le=1000)
    survey_crs: str | None = None
    vertical_crs: str | None = None  # the heights' datum when the CRS gives none (EPSG:5737)
    geoid: Literal["egm96", "egm2008"] | None = None  # the geoid the heights are above


class DemOptions(_Model):
    """`twin dem from-survey`: a ground DEM (GeoTIFF) from a survey."""

    resolution: float = Field(1.0, gt=0, le=1000)
    crs: str | None = None


class ImageryOptions(_Model):
    """An orthophoto to a tile pyramid (geographic tiling, TMS rows)."""

    crs: str | None = None
    max_zoom: int | None = Field(None, ge=0, le=22)


class PipesOptions(_Model):
    """`twin tile pipes`: a pipe network, buried, to 3D Tiles with its graph."""

    nodes: list[str] = []  # GIS point layers of the network's nodes
    terrain: str | None = None  # a DEM or a terrain layer (sampled as its mesh)
    crs: str | None = None
    vertical_crs: str | None = None  # the heights' datum when the CRS gives none (EPSG:5737)
    geoid: Literal["egm96", "egm2008"] | None = None  # the geoid the heights are above
    pipeline_type: str | None = None
    diameter_unit: Literal["mm", "m"] = "mm"  # of GIS lines' diameter/width/height fields
    ground: float | None = None  # flat ground height when there is no DEM
    leaf_sides: int = Field(12, ge=3, le=64)
    max_features: int = Field(4_000, ge=1)


class EntitiesOptions(_Model):
    """`twin entities import`: one month's delivery of an entity class (no layer)."""

    entity_class: str = Field(pattern=r"^[A-Za-z][A-Za-z0-9_-]{0,62}$")
    month: str | None = Field(None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")
    id_field: str | None = None
    crs: str | None = None
    dry_run: bool = False
    lifecycle: bool = False  # a registry extract with its own creation/termination dates


class _Job(_Model):
    inputs: list[str] = Field(min_length=1)
    layer: str | None = None  # the layer this job publishes, when it publishes
    title: str | None = None


class BuildingsJob(_Job):
    """Footprint files (one) -> buildings tileset."""

    kind: Literal["buildings"] = "buildings"
    inputs: list[str] = Field(min_length=1, max_length=1)
    options: BuildingsOptions = BuildingsOptions()


class PointCloudJob(_Job):
    """LAS/LAZ files -> point cloud tileset."""

    kind: Literal["pointcloud"] = "pointcloud"
    options: PointCloudOptions = PointCloudOptions()


class TerrainJob(_Job):
    """DEMs or LAS/LAZ surveys -> quantized-mesh terrain."""

    kind: Literal["terrain"] = "terrain"
    options: TerrainOptions = TerrainOptions()


class DemJob(_Job):
    """LAS/LAZ surveys -> dem.tif."""

    kind: Literal["dem-from-survey"] = "dem-from-survey"
    options: DemOptions = DemOptions()


class ImageryJob(_Job):
    """One orthophoto -> imagery tiles + imagery.json (TileJSON 3.0.0)."""

    kind: Literal["imagery"] = "imagery"
    inputs: list[str] = Field(min_length=1, max_length=1)
    options: ImageryOptions = ImageryOptions()


class PipesJob(_Job):
    """One network file -> pipes tileset + network.npz."""

    kind: Literal["pipes"] = "pipes"
    inputs: list[str] = Field(min_length=1, max_length=1)
    options: PipesOptions = PipesOptions()


class EntitiesJob(_Job):
    """One delivery file -> the entity store (diffed against the previous month)."""

    kind: Literal["entities"] = "entities"
    inputs: list[str] = Field(min_length=1, max_length=1)
    options: EntitiesOptions


JobSpec = Annotated[
    BuildingsJob | PointCloudJob | TerrainJob | DemJob | ImageryJob | PipesJob | EntitiesJob,
    Field(discriminator="kind"),
]
JOB_KINDS = (
    "buildings",
    "pointcloud",
    "terrain",
    "dem-from-survey",
    "imagery",
    "pipes",
    "entities",
)
# Kinds that write to a store instead of publishing a layer.
STORE_KINDS = ("entities",)
_ADAPTER: TypeAdapter[JobSpec] = TypeAdapter(JobSpec)


def parse_spec(data: dict[str, Any] | str | bytes, *, source: str | None = None) -> JobSpec:
    """A validated spec from a dict or JSON text.

    Raises:
        InvalidSpecError: not JSON, an unknown kind, an unknown or invalid field (named by its
            location, e.g. ``options.max_points``).
    """
    try:
        return (
            _ADAPTER.validate_json(data)
            if isinstance(data, str | bytes)
            else (_ADAPTER.validate_python(data))
        )
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = [str(part) for part in first["loc"]]
        if loc and loc[0] in JOB_KINDS:  # pydantic names the union member first
            loc = loc[1:]
        where = ".".join(loc) or "spec"
        message = first["msg"]
        if first["type"] in ("union_tag_invalid", "union_tag_not_found"):
            where, message = "kind", f"unknown job kind; use one of {', '.join(JOB_KINDS)}"
        raise InvalidSpecError(f"invalid job spec: {message}", path=source, field=where) from exc


def spec_to_json(spec: JobSpec) -> str:
    """The spec as canonical JSON (sorted keys): what fingerprints and queues store."""
    return json.dumps(spec.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))


# Options that name input files (or layer:NAME), beside `inputs`.
FILE_OPTIONS = ("survey", "terrain", "imagery", "nodes")


def input_files(spec: JobSpec) -> list[str]:
    """Every file or layer a spec reads: its inputs, then its file-valued options."""
    named = list(spec.inputs)
    for name in FILE_OPTIONS:
        value = getattr(spec.options, name, None)
        if isinstance(value, str):
            named.append(value)
        elif isinstance(value, list):
            named += value
    return named


def layer_reference(value: str) -> str | None:
    """The layer name of a ``layer:NAME`` input, else None."""
    return value[len(LAYER_PREFIX) :] if value.startswith(LAYER_PREFIX) else None
