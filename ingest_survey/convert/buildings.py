"""Footprints (+ survey, DEM, height fields) -> a 3D Tiles 1.1 tileset of LOD1 buildings."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import GEODETIC_3D, transformer
from ingest_survey.errors import IngestError, InvalidFeatureError
from ingest_survey.heights import (
    ROOF_PERCENTILES,
    SurveyHeights,
    survey_chunks,
    survey_heights,
)
from ingest_survey.readers.dem import sample_dem
from ingest_survey.readers.footprints import Dropped, Footprints, read_footprints
from ingest_survey.readers.las import PointChunk, read_header
from tiling.building_tiles import BuildingSet, TilingOptions, building_tileset
from tiling.metadata import PropertyTable, Utf8Column

from .staging import staged_output

MAX_HEIGHT_M = 1000.0  # taller than any building on Earth: a unit or data error
MAX_FLOORS = 250
COLOR_MEASURED = (222, 218, 206, 255)
COLOR_NO_HEIGHT = (235, 140, 52, 255)  # flagged: shown flat, never given a made-up height
Progress = Callable[[str, int, int | None], None]  # stage, done increment, total


@dataclass
class BuildResult:
    """What a build wrote and what it had to leave out or repair."""

    out: Path
    features: int
    tiles: int
    region: list[float]
    flagged: int
    dropped: list[Dropped] = field(default_factory=list)
    repaired: list[Dropped] = field(default_factory=list)
    height_sources: dict[str, int] = field(default_factory=dict)

    def meta(self) -> dict[str, Any]:
        """The layer metadata the catalog keeps (region in radians, counts)."""
        return {"region": self.region, "features": self.features, "tiles": self.tiles,
                "flagged": self.flagged, "dropped": len(self.dropped),
                "height_sources": self.height_sources}


def _numeric_field(fp: Footprints, name: str, maximum: float, unit: str) -> NDArray[np.float64]:
    if name not in fp.attributes.columns:
        raise IngestError(f"no field '{name}' (fields: {', '.join(fp.attributes.columns)})",
                          path=fp.path, field=name)
    values = pd.to_numeric(fp.attributes[name], errors="coerce").to_numpy(dtype=np.float64,
                                                                         na_value=np.nan)
    raw = fp.attributes[name]
    unparsable = np.isnan(values) & raw.notna().to_numpy() & (raw.astype(str).str.strip() != "")
    bad = unparsable | (values < 0) | (values > maximum)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InvalidFeatureError(
            f"{name} = {raw.iloc[i]} is not a {unit} between 0 and {maximum:g} "
            f"(id {fp.ids[i]}; {int(bad.sum())} such features)",
            path=fp.path, row=int(fp.rows[i]), field=name)
    return values


def _clean_column(series: pd.Series) -> NDArray[Any] | Utf8Column:
    """Source attribute -> a column the metadata encoder types correctly."""
    if pd.api.types.is_bool_dtype(series) and not series.isna().any():
        return series.to_numpy(dtype=bool)
    if pd.api.types.is_integer_dtype(series) and not series.isna().any():
        return series.to_numpy(dtype=np.int64)
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return series.to_numpy(dtype=np.float64, na_value=np.nan)
    if pd.api.types.is_datetime64_any_dtype(series):
        series = series.map(lambda v: v.isoformat(), na_action="ignore")
    return Utf8Column.from_values(series.astype(object).where(series.notna(), None).to_numpy())


@dataclass(frozen=True)
class _Heights:
    base: NDArray[np.float64]
    top: NDArray[np.float64]
    columns: dict[str, NDArray[Any]]
    flagged: NDArray[np.bool_]


def _heights(
    fp: Footprints, survey: SurveyHeights | None, dem: NDArray[np.float64] | None,
    base_field: str | None, height_field: str | None, floors_field: str | None,
    floor_height: float, roof_percentile: int,
) -> _Heights:
    n = len(fp)
    columns: dict[str, NDArray[Any]] = {}
    quality = np.full(n, "ok", dtype=object)
    source = np.full(n, "none", dtype=object)
    height = np.full(n, np.nan)
    roof_abs = np.full(n, np.nan)
    if survey is not None:
        columns["ground"] = survey.ground
        for q in ROOF_PERCENTILES:
            columns[f"roof_p{q}"] = survey.roof[q]
        columns["points"] = survey.points
        columns["ground_points"] = survey.ground_points
        roof_abs = survey.roof[roof_percentile]
        quality[np.isnan(roof_abs)] = "few_points"
        quality[np.isnan(survey.ground) & ~np.isnan(roof_abs)] = "no_ground"
    base = np.zeros(n)
    base_source = np.full(n, "zero", dtype=object)
    if base_field is not None:
        fb = _numeric_field(fp, base_field, 9000.0, "height in metres")
        base = np.where(np.isnan(fb), base, fb)
        base_source[~np.isnan(fb)] = "field"
    if survey is not None:
        has = ~np.isnan(survey.ground)
        base[has], base_source[has] = survey.ground[has], "survey"
    if dem is not None:
        has = ~np.isnan(dem)
        base[has], base_source[has] = dem[has], "dem"
    if survey is not None:
        measured = ~np.isnan(roof_abs)
        height[measured] = roof_abs[measured] - base[measured]
        source[measured] = f"survey_p{roof_percentile}"
    if height_field is not None:
        fh = _numeric_field(fp, height_field, MAX_HEIGHT_M, "height in metres")
        use = np.isnan(height) & ~np.isnan(fh)
        height[use], source[use] = fh[use], f"field:{height_field}"
    if floors_field is not None:
        ff = _numeric_field(fp, floors_field, MAX_FLOORS, "number of floors")
        use = np.isnan(height) & ~np.isnan(ff)
        height[use], source[use] = ff[use] * floor_height, f"floors:{floors_field}"
    flagged = np.isnan(height) | (height <= 0)
    quality[flagged & (quality == "ok")] = "no_height"
    top = np.where(flagged, base, base + np.where(flagged, 0.0, height))
    columns = {"height": np.where(flagged, np.nan, height), "base": base,
               "base_source": base_source, "height_source": source, "quality": quality,
               **columns}
    return _Heights(base, top, columns, flagged)


def _to_geodetic(crs: CRS) -> Callable[..., tuple[Any, Any, Any]]:
    forward = transformer(crs, GEODETIC_3D)

    def to_geodetic(x: NDArray[np.float64], y: NDArray[np.float64], z: NDArray[np.float64]
                    ) -> tuple[Any, Any, Any]:
        lon, lat, h = forward.transform(x, y, z)
        return np.asarray(lon), np.asarray(lat), np.asarray(h)

    return to_geodetic


def build_buildings(
    footprints: str | Path,
    out: str | Path,
    *,
    survey: Sequence[str | Path] = (),
    survey_crs: str | None = None,
    survey_stream: Iterable[tuple[CRS, PointChunk]] | None = None,
    crs: str | None = None,
    layer: str | None = None,
    id_field: str | None = None,
    height_field: str | None = None,
    floors_field: str | None = None,
    floor_height: float = 3.0,
    base_field: str | None = None,
    terrain: str | Path | None = None,
    roof_percentile: int = 70,
    min_points: int = 10,
    skip_invalid: bool = False,
    force: bool = False,
    options: TilingOptions | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    """Read, check, measure and tile footprints into a complete tileset folder at `out`.

    The survey comes from LAS/LAZ files (`survey`), or as chunks from elsewhere (`survey_stream`,
    e.g. points arriving from an upload or a generator).
    """
    if roof_percentile not in ROOF_PERCENTILES:
        raise IngestError(f"the roof percentile must be one of {ROOF_PERCENTILES}",
                          field="--roof-percentile")
    if floor_height <= 0 or floor_height > 20:
        raise IngestError("the floor height must be between 0 and 20 m", field="--floor-height")
    headers = [read_header(path, survey_crs) for path in survey]  # fail fast, before any work
    fp = read_footprints(footprints, crs=crs, layer=layer, id_field=id_field,
                         skip_invalid=skip_invalid)

    def report(stage: str, done: int, total: int | None) -> None:
        if progress is not None:
            progress(stage, done, total)

    measured = None
    if headers or survey_stream is not None:
        total_points = sum(h.point_count for h in headers) if headers else None
        chunks = survey_chunks(headers) if survey_stream is None else survey_stream
        measured = survey_heights(
            fp.polygons, fp.crs, chunks, min_points=min_points,
            on_progress=lambda n: report("survey points", n, total_points))
    dem = None
    if terrain is not None:
        coords, index = shapely.get_coordinates(shapely.get_exterior_ring(
            shapely.get_parts(fp.polygons)), return_index=True)
        parts_of = shapely.get_parts(fp.polygons, return_index=True)[1]
        samples = sample_dem(terrain, coords[:, 0], coords[:, 1], fp.crs)
        dem = np.full(len(fp), np.inf)
        np.minimum.at(dem, parts_of[index], np.where(np.isnan(samples), np.inf, samples))
        dem[np.isinf(dem)] = np.nan
    h = _heights(fp, measured, dem, base_field, height_field, floors_field, floor_height,
                 roof_percentile)
    columns: dict[str, NDArray[Any] | Utf8Column] = {"id": fp.ids, **h.columns}
    for name in fp.attributes.columns:
        key = name if name not in columns else f"src_{name}"
        columns[key] = _clean_column(fp.attributes[name])
    colors = np.where(h.flagged[:, None], np.array(COLOR_NO_HEIGHT, np.uint8),
                      np.array(COLOR_MEASURED, np.uint8)).astype(np.uint8)
    buildings = BuildingSet(fp.polygons, h.base, h.top, PropertyTable("building", columns),
                            _to_geodetic(fp.crs), colors)
    with staged_output(out, force=force) as staged:
        result = building_tileset(buildings, staged.write, options,
                                  on_progress=lambda n: report("buildings", n, len(fp)))
        staged.write_json("tileset.json", result.tileset)
    sources, counts = np.unique(h.columns["height_source"].astype(str), return_counts=True)
    return BuildResult(Path(out), result.features, result.tiles, result.region.as_list(),
                       int(h.flagged.sum()), fp.dropped, fp.repaired,
                       {str(s): int(c) for s, c in zip(sources, counts, strict=True)})
