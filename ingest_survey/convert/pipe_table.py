"""The attributes of a pipe tileset: one EXT_structural_metadata row per segment, then per node.

Segments and node shafts share one class, `network_element`, told apart by `element`, so one
property table serves every primitive and every feature is pickable with its attributes.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from numpy.typing import NDArray

from ingest_survey.readers.networks import Network
from tiling.metadata import PropertyTable, Utf8Column

DESCRIPTIONS = {
    "depth_from": "cover from the ground to the pipe top at the start node, m",
    "depth_to": "cover from the ground to the pipe top at the end node, m",
    "invert_from": "elevation of the pipe's inside bottom at the start node, m",
    "invert_to": "elevation of the pipe's inside bottom at the end node, m",
    "diameter_mm": "inside diameter, mm",
    "assumed": "values not in the source, taken from a design standard (see the layer metadata)",
}


def _strings(seg: NDArray[Any] | list[Any], node: NDArray[Any] | list[Any]) -> Utf8Column:
    values = np.empty(len(seg) + len(node), dtype=object)
    values[: len(seg)] = list(seg)
    values[len(seg) :] = list(node)
    return Utf8Column.from_values(values)


def _extend(column: NDArray[Any] | Utf8Column, extra: int) -> NDArray[Any] | Utf8Column:
    """A segment attribute with empty node rows appended."""
    if isinstance(column, Utf8Column):
        return _strings(column.strings(), [None] * extra)
    arr = np.asarray(column)
    if arr.dtype.kind in "biuf":
        return np.r_[arr.astype(np.float64), np.full(extra, np.nan)]
    return _strings(arr, [None] * extra)


def _link_types(net: Network) -> NDArray[Any] | list[str]:
    """pipe, pump, valve, conduit, cable...: what each segment is (a reader's `link_type`)."""
    column = net.seg_attributes.get("link_type")
    if column is None:
        return ["pipe"] * net.n_segments
    return column.strings() if isinstance(column, Utf8Column) else np.asarray(column)


def network_table(
    net: Network,
    types: NDArray[Any],
    diameter: NDArray[np.float64],
    length: NDArray[np.float64],
    depth: NDArray[np.float64],
    invert: NDArray[np.float64],
    ground: NDArray[np.float64],
    cover_assumed: NDArray[np.bool_],
    size_assumed: NDArray[np.bool_],
    rows: NDArray[np.intp],
    node_ground: NDArray[np.float64],
    bottom: NDArray[np.float64],
    top: NDArray[np.float64],
) -> PropertyTable:
    """Segments (all, in order) then the node shafts `rows`."""
    k = rows.size
    box = net.seg_shape == "box"
    nan = np.full(k, np.nan)
    assumed = np.where(
        cover_assumed & size_assumed,
        "depth,diameter",
        np.where(cover_assumed, "depth", np.where(size_assumed, "diameter", "")),
    )
    columns: dict[str, Any] = {
        "id": _strings(net.seg_ids, net.node_ids[rows]),
        "element": _strings(["segment"] * net.n_segments, ["node"] * k),
        "type": _strings(types, [net.pipeline_type] * k),
        "kind": _strings(_link_types(net), net.node_kind[rows]),
        "shape": _strings(net.seg_shape, ["shaft"] * k),
        "diameter_mm": np.r_[np.where(box, np.nan, diameter * 1000.0), nan],
        "width_mm": np.r_[net.seg_width_m * 1000.0, nan],
        "height_mm": np.r_[net.seg_height_m * 1000.0, nan],
        "depth_from": np.r_[depth[:, 0], node_ground[rows] - bottom],
        "depth_to": np.r_[depth[:, 1], nan],
        "invert_from": np.r_[invert[:, 0], bottom],
        "invert_to": np.r_[invert[:, 1], nan],
        "ground_from": np.r_[ground[:, 0], node_ground[rows]],
        "ground_to": np.r_[ground[:, 1], nan],
        "top": np.r_[np.full(net.n_segments, np.nan), top],
        "length_m": np.r_[length, nan],
        "from_node": _strings(net.node_ids[net.seg_from], [None] * k),
        "to_node": _strings(net.node_ids[net.seg_to], [None] * k),
        "assumed": _strings([a or None for a in assumed], [None] * k),
    }
    for name, column in net.seg_attributes.items():
        if name == "link_type":
            continue
        columns[name if name not in columns else f"src_{name}"] = _extend(column, k)
    return PropertyTable("network_element", columns, DESCRIPTIONS)
