"""Building footprints (GeoJSON, GeoPackage, Shapefile, OGR SQLite) as polygons in a metric CRS.

Read as a stream of Arrow batches (pyogrio), so a city of millions of buildings never sits in
memory whole. Each batch is checked (non-polygon rows are errors naming them), repaired with
make_valid (reported), and reprojected into one metric working CRS.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyogrio
import pyogrio.raw
import shapely
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import check_area_of_use, metric_crs, resolve_crs, transformer
from ingest_survey.errors import (
    IngestError,
    InvalidFeatureError,
    InvalidOptionError,
    UnreadableFileError,
    vector_open_error,
)
from tiling.metadata import Utf8Column

POLYGONAL = (3, 6)  # shapely type ids of Polygon and MultiPolygon
ID_CANDIDATES = ("id", "identificatie", "identificatiebagpnd", "osm_id", "fid", "gml_id")
BATCH_SIZE = 5_000  # rows per read: bounds the memory of the reading pass


@dataclass(frozen=True)
class Dropped:
    """A feature, or part of one, that could not be kept as it was, and why."""

    row: int
    feature_id: str
    reason: str


@dataclass(frozen=True)
class FootprintSource:
    """An opened, checked footprint dataset: where it is, its CRS, and the metric working CRS."""

    path: Path
    layer: str | None
    source_crs: CRS
    crs: CRS
    features: int
    fields: tuple[str, ...]
    id_field: str | None


@dataclass
class Footprints:
    """A batch of footprints: polygons in the working CRS, ids, source rows and attributes."""

    source: FootprintSource
    polygons: NDArray[Any]
    ids: NDArray[Any]  # stable ids (source id field, else the row number), as strings
    rows: NDArray[np.int64]  # row of each feature in the source
    attributes: pa.Table
    repaired: list[Dropped] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)

    def __len__(self) -> int:
        """Number of footprints kept."""
        return int(self.polygons.size)

    @property
    def path(self) -> Path:
        """The source file."""
        return self.source.path

    def __getstate__(self) -> dict[str, Any]:
        """Pickle polygons as one vectorised WKB array (spill files, worker processes)."""
        state = dict(self.__dict__)
        state["polygons"] = shapely.to_wkb(self.polygons)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore the polygons from WKB."""
        state["polygons"] = shapely.from_wkb(state["polygons"])
        self.__dict__.update(state)

    @property
    def crs(self) -> CRS:
        """The metric working CRS of the polygons."""
        return self.source.crs


def _pick_layer(path: Path, layer: str | None) -> str | None:
    try:
        layers = pyogrio.list_layers(path)
    except Exception as exc:  # pyogrio raises several DataSourceError flavours
        raise vector_open_error(path, exc) from exc
    names = [str(name) for name in layers[:, 0]]
    if layer is not None:
        if layer not in names:
            raise InvalidOptionError(
                f"no layer '{layer}' (layers: {', '.join(names)})", path=path, field="--layer"
            )
        return layer
    polygon_layers = [str(n) for n, kind in layers if kind and "Polygon" in str(kind)]
    if len(polygon_layers) == 1 or len(names) == 1:
        return polygon_layers[0] if polygon_layers else names[0]
    if not polygon_layers:
        raise IngestError("no polygon layer in the dataset", path=path)
    raise InvalidOptionError(
        f"several polygon layers ({', '.join(polygon_layers)}); choose one with --layer",
        path=path,
        field="--layer",
    )


def open_footprints(
    path: str | Path,
    *,
    crs: str | CRS | None = None,
    layer: str | None = None,
    id_field: str | None = None,
) -> FootprintSource:
    """Open a dataset, resolve its CRS (file or override), check the data lies where the CRS is
    used, and choose the metric working CRS (the source's if projected in metres, else UTM)."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    chosen = _pick_layer(path, layer)
    try:
        info = pyogrio.read_info(path, layer=chosen, force_total_bounds=True)
    except Exception as exc:
        raise vector_open_error(path, exc) from exc
    if not info["features"]:
        raise IngestError("the dataset holds no features", path=path)
    source_crs = resolve_crs(
        CRS.from_user_input(info["crs"]) if info["crs"] else None, crs, path=path, option="--crs"
    )
    bounds = np.asarray(info["total_bounds"], dtype=np.float64)
    if not np.isfinite(bounds).all():
        raise IngestError("the dataset has no geometry extent", path=path)
    lon, lat = check_area_of_use(
        source_crs, bounds[[0, 2]], bounds[[1, 3]], path=path, option="--crs"
    )
    fields = tuple(str(f) for f in info["fields"])
    if id_field is not None and id_field not in fields:
        raise IngestError(f"no id field '{id_field}'", path=path, field=id_field)
    return FootprintSource(
        path,
        chosen,
        source_crs,
        metric_crs(source_crs, lon, lat),
        int(info["features"]),
        fields,
        id_field,
    )


def _ids(source: FootprintSource, table: pa.Table, rows: NDArray[np.int64]) -> NDArray[Any]:
    for name in (source.id_field,) if source.id_field else ID_CANDIDATES:
        if name in table.column_names and table.column(name).null_count == 0:
            values = table.column(name)
            if pa.types.is_floating(values.type):
                values = pc.cast(values, pa.int64())
            return np.asarray(pc.cast(values, pa.string()).to_pylist(), dtype=object)
        if name == source.id_field:
            raise IngestError("the id field has empty values", path=source.path, field=name)
    return np.array([str(r) for r in rows], dtype=object)


def _check_geometry(
    source: FootprintSource,
    geoms: NDArray[Any],
    ids: NDArray[Any],
    rows: NDArray[np.int64],
    skip_invalid: bool,
) -> tuple[NDArray[np.bool_], list[Dropped]]:
    bad = shapely.is_missing(geoms) | shapely.is_empty(geoms)
    bad |= ~np.isin(shapely.get_type_id(geoms), POLYGONAL)
    dropped: list[Dropped] = []
    for i in np.flatnonzero(bad):
        geom = geoms[i]
        kind = (
            "empty geometry"
            if geom is None or shapely.is_empty(geom)
            else f"a {geom.geom_type}, not a polygon"
        )
        if not skip_invalid:
            raise InvalidFeatureError(
                f"{kind} (id {ids[i]})", path=source.path, row=int(rows[i]), field="geometry"
            )
        dropped.append(Dropped(int(rows[i]), str(ids[i]), kind))
    return ~bad, dropped


def _repair(
    source: FootprintSource,
    geoms: NDArray[Any],
    ids: NDArray[Any],
    rows: NDArray[np.int64],
    skip_invalid: bool,
) -> tuple[list[Dropped], list[Dropped]]:
    """make_valid what is invalid, in place; returns (repaired, dropped). Dropped slots -> None."""
    repaired: list[Dropped] = []
    dropped: list[Dropped] = []
    for i in np.flatnonzero(~shapely.is_valid(geoms)):
        reason = shapely.is_valid_reason(geoms[i])
        parts = shapely.get_parts(shapely.make_valid(geoms[i]))
        parts = parts[np.isin(shapely.get_type_id(parts), POLYGONAL)]
        if parts.size == 0:
            if not skip_invalid:
                raise InvalidFeatureError(
                    f"invalid polygon that cannot be repaired ({reason})",
                    path=source.path,
                    row=int(rows[i]),
                    field="geometry",
                )
            dropped.append(Dropped(int(rows[i]), str(ids[i]), f"unrepairable: {reason}"))
            geoms[i] = None
            continue
        fixed = shapely.union_all(parts)
        change = shapely.area(geoms[i]) - shapely.area(fixed)
        repaired.append(
            Dropped(int(rows[i]), str(ids[i]), f"repaired ({reason}); area change {change:.2f}")
        )
        geoms[i] = fixed
    return repaired, dropped


def iter_footprints(
    source: FootprintSource, *, skip_invalid: bool = False, batch_size: int = BATCH_SIZE
) -> Iterator[Footprints]:
    """The footprints batch by batch, checked, repaired and in the working CRS."""
    to_work = (
        None if source.crs.equals(source.source_crs) else transformer(source.source_crs, source.crs)
    )
    start = 0
    try:
        with pyogrio.raw.open_arrow(
            source.path, layer=source.layer, batch_size=batch_size, use_pyarrow=True
        ) as (meta, reader):
            geometry_name = meta["geometry_name"] or "wkb_geometry"
            for batch in reader:
                table = pa.Table.from_batches([batch])
                rows = np.arange(start, start + table.num_rows, dtype=np.int64)
                start += table.num_rows
                geoms = shapely.from_wkb(
                    np.asarray(table.column(geometry_name).to_pylist(), dtype=object)
                )
                attributes = table.drop_columns([geometry_name])
                ids = _ids(source, attributes, rows)
                keep, dropped = _check_geometry(source, geoms, ids, rows, skip_invalid)
                geoms = geoms[keep]
                repaired, unrepairable = _repair(source, geoms, ids[keep], rows[keep], skip_invalid)
                alive = np.flatnonzero(keep)[~shapely.is_missing(geoms)]
                geoms = geoms[~shapely.is_missing(geoms)]
                if to_work is not None:
                    geoms = shapely.transform(
                        geoms, lambda xy: np.column_stack(to_work.transform(xy[:, 0], xy[:, 1]))
                    )
                geoms = shapely.remove_repeated_points(geoms, tolerance=1e-3)
                yield Footprints(
                    source,
                    geoms,
                    ids[alive],
                    rows[alive],
                    attributes.take(pa.array(alive)),
                    repaired,
                    dropped + unrepairable,
                )
    except (IngestError, pa.ArrowException):
        raise
    except Exception as exc:
        raise UnreadableFileError(
            f"cannot read features after row {start}: {exc}", path=source.path
        ) from exc


def read_footprints(
    path: str | Path,
    *,
    crs: str | CRS | None = None,
    layer: str | None = None,
    id_field: str | None = None,
    skip_invalid: bool = False,
) -> Footprints:
    """Every footprint at once (for inputs known to be small; pipelines stream the batches)."""
    source = open_footprints(path, crs=crs, layer=layer, id_field=id_field)
    batches = list(iter_footprints(source, skip_invalid=skip_invalid))
    if not batches or sum(len(b) for b in batches) == 0:
        raise IngestError("no polygon features left", path=source.path)
    return Footprints(
        source,
        np.concatenate([b.polygons for b in batches]),
        np.concatenate([b.ids for b in batches]),
        np.concatenate([b.rows for b in batches]),
        pa.concat_tables([b.attributes for b in batches]),
        [r for b in batches for r in b.repaired],
        [d for b in batches for d in b.dropped],
    )


def utf8_column(values: pa.ChunkedArray | pa.Array) -> Utf8Column:
    """An Arrow column as a UTF-8 metadata column, straight from its buffers."""
    array = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    if not pa.types.is_large_string(array.type):
        array = pc.cast(array, pa.large_string())
    _, offsets_buffer, data_buffer = array.buffers()
    offsets = np.frombuffer(offsets_buffer, np.int64)[array.offset : array.offset + len(array) + 1]
    data = (
        np.frombuffer(data_buffer, np.uint8) if data_buffer is not None else np.zeros(0, np.uint8)
    )[offsets[0] : offsets[-1]]
    missing = array.is_null().to_numpy(zero_copy_only=False)
    return Utf8Column(data.copy(), offsets - offsets[0], missing)


def metadata_column(values: pa.ChunkedArray) -> NDArray[Any] | Utf8Column:
    """A source attribute typed for EXT_structural_metadata (numbers, booleans, else strings)."""
    kind = values.type
    if pa.types.is_boolean(kind) and values.null_count == 0:
        return values.to_numpy()
    if pa.types.is_integer(kind) and values.null_count == 0:
        return values.to_numpy().astype(np.int64)
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return pc.cast(values, pa.float64()).to_numpy(zero_copy_only=False)
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return utf8_column(values)
    try:
        return utf8_column(pc.cast(values, pa.large_string()))
    except pa.ArrowNotImplementedError:
        return Utf8Column.from_values([None if v is None else str(v) for v in values.to_pylist()])


def numeric_column(values: pa.ChunkedArray) -> NDArray[np.float64]:
    """A column as floats: numbers as they are, numeric text parsed, anything else NaN."""
    if pa.types.is_integer(values.type) or pa.types.is_floating(values.type):
        return pc.cast(values, pa.float64()).to_numpy(zero_copy_only=False)
    out = np.full(len(values), np.nan)
    for i, v in enumerate(values.to_pylist()):
        try:
            out[i] = float(v) if v is not None and str(v).strip() else np.nan
        except ValueError:
            out[i] = np.inf  # unparsable: flagged by the caller as a bad value
    return out
