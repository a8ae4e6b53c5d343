"""Building footprints (GeoJSON, GeoPackage, Shapefile, OGR SQLite) as polygons in a metric CRS."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import check_area_of_use, metric_crs, resolve_crs, transformer
from ingest_survey.errors import IngestError, InvalidFeatureError, UnreadableFileError

POLYGONAL = (3, 6)  # shapely type ids of Polygon and MultiPolygon


@dataclass(frozen=True)
class Dropped:
    """A feature, or part of one, that could not be kept, and why."""

    row: int
    feature_id: str
    reason: str


@dataclass
class Footprints:
    """Polygons in `crs` (metric), the source attributes row by row, and what was repaired."""

    path: Path
    source_crs: CRS
    crs: CRS
    polygons: NDArray[Any]
    attributes: pd.DataFrame
    rows: NDArray[np.intp]  # row of each kept feature in the source
    ids: NDArray[Any]  # stable id of each feature (source id column, else the row)
    repaired: list[Dropped] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)

    def __len__(self) -> int:
        """Number of footprints kept."""
        return int(self.polygons.size)


def _pick_layer(path: Path, layer: str | None) -> str | None:
    try:
        layers = pyogrio.list_layers(path)
    except Exception as exc:  # pyogrio raises several DataSourceError flavours
        raise UnreadableFileError(f"cannot open as a vector dataset: {exc}", path=path) from exc
    if layer is not None:
        if layer not in [str(name) for name in layers[:, 0]]:
            raise IngestError(f"no layer '{layer}' (layers: {', '.join(layers[:, 0])})", path=path,
                              field="layer")
        return layer
    polygon_layers = [str(n) for n, kind in layers if kind and "Polygon" in str(kind)]
    if len(polygon_layers) == 1 or (polygon_layers and len(layers) == 1):
        return polygon_layers[0]
    if len(layers) == 1:
        return str(layers[0, 0])
    if not polygon_layers:
        raise IngestError("no polygon layer in the dataset", path=path)
    raise IngestError(f"several polygon layers ({', '.join(polygon_layers)}); choose one with "
                      "--layer", path=path, field="layer")


def _feature_ids(frame: gpd.GeoDataFrame, id_field: str | None, path: Path) -> NDArray[Any]:
    if id_field is None:
        for candidate in ("id", "identificatie", "identificatiebagpnd", "osm_id", "fid", "gml_id"):
            if candidate in frame.columns and frame[candidate].notna().all():
                id_field = candidate
                break
    if id_field is None:
        return np.array([str(i) for i in range(len(frame))], dtype=object)
    if id_field not in frame.columns:
        raise IngestError(f"no id field '{id_field}'", path=path, field=id_field)
    ids = frame[id_field].astype(str).to_numpy(dtype=object)
    if len(set(ids)) != len(ids):
        raise IngestError("ids are not unique", path=path, field=id_field)
    return ids


def read_footprints(
    path: str | Path,
    *,
    crs: str | CRS | None = None,
    layer: str | None = None,
    id_field: str | None = None,
    skip_invalid: bool = False,
) -> Footprints:
    """Read footprints, check the CRS, repair geometry with make_valid and report what was dropped.

    A row that is not a polygon (or is empty) is an error naming it, unless `skip_invalid`, which
    drops and reports it instead. The result is in a metric CRS (the source's if projected in
    metres, else the local UTM zone).
    """
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    chosen = _pick_layer(path, layer)
    try:
        frame = pyogrio.read_dataframe(path, layer=chosen)
    except Exception as exc:
        raise UnreadableFileError(f"cannot read features: {exc}", path=path) from exc
    if len(frame) == 0:
        raise IngestError("the dataset has no features", path=path)
    source_crs = resolve_crs(frame.crs, crs, path=path, option="--crs")
    frame = frame.set_crs(source_crs, allow_override=True)
    ids = _feature_ids(frame, id_field, path)
    geoms = frame.geometry.to_numpy()
    dropped: list[Dropped] = []
    repaired: list[Dropped] = []
    bad = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    bad |= ~np.isin(shapely.get_type_id(geoms), POLYGONAL)
    for row in np.flatnonzero(bad):
        kind = "empty geometry" if shapely.is_empty(geoms[row]) or geoms[row] is None else (
            f"a {shapely.get_type_id(geoms[row]) and geoms[row].geom_type}, not a polygon")
        if not skip_invalid:
            raise InvalidFeatureError(f"{kind} (id {ids[row]})", path=path, row=int(row),
                                      field="geometry")
        dropped.append(Dropped(int(row), str(ids[row]), kind))
    keep = np.flatnonzero(~bad)
    geoms = geoms[keep]
    invalid = np.flatnonzero(~shapely.is_valid(geoms))
    for i in invalid:
        reason = shapely.is_valid_reason(geoms[i])
        fixed = shapely.make_valid(geoms[i])
        polygonal = shapely.get_parts(fixed)
        polygonal = polygonal[np.isin(shapely.get_type_id(polygonal), POLYGONAL)]
        if polygonal.size == 0:
            if not skip_invalid:
                raise InvalidFeatureError(f"invalid polygon that cannot be repaired ({reason})",
                                          path=path, row=int(keep[i]), field="geometry")
            dropped.append(Dropped(int(keep[i]), str(ids[keep[i]]), f"unrepairable: {reason}"))
            geoms[i] = None
            continue
        lost = shapely.area(geoms[i]) - shapely.area(shapely.union_all(polygonal))
        repaired.append(Dropped(int(keep[i]), str(ids[keep[i]]),
                                f"repaired ({reason}); area change {lost:.2f}"))
        geoms[i] = shapely.union_all(polygonal)
    alive = ~shapely.is_missing(geoms)
    keep, geoms = keep[alive], geoms[alive]
    if keep.size == 0:
        raise IngestError("no polygon features left", path=path)

    bounds = shapely.total_bounds(geoms)
    lon, lat = check_area_of_use(
        source_crs, np.array(bounds[[0, 2]]), np.array(bounds[[1, 3]]), path=path, option="--crs"
    )
    work = metric_crs(source_crs, lon, lat)
    if not work.equals(source_crs):
        geoms = shapely.transform(geoms, lambda xy: np.column_stack(
            transformer(source_crs, work).transform(xy[:, 0], xy[:, 1])))
    geoms = shapely.remove_repeated_points(geoms, tolerance=1e-3)
    attributes = pd.DataFrame(frame.drop(columns=frame.geometry.name).iloc[keep]).reset_index(
        drop=True)
    return Footprints(path, source_crs, work, geoms, attributes, keep, ids[keep], repaired,
                      dropped)
