"""Networks drawn as GIS layers: lines (segments) and optional points (nodes) in GeoJSON/GeoPackage.

Fields are found by common names (override with `fields={"diameter": "DN", ...}`); diameters,
widths and heights are millimetres unless `diameter_unit="m"`. Segment ends are tied to nodes by
from/to id fields when the lines have them, else by position; a line end that is no node is an
error naming the segment. Without a node layer, nodes are the distinct line end points.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyogrio
import shapely
from numpy.typing import NDArray
from pyproj import CRS
from scipy.spatial import cKDTree

from ingest_survey.crs import resolve_crs
from ingest_survey.errors import (
    IngestError,
    InvalidFeatureError,
    InvalidOptionError,
    vector_open_error,
)
from ingest_survey.readers.networks import (
    NODE_KINDS,
    PIPELINE_TYPES,
    Network,
    require_nodes,
)
from tiling.metadata import Utf8Column

ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "name", "osm_id", "gid", "fid", "pipe_id", "node_id"),
    "from": ("from_node", "start_node_name", "from", "node1", "start_node", "source"),
    "to": ("to_node", "end_node_name", "to", "node2", "end_node", "target"),
    "type": ("pipeline_type", "utility", "network", "substance"),
    "diameter": ("diameter_mm", "diameter", "dn", "dia"),
    "width": ("width_mm", "width"),
    "height": ("height_mm", "height"),
    "depth": ("depth", "burial_depth", "cover"),
    "depth_from": ("depth_from", "depth_start", "start_depth"),
    "depth_to": ("depth_to", "depth_end", "end_depth"),
    "invert_from": ("invert_from", "invert_start", "start_invert", "us_invert"),
    "invert_to": ("invert_to", "invert_end", "end_invert", "ds_invert"),
    "material": ("material",),
    "year": ("year", "install_year", "built"),
    "owner": ("owner", "operator"),
    "kind": ("kind", "node_type", "node_kind", "feature"),
    "ground": ("ground", "elevation", "rim", "surface"),
    "node_invert": ("invert", "sump"),
}
TYPE_WORDS = {
    "water": "water",
    "drinking_water": "water",
    "gas": "gas",
    "sewage": "drainage",
    "sewer": "drainage",
    "drain": "drainage",
    "rainwater": "drainage",
    "heat": "heat",
    "hot_water": "heat",
    "steam": "heat",
    "power": "power",
    "electricity": "power",
    "telecom": "telecom",
    "oil": "industrial",
    "industrial": "industrial",
    "tunnel": "tunnel",
}


def _field(frame: pd.DataFrame, key: str, fields: dict[str, str]) -> str | None:
    if key in fields:
        if fields[key] not in frame.columns:
            raise IngestError(
                f"no field '{fields[key]}' (fields: {', '.join(frame.columns)})", field=fields[key]
            )
        return fields[key]
    lower = {c.lower(): c for c in frame.columns}
    return next((lower[a] for a in ALIASES[key] if a in lower), None)


def _numbers(
    frame: pd.DataFrame,
    key: str,
    fields: dict[str, str],
    ids: NDArray[Any],
    path: Path,
    scale: float = 1.0,
) -> NDArray[np.float64]:
    name = _field(frame, key, fields)
    if name is None:
        return np.full(len(frame), np.nan)
    raw = frame[name]
    values = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    bad = np.isnan(values) & raw.notna().to_numpy() & (raw.astype(str).str.strip() != "")
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise InvalidFeatureError(
            f"'{ids[i]}': {name} = '{raw.iloc[i]}' is not a number",
            path=path,
            row=str(ids[i]),
            field=name,
        )
    return values * scale


def _read(path: Path, geometry: str, layer: str | None) -> pd.DataFrame:
    try:
        layers = pyogrio.list_layers(path)
        names = [str(n) for n, kind in layers if kind and geometry in str(kind)]
        chosen = layer or (names[0] if names else str(layers[0, 0]))
        return pyogrio.read_dataframe(path, layer=chosen)
    except Exception as exc:  # pyogrio raises several DataSourceError flavours
        raise vector_open_error(path, exc) from exc


def _ids(frame: pd.DataFrame, fields: dict[str, str], prefix: str) -> NDArray[Any]:
    if "id" in fields:
        name: str | None = _field(frame, "id", fields)
    else:  # the first id-like column that is complete and unique
        lower = {c.lower(): c for c in frame.columns}
        name = next(
            (
                lower[a]
                for a in ALIASES["id"]
                if a in lower and frame[lower[a]].notna().all() and frame[lower[a]].is_unique
            ),
            None,
        )
    if name is None:
        return np.array([f"{prefix}{i}" for i in range(len(frame))], dtype=object)
    return frame[name].astype(str).to_numpy(dtype=object)


_LINE_TYPE_IDS = (shapely.GeometryType.LINESTRING, shapely.GeometryType.MULTILINESTRING)


def _lines(
    frame: pd.DataFrame, ids: NDArray[Any], path: Path
) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    source = frame.geometry.to_numpy()
    # Only lines are pipes: line_merge would turn a Polygon into its boundary, a pipe.
    kinds = shapely.get_type_id(source)
    not_lines = ~np.isin(kinds, _LINE_TYPE_IDS)
    if not_lines.any():
        i = int(np.flatnonzero(not_lines)[0])
        what = "has no geometry" if source[i] is None else f"is a {source[i].geom_type}"
        more = int(not_lines.sum()) - 1
        raise InvalidFeatureError(
            f"segment '{ids[i]}' {what}, not a line (LineString or MultiLineString)"
            + (f"; {more} more such rows" if more else ""),
            path=path,
            row=str(ids[i]),
            field="geometry",
        )
    geoms = shapely.line_merge(source)
    apart = shapely.get_type_id(geoms) != shapely.GeometryType.LINESTRING
    if apart.any():
        i = int(np.flatnonzero(apart)[0])
        raise InvalidFeatureError(
            f"segment '{ids[i]}' is a MultiLineString of "
            f"{shapely.get_num_geometries(geoms[i])} parts that do not join into one line",
            path=path,
            row=str(ids[i]),
            field="geometry",
        )
    xy, index = shapely.get_coordinates(geoms, return_index=True)
    counts = np.bincount(index, minlength=geoms.size)
    if (counts < 2).any():
        i = int(np.flatnonzero(counts < 2)[0])
        raise InvalidFeatureError(
            f"segment '{ids[i]}' has fewer than two vertices",
            path=path,
            row=str(ids[i]),
            field="geometry",
        )
    return xy, np.r_[0, np.cumsum(counts)].astype(np.intp)


def _node_layers(
    paths: list[Path], fields: dict[str, str], crs: CRS
) -> tuple[NDArray[Any], NDArray[np.float64], NDArray[Any], NDArray[np.float64]]:
    ids, xy, kinds, ground = [], [], [], []
    for path, layer in _point_layers(paths):
        frame = _read(path, "Point", layer)
        node_ids = _ids(frame, fields, "node-")
        pts = frame.geometry.to_numpy()
        if not (shapely.get_type_id(pts) == 0).all():
            i = int(np.flatnonzero(shapely.get_type_id(pts) != 0)[0])
            what = "has no geometry" if pts[i] is None else f"is a {pts[i].geom_type}"
            raise InvalidFeatureError(
                f"node '{node_ids[i]}' {what}, not a Point",
                path=path,
                row=str(node_ids[i]),
                field="geometry",
            )
        if frame.crs is not None and CRS.from_user_input(frame.crs) != crs:
            raise IngestError("the node layer's CRS differs from the lines'", path=path)
        kind_field = _field(frame, "kind", fields)
        kind = (
            frame[kind_field].fillna("junction").astype(str).str.lower().to_numpy(object)
            if kind_field
            else np.full(len(frame), _kind_from_name(path, layer), dtype=object)
        )
        unknown = ~np.isin(kind, NODE_KINDS)
        kind[unknown] = "junction"
        ids.append(node_ids)
        xy.append(shapely.get_coordinates(pts))
        kinds.append(kind)
        ground.append(_numbers(frame, "ground", fields, node_ids, path))
    return (np.concatenate(ids), np.concatenate(xy), np.concatenate(kinds), np.concatenate(ground))


def _point_layers(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """Every point layer of every node dataset (a GeoPackage may hold several)."""
    out: list[tuple[Path, str | None]] = []
    for path in paths:
        try:
            layers = pyogrio.list_layers(path)
        except Exception as exc:  # pyogrio raises several DataSourceError flavours
            raise vector_open_error(path, exc) from exc
        points = [str(n) for n, kind in layers if kind and "Point" in str(kind)]
        out += [(path, name) for name in points] if len(layers) > 1 else [(path, None)]
    return out


def _kind_from_name(path: Path, layer: str | None = None) -> str:
    """ky4_tanks.geojson (or a layer `tanks`) -> tank: datasets named after what they hold."""
    stem = (layer or path.stem).lower()
    return next((k for k in NODE_KINDS if k in stem), "junction")


def _ends_by_position(
    seg_xy: NDArray[np.float64],
    offsets: NDArray[np.intp],
    node_xy: NDArray,
    ids: NDArray[Any],
    tol: float,
    path: Path,
) -> tuple[NDArray, NDArray]:
    tree = cKDTree(node_xy)
    ends = np.concatenate([seg_xy[offsets[:-1]], seg_xy[offsets[1:] - 1]])
    dist, index = tree.query(ends, distance_upper_bound=tol)
    missing = ~np.isfinite(dist)
    if missing.any():
        i = int(np.flatnonzero(missing)[0])
        s = i % ids.size
        raise InvalidFeatureError(
            f"segment '{ids[s]}': its {'start' if i < ids.size else 'end'} point "
            f"({ends[i, 0]:.8g}, {ends[i, 1]:.8g}) is not a node (none within {tol:g}; "
            f"{int(missing.sum())} such ends)",
            path=path,
            row=str(ids[s]),
            field="geometry",
        )
    return index[: ids.size].astype(np.intp), index[ids.size :].astype(np.intp)


def read_vector_network(
    path: Path,
    *,
    crs: str | None = None,
    pipeline_type: str | None = None,
    nodes: list[Path] | None = None,
    fields: dict[str, str] | None = None,
    diameter_unit: str = "mm",
    layer: str | None = None,
    snap: float | None = None,
) -> Network:
    """Read line segments (and point nodes) into a Network."""
    fields = fields or {}
    frame = _read(path, "LineString", layer)
    if frame.empty:
        raise IngestError("the dataset holds no features (no lines)", path=path)
    file_crs = CRS.from_user_input(frame.crs) if frame.crs is not None else None
    the_crs = resolve_crs(file_crs, crs, path=path, option="--crs")
    ids = _ids(frame, fields, "segment-")
    seg_xy, offsets = _lines(frame, ids, path)
    tol = snap if snap is not None else (1e-7 if the_crs.is_geographic else 0.01)
    if nodes:
        node_ids, node_xy, node_kind, ground = _node_layers(nodes, fields, the_crs)
    else:
        ends = np.concatenate([seg_xy[offsets[:-1]], seg_xy[offsets[1:] - 1]])
        groups = cKDTree(ends).query_ball_point(ends, tol, return_sorted=True)
        first = np.fromiter((g[0] for g in groups), dtype=np.intp, count=len(groups))
        reps = np.unique(first)
        node_xy = ends[reps]
        node_ids = np.array([f"node-{i}" for i in range(reps.size)], dtype=object)
        node_kind = np.full(reps.size, "junction", dtype=object)
        ground = np.full(reps.size, np.nan)
    from_field, to_field = _field(frame, "from", fields), _field(frame, "to", fields)
    if nodes and from_field and to_field:
        seg_from = require_nodes(
            node_ids, frame[from_field].astype(str).to_numpy(), ids, "start node", path
        )
        seg_to = require_nodes(
            node_ids, frame[to_field].astype(str).to_numpy(), ids, "end node", path
        )
    else:
        seg_from, seg_to = _ends_by_position(seg_xy, offsets, node_xy, ids, tol, path)
    return _network(
        path,
        the_crs,
        frame,
        fields,
        ids,
        seg_xy,
        offsets,
        seg_from,
        seg_to,
        node_ids,
        node_xy,
        node_kind,
        ground,
        pipeline_type,
        diameter_unit,
    )


def _network(
    path: Path,
    crs: CRS,
    frame: pd.DataFrame,
    fields: dict[str, str],
    ids: NDArray[Any],
    seg_xy: NDArray,
    offsets: NDArray,
    seg_from: NDArray,
    seg_to: NDArray,
    node_ids: NDArray,
    node_xy: NDArray,
    node_kind: NDArray,
    ground: NDArray,
    pipeline_type: str | None,
    diameter_unit: str,
) -> Network:
    if diameter_unit not in ("mm", "m"):
        raise InvalidOptionError("the diameter unit must be mm or m", field="--diameter-unit")
    scale = 0.001 if diameter_unit == "mm" else 1.0
    n = ids.size
    diameter = _numbers(frame, "diameter", fields, ids, path, scale)
    width = _numbers(frame, "width", fields, ids, path, scale)
    height = _numbers(frame, "height", fields, ids, path, scale)
    box = ~np.isnan(width) & ~np.isnan(height) & np.isnan(diameter)
    depth = np.column_stack(
        [
            _numbers(frame, "depth_from", fields, ids, path),
            _numbers(frame, "depth_to", fields, ids, path),
        ]
    )
    one_depth = _numbers(frame, "depth", fields, ids, path)
    depth = np.where(np.isnan(depth), one_depth[:, None], depth)
    invert = np.column_stack(
        [
            _numbers(frame, "invert_from", fields, ids, path),
            _numbers(frame, "invert_to", fields, ids, path),
        ]
    )
    type_field = _field(frame, "type", fields)
    seg_type = None
    if type_field is not None and pipeline_type is None:
        words = frame[type_field].astype(str).str.lower().to_numpy(object)
        seg_type = np.array(
            [TYPE_WORDS.get(w, w if w in PIPELINE_TYPES else "unknown") for w in words],
            dtype=object,
        )
    used = {
        _field(frame, k, fields)
        for k in (
            "id",
            "from",
            "to",
            "diameter",
            "width",
            "height",
            "depth",
            "depth_from",
            "depth_to",
            "invert_from",
            "invert_to",
        )
    }
    attributes: dict[str, NDArray[Any] | Utf8Column] = {}
    for key in ("material", "year", "owner"):
        name = _field(frame, key, fields)
        if name is not None:
            used.add(name)
            attributes[key] = Utf8Column.from_values(
                frame[name].astype(object).where(frame[name].notna(), None).to_numpy()
            )
    for name in frame.columns:
        if name not in used and name != "geometry":
            col = frame[name]
            attributes[f"src_{name}"] = Utf8Column.from_values(
                col.astype(object).where(col.notna(), None).to_numpy()
            )
    return Network(
        path=path,
        crs=crs,
        pipeline_type=pipeline_type or "unknown",
        node_ids=node_ids,
        node_xy=node_xy,
        node_kind=node_kind,
        node_ground=ground,
        node_invert=np.full(node_ids.size, np.nan),
        seg_ids=ids,
        seg_from=seg_from,
        seg_to=seg_to,
        seg_xy=seg_xy,
        seg_offsets=offsets,
        seg_shape=np.where(box, "box", "circular").astype(object),
        seg_diameter_m=np.where(box, np.nan, diameter),
        seg_width_m=np.where(box, width, np.nan),
        seg_height_m=np.where(box, height, np.nan),
        seg_depth=depth,
        seg_invert=invert,
        seg_length_m=np.full(n, np.nan),
        seg_is_valve=np.zeros(n, dtype=bool),
        seg_type=seg_type,
        seg_attributes=attributes,
    )
