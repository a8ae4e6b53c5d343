"""pandapipes (gas, district heat) and pandapower (power cables) networks saved as JSON.

Both libraries save a dict of pandas DataFrames (`to_json`, orient "split"). Tables read here:
pandapipes `junction`, `junction_geodata` (x, y in the network's CRS), `pipe`, `pipe_geodata`
(polyline coords), `valve`, `ext_grid` and `circ_pump_pressure` (the feeds); pandapower `bus` and
`line` with their GeoJSON `geo` column (lon/lat, WGS 84), and `ext_grid`.

Positions come from the `*_geodata` tables, never from a pandapipes `geo` column: the Schutterwald
heat network's `geo` has latitude and longitude swapped. pandapipes files carry no CRS; pass it
(Schutterwald: EPSG:31467, Gauss-Krueger zone 3).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.crs import resolve_crs, transformer
from ingest_survey.errors import InvalidFeatureError, UnreadableFileError
from ingest_survey.readers.networks import Network, require_nodes


def _tables(path: Path) -> dict[str, Any]:
    try:
        doc = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise UnreadableFileError(
            f"not a pandapipes/pandapower JSON file: {exc}", path=path
        ) from exc
    obj = doc.get("_object", doc)
    return json.loads(obj) if isinstance(obj, str) else obj


def _frame(tables: dict[str, Any], name: str, path: Path, required: bool = True) -> pd.DataFrame:
    entry = tables.get(name)
    if not isinstance(entry, dict) or "_object" not in entry:
        if required:
            raise InvalidFeatureError(f"the network has no '{name}' table", path=path, field=name)
        return pd.DataFrame()
    return pd.read_json(io.StringIO(entry["_object"]), orient="split")


def _polyline_coords(
    values: pd.Series, ids: NDArray[Any], start: NDArray, end: NDArray, geojson: bool, path: Path
) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """Each link's polyline: its stored coordinates, else a straight line between its ends."""
    parts, counts = [], []
    for k, value in enumerate(values):
        coords = None
        if isinstance(value, str) and value:
            value = json.loads(value)
        if geojson and isinstance(value, dict):
            coords = value.get("coordinates")
        elif not geojson and isinstance(value, list):
            coords = value
        arr = np.asarray(coords, dtype=np.float64) if coords else np.array([start[k], end[k]])
        if arr.ndim != 2 or arr.shape[0] < 2 or arr.shape[1] < 2:
            raise InvalidFeatureError(
                f"link '{ids[k]}' has unusable coordinates",
                path=path,
                row=str(ids[k]),
                field="coords",
            )
        parts.append(arr[:, :2])
        counts.append(arr.shape[0])
    return np.concatenate(parts), np.r_[0, np.cumsum(counts)].astype(np.intp)


def _junction_positions(
    junction: pd.DataFrame, geodata: pd.DataFrame, crs: CRS | None, path: Path
) -> NDArray[np.float64]:
    """x, y of every junction: junction_geodata, else the `geo` point in WGS 84, whose axis order
    is found by comparing both orders with the junctions that have both (Schutterwald's heat
    network writes [lat, lon])."""
    xy = geodata.reindex(junction.index)[["x", "y"]].to_numpy(dtype=np.float64, copy=True)
    missing = np.isnan(xy).any(axis=1)
    if not missing.any():
        return xy
    if "geo" not in junction or crs is None:
        bad = junction.index[missing][0]
        raise InvalidFeatureError(
            f"junction {bad} has no position in junction_geodata"
            + ("" if "geo" not in junction else " (its geo point needs --crs to be placed)"),
            path=path,
            row=str(bad),
            field="junction_geodata",
        )
    pairs = np.full((len(junction), 2), np.nan)
    for k, value in enumerate(junction["geo"]):
        point = json.loads(value) if isinstance(value, str) else value
        if isinstance(point, dict) and len(point.get("coordinates") or []) >= 2:
            pairs[k] = np.asarray(point["coordinates"][:2], dtype=np.float64)
    both = ~missing & ~np.isnan(pairs).any(axis=1)
    to_crs = transformer(CRS.from_epsg(4326), crs)
    best, best_error = None, np.inf
    for lon, lat in ((pairs[:, 0], pairs[:, 1]), (pairs[:, 1], pairs[:, 0])):
        x, y = to_crs.transform(lon, lat)
        candidate = np.column_stack([x, y])
        error = (
            float(np.nanmedian(np.hypot(*(candidate[both] - xy[both]).T))) if both.any() else np.inf
        )
        if error < best_error:
            best, best_error = candidate, error
    if best is None or not best_error < 50.0:
        raise InvalidFeatureError(
            "the junctions' geo points do not agree with junction_geodata in either axis order",
            path=path,
            field="geo",
        )
    xy[missing] = best[missing]
    xy = _return_twins(junction, xy)
    if not np.isfinite(xy).all():
        bad = junction.index[~np.isfinite(xy).all(axis=1)][0]
        raise InvalidFeatureError(
            f"junction {bad} has no position", path=path, row=str(bad), field="geo"
        )
    return xy


def _return_twins(junction: pd.DataFrame, xy: NDArray[np.float64]) -> NDArray[np.float64]:
    """A heat network's return junction `return_X` with no position at all sits where its flow
    twin `X` is, as every return junction with a position does (checked: within 1 m)."""
    names = junction["name"].astype(str).to_numpy()
    lost = ~np.isfinite(xy).all(axis=1)
    if not lost.any():
        return xy
    index = {name: k for k, name in enumerate(names)}
    twin = np.array(
        [index.get(n.removeprefix("return_"), -1) if n.startswith("return_") else -1 for n in names]
    )
    known = (twin >= 0) & ~lost & np.isfinite(xy[np.maximum(twin, 0)]).all(axis=1)
    if not known.any() or np.median(np.hypot(*(xy[known] - xy[twin[known]]).T)) > 1.0:
        return xy
    use = lost & (twin >= 0)
    xy[use] = xy[twin[use]]
    return xy


def read_pandapipes(path: str | Path, *, crs: str | CRS | None = None) -> Network:
    """Read a pandapipes or pandapower network."""
    path = Path(path)
    tables = _tables(path)
    if "bus" in tables and "line" in tables:
        return _read_power(path, tables, crs)
    junction = _frame(tables, "junction", path)
    the_crs = None if crs is None else resolve_crs(None, crs, path=path, option="--crs")
    node_xy = _junction_positions(junction, _frame(tables, "junction_geodata", path), the_crs, path)
    node_ids = junction.index.astype(str).to_numpy()
    kind = np.full(node_ids.size, "junction", dtype=object)
    for table, column in (("ext_grid", "junction"), ("circ_pump_pressure", "flow_junction")):
        feeds = _frame(tables, table, path, required=False)
        if column in feeds:
            kind[np.isin(node_ids, feeds[column].astype(str).to_numpy())] = "source"
    pipe = _frame(tables, "pipe", path)
    valve = _frame(tables, "valve", path, required=False)
    links = pd.concat([pipe.assign(link_type="pipe"), valve.assign(link_type="valve")])
    seg_ids = np.r_[
        ("pipe-" + pipe.index.astype(str)).to_numpy(),
        ("valve-" + valve.index.astype(str)).to_numpy(),
    ].astype(object)
    ends = {
        end: links[end].astype("int64").astype(str).to_numpy()
        for end in ("from_junction", "to_junction")
    }
    seg_from = require_nodes(node_ids, ends["from_junction"], seg_ids, "from_junction", path)
    seg_to = require_nodes(node_ids, ends["to_junction"], seg_ids, "to_junction", path)
    pipe_geo = _frame(tables, "pipe_geodata", path, required=False)
    coords = (
        pipe_geo["coords"].reindex(pipe.index)
        if "coords" in pipe_geo
        else pd.Series([None] * len(pipe), index=pipe.index)
    )
    values = pd.concat([coords, pd.Series([None] * len(valve), dtype=object)])
    seg_xy, offsets = _polyline_coords(
        values, seg_ids, node_xy[seg_from], node_xy[seg_to], False, path
    )
    fluid = (
        str(tables.get("fluid", {}).get("_object", ""))
        if isinstance(tables.get("fluid"), dict)
        else ""
    )
    pipeline_type = "heat" if ("heat_consumer" in tables or "water" in fluid.lower()) else "gas"
    n = seg_ids.size
    return Network(
        path=path,
        crs=the_crs,
        pipeline_type=pipeline_type,
        node_ids=node_ids.astype(object),
        node_xy=node_xy,
        node_kind=kind,
        node_ground=junction["height_m"].to_numpy(dtype=np.float64),
        node_invert=np.full(node_ids.size, np.nan),
        seg_ids=seg_ids,
        seg_from=seg_from,
        seg_to=seg_to,
        seg_xy=seg_xy,
        seg_offsets=offsets,
        seg_shape=np.full(n, "circular", dtype=object),
        seg_diameter_m=links["diameter_m"].to_numpy(dtype=np.float64),
        seg_width_m=np.full(n, np.nan),
        seg_height_m=np.full(n, np.nan),
        seg_depth=np.full((n, 2), np.nan),
        seg_invert=np.full((n, 2), np.nan),
        seg_length_m=(
            links["length_km"].to_numpy(dtype=np.float64) * 1000.0
            if "length_km" in links
            else np.full(n, np.nan)
        ),
        seg_is_valve=(links["link_type"] == "valve").to_numpy(),
        seg_attributes={
            "link_type": links["link_type"].to_numpy(dtype=object),
            "name": links["name"].astype(object).where(links["name"].notna(), None).to_numpy(),
            "std_type": links.get("stanet_std_type", links.get("std_type", pd.Series([None] * n)))
            .astype(object)
            .to_numpy(),
        },
        assumed={"ground": "pandapipes junction heights (height_m) taken as the ground"},
    )


def _read_power(path: Path, tables: dict[str, Any], crs: str | CRS | None) -> Network:
    bus = _frame(tables, "bus", path)
    line = _frame(tables, "line", path)
    node_ids = bus.index.astype(str).to_numpy()
    points = [json.loads(g) if isinstance(g, str) else g for g in bus["geo"]]
    missing = [i for i, g in enumerate(points) if not g]
    if missing:
        raise InvalidFeatureError(
            f"bus {node_ids[missing[0]]} has no geo position",
            path=path,
            row=str(node_ids[missing[0]]),
            field="geo",
        )
    node_xy = np.array([p["coordinates"][:2] for p in points], dtype=np.float64)
    kind = np.full(node_ids.size, "junction", dtype=object)
    feeds = _frame(tables, "trafo", path, required=False)
    if "lv_bus" in feeds:
        kind[np.isin(node_ids, feeds["lv_bus"].astype(str).to_numpy())] = "substation"
        kind[np.isin(node_ids, feeds["lv_bus"].astype(str).to_numpy())] = "source"
    seg_ids = ("line-" + line.index.astype(str)).to_numpy().astype(object)
    seg_from = require_nodes(
        node_ids, line["from_bus"].astype(str).to_numpy(), seg_ids, "from_bus", path
    )
    seg_to = require_nodes(node_ids, line["to_bus"].astype(str).to_numpy(), seg_ids, "to_bus", path)
    seg_xy, offsets = _polyline_coords(
        line["geo"], seg_ids, node_xy[seg_from], node_xy[seg_to], True, path
    )
    n = seg_ids.size
    return Network(
        path=path,
        crs=resolve_crs(CRS.from_epsg(4326), crs, path=path, option="--crs"),
        pipeline_type="power",
        node_ids=node_ids.astype(object),
        node_xy=node_xy,
        node_kind=kind,
        node_ground=np.full(node_ids.size, np.nan),
        node_invert=np.full(node_ids.size, np.nan),
        seg_ids=seg_ids,
        seg_from=seg_from,
        seg_to=seg_to,
        seg_xy=seg_xy,
        seg_offsets=offsets,
        seg_shape=np.full(n, "circular", dtype=object),
        seg_diameter_m=np.full(n, np.nan),
        seg_width_m=np.full(n, np.nan),
        seg_height_m=np.full(n, np.nan),
        seg_depth=np.full((n, 2), np.nan),
        seg_invert=np.full((n, 2), np.nan),
        seg_length_m=line["length_km"].to_numpy(dtype=np.float64) * 1000.0,
        seg_is_valve=np.zeros(n, dtype=bool),
        seg_attributes={
            "link_type": np.full(n, "cable", dtype=object),
            "name": line["name"].astype(object).to_numpy(),
            "std_type": line["std_type"].astype(object).to_numpy(),
        },
    )
