"""Pipeline networks as arrays: segments (links) between nodes, read from the formats agencies keep.

`read_network(path, ...)` dispatches on the format: EPANET `.inp` (water, readers/epanet.py), SWMM
`.inp` (drainage, readers/swmm.py), pandapipes/pandapower JSON (readers/pandapipes.py), and
GeoJSON/GeoPackage lines with optional point layers (here). Every reader returns a `Network`:
horizontal coordinates stay in the source CRS; every vertical quantity is in metres.

Vertical conventions (the ones surveys use, CJJ 61-2017): `depth` is the cover from the ground to
the top of the pipe; `invert` is the elevation of the inside bottom of the pipe. A segment has one
of each per end; NaN where the source does not say, and the builder fills the gaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from pyproj import CRS

from ingest_survey.errors import (
    InvalidFeatureError,
    InvalidOptionError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from tiling.metadata import Utf8Column

# Pipeline types of CJJ 61-2017 (城市地下管线探测技术规程), appendix B, with their map colours.
PIPELINE_TYPES = (
    "water",
    "drainage",
    "gas",
    "heat",
    "power",
    "telecom",
    "industrial",
    "tunnel",
    "unknown",
)
# Node kinds: what a node is drawn as. Sources feed a network (isolation needs them).
NODE_KINDS = (
    "junction",
    "manhole",
    "valve",
    "hydrant",
    "tank",
    "reservoir",
    "outfall",
    "storage",
    "source",
    "substation",
)
SOURCE_KINDS = frozenset({"tank", "reservoir", "source"})
SHAPES = ("circular", "box")


@dataclass
class Network:
    """Nodes and segments of one pipeline network.

    Arrays are per node (N) or per segment (S); polylines are flat vertex arrays cut by offsets
    (`seg_offsets[i]:seg_offsets[i + 1]` are segment i's vertices, end points included).
    """

    path: Path
    crs: CRS | None  # None: the file has none (EPANET, SWMM); the builder needs one
    pipeline_type: str
    node_ids: NDArray[Any]  # (N,) str
    node_xy: NDArray[np.float64]  # (N, 2) in crs units
    node_kind: NDArray[Any]  # (N,) str, one of NODE_KINDS
    node_ground: NDArray[np.float64]  # (N,) ground (rim) elevation, m; NaN unknown
    node_invert: NDArray[np.float64]  # (N,) bottom of the node (sump or invert), m; NaN unknown
    seg_ids: NDArray[Any]  # (S,) str
    seg_from: NDArray[np.intp]  # (S,) node index
    seg_to: NDArray[np.intp]  # (S,) node index
    seg_xy: NDArray[np.float64]  # (V, 2) polyline vertices in crs units
    seg_offsets: NDArray[np.intp]  # (S + 1,)
    seg_shape: NDArray[Any]  # (S,) "circular" or "box"
    seg_diameter_m: NDArray[np.float64]  # (S,) NaN for boxes
    seg_width_m: NDArray[np.float64]  # (S,) boxes only
    seg_height_m: NDArray[np.float64]  # (S,) boxes only
    seg_depth: NDArray[np.float64]  # (S, 2) cover at from/to end, m
    seg_invert: NDArray[np.float64]  # (S, 2) invert elevation at from/to end, m
    seg_length_m: NDArray[np.float64]  # (S,) declared length; NaN when none
    seg_is_valve: NDArray[np.bool_]  # (S,) the link is a valve (EPANET valves are links)
    seg_type: NDArray[Any] | None = None  # (S,) pipeline type per segment (None: all the same)
    seg_attributes: dict[str, NDArray[Any] | Utf8Column] = field(default_factory=dict)
    node_attributes: dict[str, NDArray[Any] | Utf8Column] = field(default_factory=dict)
    assumed: dict[str, str] = field(default_factory=dict)  # what was assumed, and from where

    @property
    def n_nodes(self) -> int:
        """Number of nodes."""
        return int(self.node_ids.size)

    @property
    def n_segments(self) -> int:
        """Number of segments."""
        return int(self.seg_ids.size)

    def segment_types(self) -> NDArray[Any]:
        """The pipeline type of each segment."""
        if self.seg_type is not None:
            return self.seg_type
        return np.full(self.n_segments, self.pipeline_type, dtype=object)

    def check(self) -> None:
        """Refuse negative or non-finite sizes and depths, naming the first bad element."""
        path = self.path
        sizes = np.where(
            self.seg_shape == "box",
            np.minimum(self.seg_width_m, self.seg_height_m),
            self.seg_diameter_m,
        )
        bad = (sizes <= 0) | np.isinf(sizes)  # NaN (unknown) is filled in by the builder
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            what = "width x height" if self.seg_shape[i] == "box" else "diameter"
            raise InvalidFeatureError(
                f"segment '{self.seg_ids[i]}' has a {what} of "
                f"{_size_text(self, i)}: sizes must be positive ({int(bad.sum())} such segments)",
                path=path,
                row=str(self.seg_ids[i]),
                field="diameter",
            )
        bad_depth = (self.seg_depth < 0).any(axis=1)
        if bad_depth.any():
            i = int(np.flatnonzero(bad_depth)[0])
            raise InvalidFeatureError(
                f"segment '{self.seg_ids[i]}' has a negative burial depth "
                f"({self.seg_depth[i, 0]:g}, {self.seg_depth[i, 1]:g} m)",
                path=path,
                row=str(self.seg_ids[i]),
                field="depth",
            )
        if not np.isfinite(self.node_xy).all() or not np.isfinite(self.seg_xy).all():
            raise InvalidFeatureError("non-finite coordinates", path=path)
        if (self.seg_from < 0).any() or (self.seg_to < 0).any():
            i = int(np.flatnonzero((self.seg_from < 0) | (self.seg_to < 0))[0])
            raise InvalidFeatureError(
                f"segment '{self.seg_ids[i]}' has an end that is not a node",
                path=path,
                row=str(self.seg_ids[i]),
            )
        unique, counts = np.unique(self.seg_ids.astype(str), return_counts=True)
        if (counts > 1).any():
            raise InvalidFeatureError(
                f"segment id '{unique[counts > 1][0]}' is used twice",
                path=path,
                row=str(unique[counts > 1][0]),
                field="id",
            )
        unique, counts = np.unique(self.node_ids.astype(str), return_counts=True)
        if (counts > 1).any():
            raise InvalidFeatureError(
                f"node id '{unique[counts > 1][0]}' is used twice",
                path=path,
                row=str(unique[counts > 1][0]),
                field="id",
            )


def _size_text(net: Network, i: int) -> str:
    if net.seg_shape[i] == "box":
        return f"{net.seg_width_m[i]:g} x {net.seg_height_m[i]:g} m"
    return f"{net.seg_diameter_m[i]:g} m"


def node_index(ids: NDArray[Any], wanted: NDArray[Any]) -> NDArray[np.intp]:
    """Positions of `wanted` ids in `ids` (vectorised); -1 where an id is not there."""
    ids = ids.astype(str)
    wanted = wanted.astype(str)
    order = np.argsort(ids, kind="stable")
    pos = np.searchsorted(ids[order], wanted)
    pos = np.minimum(pos, max(ids.size - 1, 0))
    found = ids.size > 0 and ids[order][pos] == wanted
    out = np.where(found, order[pos] if ids.size else -1, -1)
    return np.asarray(out, dtype=np.intp)


def require_nodes(
    ids: NDArray[Any], wanted: NDArray[Any], seg_ids: NDArray[Any], end: str, path: Path
) -> NDArray[np.intp]:
    """Node indices of segment ends, or an error naming the segment and the missing node."""
    index = node_index(ids, wanted)
    if (index < 0).any():
        i = int(np.flatnonzero(index < 0)[0])
        raise InvalidFeatureError(
            f"segment '{seg_ids[i]}': its {end} '{wanted[i]}' is not a node of the network "
            f"({int((index < 0).sum())} such ends)",
            path=path,
            row=str(seg_ids[i]),
            field=end,
        )
    return index


def straight_polylines(
    node_xy: NDArray[np.float64], seg_from: NDArray[np.intp], seg_to: NDArray[np.intp]
) -> tuple[NDArray[np.float64], NDArray[np.intp]]:
    """Two-vertex polylines from node to node (when a format has no intermediate vertices)."""
    xy = np.empty((seg_from.size * 2, 2))
    xy[0::2] = node_xy[seg_from]
    xy[1::2] = node_xy[seg_to]
    return xy, np.arange(0, 2 * seg_from.size + 1, 2, dtype=np.intp)


def read_network(
    path: str | Path, *, crs: str | None = None, pipeline_type: str | None = None, **options: Any
) -> Network:
    """Read a network file in any supported format (chosen by its content, then its extension)."""
    path = Path(path)
    if not path.exists():
        raise UnreadableFileError("no such file", path=path)
    if pipeline_type is not None and pipeline_type not in PIPELINE_TYPES:
        raise InvalidOptionError(
            f"unknown pipeline type '{pipeline_type}' (one of {', '.join(PIPELINE_TYPES)})",
            path=path,
            field="--type",
        )
    suffix = path.suffix.lower()
    if suffix == ".inp":
        from ingest_survey.readers.inp import is_swmm

        if is_swmm(path):
            from ingest_survey.readers.swmm import read_swmm

            net = read_swmm(path, crs=crs)
        else:
            from ingest_survey.readers.epanet import read_epanet

            net = read_epanet(path, crs=crs)
    elif suffix == ".json" and _is_pandapipes(path):
        from ingest_survey.readers.pandapipes import read_pandapipes

        net = read_pandapipes(path, crs=crs)
    elif suffix in (".geojson", ".json", ".gpkg", ".shp", ".fgb", ".sqlite"):
        from ingest_survey.readers.network_vectors import read_vector_network

        net = read_vector_network(path, crs=crs, pipeline_type=pipeline_type, **options)
    else:
        raise UnsupportedFormatError(
            "not a network format twin reads (EPANET or SWMM .inp, GeoJSON, GeoPackage, "
            "pandapipes/pandapower JSON)",
            path=path,
        )
    if pipeline_type is not None:
        net.pipeline_type = pipeline_type
        net.seg_type = None
    net.check()
    return net


def _is_pandapipes(path: Path) -> bool:
    with path.open("rb") as handle:
        head = handle.read(4096)
    return b'"_module"' in head and b"panda" in head
